#!/bin/sh
# -d with -t: "target directory not allowed when installing a
# directory", no --help hint, status 1, no directory made.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/dir || framework_failure_
echo "ainstall: target directory not allowed when installing a directory" \
  > exp || framework_failure_

(cd w && returns_ 1 ainstall -d -t dir x) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

(cd w && returns_ 1 ainstall --target-directory=dir -d x y) > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

expect_entries_ w dir || fail=1
ls -A w/dir > entries || framework_failure_
compare /dev/null entries || fail=1

Exit $fail
