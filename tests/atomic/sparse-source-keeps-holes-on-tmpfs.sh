#!/bin/sh
# On a tmpfs, too, a sparse source is installed as a sparse file: the
# destination has the same content, byte for byte, but far fewer blocks
# than its size.  Checked with source and destination both on a tmpfs
# that the test mounts, and with a source there and a destination on the
# test directory's file system (if that one makes sparse files).  Needs
# root to mount the tmpfs.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_tmpfs_at_ mnt

size=10485760  # 10 MiB

# make_sparse FILE OFFSET...: a 10 MiB file with a few bytes at each
# OFFSET (in bytes) and holes elsewhere.
make_sparse ()
{
  f_=$1; shift
  rm -f "$f_" && truncate -s $size "$f_" || return 1
  for off_ in "$@"; do
    printf 'data' | dd of="$f_" bs=1 seek=$off_ conv=notrunc 2> /dev/null \
      || return 1
  done
  truncate -s $size "$f_"
}

# allocated FILE: the bytes the file system allocated for FILE.
allocated () { echo $(( $(stat -c '%b * %B' "$1") )); }

# check_sparse SOURCE DEST: DEST is a sparse copy of SOURCE.
check_sparse ()
{
  cmp "$1" "$2" || return 1
  test $(stat -c %s "$2") = $size || return 1
  alloc_=$(allocated "$2")
  test $alloc_ -lt $((size / 4)) \
    || { echo "$2: $alloc_ bytes allocated for $size"; return 1; }
}

# make_sources: the two sources, made afresh for each use, as rename mode
# consumes them.  mnt/exp-hole-end and mnt/exp-data-end are the same again,
# to compare with.
make_sources ()
{
  make_sparse mnt/hole-end 1048576 5242880 &&
  make_sparse mnt/data-end 0 $((size - 4))
}
mkdir mnt/d || framework_failure_
make_sources || framework_failure_
make_sparse mnt/exp-hole-end 1048576 5242880 || framework_failure_
make_sparse mnt/exp-data-end 0 $((size - 4)) || framework_failure_
for f in hole-end data-end; do
  test $(allocated mnt/$f) -lt $((size / 4)) \
    || skip_ "this tmpfs makes no sparse files"
done

# Within the tmpfs.
for f in hole-end data-end; do
  ainstall -m 644 mnt/$f mnt/d/$f > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  check_sparse mnt/exp-$f mnt/d/$f || fail=1
done
expect_entries_ mnt/d hole-end data-end || fail=1

# From the tmpfs to the test directory, if it can hold sparse files.
truncate -s $size probe || framework_failure_
if test $(allocated probe) -lt $((size / 4)); then
  mkdir d || framework_failure_
  make_sources || framework_failure_
  for f in hole-end data-end; do
    ainstall -m 644 mnt/$f d/$f > out 2> err || fail=1
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    check_sparse mnt/exp-$f d/$f || fail=1
  done
  expect_entries_ d hole-end data-end || fail=1
fi

Exit $fail
