#!/bin/sh
# -t DIR and -T together: "cannot combine --target-directory (-t) and
# --no-target-directory (-T)", no --help hint, status 1, nothing done.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir dir || framework_failure_
echo x > a || framework_failure_
echo "ainstall: cannot combine --target-directory (-t) and" \
     "--no-target-directory (-T)" > exp || framework_failure_

returns_ 1 ainstall -t dir -T a > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

returns_ 1 ainstall -T --target-directory=dir a > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

returns_ 1 ainstall -T -t dir a b > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

ls -A dir > entries || framework_failure_
compare /dev/null entries || fail=1

Exit $fail
