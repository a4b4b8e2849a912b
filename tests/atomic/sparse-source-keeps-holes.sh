#!/bin/sh
# A sparse source is installed as a sparse file: the destination has the
# same content, byte for byte, but far fewer blocks than its size, as the
# source has.  Checked for a source that ends in a hole and for one that
# ends in data.  Skipped if the test directory's file system does not
# make sparse files at all.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

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

make_sparse hole-end 1048576 5242880 || framework_failure_
make_sparse data-end 0 $((size - 4)) || framework_failure_
# The same again, to compare with: rename mode consumes the sources.
make_sparse exp-hole-end 1048576 5242880 || framework_failure_
make_sparse exp-data-end 0 $((size - 4)) || framework_failure_
for f in hole-end data-end; do
  test $(stat -c %s $f) = $size || framework_failure_
  test $(allocated $f) -lt $((size / 4)) \
    || skip_ "the file system of the test directory makes no sparse files"
done

mkdir d || framework_failure_
for f in hole-end data-end; do
  ainstall -m 644 $f d/$f > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  cmp exp-$f d/$f || fail=1
  test $(stat -c %s d/$f) = $size || fail=1
  # Slack: a quarter of the size, where a full copy needs all of it.
  alloc=$(allocated d/$f)
  test $alloc -lt $((size / 4)) \
    || { echo "d/$f: $alloc bytes allocated for $size"; fail=1; }
done
expect_entries_ d hole-end data-end || fail=1

Exit $fail
