#!/bin/sh
# A destination that cannot be replaced keeps its old content and mode,
# the message is GNU's, the exit status is 1, no temporary file remains,
# and the next operand is still installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

mkdir ro rw || framework_failure_
echo old > ro/f || framework_failure_
chmod 644 ro/f || framework_failure_
echo new > src || framework_failure_
chmod a+r src || framework_failure_
chmod 555 ro || framework_failure_
chmod 777 rw || framework_failure_

# Replacing a file in a directory we cannot write fails as GNU's does.
returns_ 1 as_unprivileged_ ainstall src ro/f 2>err || fail=1
echo "ainstall: cannot remove 'ro/f': Permission denied" > exp || fail=1
compare exp err || fail=1

# The old file is intact, mode and all, and nothing appeared beside it.
echo old > exp || framework_failure_
compare exp ro/f || fail=1
test "$(stat -c %a ro/f)" = 644 || fail=1
expect_entries_ ro f || fail=1

# With several sources, the one that fails does not stop the others.
returns_ 1 as_unprivileged_ ainstall -t rw src missing 2>err || fail=1
echo "ainstall: cannot stat 'missing': No such file or directory" > exp \
  || framework_failure_
compare exp err || fail=1
compare src rw/src || fail=1
expect_entries_ rw src || fail=1

Exit $fail
