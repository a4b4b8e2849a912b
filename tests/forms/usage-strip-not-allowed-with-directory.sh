#!/bin/sh
# -d with -s: "the strip option may not be used when installing a
# directory", no --help hint, status 1, no directory made.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo "ainstall: the strip option may not be used when installing a directory" \
  > exp || framework_failure_

(cd w && returns_ 1 ainstall -d -s x) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

(cd w && returns_ 1 ainstall --strip --directory x y/z) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

ls -A w > entries || framework_failure_
compare /dev/null entries || fail=1

Exit $fail
