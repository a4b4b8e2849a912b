#!/bin/sh
# When an extended attribute cannot be copied, --preserve=xattr fails:
# ainstall prints "ainstall: cannot copy extended attribute 'NAME' to
# 'DEST': REASON", exits 1, and installs nothing: an old destination is
# left as it was (inode, content, mode, attributes), a new one is not
# created, and no temporary is left.  The source stays where it is, also
# in rename mode.
# The attribute here is real and root's: a 6000-byte trusted.big on a
# source in a tmpfs, which takes it, copied as root to the test
# directory's ext4, which refuses a value larger than a block ("No space
# left on device").  The two are different file systems, so link and
# rename modes copy too; each mode is tried.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
for prog in setfattr getfattr; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package attr)"
done
require_tmpfs_at_ tmpfs

big=$(printf '%6000s' '' | tr ' ' x) || framework_failure_
echo probe > probe || framework_failure_
if setfattr -n trusted.big -v "$big" probe 2> probe-err; then
  skip_ "this $(stat -f -c %T .) takes a 6000-byte attribute value"
fi
grep 'No space left on device' probe-err > /dev/null \
  || skip_ "unexpected refusal: $(cat probe-err)"

printf 'new\n' > new || framework_failure_
echo old > exp-old || framework_failure_
mkdir d || framework_failure_

for m in copy link rename; do
  rm -f tmpfs/s && cp new tmpfs/s || framework_failure_
  setfattr -n user.a -v a tmpfs/s || framework_failure_
  setfattr -n trusted.big -v "$big" tmpfs/s || framework_failure_
  src_ino=$(stat -c %i tmpfs/s) || framework_failure_
  cp exp-old d/f || framework_failure_
  chmod 640 d/f || framework_failure_
  setfattr -n user.old -v old d/f || framework_failure_
  dest_st=$(stat -c '%i %a %u:%g %s' d/f) || framework_failure_

  returns_ 1 ainstall --merge-mode=$m --preserve=xattr tmpfs/s d/f \
    > out 2> err || { echo "$m: exit status"; fail=1; }
  compare /dev/null out || fail=1
  echo "ainstall: cannot copy extended attribute 'trusted.big' to 'd/f':" \
    "No space left on device" > exp-err || framework_failure_
  compare exp-err err || fail=1
  compare exp-old d/f || fail=1
  test "$(stat -c '%i %a %u:%g %s' d/f)" = "$dest_st" \
    || { echo "$m: old destination changed"; fail=1; }
  test "$(getfattr --only-values -n user.old d/f)" = old || fail=1
  returns_ 1 getfattr -n user.a d/f > /dev/null 2>&1 \
    || { echo "$m: user.a reached the old destination"; fail=1; }
  expect_entries_ d f || fail=1
  test "$(stat -c %i tmpfs/s)" = "$src_ino" \
    || { echo "$m: source gone"; fail=1; }
  compare new tmpfs/s || fail=1
  expect_entries_ tmpfs s || fail=1

  # A new destination is not created.
  returns_ 1 ainstall --merge-mode=$m --preserve=xattr tmpfs/s d/g \
    > out 2> err || { echo "$m: exit status"; fail=1; }
  compare /dev/null out || fail=1
  echo "ainstall: cannot copy extended attribute 'trusted.big' to 'd/g':" \
    "No space left on device" > exp-err || framework_failure_
  compare exp-err err || fail=1
  expect_entries_ d f || fail=1
  expect_entries_ tmpfs s || fail=1
done

Exit $fail
