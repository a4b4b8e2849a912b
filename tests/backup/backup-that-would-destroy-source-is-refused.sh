#!/bin/sh
# When the source is the very file the simple backup name refers to
# (ainstall -b b~ b), making the backup would destroy it: "backing up
# 'b' might destroy source;  'b~' not copied", status 1, both files
# untouched.  Numbered backups do not have the problem.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
# Looks at the source afterwards: it must survive a numbered backup.
require_source_kept_

mkdir w || framework_failure_
echo old > w/b || framework_failure_
echo src > w/b~ || framework_failure_
echo old > old || framework_failure_
echo src > src || framework_failure_

(cd w && returns_ 1 ainstall -b b~ b) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: backing up 'b' might destroy source;  'b~' not copied" \
  > exp || framework_failure_
compare exp err || fail=1
compare old w/b || fail=1
compare src w/b~ || fail=1
expect_entries_ w b b~ || fail=1

# Named with directories, and with -S.
mv w/b~ w/b.bak || framework_failure_
returns_ 1 ainstall -S .bak w/b.bak w/b > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: backing up 'w/b' might destroy source;  'w/b.bak' not copied" \
  > exp || framework_failure_
compare exp err || fail=1
compare old w/b || fail=1
compare src w/b.bak || fail=1
expect_entries_ w b b.bak || fail=1

# Numbered: b.~1~ is made, the source survives.
mv w/b.bak w/b~ || framework_failure_
(cd w && returns_ 0 ainstall --backup=numbered b~ b) > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare src w/b || fail=1
compare src w/b~ || fail=1
compare old w/b.~1~ || fail=1
expect_entries_ w b b.~1~ b~ || fail=1

Exit $fail
