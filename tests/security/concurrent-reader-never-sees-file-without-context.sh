#!/bin/sh
# A file installed with a security context is never visible under its
# name without it: the context is written on the staged file (in link
# and rename modes, on the source's inode) before the rename that gives
# it its name.  While ainstall replaces d/f again and again, alternately
# with --file-contexts (bin_t for d/f) and with --preserve=context from
# a source labelled etc_t, a reader loop reads d/f's security.selinux at
# every pass: it must always find one of the two contexts, never none.
# 60 replacements in each merge mode, on the test directory's file
# system (ext4 here) and on a tmpfs; the reader is bounded (at most 20000
# passes) and stopped at the end of each round.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ selinux
require_root_
for prog in setfattr getfattr; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package attr)"
done
if selinuxenabled 2> /dev/null; then
  skip_ "SELinux is enabled; this test writes raw contexts without it"
fi

reader_pid=
cleanup_ ()
{
  test -n "$reader_pid" && kill "$reader_pid" 2>/dev/null
  unmount_all_
}
require_tmpfs_at_ tmpfs

bin=system_u:object_r:bin_t:s0
etc=system_u:object_r:etc_t:s0
here=$(pwd -P) || framework_failure_
re=$(printf '%s\n' "$here" | sed 's/[].[^$*+?(){}|\\]/\\&/g') \
  || framework_failure_
printf '%s\t%s\n' "$re/(tmpfs/)?d-[a-z]+/f" "$bin" > fc \
  || framework_failure_
seq 1 20000 > content-a && seq 1 3000 > content-b || framework_failure_

# install_a TOP MODE, install_b TOP MODE: replace TOP/d-MODE/f from a
# fresh source in TOP (link mode links it, rename mode moves it).
install_a ()
{
  rm -f $1/src-a && cp content-a $1/src-a || framework_failure_
  ainstall --merge-mode=$2 --file-contexts=fc $1/src-a $1/d-$2/f
}
install_b ()
{
  rm -f $1/src-b && cp content-b $1/src-b || framework_failure_
  setfattr -n security.selinux -v $etc $1/src-b || framework_failure_
  ainstall --merge-mode=$2 --preserve=context $1/src-b $1/d-$2/f
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
        seen=$(getfattr --only-values -n security.selinux $dir/f 2>&1 \
               | tr -d '\000')
        case $seen in
          "$bin" | "$etc") ;;
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

    compare content-a $dir/f || fail=1
    test "$(getfattr --only-values -n security.selinux $dir/f \
            | tr -d '\000')" = "$bin" || fail=1
    expect_entries_ $dir f || fail=1
  done
done

Exit $fail
