#!/bin/sh
# SIMPLE_BACKUP_SUFFIX sets the suffix of simple backups; -S overrides
# it; an empty value, or one with a "/" that is more than a last name
# component, falls back to "~".

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo v1 > d/b || framework_failure_
# Each source vN holds "vN", as exp-vN does, to compare with: rename mode
# consumes the sources.
for v in v2 v3 v4 v5 v6; do
  echo $v > $v && echo $v > exp-$v || framework_failure_
done

run_ok ()
{
  returns_ 0 "$@" > out 2> err || { echo "$*"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
}

run_ok env SIMPLE_BACKUP_SUFFIX=.old ainstall -b v2 d/b
echo v1 > exp || framework_failure_
compare exp d/b.old || fail=1
expect_entries_ d b b.old || fail=1

run_ok env SIMPLE_BACKUP_SUFFIX=.old ainstall -S .new v3 d/b
compare exp-v2 d/b.new || fail=1
expect_entries_ d b b.new b.old || fail=1

run_ok env SIMPLE_BACKUP_SUFFIX= ainstall -b v4 d/b
compare exp-v3 d/b~ || fail=1
expect_entries_ d b b.new b.old b~ || fail=1

run_ok env SIMPLE_BACKUP_SUFFIX=../x ainstall -b v5 d/b
compare exp-v4 d/b~ || fail=1
run_ok env SIMPLE_BACKUP_SUFFIX=/x ainstall -b v6 d/b
compare exp-v5 d/b~ || fail=1
expect_entries_ d b b.new b.old b~ || fail=1
compare exp-v6 d/b || fail=1

Exit $fail
