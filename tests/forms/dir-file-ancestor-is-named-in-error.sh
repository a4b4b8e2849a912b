#!/bin/sh
# -d f/g when the ancestor f is a regular file: the message names the
# ancestor that failed, "cannot create directory 'f': Not a directory",
# at any depth below it; status 1, f untouched.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/d || framework_failure_
echo data > w/f || framework_failure_
echo data > w/d/f || framework_failure_

(cd w && returns_ 1 ainstall -d f/g) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot create directory 'f': Not a directory" > exp \
  || framework_failure_
compare exp err || fail=1

(cd w && returns_ 1 ainstall -v -d f/g/h) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

(cd w && returns_ 1 ainstall -d d/f/g/h) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot create directory 'd/f': Not a directory" > exp \
  || framework_failure_
compare exp err || fail=1

echo data > exp || framework_failure_
compare exp w/f || fail=1
compare exp w/d/f || fail=1
expect_entries_ w d f || fail=1
expect_entries_ w/d f || fail=1

Exit $fail
