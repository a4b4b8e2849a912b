#!/bin/sh
# Link mode onto a destination that already is a hard link of the source
# (another name of the same inode) succeeds: status 0, nothing on stdout
# or stderr, the destination is still that inode with the same link count
# (the temporary link is gone again), the mode install asks for is set,
# and no temporary is left.  With -v, GNU's lines.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/a || framework_failure_
chmod 600 s/a || framework_failure_
ln s/a d/f || framework_failure_
ino=$(stat -c %i s/a) || framework_failure_

returns_ 0 ainstall --merge-mode=link s/a d/f > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %h %a' d/f)" = "$ino 2 755" || fail=1
test "$(stat -c '%i %h %a' s/a)" = "$ino 2 755" || fail=1
expect_entries_ d f || fail=1
expect_entries_ s a || fail=1

returns_ 0 ainstall -v --merge-mode=link -m 640 s/a d/f > out 2> err || fail=1
printf '%s\n' "removed 'd/f'" "'s/a' -> 'd/f'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %h %a' d/f)" = "$ino 2 640" || fail=1
test "$(stat -c '%i %h %a' s/a)" = "$ino 2 640" || fail=1

echo content > exp || framework_failure_
compare exp d/f || fail=1
compare exp s/a || fail=1
expect_entries_ d f || fail=1
expect_entries_ s a || fail=1

Exit $fail
