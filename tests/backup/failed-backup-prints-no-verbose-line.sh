#!/bin/sh
# GNU install makes the backup before it prints its -v line, so when the
# backup fails nothing is printed on standard output: only the error,
# "cannot backup 'DEST': REASON", and exit status 1.  ainstall prints the
# same: for a suffix no file name can have (-S y/, "Not a directory"),
# and for a numbered backup whose name, cut short to fit, is taken
# ("File exists").  The destination is unchanged and no backup or
# temporary appears.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_source_kept_

echo new > a || framework_failure_
mkdir d || framework_failure_
echo old > d/b || framework_failure_

returns_ 1 ainstall -v -b -S y/ a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot backup 'd/b': Not a directory" > exp \
  || framework_failure_
compare exp err || fail=1
echo old > exp || framework_failure_
compare exp d/b || fail=1
expect_entries_ d b || fail=1

# A 255-byte name: its numbered backup's name is cut short to NAME minus
# its last byte plus "~", which the second backup finds taken.
name=$(printf '%255s' | tr ' ' n)
for i in 1 2 3; do
  echo "version $i" > a || framework_failure_
  ainstall --backup=numbered a "d/$name" > /dev/null 2>&1
done
echo "version 4" > a || framework_failure_
returns_ 1 ainstall -v --backup=numbered a "d/$name" > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot backup 'd/$name': File exists" > exp \
  || framework_failure_
compare exp err || fail=1
echo "version 2" > exp || framework_failure_
compare exp "d/$name" || fail=1

Exit $fail
