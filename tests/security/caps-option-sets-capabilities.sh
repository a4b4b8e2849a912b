#!/bin/sh
# --caps=TEXT gives the installed file the capabilities TEXT names, in
# libcap's text form (as setcap takes them): --caps=cap_net_raw+ep gives
# cap_net_raw=ep, --caps='cap_net_admin,cap_bpf=eip' gives exactly those.
# They replace whatever the file had: the source's in link and rename
# modes (where the destination is the source's inode, so the source has
# them now too), the source's taken by --preserve=caps, and an old
# destination's.  The mode is install's 755.  Checked on the test
# directory's file system (ext4 here) and on a tmpfs, in each merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap
require_root_
for prog in setcap getcap; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package libcap2-bin)"
done
require_tmpfs_at_ tmpfs

# caps_of FILE: the capabilities of FILE as getcap shows them, or nothing.
caps_of () { getcap "$1" | sed 's/^[^ ]* //'; }

cp /bin/true prog || framework_failure_

# try TOP MODE TEXT EXPECTED [OPTION...]: install with --caps=TEXT, a
# source with cap_sys_admin+ep onto a destination with cap_chown+ep.
try ()
{
  top=$1 m=$2 text=$3 exp=$4; shift 4
  dir=$top/d-$m
  mkdir -p $dir || framework_failure_
  rm -f $top/s && cp prog $top/s && setcap cap_sys_admin+ep $top/s \
    || framework_failure_
  rm -f $dir/f && cp prog $dir/f && setcap cap_chown+ep $dir/f \
    || framework_failure_
  src_ino=$(stat -c %i $top/s) || framework_failure_

  returns_ 0 ainstall --merge-mode=$m "$@" --caps="$text" $top/s $dir/f \
    > out 2> err || { echo "$m $*: exit status"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  compare prog $dir/f || fail=1
  echo "$exp" > exp || framework_failure_
  caps_of $dir/f > got || fail=1
  compare exp got || { echo "$m --caps=$text $*: capabilities"; fail=1; }
  test "$(stat -c %a $dir/f)" = 755 || fail=1
  expect_entries_ $dir f || fail=1
  case $m in
    copy)
      test "$(stat -c %i $dir/f)" != "$src_ino" || fail=1
      test "$(caps_of $top/s)" = cap_sys_admin=ep || fail=1;;
    *)
      test "$(stat -c %i $dir/f)" = "$src_ino" \
        || { echo "$m: not the source's inode"; fail=1; };;
  esac
}

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    try $top $m cap_net_raw+ep cap_net_raw=ep
    try $top $m 'cap_net_admin,cap_bpf=eip' 'cap_net_admin,cap_bpf=eip'
    try $top $m cap_net_raw+ep cap_net_raw=ep --preserve=caps
    try $top $m cap_net_raw+ep cap_net_raw=ep --preserve=all
  done
done

Exit $fail
