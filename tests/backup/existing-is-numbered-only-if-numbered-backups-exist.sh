#!/bin/sh
# --backup=existing (or nil): a numbered backup if DEST already has
# one, else a simple "DEST~".  -b alone means existing when
# VERSION_CONTROL is unset.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo v1 > d/b || framework_failure_
echo v1 > d/c || framework_failure_
# Each source vN holds "vN", as exp-vN does, to compare with: rename mode
# consumes the sources.
for v in v2 v3 v4; do
  echo $v > $v && echo $v > exp-$v || framework_failure_
done

# No numbered backup: simple.
returns_ 0 ainstall --backup=existing v2 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
returns_ 0 ainstall --backup=nil v3 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
expect_entries_ d b b~ c || fail=1
compare exp-v2 d/b~ || fail=1

# With a numbered backup: numbered, after the highest.
echo old > d/b.~3~ || framework_failure_
returns_ 0 ainstall --backup=existing v4 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v3 d/b.~4~ || fail=1
compare exp-v2 d/b~ || fail=1
compare exp-v4 d/b || fail=1

# -b is existing by default.
echo old > d/c.~1~ || framework_failure_
# A fresh v2: the one installed above is gone in rename mode, and is
# d/b~ itself in link mode.
rm -f v2 && echo v2 > v2 || framework_failure_
returns_ 0 ainstall -b v2 d/c > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
echo v1 > exp || framework_failure_
compare exp d/c.~2~ || fail=1
expect_entries_ d b b.~3~ b.~4~ b~ c c.~1~ c.~2~ || fail=1

Exit $fail
