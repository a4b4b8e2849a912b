#!/bin/sh
# --preserve=acl takes the source's access ACL, not its mode: -m (and,
# without -m, install's default 755) still gives the mode, and the ACL is
# applied after it, the mode's bits winning where the two overlap.
#   source 644 without ACL, --preserve=acl          -> 755, no ACL
#   source 644 without ACL, --preserve=acl -m 700    -> 700, no ACL
#   source 644 without ACL, --preserve=acl -m 4750   -> 4750
#   source 640 with user:U:rw-, --preserve=acl -m 755 -> 755, and the
#                                                   entry user:U:rw- kept
# Checked on the test directory's file system (ext4 here) and on a tmpfs,
# in each merge mode (in link and rename modes the destination is the
# source's inode).

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

# try TOP MERGE-MODE SOURCE-ACL EXPECTED-MODE OPTION...: install a source
# of mode 644, with the ACL entry SOURCE-ACL unless it is "-".
try ()
{
  top=$1 m=$2 acl=$3 exp_mode=$4; shift 4
  dir=$top/d-$m
  mkdir -p $dir || framework_failure_
  rm -f $top/s && cp content $top/s && chmod 644 $top/s \
    || framework_failure_
  if test "$acl" != -; then
    chmod 640 $top/s && setfacl -m "$acl" $top/s || framework_failure_
  fi
  returns_ 0 ainstall --merge-mode=$m --preserve=acl "$@" $top/s $dir/f \
    > out 2> err || { echo "$m $*: exit status"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  compare content $dir/f || fail=1
  got_mode=$(stat -c %a $dir/f) || fail=1
  test "$got_mode" = "$exp_mode" \
    || { echo "$m, ACL '$acl', $*: mode $got_mode, not $exp_mode"; fail=1; }
  getfacl -c -E -n $dir/f > got-acl || fail=1
  if test "$acl" = -; then
    grep -v -E '^(user|group|other)::|^$' got-acl > extra
    compare /dev/null extra || { echo "$m: an ACL appeared"; fail=1; }
  else
    grep -x "user:${acl#u:}" got-acl > /dev/null \
      || { echo "$m: entry lost:"; cat got-acl; fail=1; }
  fi
  expect_entries_ $dir f || fail=1
}

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    try $top $m - 755
    try $top $m - 700 -m 700
    try $top $m - 4750 -m 4750
    try $top $m u:$U:rw- 755 -m 755
  done
done

Exit $fail
