#!/bin/sh
# A chown clears file capabilities and set-ID bits, so ainstall changes
# the owner and group first and gives the mode and capabilities after:
# installed as root with -o and -g (here $NON_ROOT_USERNAME and its
# group), a file ends with both its set-ID bits and its capabilities.
#   --preserve=caps -o U -m 4755          -> 4755, U, source's caps
#   --caps=cap_net_admin+ep -o U -g G -m 6755 -> 6755, U:G, cap_net_admin=ep
#   --preserve=all -o U -g G (source 4755)    -> 4755, U:G, source's caps
#   --preserve=caps -g G -m 2755          -> 2755, group G, source's caps
# Checked on the test directory's file system (ext4 here) and on a tmpfs,
# in each merge mode (in link and rename modes the source's inode is
# given them), for a new destination and one replaced.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap
require_root_
for prog in setcap getcap; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package libcap2-bin)"
done
require_tmpfs_at_ tmpfs

U=$(id -u "$NON_ROOT_USERNAME") || framework_failure_
G=$NON_ROOT_GID
my_u=$(id -u) && my_g=$(id -g) || framework_failure_
cp /bin/true prog || framework_failure_

# try TOP MODE EXPECTED-STAT EXPECTED-CAPS OPTION...
try ()
{
  top=$1 m=$2 exp_st=$3 exp_caps=$4; shift 4
  dir=$top/d-$m
  mkdir -p $dir || framework_failure_
  for dest in new replaced; do
    rm -f $top/s $dir/f && cp prog $top/s || framework_failure_
    chmod 4755 $top/s && setcap cap_net_raw+ep $top/s || framework_failure_
    test $dest = new || echo old > $dir/f || framework_failure_

    returns_ 0 ainstall --merge-mode=$m "$@" $top/s $dir/f > out 2> err \
      || { echo "$m $*: exit status"; fail=1; }
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    compare prog $dir/f || fail=1
    got_st=$(stat -c '%a %u:%g' $dir/f) || fail=1
    test "$got_st" = "$exp_st" \
      || { echo "$m $* ($dest): '$got_st', not '$exp_st'"; fail=1; }
    got_caps=$(getcap $dir/f | sed 's/^[^ ]* //') || fail=1
    test "$got_caps" = "$exp_caps" \
      || { echo "$m $* ($dest): caps '$got_caps'"; fail=1; }
    expect_entries_ $dir f || fail=1
  done
}

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    try $top $m "4755 $U:$my_g" cap_net_raw=ep \
      --preserve=caps -o "$NON_ROOT_USERNAME" -m 4755
    try $top $m "6755 $U:$G" cap_net_admin=ep \
      --caps=cap_net_admin+ep -o "$NON_ROOT_USERNAME" -g "$G" -m 6755
    try $top $m "4755 $U:$G" cap_net_raw=ep \
      --preserve=all -o "$NON_ROOT_USERNAME" -g "$G"
    try $top $m "2755 $my_u:$G" cap_net_raw=ep --preserve=caps -g "$G" -m 2755
  done
done

Exit $fail
