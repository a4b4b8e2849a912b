#!/bin/sh
# Installing a file onto itself is refused with GNU's message and exit
# status 1; the file keeps its content and mode, no temporary file is
# left beside it, and, as in GNU install, the next source operand is
# still installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo old > d/a || framework_failure_
chmod 640 d/a || framework_failure_
echo old > exp-old || framework_failure_
echo new > b || framework_failure_
# What b holds, to compare with: rename mode consumes b.
cp b exp-b || framework_failure_

# SOURCE DEST form, run in d so that the names are as written.
returns_ 1 env -C d ainstall a a > out 2> err || fail=1
echo "ainstall: 'a' and 'a' are the same file" > exp || framework_failure_
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/a || fail=1
test "$(stat -c %a d/a)" = 640 || fail=1
expect_entries_ d a || fail=1

# -t form: d/a onto itself fails, b is still installed.
returns_ 1 ainstall -t d d/a b > out 2> err || fail=1
echo "ainstall: 'd/a' and 'd/a' are the same file" > exp \
  || framework_failure_
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/a || fail=1
test "$(stat -c %a d/a)" = 640 || fail=1
compare exp-b d/b || fail=1
expect_entries_ d a b || fail=1

Exit $fail
