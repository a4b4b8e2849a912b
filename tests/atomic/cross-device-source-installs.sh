#!/bin/sh
# A source on another file system than the destination (here, a tmpfs
# the test mounts) is installed as any other: the destination gets the
# content and the requested mode, and no temporary file is left on
# either side.  Needs root to mount the tmpfs.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_tmpfs_at_ mnt

seq 1 50000 > content || framework_failure_
# Each install gets a fresh source mnt/src, of mode 600: rename mode
# consumes its source (copying it, then removing it, across file systems).
fresh_src ()
{
  rm -f mnt/src && cp content mnt/src && chmod 600 mnt/src \
    || framework_failure_
}
fresh_src
mkdir d || framework_failure_
test "$(stat -c %d mnt/src)" != "$(stat -c %d d)" \
  || framework_failure_ "the tmpfs is not another file system"

# A new destination with the default mode, then a replaced one with -m.
ainstall mnt/src d/f > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare content d/f || fail=1
test "$(stat -c %a d/f)" = 755 || fail=1

echo old > d/g || framework_failure_
fresh_src
ainstall -m 640 mnt/src d/g > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare content d/g || fail=1
test "$(stat -c %a d/g)" = 640 || fail=1

# -t form.
mkdir t || framework_failure_
fresh_src
ainstall -m 644 -t t mnt/src > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare content t/src || fail=1
test "$(stat -c %a t/src)" = 644 || fail=1

expect_entries_ d f g || fail=1
expect_entries_ t src || fail=1
# Beside the source, once it is removed, nothing is left.
rm -f mnt/src || framework_failure_
expect_entries_ mnt || fail=1

Exit $fail
