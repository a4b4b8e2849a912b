#!/bin/sh
# --backup=numbered (or t, or an abbreviation) names backups DEST.~N~,
# N one more than the highest existing; each is the file it replaced.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo v1 > d/b || framework_failure_
# Each source vN holds "vN", as exp-vN does, to compare with: rename mode
# consumes the sources.
for v in v2 v3 v4 v5; do
  echo $v > $v && echo $v > exp-$v || framework_failure_
done

ino1=$(stat -c %i d/b) || framework_failure_
returns_ 0 ainstall --backup=numbered v2 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
ino2=$(stat -c %i d/b) || fail=1
returns_ 0 ainstall --backup=t v3 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

expect_entries_ d b b.~1~ b.~2~ || fail=1
test "$(stat -c %i d/b.~1~)" = "$ino1" || { echo "b.~1~ not v1"; fail=1; }
test "$(stat -c %i d/b.~2~)" = "$ino2" || { echo "b.~2~ not v2"; fail=1; }
echo v1 > exp || framework_failure_
compare exp d/b.~1~ || fail=1
compare exp-v2 d/b.~2~ || fail=1
compare exp-v3 d/b || fail=1

# Gaps do not matter: the next number follows the highest.
echo old7 > d/b.~7~ || framework_failure_
returns_ 0 ainstall --backup=num v4 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v3 d/b.~8~ || fail=1
compare exp-v4 d/b || fail=1
echo old7 > exp || framework_failure_
compare exp d/b.~7~ || fail=1
expect_entries_ d b b.~1~ b.~2~ b.~7~ b.~8~ || fail=1

# A numbered backup of another name does not count.
echo x > d/c.~9~ || framework_failure_
returns_ 0 ainstall --backup=numbered v5 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v4 d/b.~9~ || fail=1
expect_entries_ d b b.~1~ b.~2~ b.~7~ b.~8~ b.~9~ c.~9~ || fail=1

Exit $fail
