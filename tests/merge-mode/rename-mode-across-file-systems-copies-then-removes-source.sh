#!/bin/sh
# Rename mode cannot move a file to another file system (EXDEV): it
# copies, commits the destination, then removes the source, as mv does.
# The destination is a new inode with the content and the requested
# mode, the source name is gone, no temporary is left on either side,
# and --debug says "merge mode 'rename' not possible (Invalid cross-device
# link): copying, then removing the source".  Plain -v prints only GNU's
# lines.  Needs root, to mount a tmpfs.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_tmpfs_at_ mnt

mkdir d || framework_failure_
seq 1 20000 > exp-content || framework_failure_
for f in a b; do
  cp exp-content mnt/$f || framework_failure_
  chmod 600 mnt/$f || framework_failure_
done
cp exp-content d/c || framework_failure_
test "$(stat -c %d mnt/a)" != "$(stat -c %d d)" \
  || framework_failure_ "the tmpfs is not another file system"
ino_a=$(stat -c %i mnt/a) || framework_failure_

# From the tmpfs to the disk, with --debug, replacing a file.
echo old > d/f || framework_failure_
returns_ 0 ainstall --debug --merge-mode=rename -m 640 mnt/a d/f \
  > out 2> err || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "removed 'd/f'" "'mnt/a' -> 'd/f'" "$offload_re_" \
  "d/f: merge mode 'rename' not possible \(Invalid cross-device link\): copying, then removing the source" \
  "$(copied_re_ d/f replaced)" \
  || fail=1
compare exp-content d/f || fail=1
test "$(stat -c '%h %a' d/f)" = '1 640' || fail=1
test ! -e mnt/a || { echo "mnt/a not removed"; fail=1; }

# With -v, only GNU's line.
returns_ 0 ainstall -v --merge-mode=rename mnt/b d/g > out 2> err || fail=1
echo "'mnt/b' -> 'd/g'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare exp-content d/g || fail=1
test "$(stat -c '%h %a' d/g)" = '1 755' || fail=1
test ! -e mnt/b || { echo "mnt/b not removed"; fail=1; }

# From the disk to the tmpfs, quietly.
returns_ 0 ainstall --merge-mode=rename d/c mnt/h > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-content mnt/h || fail=1
test "$(stat -c '%h %a' mnt/h)" = '1 755' || fail=1
test ! -e d/c || { echo "d/c not removed"; fail=1; }

expect_entries_ d f g || fail=1
expect_entries_ mnt h || fail=1

Exit $fail
