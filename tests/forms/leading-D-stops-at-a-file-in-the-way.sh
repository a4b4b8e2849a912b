#!/bin/sh
# -D when a leading component is a regular file: "cannot create directory
# 'f': Not a directory" naming that component (or, with -t, "failed to
# access 'f/g': Not a directory"); status 1, the file untouched, nothing
# installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo content > w/a || framework_failure_
echo data > w/f || framework_failure_

(cd w && returns_ 1 ainstall -D a f/g/h) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot create directory 'f': Not a directory" > exp \
  || framework_failure_
compare exp err || fail=1

(cd w && returns_ 1 ainstall -v -D a f/g) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

(cd w && returns_ 1 ainstall -D -t f/g a) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: failed to access 'f/g': Not a directory" > exp \
  || framework_failure_
compare exp err || fail=1

echo data > exp || framework_failure_
compare exp w/f || fail=1
expect_entries_ w a f || fail=1

Exit $fail
