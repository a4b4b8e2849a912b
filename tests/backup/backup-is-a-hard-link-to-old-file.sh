#!/bin/sh
# -b keeps the old destination as "DEST~": the backup is the old file
# itself (same inode, content and mode), made by a hard link, and DEST
# is a new file with the new content; nothing is printed and no
# temporary file remains.  The same holds in the SOURCE... DIR form.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo new > new || framework_failure_
# Each install gets a fresh source a, removed after it: in link mode a is
# the new destination's inode, in rename mode it is consumed.
cp new a || framework_failure_
echo old > d/b || framework_failure_
chmod 640 d/b || framework_failure_
ino=$(stat -c %i d/b) || framework_failure_

returns_ 0 ainstall -b a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
rm -f a || framework_failure_

test "$(stat -c %i d/b~)" = "$ino" \
  || { echo "d/b~ is not the old file"; fail=1; }
test "$(stat -c %i d/b)" != "$ino" \
  || { echo "d/b was written in place"; fail=1; }
echo old > exp || framework_failure_
compare exp d/b~ || fail=1
compare new d/b || fail=1
stat -c '%n %a %h' d/b d/b~ > got || fail=1
printf 'd/b 755 1\nd/b~ 640 1\n' > exp || framework_failure_
compare exp got || fail=1
expect_entries_ d b b~ || fail=1

# SOURCE DIR form: the backup is DIR/SOURCE~.
echo old2 > d/a || framework_failure_
ino=$(stat -c %i d/a) || framework_failure_
cp new a || framework_failure_
returns_ 0 ainstall --backup a d > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
rm -f a || framework_failure_
test "$(stat -c %i d/a~)" = "$ino" \
  || { echo "d/a~ is not the old file"; fail=1; }
echo old2 > exp || framework_failure_
compare exp d/a~ || fail=1
compare new d/a || fail=1
expect_entries_ d a a~ b b~ || fail=1

Exit $fail
