#!/bin/sh
# --preserve=xattr gives the installed file the source's extended
# attributes with their values, as root in every namespace root may
# write: user.*, trusted.* and security.* (other than the security
# attributes that have options of their own).  In copy mode the
# destination is a new inode that carries copies of them; in link and
# rename modes it is the source's own inode, which has them already.
# Checked on the test directory's file system (ext4 here) and on a tmpfs,
# in each merge mode, for a new destination and for one replaced; the
# content is the source's and no temporary is left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
for prog in setfattr getfattr; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package attr)"
done
require_tmpfs_at_ tmpfs

# xattrs_of FILE: the extended attributes of FILE, NAME="VALUE" a line.
xattrs_of ()
{
  getfattr --absolute-names -h -d -m - -e text "$1" > xattrs-raw \
    || return 1
  sed '/^#/d;/^$/d' xattrs-raw | LC_ALL=C sort
}

printf 'content\n' > content || framework_failure_
cat > exp-attrs <<'EOF2' || framework_failure_
security.foo="foo value"
trusted.b="b value"
user.a="a value"
EOF2

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir || framework_failure_
    for dest in new replaced; do
      rm -f $top/s || framework_failure_
      cp content $top/s || framework_failure_
      setfattr -n user.a -v 'a value' $top/s \
        && setfattr -n trusted.b -v 'b value' $top/s \
        && setfattr -n security.foo -v 'foo value' $top/s \
        || framework_failure_
      test $dest = new || echo old > $dir/f || framework_failure_
      src_ino=$(stat -c %i $top/s) || framework_failure_

      returns_ 0 ainstall --merge-mode=$m --preserve=xattr $top/s $dir/f \
        > out 2> err || { echo "$m, $dest: exit status"; fail=1; }
      compare /dev/null out || fail=1
      compare /dev/null err || fail=1
      compare content $dir/f || fail=1
      xattrs_of $dir/f > got || fail=1
      compare exp-attrs got || { echo "$m, $dest: attributes"; fail=1; }
      expect_entries_ $dir f || fail=1

      dest_ino=$(stat -c %i $dir/f) || fail=1
      case $m in
        copy)
          test "$dest_ino" != "$src_ino" || { echo "copy: same inode"; fail=1; }
          xattrs_of $top/s > got || fail=1
          compare exp-attrs got || fail=1;;
        link)
          test "$dest_ino" = "$src_ino" || { echo "link: not linked"; fail=1; };;
        rename)
          test "$dest_ino" = "$src_ino" || { echo "rename: not moved"; fail=1; }
          test ! -e $top/s || { echo "rename: source left"; fail=1; };;
      esac
    done
  done
done

Exit $fail
