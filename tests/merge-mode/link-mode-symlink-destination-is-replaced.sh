#!/bin/sh
# In link mode a destination that is a symbolic link is replaced, not
# followed: the destination name becomes a hard link of the source, and
# the file the symlink pointed to keeps its inode, content and mode.  A
# dangling symlink is replaced the same way.  No temporary is left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/a || framework_failure_
echo content > s/b || framework_failure_
echo target > d/target || framework_failure_
chmod 640 d/target || framework_failure_
ln -s target d/f || framework_failure_
ln -s nowhere d/g || framework_failure_
ino=$(stat -c %i s/a) || framework_failure_
ino_b=$(stat -c %i s/b) || framework_failure_
target_st=$(stat -c '%i %h %a %Y' d/target) || framework_failure_

returns_ 0 ainstall -v --merge-mode=link s/a d/f > out 2> err || fail=1
printf '%s\n' "removed 'd/f'" "'s/a' -> 'd/f'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
test ! -h d/f || { echo "d/f is still a symlink"; fail=1; }
test "$(stat -c '%i %h %a' d/f)" = "$ino 2 755" || fail=1

returns_ 0 ainstall --merge-mode=link s/b d/g > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test ! -h d/g || { echo "d/g is still a symlink"; fail=1; }
test "$(stat -c '%i %h %a' d/g)" = "$ino_b 2 755" || fail=1
test ! -e d/nowhere || { echo "d/nowhere was created"; fail=1; }

echo target > exp || framework_failure_
compare exp d/target || fail=1
test "$(stat -c '%i %h %a %Y' d/target)" = "$target_st" || fail=1
echo content > exp || framework_failure_
compare exp d/f || fail=1
expect_entries_ d f g target || fail=1
expect_entries_ s a b || fail=1

Exit $fail
