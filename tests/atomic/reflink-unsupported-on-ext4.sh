#!/bin/sh
# On ext4, which cannot share extents, ainstall --debug reports the
# clone attempt as "reflink: unsupported", and the data is still copied:
# the destination has the source's content.  Skipped when the test
# directory is not on ext4 (or ext2/ext3, which "stat -f" does not tell
# apart from it).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
# A test of copy mode: the --debug copy-offload line, the reflink attempt.
require_copy_mode_

fs=$(stat -f -c %T .) || framework_failure_
test "$fs" = ext2/ext3 \
  || skip_ "the test directory is on $fs, not ext4"

mkdir d || framework_failure_
seq 1 100000 > src || framework_failure_
echo old > d/dst || framework_failure_
echo unsupported > exp || framework_failure_

# A new destination, then a replaced one.
for dst in new dst; do
  ainstall --debug src d/$dst > out 2> err || fail=1
  compare /dev/null err || fail=1
  test $(grep -c '^copy offload: ' out) = 1 || fail=1
  sed -n 's/^copy offload: [^,]*, reflink: \([^,]*\), sparse detection: .*/\1/p' \
    out > field
  compare exp field || fail=1
  cmp src d/$dst || fail=1
done
expect_entries_ d dst new || fail=1

Exit $fail
