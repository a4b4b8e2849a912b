#!/bin/sh
# --preserve=timestamps gives the destination the source's access and
# modification times, to the nanosecond, in every merge mode, and nothing
# else: the mode is still install's 755.  -p is GNU's
# --preserve-timestamps and only that: mode 755, times preserved.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
fresh ()
{
  echo content > "s-$1" && chmod 600 "s-$1" \
    && touch -d '2001-02-03 04:05:06.123456789' "s-$1" || framework_failure_
}
fresh probe
times=$(stat -c '%x|%y' s-probe) || framework_failure_

for mode in copy link rename; do
  for opt in --preserve=timestamps -p; do
    n=$mode$opt
    fresh $n
    returns_ 0 ainstall --merge-mode=$mode $opt s-$n d/$n > out 2> err \
      || fail=1
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    test "$(stat -c '%x|%y' d/$n)" = "$times" \
      || { echo "$n: $(stat -c '%x|%y' d/$n)"; fail=1; }
    test "$(stat -c %a d/$n)" = 755 || fail=1
  done
done

expect_entries_ d copy--preserve=timestamps copy-p \
  link--preserve=timestamps link-p rename--preserve=timestamps rename-p \
  || fail=1

Exit $fail
