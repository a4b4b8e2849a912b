#!/bin/sh
# VERSION_CONTROL selects the backup type of -b and of --backup without
# an argument; an argument to --backup overrides it; without -b,
# --backup or -S it makes no backup at all.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo v1 > d/b || framework_failure_
# Each source vN holds "vN", as exp-vN does, to compare with: rename mode
# consumes the sources.
for v in v2 v3 v4 v5 v6 v7; do
  echo $v > $v && echo $v > exp-$v || framework_failure_
done

# run_ok ARGS...: silent success.
run_ok ()
{
  returns_ 0 "$@" > out 2> err || { echo "$*"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
}

run_ok env VERSION_CONTROL=numbered ainstall -b v2 d/b
expect_entries_ d b b.~1~ || fail=1
run_ok env VERSION_CONTROL=t ainstall --backup v3 d/b
expect_entries_ d b b.~1~ b.~2~ || fail=1
compare exp-v2 d/b.~2~ || fail=1

# --backup=simple wins over VERSION_CONTROL.
run_ok env VERSION_CONTROL=numbered ainstall --backup=simple v4 d/b
expect_entries_ d b b.~1~ b.~2~ b~ || fail=1
compare exp-v3 d/b~ || fail=1

# VERSION_CONTROL=none (or off) disables -b.
run_ok env VERSION_CONTROL=none ainstall -b v5 d/b
run_ok env VERSION_CONTROL=off ainstall -S .x v6 d/b
expect_entries_ d b b.~1~ b.~2~ b~ || fail=1

# Without a backup option, VERSION_CONTROL does nothing.
run_ok env VERSION_CONTROL=numbered ainstall v7 d/b
expect_entries_ d b b.~1~ b.~2~ b~ || fail=1
compare exp-v7 d/b || fail=1

# VERSION_CONTROL=simple under -S: the suffix names the backup.
# (A fresh v2: the one installed above is gone in rename mode, and is
# d/b.~2~ itself in link mode.)
rm -f v2 && echo v2 > v2 || framework_failure_
run_ok env VERSION_CONTROL=simple ainstall -S .s v2 d/b
compare exp-v7 d/b.s || fail=1

Exit $fail
