#!/bin/sh
# A destination that is a directory is never replaced by a file: the
# message is GNU's, the exit status is 1, the directory keeps its mode
# and its entries, no temporary file is left beside it, and, as in GNU
# install, the next source operand is still installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

echo new > src || framework_failure_
echo new2 > src2 || framework_failure_
mkdir dir || framework_failure_
echo inside > dir/keep || framework_failure_
chmod 750 dir || framework_failure_

# -T: DEST is the directory itself.
returns_ 1 ainstall -T src dir > out 2> err || fail=1
echo "ainstall: cannot overwrite directory 'dir' with non-directory 'src'" \
  > exp || framework_failure_
compare exp err || fail=1
compare /dev/null out || fail=1
test -d dir || fail=1
test "$(stat -c %a dir)" = 750 || fail=1
expect_entries_ dir keep || fail=1
echo inside > exp || framework_failure_
compare exp dir/keep || fail=1

# SOURCE... DIRECTORY: t/src is a directory, so src cannot go there, but
# src2 still does.
mkdir t t/src || framework_failure_
echo inside > t/src/keep || framework_failure_
chmod 700 t/src || framework_failure_
returns_ 1 ainstall src src2 t > out 2> err || fail=1
echo "ainstall: cannot overwrite directory 't/src' with non-directory 'src'" \
  > exp || framework_failure_
compare exp err || fail=1
compare /dev/null out || fail=1
test -d t/src || fail=1
test "$(stat -c %a t/src)" = 700 || fail=1
expect_entries_ t/src keep || fail=1
# (Not compared with src2 itself, which rename mode consumes.)
echo new2 > exp || framework_failure_
compare exp t/src2 || fail=1
test "$(stat -c %a t/src2)" = 755 || fail=1
expect_entries_ t src src2 || fail=1

Exit $fail
