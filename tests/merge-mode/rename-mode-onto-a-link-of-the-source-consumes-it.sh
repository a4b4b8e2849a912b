#!/bin/sh
# Rename mode onto a destination that already is a hard link of the
# source succeeds: status 0, nothing printed (GNU's lines with -v), the
# destination is still that inode, now with one link (the source name is
# consumed), with the mode install asks for, and no temporary is left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/a || framework_failure_
chmod 600 s/a || framework_failure_
ln s/a d/f || framework_failure_
ino=$(stat -c %i s/a) || framework_failure_
echo content2 > s/b || framework_failure_
ln s/b d/g || framework_failure_
ino_b=$(stat -c %i s/b) || framework_failure_

returns_ 0 ainstall --merge-mode=rename s/a d/f > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %h %a' d/f)" = "$ino 1 755" || fail=1
test ! -e s/a || { echo "s/a not consumed"; fail=1; }

returns_ 0 ainstall -v -m 640 --merge-mode=rename s/b d/g > out 2> err \
  || fail=1
printf '%s\n' "removed 'd/g'" "'s/b' -> 'd/g'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %h %a' d/g)" = "$ino_b 1 640" || fail=1
test ! -e s/b || { echo "s/b not consumed"; fail=1; }

echo content > exp || framework_failure_
compare exp d/f || fail=1
echo content2 > exp || framework_failure_
compare exp d/g || fail=1
expect_entries_ d f g || fail=1
expect_entries_ s || fail=1

Exit $fail
