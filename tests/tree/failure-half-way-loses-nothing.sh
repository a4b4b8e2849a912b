#!/bin/sh
# A merge that fails half-way loses nothing.  With an I/O error injected
# (strace) into the placing of the 5th of 10 files, "ainstall -R" says
# so for that file, goes on with the others, and exits 1.  Every entry is
# then either merged into ROOT, whole, or still in the image (rename mode
# moves entries out of the image: the one that failed stays there); an
# old ROOT file that the failed entry would have replaced is intact; no
# temporary is left.  In every merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v strace > /dev/null || skip_ "strace is needed to inject a failure"
strace -o /dev/null true 2> /dev/null || skip_ "strace does not work here"

make_image ()
{
  mkdir -p img/d || return 1
  for i in 0 1 2 3 4 5 6 7 8 9; do
    echo "new $i" > img/d/f$i || return 1
  done
}

for mode in copy link rename; do
  rm -rf img root probe-img probe-root && make_image || framework_failure_
  mkdir -p root/d && echo "old 4" > root/d/f4 || framework_failure_
  # Which call places the 5th file (in walk order) in this mode: a
  # linkat (unnamed copy, link), renameat2 (rename) or renameat (the
  # replacing of an existing file).
  cp -a img probe-img && cp -a root probe-root || framework_failure_
  strace -o trace -e trace=linkat,renameat,renameat2 \
    ainstall -R --merge-mode=$mode probe-img probe-root > /dev/null 2>&1 \
    || framework_failure_ "cannot trace ainstall"
  nth=$(grep -n '"f4"' trace | sed -n '1s/:.*//p')
  test -n "$nth" || framework_failure_ "f4 is not placed in: $(cat trace)"
  call=$(sed -n "${nth}s/(.*//p" trace)
  when=$(head -n "$nth" trace | grep -c "^$call(")

  returns_ 1 strace -o trace2 -e trace=$call \
    -e inject=$call:error=EIO:when=$when \
    ainstall -R --merge-mode=$mode img root > out 2> err || fail=1
  grep "'root/d/f4'.*Input/output error" err > /dev/null \
    || { cat err; fail=1; }
  test "$(wc -l < err)" = 1 || { cat err; fail=1; }

  echo "old 4" > exp && compare exp root/d/f4 || fail=1
  for i in 0 1 2 3 5 6 7 8 9; do
    echo "new $i" > exp && compare exp root/d/f$i || fail=1
  done
  case $mode in
    rename) expect_entries_ img/d f4 || fail=1 ;;
    *) expect_entries_ img/d f0 f1 f2 f3 f4 f5 f6 f7 f8 f9 || fail=1 ;;
  esac
  echo "new 4" > exp && compare exp img/d/f4 || fail=1
  expect_entries_ root/d f0 f1 f2 f3 f4 f5 f6 f7 f8 f9 || fail=1
done

Exit $fail
