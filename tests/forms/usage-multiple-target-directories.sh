#!/bin/sh
# -t given twice: "multiple target directories specified", no --help
# hint, status 1, nothing installed, even when both name one directory.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d1 d2 || framework_failure_
echo x > a || framework_failure_
echo "ainstall: multiple target directories specified" > exp \
  || framework_failure_

returns_ 1 ainstall -t d1 -t d2 a > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

returns_ 1 ainstall -t d1 --target-directory=d1 a > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

ls -A d1 d2 > entries || framework_failure_
printf 'd1:\n\nd2:\n' > exp || framework_failure_
compare exp entries || fail=1

Exit $fail
