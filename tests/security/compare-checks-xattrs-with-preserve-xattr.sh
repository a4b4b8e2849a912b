#!/bin/sh
# With --preserve=xattr, -C compares extended attributes too: a
# destination with the source's content, mode and owner is left alone
# (same inode, nothing printed with -v, exit status 0) only if it has
# the same attributes with the same values, as far as they are copied:
#   same user.a and trusted.b                 -> left alone
#   user.a with another value                 -> replaced
#   user.b missing, or an extra user.c        -> replaced
#   differing only in user.x*, excluded by --exclude-xattr='user.x*',
#   or only in user.Beagle.*, which xattr.conf skips -> left alone
# Without --preserve=xattr, attributes are not compared (left alone).  A
# replaced destination has the source's attributes.  Rename mode
# consumes the source either way.  Checked on the test directory's file
# system (ext4 here) and on a tmpfs, in each merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libattr
require_root_
for prog in setfattr getfattr; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package attr)"
done
grep '^user\.Beagle\.\*[	 ]*skip' /etc/xattr.conf > /dev/null \
  || skip_ "/etc/xattr.conf does not skip user.Beagle.*"
require_tmpfs_at_ tmpfs

# xattrs_of FILE: the attributes of FILE that -C compares here.
xattrs_of ()
{
  getfattr --absolute-names -h -d -m '^(user|trusted)\.' -e text "$1" \
    > xattrs-raw || return 1
  sed '/^#/d;/^$/d;/^user\.x/d;/^user\.Beagle\./d' xattrs-raw \
    | LC_ALL=C sort
}

printf 'content\n' > content || framework_failure_

# fresh: a source s with user.a=1 and trusted.b=2, and an identical d/f.
fresh ()
{
  rm -f $top/s $dir/f || framework_failure_
  for f in $top/s $dir/f; do
    cp content $f && chmod 755 $f && setfattr -n user.a -v 1 $f \
      && setfattr -n trusted.b -v 2 $f || framework_failure_
  done
}

# run_C kept|replaced OPTION...: ainstall -C -v OPTION... s d/f.
run_C ()
{
  expect=$1; shift
  xattrs_of $top/s > exp-attrs || framework_failure_
  old_ino=$(stat -c %i $dir/f) || framework_failure_
  src_ino=$(stat -c %i $top/s) || framework_failure_
  returns_ 0 ainstall -C -v --merge-mode=$m "$@" $top/s $dir/f \
    > out 2> err || { echo "$m $*: exit status"; fail=1; }
  compare /dev/null err || fail=1
  compare content $dir/f || fail=1
  if test $expect = kept; then
    compare /dev/null out || { echo "$m $*: not left alone"; fail=1; }
    test "$(stat -c %i $dir/f)" = "$old_ino" || fail=1
  else
    printf '%s\n' "removed '$dir/f'" "'$top/s' -> '$dir/f'" > exp \
      || framework_failure_
    compare exp out || { echo "$m $*: not replaced"; fail=1; }
    new_ino=$(stat -c %i $dir/f) || fail=1
    if test $m = copy; then
      test "$new_ino" != "$old_ino" || fail=1
    else
      test "$new_ino" = "$src_ino" || fail=1
    fi
    xattrs_of $dir/f > got || fail=1
    compare exp-attrs got || fail=1
  fi
  if test $m = rename; then
    test ! -e $top/s || { echo "rename: source left"; fail=1; }
  else
    test -e $top/s || { echo "$m: source gone"; fail=1; }
  fi
  expect_entries_ $dir f || fail=1
}

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir || framework_failure_

    fresh
    run_C kept --preserve=xattr
    fresh
    setfattr -n user.a -v other $dir/f || framework_failure_
    run_C replaced --preserve=xattr
    fresh
    setfattr -n user.b -v 3 $top/s || framework_failure_
    run_C replaced --preserve=xattr
    fresh
    setfattr -n user.c -v 3 $dir/f || framework_failure_
    run_C replaced --preserve=xattr
    fresh
    setfattr -n user.x1 -v 1 $top/s && setfattr -n user.x2 -v 2 $dir/f \
      || framework_failure_
    run_C kept --preserve=xattr --exclude-xattr='user.x*'
    fresh
    setfattr -n user.Beagle.idx -v 1 $dir/f || framework_failure_
    run_C kept --preserve=xattr
    fresh
    setfattr -n user.a -v other $dir/f || framework_failure_
    run_C kept
  done
done

Exit $fail
