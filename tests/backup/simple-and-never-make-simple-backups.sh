#!/bin/sh
# --backup=simple and --backup=never always make "DEST~", even when
# numbered backups exist.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo v1 > d/b || framework_failure_
echo old > d/b.~1~ || framework_failure_
# Each source vN holds "vN", as exp-vN does, to compare with: rename mode
# consumes the sources.
for v in v2 v3; do
  echo $v > $v && echo $v > exp-$v || framework_failure_
done

returns_ 0 ainstall --backup=simple v2 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
echo v1 > exp || framework_failure_
compare exp d/b~ || fail=1
compare exp-v2 d/b || fail=1
expect_entries_ d b b.~1~ b~ || fail=1

returns_ 0 ainstall --backup=never v3 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v2 d/b~ || fail=1
compare exp-v3 d/b || fail=1
echo old > exp || framework_failure_
compare exp d/b.~1~ || fail=1
expect_entries_ d b b.~1~ b~ || fail=1

Exit $fail
