#!/bin/sh
# -d on an existing directory gives it the -m mode, or 755 without -m,
# keeps its content, prints nothing and succeeds.  A relative symbolic
# mode is applied to the directory's current mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/e || framework_failure_
echo keep > w/e/f || framework_failure_
chmod 755 w/e || framework_failure_

returns_ 0 ainstall -d -m 700 w/e > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %a w/e)" = 700 || { echo "not 700"; fail=1; }

returns_ 0 ainstall -d w/e > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %a w/e)" = 755 || { echo "not 755"; fail=1; }

returns_ 0 ainstall -d -m g+w w/e > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %a w/e)" = 775 || { echo "not 775"; fail=1; }

# -v reports nothing for a directory that exists.
returns_ 0 ainstall -v -d -m 711 w/e > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %a w/e)" = 711 || { echo "not 711"; fail=1; }

echo keep > exp || framework_failure_
compare exp w/e/f || fail=1
expect_entries_ w/e f || fail=1

Exit $fail
