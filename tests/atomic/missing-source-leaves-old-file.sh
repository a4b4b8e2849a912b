#!/bin/sh
# A source that does not exist fails with GNU's message and exit status
# 1; the destination it would have replaced keeps its content and mode,
# no temporary file is left beside it, and, as in GNU install, the next
# source operand is still installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
echo new > g || framework_failure_
# What g holds, to compare with: rename mode consumes g.
cp g exp-g || framework_failure_
echo old > exp-old || framework_failure_

# SOURCE DEST form.
returns_ 1 ainstall missing d/f > out 2> err || fail=1
echo "ainstall: cannot stat 'missing': No such file or directory" > exp \
  || framework_failure_
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/f || fail=1
test "$(stat -c %a d/f)" = 640 || fail=1
expect_entries_ d f || fail=1

# -t form: the missing source "f" would have replaced d/f; the next
# source, g, is still installed, with the default mode.
returns_ 1 ainstall -t d f g > out 2> err || fail=1
echo "ainstall: cannot stat 'f': No such file or directory" > exp \
  || framework_failure_
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/f || fail=1
test "$(stat -c %a d/f)" = 640 || fail=1
compare exp-g d/g || fail=1
test "$(stat -c %a d/g)" = 755 || fail=1
expect_entries_ d f g || fail=1

Exit $fail
