#!/bin/sh
# -c is accepted and ignored: with it, ainstall does exactly what it does
# without it (same file, mode, -v lines, exit status, diagnostics).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
mkdir d || framework_failure_

fresh_a
returns_ 0 ainstall -c a b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare content b || fail=1
test "$(stat -c %a b)" = 755 || fail=1

fresh_a
returns_ 0 ainstall -c -v -m 640 a b > out 2> err || fail=1
printf '%s\n' "removed 'b'" "'a' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %a b)" = 640 || fail=1

fresh_a
returns_ 0 ainstall -cv -t d a > out 2> err || fail=1
echo "'a' -> 'd/a'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare content d/a || fail=1

# Errors are unchanged too.
returns_ 1 ainstall -c missing c > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot stat 'missing': No such file or directory" > exp \
  || framework_failure_
compare exp err || fail=1
test ! -e c || fail=1

returns_ 1 ainstall -c > out 2> err || fail=1
compare /dev/null out || fail=1
printf '%s\n' 'ainstall: missing file operand' \
  "Try 'ainstall --help' for more information." > exp || framework_failure_
compare exp err || fail=1

expect_entries_ d a || fail=1

Exit $fail
