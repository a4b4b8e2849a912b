#!/bin/sh
# -b works in rename mode: the backup is the old destination's inode (a
# hard link, content and mode as they were), the destination is the
# source's inode, the source name is gone, and -v names the backup as GNU
# does.  Simple and numbered backups; no temporary is left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo new > s/a || framework_failure_
echo newer > s/b || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
ino_a=$(stat -c %i s/a) || framework_failure_
ino_b=$(stat -c %i s/b) || framework_failure_
old_ino=$(stat -c %i d/f) || framework_failure_

returns_ 0 ainstall -v -b --merge-mode=rename s/a d/f > out 2> err || fail=1
echo "'s/a' -> 'd/f' (backup: 'd/f~')" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %h %a' d/f)" = "$ino_a 1 755" || fail=1
test "$(stat -c '%i %h %a' d/f~)" = "$old_ino 1 640" || fail=1
echo old > exp || framework_failure_
compare exp d/f~ || fail=1
echo new > exp || framework_failure_
compare exp d/f || fail=1
expect_entries_ s b || fail=1
expect_entries_ d f f~ || fail=1

# Numbered: the destination becomes f.~1~.
returns_ 0 ainstall --backup=numbered --merge-mode=rename s/b d/f \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %h' d/f)" = "$ino_b 1" || fail=1
test "$(stat -c '%i %h' d/f.~1~)" = "$ino_a 1" || fail=1
test "$(stat -c '%i %h' d/f~)" = "$old_ino 1" || fail=1
echo newer > exp || framework_failure_
compare exp d/f || fail=1
echo new > exp || framework_failure_
compare exp d/f.~1~ || fail=1
expect_entries_ s || fail=1
expect_entries_ d f f~ f.~1~ || fail=1

Exit $fail
