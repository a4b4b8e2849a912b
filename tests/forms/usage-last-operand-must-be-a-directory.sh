#!/bin/sh
# With three or more operands and no -t, the last must be a directory:
# "target 'x': Not a directory" for a file, "target 'nodir': No such file
# or directory" for a missing name; no --help hint, status 1, nothing
# installed and the file named as target untouched.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo one > w/a || framework_failure_
echo two > w/b || framework_failure_
echo old > w/x || framework_failure_

(cd w && returns_ 1 ainstall a b x) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: target 'x': Not a directory" > exp || framework_failure_
compare exp err || fail=1
echo old > exp || framework_failure_
compare exp w/x || fail=1

(cd w && returns_ 1 ainstall a b nodir) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: target 'nodir': No such file or directory" > exp \
  || framework_failure_
compare exp err || fail=1

# The same with -D: the target is not made.
(cd w && returns_ 1 ainstall -D a b nodir) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

expect_entries_ w a b x || fail=1

Exit $fail
