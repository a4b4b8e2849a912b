#!/bin/sh
# When an install with -b fails after the backup was planned (here the
# strip program fails), the destination is intact (same inode, content
# and mode), no new backup appears, an older backup is untouched, and no
# temporary file remains.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf '#!/bin/sh\nexit 1\n' > false || framework_failure_
chmod +x false || framework_failure_
mkdir d || framework_failure_
echo new > a || framework_failure_
echo old > d/b || framework_failure_
chmod 644 d/b || framework_failure_
echo old > d/c || framework_failure_
echo older > d/c~ || framework_failure_
ino_b=$(stat -c %i d/b) || framework_failure_
ino_c=$(stat -c %i d/c) || framework_failure_
ino_ck=$(stat -c %i d/c~) || framework_failure_

echo "ainstall: strip process terminated abnormally" > exp-err \
  || framework_failure_

returns_ 1 ainstall -b -s --strip-program=./false a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
expect_entries_ d b c c~ || fail=1

returns_ 1 ainstall -s --backup=numbered --strip-program=./false a d/b \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
expect_entries_ d b c c~ || fail=1

returns_ 1 ainstall -b -s --strip-program=./false a d/c > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
expect_entries_ d b c c~ || fail=1

echo old > exp || framework_failure_
compare exp d/b || fail=1
compare exp d/c || fail=1
echo older > exp || framework_failure_
compare exp d/c~ || fail=1
stat -c '%i %a' d/b d/c d/c~ > got || fail=1
printf '%s\n' "$ino_b 644" "$ino_c 644" "$ino_ck 644" > exp \
  || framework_failure_
compare exp got || fail=1

Exit $fail
