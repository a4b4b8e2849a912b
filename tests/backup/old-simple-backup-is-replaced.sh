#!/bin/sh
# With simple backups, an older "DEST~" is replaced by the file DEST held:
# the name DEST~ then refers to the old DEST's inode, and the older
# backup file itself is not written to (another link to it keeps its
# content).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo older > d/b~ || framework_failure_
ln d/b~ keep || framework_failure_
echo old > d/b || framework_failure_
echo new > a || framework_failure_
# What the sources hold, to compare with: rename mode consumes them.
echo new > exp-a || framework_failure_
ino=$(stat -c %i d/b) || framework_failure_

returns_ 0 ainstall -b a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

test "$(stat -c %i d/b~)" = "$ino" || { echo "b~ is not the old b"; fail=1; }
echo old > exp || framework_failure_
compare exp d/b~ || fail=1
compare exp-a d/b || fail=1
echo older > exp || framework_failure_
compare exp keep || fail=1
test "$(stat -c %h keep)" = 1 || { echo "keep still linked"; fail=1; }
expect_entries_ d b b~ || fail=1

# Again: the backup now holds "new", the file that was just replaced.
echo newer > a2 || framework_failure_
echo newer > exp-a2 || framework_failure_
ino=$(stat -c %i d/b) || fail=1
returns_ 0 ainstall --backup=simple a2 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i d/b~)" = "$ino" || { echo "b~ is not the old b"; fail=1; }
compare exp-a d/b~ || fail=1
compare exp-a2 d/b || fail=1
expect_entries_ d b b~ || fail=1

Exit $fail
