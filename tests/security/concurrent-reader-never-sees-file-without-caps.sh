#!/bin/sh
# A file installed with capabilities is never visible under its name
# without them: they are given to the staged file, which is then renamed
# over the destination in one step.  While ainstall replaces d/f again
# and again, alternately from two different programs with
# --caps=cap_net_raw+ep and with --preserve=caps from a source that has
# cap_net_admin=ep, a reader loop runs getcap on d/f at every pass: it
# must always find the file, with one of the two capability sets, never
# without any.  60 replacements in each merge mode, on the test
# directory's file system (ext4 here) and on a tmpfs; the reader is
# bounded (at most 20000 passes) and stopped at the end of each round.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap
require_root_
for prog in setcap getcap; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package libcap2-bin)"
done

reader_pid=
cleanup_ ()
{
  test -n "$reader_pid" && kill "$reader_pid" 2>/dev/null
  unmount_all_
}
require_tmpfs_at_ tmpfs

cp /bin/true prog-a && cp /bin/false prog-b || framework_failure_
if cmp -s prog-a prog-b; then
  framework_failure_ "true and false are the same program here"
fi

# install_a TOP MODE, install_b TOP MODE: replace TOP/d-MODE/f from a
# fresh source in TOP (link mode links it, rename mode moves it).
install_a ()
{
  rm -f $1/src-a && cp prog-a $1/src-a || framework_failure_
  ainstall --merge-mode=$2 --caps=cap_net_raw+ep $1/src-a $1/d-$2/f
}
install_b ()
{
  rm -f $1/src-b && cp prog-b $1/src-b || framework_failure_
  setcap cap_net_admin+ep $1/src-b || framework_failure_
  ainstall --merge-mode=$2 --preserve=caps $1/src-b $1/d-$2/f
}

for top in . tmpfs; do
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir || framework_failure_
    install_a $top $m || framework_failure_
    rm -f stop passes ready || framework_failure_
    : > bad || framework_failure_
    (
      : > ready
      n=0
      while test ! -e stop && test $n -lt 20000; do
        n=$((n + 1))
        seen=$(getcap $dir/f 2>&1)
        case $seen in
          "$dir/f cap_net_raw=ep" | "$dir/f cap_net_admin=ep") ;;
          *) echo "pass $n: '$seen'" >> bad;;
        esac
        echo $n > passes
      done
    ) &
    reader_pid=$!

    i=0
    while test ! -e ready && test $i -lt 600; do
      sleep .1
      i=$((i + 1))
    done
    test -e ready || framework_failure_ "the reader did not start"

    i=0
    while test $i -lt 30; do
      install_b $top $m || { echo "$m: install b failed"; fail=1; }
      install_a $top $m || { echo "$m: install a failed"; fail=1; }
      i=$((i + 1))
    done

    touch stop || framework_failure_
    wait $reader_pid
    reader_pid=
    test -s passes || { echo "$m: the reader never ran"; fail=1; }
    echo "on $(stat -f -c %T $top), $m mode: $(cat passes) passes"
    compare /dev/null bad || fail=1

    # The last install was a's.
    compare prog-a $dir/f || fail=1
    test "$(getcap $dir/f)" = "$dir/f cap_net_raw=ep" || fail=1
    expect_entries_ $dir f || fail=1
  done
done

Exit $fail
