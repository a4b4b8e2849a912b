#!/bin/sh
# -C onto an identical destination needs nothing from its directory: in a
# directory the caller cannot write, it succeeds (exit status 0) with no
# output, even with -v, creates no file, and with -p still sets the
# destination's times from the source.  When the destination differs,
# the usual "cannot remove" failure (exit status 1) remains.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

TZ=UTC0; export TZ
printf 'content\n' > a || framework_failure_
chmod 644 a || framework_failure_
mkdir ro || framework_failure_
chmod 777 ro || framework_failure_
as_unprivileged_ ainstall a ro/b || framework_failure_
chmod 555 ro || framework_failure_
ino=$(stat -c %i ro/b) || framework_failure_

returns_ 0 as_unprivileged_ ainstall -C -v a ro/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i ro/b)" = "$ino" || fail=1
expect_entries_ ro b || fail=1

touch -m -d '2001-02-03 04:05:06.123456789' a || framework_failure_
touch -a -d '2002-03-04 05:06:07.987654321' a || framework_failure_
test "$(stat -c '%.9X %.9Y' a)" = '1015218367.987654321 981173106.123456789' \
  || skip_ 'this file system does not keep nanosecond timestamps'
returns_ 0 as_unprivileged_ ainstall -C -p -v a ro/b > out 2> err || fail=1
test "$(stat -c '%.9X %.9Y' ro/b)" = '1015218367.987654321 981173106.123456789' \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i ro/b)" = "$ino" || fail=1
expect_entries_ ro b || fail=1

# A different mode makes a copy necessary, and that is not possible.
returns_ 1 as_unprivileged_ ainstall -C -m 644 a ro/b > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot remove 'ro/b': Permission denied" > exp \
  || framework_failure_
compare exp err || fail=1
test "$(stat -c '%i %a' ro/b)" = "$ino 755" || fail=1
expect_entries_ ro b || fail=1

Exit $fail
