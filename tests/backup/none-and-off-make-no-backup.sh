#!/bin/sh
# --backup=none and --backup=off make no backup: DEST is replaced and no
# other name appears, even with -S or VERSION_CONTROL.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo v1 > d/b || framework_failure_
# Each source vN holds "vN", as exp-vN does, to compare with: rename mode
# consumes the sources.
for v in v2 v3 v4 v5; do
  echo $v > $v && echo $v > exp-$v || framework_failure_
done

returns_ 0 ainstall --backup=none v2 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v2 d/b || fail=1
expect_entries_ d b || fail=1

returns_ 0 ainstall --backup=off v3 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v3 d/b || fail=1
expect_entries_ d b || fail=1

returns_ 0 ainstall --backup=none -S .bak v4 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v4 d/b || fail=1
expect_entries_ d b || fail=1

returns_ 0 env VERSION_CONTROL=numbered ainstall --backup=off v5 d/b \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v5 d/b || fail=1
expect_entries_ d b || fail=1

Exit $fail
