#!/bin/sh
# --caps= (empty) and --caps== (libcap's "no capabilities") install the
# file without capabilities: in link and rename modes they are removed
# from the source's inode, which the destination is; with
# --preserve=caps, the explicit --caps wins over the source's; an old
# destination's go with it.  Checked on the test directory's file system
# (ext4 here) and on a tmpfs, in each merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap
require_root_
for prog in setcap getcap getfattr; do
  command -v $prog > /dev/null || skip_ "$prog is missing"
done
require_tmpfs_at_ tmpfs

cp /bin/true prog || framework_failure_

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir || framework_failure_
    for text in '' '='; do
      for opt in --caps="$text" "--preserve=caps --caps=$text"; do
        rm -f $top/s && cp prog $top/s && setcap cap_net_raw+ep $top/s \
          || framework_failure_
        rm -f $dir/f && cp prog $dir/f && setcap cap_chown+ep $dir/f \
          || framework_failure_
        src_ino=$(stat -c %i $top/s) || framework_failure_

        returns_ 0 ainstall --merge-mode=$m $opt $top/s $dir/f \
          > out 2> err || { echo "$m $opt: exit status"; fail=1; }
        compare /dev/null out || fail=1
        compare /dev/null err || fail=1
        compare prog $dir/f || fail=1
        getcap $dir/f > got || fail=1
        compare /dev/null got || { echo "$m $opt: capabilities"; fail=1; }
        returns_ 1 getfattr -n security.capability $dir/f > /dev/null 2>&1 \
          || { echo "$m $opt: attribute left"; fail=1; }
        expect_entries_ $dir f || fail=1
        if test $m = copy; then
          test "$(stat -c %i $dir/f)" != "$src_ino" || fail=1
        else
          test "$(stat -c %i $dir/f)" = "$src_ino" || fail=1
        fi
      done
    done
  done
done

Exit $fail
