#!/bin/sh
# -d in a directory the caller cannot write: "cannot create directory
# 'ro/x': Permission denied" (current GNU; 9.1 misreported it as "cannot
# change permissions"), naming the first directory that could not be
# made; status 1, nothing made.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

mkdir ro || framework_failure_
chmod 555 ro || framework_failure_

returns_ 1 as_unprivileged_ ainstall -d ro/x > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot create directory 'ro/x': Permission denied" > exp \
  || framework_failure_
compare exp err || fail=1

returns_ 1 as_unprivileged_ ainstall -v -d -m 700 ro/y/z > out 2> err \
  || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot create directory 'ro/y': Permission denied" > exp \
  || framework_failure_
compare exp err || fail=1

ls -A ro > entries || framework_failure_
compare /dev/null entries || fail=1

Exit $fail
