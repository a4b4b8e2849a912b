#!/bin/sh
# A backup suffix that ends in "/" (here -S x/, kept by gnulib since it
# is a single name component) names the backup "bx/", which no regular
# file can have: GNU install's rename fails with ENOTDIR, "cannot backup
# 'b': Not a directory", status 1, and the destination is intact.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo new > w/a || framework_failure_
echo old > w/b || framework_failure_
ino=$(stat -c %i w/b) || framework_failure_

(cd w && returns_ 1 ainstall -S x/ a b) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot backup 'b': Not a directory" > exp \
  || framework_failure_
compare exp err || fail=1

(cd w && returns_ 1 env SIMPLE_BACKUP_SUFFIX=y/ ainstall -b a b) \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

echo old > exp || framework_failure_
compare exp w/b || fail=1
test "$(stat -c %i w/b)" = "$ino" || { echo "w/b replaced"; fail=1; }
expect_entries_ w a b || fail=1

Exit $fail
