#!/bin/sh
# As with GNU install, a file installed into a directory that has a
# default ACL ends with no ACL unless --preserve=acl is given: the ACL
# it would inherit (here user:U:rwx) is replaced by the plain mode, 755
# without -m, or -m's (640 here).  The directory's default ACL is untouched.
# Checked on the test directory's file system (ext4 here) and on a tmpfs,
# in each merge mode, for a new destination and for one replaced.

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
printf '%s\n' 'user::rwx' 'group::r-x' 'other::r-x' '' > exp-755 \
  || framework_failure_
printf '%s\n' 'user::rw-' 'group::r--' 'other::---' '' > exp-640 \
  || framework_failure_

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir && setfacl -d -m u:$U:rwx $dir || framework_failure_
    # A file made there does inherit an ACL.
    : > $dir/probe || framework_failure_
    getfacl -c -n $dir/probe | grep "^user:$U:" > /dev/null \
      || skip_ "no ACL inherited from a default ACL here"
    rm $dir/probe || framework_failure_
    getfacl -c -n $dir > exp-dir || framework_failure_

    for dest in new replaced; do
      for mode in 755 640; do
        opt=; test $mode = 755 || opt="-m $mode"
        rm -f $top/s && cp content $top/s && chmod 644 $top/s \
          || framework_failure_
        test $dest = new || echo old > $dir/f || framework_failure_
        returns_ 0 ainstall --merge-mode=$m $opt $top/s $dir/f \
          > out 2> err || { echo "$m $opt: exit status"; fail=1; }
        compare /dev/null out || fail=1
        compare /dev/null err || fail=1
        compare content $dir/f || fail=1
        test "$(stat -c %a $dir/f)" = $mode || fail=1
        getfacl -c -E -n $dir/f > got || fail=1
        compare exp-$mode got || { echo "$m, $dest, $opt: ACL"; fail=1; }
        expect_entries_ $dir f || fail=1
        if test $dest = new; then rm $dir/f || framework_failure_; fi
      done
    done
    getfacl -c -n $dir > got || fail=1
    compare exp-dir got || fail=1
  done
done

Exit $fail
