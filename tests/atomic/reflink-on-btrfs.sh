#!/bin/sh
# On btrfs, which can share extents, ainstall clones the source into the
# staged file instead of copying it: --debug says
#   copy offload: unknown, reflink: yes, sparse detection: unknown
# (nothing else was needed), and the destination has the source's
# content.  Needs root, to loop-mount a btrfs file system.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
# A test of copy mode: the --debug copy-offload line and the reflink.
require_copy_mode_
require_loop_fs_at_ btrfs mnt

mkdir mnt/d || framework_failure_
seq 1 100000 > mnt/src || framework_failure_
echo old > mnt/d/dst || framework_failure_
echo 'copy offload: unknown, reflink: yes, sparse detection: unknown' > exp \
  || framework_failure_

# A new destination, then a replaced one.
for dst in new dst; do
  ainstall --debug mnt/src mnt/d/$dst > out 2> err || fail=1
  compare /dev/null err || fail=1
  grep '^copy offload: ' out > line
  compare exp line || fail=1
  cmp mnt/src mnt/d/$dst || fail=1
done
expect_entries_ mnt/d dst new || fail=1

Exit $fail
