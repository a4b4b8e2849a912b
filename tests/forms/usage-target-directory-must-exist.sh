#!/bin/sh
# -t DIR where DIR is missing or not a directory: "failed to access
# 'nodir': No such file or directory" (or "Not a directory"), no --help
# hint, status 1, nothing installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo one > w/a || framework_failure_
echo old > w/f || framework_failure_

(cd w && returns_ 1 ainstall -t nodir a) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: failed to access 'nodir': No such file or directory" \
  > exp || framework_failure_
compare exp err || fail=1

(cd w && returns_ 1 ainstall -t f a) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: failed to access 'f': Not a directory" > exp \
  || framework_failure_
compare exp err || fail=1
echo old > exp || framework_failure_
compare exp w/f || fail=1

expect_entries_ w a f || fail=1

Exit $fail
