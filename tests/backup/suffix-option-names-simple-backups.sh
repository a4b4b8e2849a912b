#!/bin/sh
# -S SUFFIX (--suffix) makes backups, and names simple ones DEST SUFFIX;
# numbered backups ignore it.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo v1 > d/b || framework_failure_
# Each source vN holds "vN", as exp-vN does, to compare with: rename mode
# consumes the sources.
for v in v2 v3 v4 v5; do
  echo $v > $v && echo $v > exp-$v || framework_failure_
done

# -S alone implies a backup.
ino=$(stat -c %i d/b) || framework_failure_
returns_ 0 ainstall -S .bak v2 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i d/b.bak)" = "$ino" || { echo "b.bak not old file"; fail=1; }
echo v1 > exp || framework_failure_
compare exp d/b.bak || fail=1
compare exp-v2 d/b || fail=1
expect_entries_ d b b.bak || fail=1

returns_ 0 ainstall -b --suffix=.orig v3 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v2 d/b.orig || fail=1
expect_entries_ d b b.bak b.orig || fail=1

# A suffix without "." works the same.
returns_ 0 ainstall --backup=simple -S _old v4 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v3 d/b_old || fail=1

# Numbered backups do not use the suffix.
returns_ 0 ainstall --backup=numbered -S .bak v5 d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-v4 d/b.~1~ || fail=1
compare exp-v5 d/b || fail=1
expect_entries_ d b b.bak b.orig b_old b.~1~ || fail=1

Exit $fail
