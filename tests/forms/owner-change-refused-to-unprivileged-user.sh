#!/bin/sh
# -o USER by a user who may not give files away fails with "cannot
# change ownership of 'd/old': Operation not permitted" and status 1; an
# existing destination keeps its content, mode and inode, a new one is
# not created, and no temporary file remains.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

# The source is the unprivileged user's, in a directory it may write:
# rename mode moves it, and a moved file keeps its owner.
mkdir d s || framework_failure_
echo new > s/src || framework_failure_
echo old > d/old || framework_failure_
chmod 644 s/src d/old || framework_failure_
if uid_is_privileged_; then
  chown "$NON_ROOT_USERNAME" d d/old s s/src || framework_failure_
fi
ino=$(stat -c %i d/old) || framework_failure_

returns_ 1 as_unprivileged_ ainstall -o root s/src d/old > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot change ownership of 'd/old': Operation not permitted" \
  > exp || framework_failure_
compare exp err || fail=1
echo old > exp || framework_failure_
compare exp d/old || fail=1
test "$(stat -c '%a %i' d/old)" = "644 $ino" \
  || { echo "d/old was replaced"; fail=1; }

returns_ 1 as_unprivileged_ ainstall -o 0 -m 755 s/src d/new > out 2> err \
  || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot change ownership of 'd/new': Operation not permitted" \
  > exp || framework_failure_
compare exp err || fail=1

expect_entries_ d old || fail=1

Exit $fail
