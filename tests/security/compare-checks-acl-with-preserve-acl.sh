#!/bin/sh
# With --preserve=acl, -C compares access ACLs too: a destination with
# the source's content, mode (755) and owner is left alone (same inode,
# nothing printed with -v, exit status 0) only if it has the source's ACL:
#   both user:U:r-x (mask r-x)                  -> left alone
#   destination user:U:r-- instead              -> replaced
#   destination without the source's ACL        -> replaced
#   destination with an ACL the source lacks    -> replaced
#   neither has an ACL                          -> left alone
# Without --preserve=acl, ACLs are not compared (left alone).  A
# replaced destination has the source's ACL.  Rename mode consumes the
# source either way.  Checked on the test directory's file system (ext4
# here) and on a tmpfs, in each merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ acl
require_root_
for prog in setfacl getfacl; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package acl)"
done
require_tmpfs_at_ tmpfs

U=$(id -u "$NON_ROOT_USERNAME") || framework_failure_
printf 'content\n' > content || framework_failure_

# fresh SRC-ACL DEST-ACL: a source s and an identical d/f, mode 755, with
# these ACL entries ("-" for none).
fresh ()
{
  rm -f $top/s $dir/f || framework_failure_
  for f in $top/s $dir/f; do
    cp content $f && chmod 755 $f || framework_failure_
  done
  if test "$1" != -; then setfacl -m "$1" $top/s || framework_failure_; fi
  if test "$2" != -; then setfacl -m "$2" $dir/f || framework_failure_; fi
  test "$(stat -c %a $top/s $dir/f)" = "755
755" || framework_failure_
}

# run_C kept|replaced OPTION...: ainstall -C -v OPTION... s d/f.
run_C ()
{
  expect=$1; shift
  getfacl -c -E -n $top/s > exp-acl || framework_failure_
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
    getfacl -c -E -n $dir/f > got || fail=1
    compare exp-acl got || fail=1
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

    fresh u:$U:r-x u:$U:r-x
    run_C kept --preserve=acl
    fresh u:$U:r-x u:$U:r--,m::r-x
    run_C replaced --preserve=acl
    fresh u:$U:r-x -
    run_C replaced --preserve=acl
    fresh - u:$U:r-x
    run_C replaced --preserve=acl
    fresh - -
    run_C kept --preserve=acl
    fresh u:$U:r-x u:$U:r--,m::r-x
    run_C kept
  done
done

Exit $fail
