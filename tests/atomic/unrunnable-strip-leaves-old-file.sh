#!/bin/sh
# A strip program that cannot be run is reported as such, with exit
# status 1; the old destination stays, content and mode, no temporary
# file is left, and the next source operand is still tried (and fails
# the same way, leaving its old destination too).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

if test -e /nonexistent; then
  skip_ "/nonexistent exists"
fi

mkdir d || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
echo old-g > d/g || framework_failure_
chmod 600 d/g || framework_failure_
echo old > exp-old || framework_failure_
echo old-g > exp-old-g || framework_failure_
echo new > f || framework_failure_
echo new-g > g || framework_failure_
msg="ainstall: cannot run strip program '/nonexistent': No such file or directory"

returns_ 1 ainstall -s --strip-program=/nonexistent f d/f > out 2> err \
  || fail=1
echo "$msg" > exp || framework_failure_
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/f || fail=1
test "$(stat -c %a d/f)" = 640 || fail=1
expect_entries_ d f g || fail=1

returns_ 1 ainstall -s --strip-program=/nonexistent -t d f g > out 2> err \
  || fail=1
printf '%s\n' "$msg" "$msg" > exp || framework_failure_
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/f || fail=1
test "$(stat -c %a d/f)" = 640 || fail=1
compare exp-old-g d/g || fail=1
test "$(stat -c %a d/g)" = 600 || fail=1
expect_entries_ d f g || fail=1

Exit $fail
