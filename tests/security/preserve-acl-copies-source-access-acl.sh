#!/bin/sh
# --preserve=acl gives the installed file the source's access ACL (as
# getfacl shows it): from a source with mode 750 and the entries
# user:U:r-x, group:G:r-- and mask::r-x, installed with -m 750, the file
# has that ACL, entry for entry, and mode 750.  In copy mode the new inode
# gets a copy; in link and rename modes the destination is the source's
# inode, which has it.  Without --preserve=acl a copy has no ACL, as with
# GNU install.  Checked on the test directory's file system (ext4 here)
# and on a tmpfs, in each merge mode, for a new destination and one
# replaced (which had an ACL of its own).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ acl
require_root_
for prog in setfacl getfacl; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package acl)"
done
require_tmpfs_at_ tmpfs

U=$(id -u "$NON_ROOT_USERNAME") || framework_failure_
G=$NON_ROOT_GID
printf 'content\n' > content || framework_failure_
cat > exp-acl <<EOF2 || framework_failure_
user::rwx
user:$U:r-x
group::r-x
group:$G:r--
mask::r-x
other::---

EOF2
cat > exp-plain <<'EOF2' || framework_failure_
user::rwx
group::r-x
other::r-x

EOF2

# acl_of FILE: the ACL of FILE, numeric, without comments.
acl_of () { getfacl -c -E -n "$1"; }

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir || framework_failure_
    for dest in new replaced; do
      rm -f $top/s && cp content $top/s && chmod 750 $top/s \
        || framework_failure_
      setfacl -m u:$U:r-x,g:$G:r--,m::r-x $top/s || framework_failure_
      acl_of $top/s > got && compare exp-acl got || framework_failure_
      if test $dest = replaced; then
        echo old > $dir/f && setfacl -m u:$U:rwx $dir/f || framework_failure_
      fi
      src_ino=$(stat -c %i $top/s) || framework_failure_

      returns_ 0 ainstall --merge-mode=$m --preserve=acl -m 750 $top/s \
        $dir/f > out 2> err || { echo "$m, $dest: exit status"; fail=1; }
      compare /dev/null out || fail=1
      compare /dev/null err || fail=1
      compare content $dir/f || fail=1
      acl_of $dir/f > got || fail=1
      compare exp-acl got || { echo "$m, $dest: ACL"; fail=1; }
      test "$(stat -c %a $dir/f)" = 750 || fail=1
      expect_entries_ $dir f || fail=1
      if test $m = copy; then
        test "$(stat -c %i $dir/f)" != "$src_ino" || fail=1
        acl_of $top/s > got || fail=1
        compare exp-acl got || fail=1
      else
        test "$(stat -c %i $dir/f)" = "$src_ino" || fail=1
      fi
    done
  done

  # Without --preserve=acl, a copy has none.
  cp content $top/s && setfacl -m u:$U:r-x $top/s || framework_failure_
  returns_ 0 ainstall --merge-mode=copy $top/s $top/d-copy/f \
    > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  acl_of $top/d-copy/f > got || fail=1
  compare exp-plain got || fail=1
done

Exit $fail
