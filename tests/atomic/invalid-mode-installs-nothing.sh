#!/bin/sh
# An invalid -m mode is refused with GNU's message and exit status 1
# before any operand is looked at: no destination is created or
# replaced, old ones keep their content and mode, and no temporary file
# appears.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
echo old > exp-old || framework_failure_
echo new > f || framework_failure_
echo new > g || framework_failure_
echo "ainstall: invalid mode 'bad'" > exp || framework_failure_

returns_ 1 ainstall -m bad f d/f > out 2> err || fail=1
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/f || fail=1
test "$(stat -c %a d/f)" = 640 || fail=1
expect_entries_ d f || fail=1

# With several sources, not even the first is installed.
returns_ 1 ainstall -m bad -t d f g > out 2> err || fail=1
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/f || fail=1
test "$(stat -c %a d/f)" = 640 || fail=1
expect_entries_ d f || fail=1

Exit $fail
