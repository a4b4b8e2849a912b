#!/bin/sh
# In rename mode, when the source cannot be moved into a destination
# directory the user may not write, ainstall says "cannot move 'SRC' to
# 'DEST': Permission denied", exits 1, and nothing changes: the source
# keeps its name, inode, content and mode, the old destination is intact,
# and no temporary is left.  The -t form says the same; a writable
# directory then still takes another source.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

mkdir s ro rw || framework_failure_
chmod 777 s || framework_failure_
# rw is the user's own: nobody else may take a temporary name from it.
if uid_is_privileged_; then
  chown "$NON_ROOT_USERNAME" rw || framework_failure_
fi
as_unprivileged_ sh -c 'echo new > s/a && echo new-b > s/b && chmod 644 s/a s/b' \
  || framework_failure_
echo old > ro/f || framework_failure_
chmod 644 ro/f || framework_failure_
chmod 555 ro || framework_failure_
src_st=$(stat -c '%i %h %a %u:%g %Y' s/a) || framework_failure_
b_ino=$(stat -c %i s/b) || framework_failure_
dest_st=$(stat -c '%i %h %a' ro/f) || framework_failure_

returns_ 1 as_unprivileged_ ainstall --merge-mode=rename s/a ro/f \
  > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot move 's/a' to 'ro/f': Permission denied" > exp \
  || framework_failure_
compare exp err || fail=1

# The -t form, then a writable directory.
returns_ 1 as_unprivileged_ ainstall --merge-mode=rename -t ro s/a > out \
  2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot move 's/a' to 'ro/a': Permission denied" > exp \
  || framework_failure_
compare exp err || fail=1
returns_ 0 as_unprivileged_ ainstall --merge-mode=rename -t rw s/b > out \
  2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %h' rw/b)" = "$b_ino 1" || fail=1

test "$(stat -c '%i %h %a %u:%g %Y' s/a)" = "$src_st" || fail=1
echo new > exp || framework_failure_
compare exp s/a || fail=1
test "$(stat -c '%i %h %a' ro/f)" = "$dest_st" || fail=1
echo old > exp || framework_failure_
compare exp ro/f || fail=1
expect_entries_ s a || fail=1
expect_entries_ ro f || fail=1
expect_entries_ rw b || fail=1

Exit $fail
