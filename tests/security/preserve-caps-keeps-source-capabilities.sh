#!/bin/sh
# --preserve=caps gives the installed file the source's file capabilities
# (security.capability), here cap_net_raw,cap_bpf=ep: one capability
# below 32, one above.  In copy mode the new inode gets them; in link and
# rename modes the destination is the source's inode and keeps them.  A
# destination replaced that had other capabilities ends with the
# source's.  Without --preserve=caps, a copy has none, as with GNU
# install.  Checked on the test directory's file system (ext4 here) and
# on a tmpfs, in each merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
for prog in setcap getcap; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package libcap2-bin)"
done
require_tmpfs_at_ tmpfs

# caps_of FILE: the capabilities of FILE as getcap shows them, or nothing.
caps_of () { getcap "$1" | sed 's/^[^ ]* //'; }

cp /bin/true prog || framework_failure_
echo 'cap_net_raw,cap_bpf=ep' > exp-caps || framework_failure_

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir || framework_failure_
    for dest in new replaced; do
      rm -f $top/s && cp prog $top/s || framework_failure_
      setcap cap_net_raw,cap_bpf+ep $top/s || framework_failure_
      if test $dest = replaced; then
        cp prog $dir/f && setcap cap_sys_admin+ep $dir/f || framework_failure_
      fi
      src_ino=$(stat -c %i $top/s) || framework_failure_

      returns_ 0 ainstall --merge-mode=$m --preserve=caps $top/s $dir/f \
        > out 2> err || { echo "$m, $dest: exit status"; fail=1; }
      compare /dev/null out || fail=1
      compare /dev/null err || fail=1
      compare prog $dir/f || fail=1
      caps_of $dir/f > got || fail=1
      compare exp-caps got || { echo "$m, $dest: capabilities"; fail=1; }
      test "$(stat -c %a $dir/f)" = 755 || fail=1
      expect_entries_ $dir f || fail=1
      case $m in
        copy)
          test "$(stat -c %i $dir/f)" != "$src_ino" || fail=1
          caps_of $top/s > got || fail=1
          compare exp-caps got || fail=1;;
        *)
          test "$(stat -c %i $dir/f)" = "$src_ino" \
            || { echo "$m: not the source's inode"; fail=1; };;
      esac
    done
  done

  # Without --preserve=caps, a copy has none.
  cp prog $top/s && setcap cap_net_raw+ep $top/s || framework_failure_
  returns_ 0 ainstall --merge-mode=copy $top/s $top/d-copy/f \
    > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  caps_of $top/d-copy/f > got || fail=1
  compare /dev/null got || fail=1
done

Exit $fail
