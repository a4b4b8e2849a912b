#!/bin/sh
# --preserve=xattr does not copy the attributes that have options of
# their own: security.selinux (--preserve=context), security.capability
# (--preserve=caps, --caps) and system.posix_acl_access (--preserve=acl).
# From a source that has all three and user.a, a copy made with
# --preserve=xattr alone has user.a, no security context, no
# capabilities and no ACL (mode 755, install's default).  Adding
# --preserve=caps,acl,context brings each of them.
# Checked in copy mode (in link and rename modes the destination is the
# source's inode, and has them all), on the test directory's file system
# (ext4 here) and on a tmpfs.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ acl
require_root_
for prog in setfattr getfattr setcap getcap setfacl getfacl; do
  command -v $prog > /dev/null || skip_ "$prog is missing"
done
require_tmpfs_at_ tmpfs

# xattr_names FILE: the names of the extended attributes of FILE.
xattr_names ()
{
  getfattr --absolute-names -h -m - "$1" > names-raw || return 1
  sed '/^#/d;/^$/d' names-raw | LC_ALL=C sort
}

printf 'content\n' > content || framework_failure_
echo user.a > exp-plain || framework_failure_
printf '%s\n' security.capability security.selinux system.posix_acl_access \
  user.a > exp-all || framework_failure_

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  s=$top/s d=$top/d
  mkdir $d || framework_failure_
  cp content $s || framework_failure_
  chmod 750 $s || framework_failure_
  setfattr -n user.a -v a $s \
    && setfattr -n security.selinux -v system_u:object_r:bin_t:s0 $s \
    && setcap cap_net_raw+ep $s \
    && setfacl -m u:$NON_ROOT_USERNAME:r-x,m::r-x $s \
    || framework_failure_
  xattr_names $s > got || framework_failure_
  compare exp-all got || framework_failure_

  returns_ 0 ainstall --merge-mode=copy --preserve=xattr $s $d/f \
    > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  compare content $d/f || fail=1
  xattr_names $d/f > got || fail=1
  compare exp-plain got || fail=1
  getcap $d/f > got || fail=1
  compare /dev/null got || fail=1
  test "$(stat -c %a $d/f)" = 755 || fail=1

  returns_ 0 ainstall --merge-mode=copy --preserve=xattr,caps,acl,context \
    -m 750 $s $d/f > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  xattr_names $d/f > got || fail=1
  compare exp-all got || fail=1
  expect_entries_ $d f || fail=1
done

Exit $fail
