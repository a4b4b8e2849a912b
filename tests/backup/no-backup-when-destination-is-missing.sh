#!/bin/sh
# A backup option with no existing destination makes no backup: only
# the destination appears, and -v prints no "(backup: ...)" part.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo new > new || framework_failure_
# Each install gets a fresh source a: in rename mode the source is
# consumed.
fresh_a () { rm -f a && cp new a || framework_failure_; }

fresh_a
returns_ 0 ainstall -v -b a d/b > out 2> err || fail=1
echo "'a' -> 'd/b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

fresh_a
returns_ 0 ainstall -v --backup=numbered a d/c > out 2> err || fail=1
echo "'a' -> 'd/c'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

fresh_a
returns_ 0 ainstall -S .bak -t d a > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

compare new d/b || fail=1
compare new d/c || fail=1
compare new d/a || fail=1
expect_entries_ d a b c || fail=1

Exit $fail
