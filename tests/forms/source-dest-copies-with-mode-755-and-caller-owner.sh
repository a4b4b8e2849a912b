#!/bin/sh
# SOURCE DEST: DEST becomes a copy of SOURCE's content with mode 755,
# whatever SOURCE's mode, owned by the caller's user and group; nothing
# is printed, the status is 0, SOURCE is untouched and no temporary file
# remains beside DEST.  An existing DEST is replaced the same way.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
# Checks that SOURCE keeps its content and mode: DEST must be another inode.
require_copy_mode_

mkdir d || framework_failure_
printf 'line 1\nline 2\n' > src || framework_failure_
chmod 600 src || framework_failure_
cp src exp-content || framework_failure_
echo "755 $(id -u):$(id -g)" > exp-mode || framework_failure_

# A new destination.
returns_ 0 ainstall src d/dest > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-content d/dest || fail=1
stat -c '%a %u:%g' d/dest > mode || fail=1
compare exp-mode mode || fail=1
expect_entries_ d dest || fail=1

# The source keeps its content and mode.
compare exp-content src || fail=1
test "$(stat -c %a src)" = 600 || { echo "source mode changed"; fail=1; }

# An existing destination with other content and mode is replaced.
echo old > d/old || framework_failure_
chmod 640 d/old || framework_failure_
returns_ 0 ainstall src d/old > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-content d/old || fail=1
stat -c '%a %u:%g' d/old > mode || fail=1
compare exp-mode mode || fail=1
expect_entries_ d dest old || fail=1

# An empty source gives an empty destination.
: > empty || framework_failure_
returns_ 0 ainstall empty d/empty > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare /dev/null d/empty || fail=1
expect_entries_ d dest empty old || fail=1

Exit $fail
