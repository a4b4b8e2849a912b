#!/bin/sh
# An attack on -R across two merges: a symbolic link that a user's image
# brings keeps that user as its owner, so the user chose where it leads.
# The first merge puts sysroot/conf -> HOST/etc (outside ROOT); the next
# merge, whose image has conf/passwd, must not write through it: "not
# following 'sysroot/conf': a symbolic link that other users may replace",
# exit 1, HOST/etc/passwd unchanged, the rest merged.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_

mkdir -p host/etc sysroot v1 v2/conf && chmod 755 host host/etc sysroot \
  || framework_failure_
echo 'root:x:0:0::/root:/bin/sh' > host/etc/passwd || framework_failure_
cp host/etc/passwd exp-passwd || framework_failure_
chown "$NON_ROOT_USERNAME" v1 v2 v2/conf || framework_failure_
as_unprivileged_ sh -c 'ln -s "$1" v1/conf && echo evil > v2/conf/passwd &&
  echo fine > v2/other' sh "$PWD/host/etc" || framework_failure_

returns_ 0 ainstall -R v1 sysroot > out 2> err || fail=1
compare /dev/null err || fail=1
test "$(stat -c %U sysroot/conf)" = "$NON_ROOT_USERNAME" || fail=1

returns_ 1 ainstall -R v2 sysroot > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: not following 'sysroot/conf': a symbolic link that other" \
  "users may replace" > exp || framework_failure_
compare exp err || fail=1
compare exp-passwd host/etc/passwd || fail=1
expect_entries_ host/etc passwd || fail=1
echo fine > exp || framework_failure_
compare exp sysroot/other || fail=1

Exit $fail
