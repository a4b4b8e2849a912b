#!/bin/sh
# Link mode cannot hard-link across file systems (EXDEV): it copies
# instead.  The destination is a new inode with the source's content and
# the requested mode, the source keeps its single link, mode and content,
# no temporary is left on either side.  --debug says why:
# "DEST: merge mode 'link' not possible (Invalid cross-device link):
# copying", then "DEST: copied via temporary ...".  Plain -v prints only
# GNU's line.  Needs root, to mount a tmpfs.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_tmpfs_at_ mnt

# check_debug_output_ OUT LINE...: OUT holds exactly the lines given, each
# an extended regular expression matched against the whole line.

mkdir d || framework_failure_
seq 1 20000 > mnt/src || framework_failure_
chmod 600 mnt/src || framework_failure_
test "$(stat -c %d mnt/src)" != "$(stat -c %d d)" \
  || framework_failure_ "the tmpfs is not another file system"
cp mnt/src exp-content || framework_failure_
src_st=$(stat -c '%i %h %a %s %Y' mnt/src) || framework_failure_

# check_source: the source is as it was.
check_source ()
{
  echo "$src_st" > exp-src || framework_failure_
  stat -c '%i %h %a %s %Y' mnt/src > got-src || return 1
  compare exp-src got-src && compare exp-content mnt/src
}

# From the tmpfs to the disk, with --debug, replacing a file.
echo old > d/f || framework_failure_
returns_ 0 ainstall --debug --merge-mode=link -m 640 mnt/src d/f \
  > out 2> err || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "removed 'd/f'" "'mnt/src' -> 'd/f'" "$offload_re_" \
  "d/f: merge mode 'link' not possible \(Invalid cross-device link\): copying" \
  "$(copied_re_ d/f replaced)" || fail=1
compare exp-content d/f || fail=1
test "$(stat -c '%h %a' d/f)" = '1 640' || fail=1
test "$(stat -c %i d/f)" != "$(stat -c %i mnt/src)" || fail=1
check_source || fail=1

# With -v, only GNU's line.
returns_ 0 ainstall -v --merge-mode=link mnt/src d/g > out 2> err || fail=1
echo "'mnt/src' -> 'd/g'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare exp-content d/g || fail=1
test "$(stat -c '%h %a' d/g)" = '1 755' || fail=1
check_source || fail=1

# From the disk to the tmpfs, quietly.
returns_ 0 ainstall --merge-mode=link d/g mnt/h > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-content mnt/h || fail=1
test "$(stat -c '%h %a' mnt/h)" = '1 755' || fail=1
test "$(stat -c %h d/g)" = 1 || fail=1

expect_entries_ d f g || fail=1
expect_entries_ mnt src h || fail=1

Exit $fail
