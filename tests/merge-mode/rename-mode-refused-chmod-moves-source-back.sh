#!/bin/sh
# An unprivileged user may move a file it does not own out of a directory
# it may write, but not change its mode.  In rename mode the source is
# moved first; when the chmod is then refused, ainstall prints "cannot
# change permissions of DEST: Operation not permitted", exits 1, and moves
# the source back: its name, inode, content, owner and mode as they were.
# The old destination is intact and no temporary is left.  Needs root, to
# own the source.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_

mkdir s d || framework_failure_
chmod 777 s d || framework_failure_
echo new > s/a || framework_failure_
chmod 644 s/a || framework_failure_
echo old > d/a || framework_failure_
chmod 640 d/a || framework_failure_
src_st=$(stat -c '%i %h %a %u:%g %Y' s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a %u:%g' d/a) || framework_failure_

returns_ 1 as_unprivileged_ ainstall --merge-mode=rename s/a d/a \
  > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot change permissions of 'd/a': Operation not permitted" \
  > exp || framework_failure_
compare exp err || fail=1

test "$(stat -c '%i %h %a %u:%g %Y' s/a)" = "$src_st" || fail=1
test "$(stat -c '%i %h %a %u:%g' d/a)" = "$dest_st" || fail=1
echo new > exp || framework_failure_
compare exp s/a || fail=1
echo old > exp || framework_failure_
compare exp d/a || fail=1
expect_entries_ s a || fail=1
expect_entries_ d a || fail=1

Exit $fail
