#!/bin/sh
# "install -d" on a dangling symbolic link fails with "cannot create
# directory 'NAME': File exists" and exit status 1, as GNU install says it
# since coreutils 9.2 (9.1 said "cannot change permissions of 'NAME': No
# such file or directory"), and creates nothing where the link points.
# The other operands are still made.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

ln -s nowhere dang || framework_failure_
for v in '' -v; do
  returns_ 1 ainstall $v -d dang made$v > out 2> err || fail=1
  echo "ainstall: cannot create directory 'dang': File exists" > exp \
    || framework_failure_
  compare exp err || fail=1
  test -d made$v || fail=1
  test -h dang && test ! -e nowhere || fail=1
done
echo "ainstall: creating directory 'made-v'" > exp || framework_failure_
compare exp out || fail=1

Exit $fail
