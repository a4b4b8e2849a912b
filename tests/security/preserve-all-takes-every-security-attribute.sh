#!/bin/sh
# --preserve=all takes every attribute from the source: mode, owner and
# group, timestamps, extended attributes, capabilities, ACL and security
# context.  From a source owned by U:G, mode 750, modified 2001-02-03,
# with user.a, trusted.b, cap_net_raw=ep, the ACL entry user:U:r-x and
# the context system_u:object_r:bin_t:s0, the installed file has all of
# them.  -o, -g and -m still win (-o 0 -g 0 -m 710 gives root, 710), and
# the capabilities survive that change of owner.
# Checked on the test directory's file system (ext4 here) and on a tmpfs,
# in each merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap
require_built_with_ acl
require_root_
for prog in setfattr getfattr setcap getcap setfacl getfacl; do
  command -v $prog > /dev/null || skip_ "$prog is missing"
done
if selinuxenabled 2> /dev/null; then
  skip_ "SELinux is enabled; this test writes raw contexts without it"
fi
require_tmpfs_at_ tmpfs

U=$(id -u "$NON_ROOT_USERNAME") || framework_failure_
G=$NON_ROOT_GID
cp /bin/true prog || framework_failure_

# attrs_of FILE: everything checked here, one line each.
attrs_of ()
{
  stat -c '%a %u:%g %Y' "$1" || return 1
  getfattr --only-values -n user.a "$1" && echo || return 1
  getfattr --only-values -n trusted.b "$1" && echo || return 1
  getcap "$1" | sed 's/^[^ ]* //' || return 1
  getfacl -c -E -n "$1" | grep "^user:$U:" || return 1
  getfattr --only-values -n security.selinux "$1" > label || return 1
  tr -d '\000' < label && echo
}

# fresh: the source s, as described above.
fresh ()
{
  rm -f $top/s && cp prog $top/s || framework_failure_
  chown $U:$G $top/s && chmod 750 $top/s || framework_failure_
  setfattr -n user.a -v a $top/s && setfattr -n trusted.b -v b $top/s \
    && setfacl -m u:$U:r-x $top/s \
    && setfattr -n security.selinux -v system_u:object_r:bin_t:s0 $top/s \
    && setcap cap_net_raw+ep $top/s \
    && touch -d '2001-02-03 04:05:06' $top/s || framework_failure_
  mtime=$(stat -c %Y $top/s) || framework_failure_
}

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir || framework_failure_
    for case in plain:750:$U:$G 'owner:710:0:0:-o 0 -g 0 -m 710'; do
      opts=${case#*:*:*:*:}
      test "$opts" != "$case" || opts=
      exp_st=$(echo "$case" | cut -d: -f2-4 | sed 's/:/ /')
      fresh
      returns_ 0 ainstall --merge-mode=$m --preserve=all $opts $top/s \
        $dir/f > out 2> err || { echo "$m $opts: exit status"; fail=1; }
      compare /dev/null out || fail=1
      compare /dev/null err || fail=1
      compare prog $dir/f || fail=1
      cat > exp <<EOF2 || framework_failure_
$exp_st $mtime
a
b
cap_net_raw=ep
user:$U:r-x
system_u:object_r:bin_t:s0
EOF2
      attrs_of $dir/f > got || fail=1
      compare exp got || { echo "$m $opts"; fail=1; }
      expect_entries_ $dir f || fail=1
    done
  done
done

Exit $fail
