#!/bin/sh
# Where ROOT has a symbolic link to a directory and the image a directory
# (the "/lib -> usr/lib" of a merged-/usr system), the merge goes through
# the link, as Portage's does: the image's lib/ entries land in
# ROOT/usr/lib, the link stays a link, and the directory it points to
# keeps its own mode and owner.  An existing directory is never changed.
# Where the link may have been put there by another user (its directory
# is writable by others and not sticky, as root), it is not followed:
# "not following 'ROOT/X': a symbolic link that other users may
# replace", exit 1, and the rest is merged.  A symbolic link of the image
# where ROOT has a directory is a conflict; ROOT keeps its directory.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir -p root/usr/lib img/lib/sub img/usr/lib img/share || framework_failure_
chmod 700 root/usr/lib || framework_failure_
ln -s usr/lib root/lib || framework_failure_
echo libc > img/lib/libc.so.6 || framework_failure_
echo deep > img/lib/sub/x || framework_failure_
echo libm > img/usr/lib/libm.so.6 || framework_failure_
chmod 755 img/lib img/usr/lib || framework_failure_
mkdir root/share && echo kept > root/share/f || framework_failure_
ln -s elsewhere img/share-link || framework_failure_
mkdir root/share-link || framework_failure_

returns_ 1 ainstall -R img root > out 2> err || fail=1
echo "ainstall: cannot overwrite directory 'root/share-link' with non-directory 'img/share-link'" > exp || framework_failure_
compare exp err || fail=1
test -h root/lib && test "$(readlink root/lib)" = usr/lib || fail=1
expect_entries_ root/usr/lib libc.so.6 libm.so.6 sub || fail=1
echo deep > exp && compare exp root/usr/lib/sub/x || fail=1
test "$(stat -c %a root/usr/lib)" = 700 || fail=1
test -d root/share-link && echo kept > exp && compare exp root/share/f \
  || fail=1

# A link planted in a directory others may write is not followed.
if uid_is_privileged_; then
  mkdir -p r2/pub r2/target img2/pub/link || framework_failure_
  chmod 777 r2/pub || framework_failure_
  ln -s ../target r2/pub/link || framework_failure_
  chown -h "$NON_ROOT_USERNAME" r2/pub/link || framework_failure_
  echo x > img2/pub/link/f && echo y > img2/pub/g || framework_failure_
  returns_ 1 ainstall -R img2 r2 > out 2> err || fail=1
  echo "ainstall: not following 'r2/pub/link': a symbolic link that other users may replace" > exp || framework_failure_
  compare exp err || fail=1
  expect_entries_ r2/target || fail=1
  echo y > exp && compare exp r2/pub/g || fail=1
fi

Exit $fail
