#!/bin/sh
# --preserve=mode gives the destination the source's permission bits
# (here 640, and 4750 with the set-user-ID bit) instead of install's
# default 755, in every merge mode; it preserves nothing else: the
# modification time is install's (now, for a copy).  -m still wins over
# it.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
# fresh NAME MODE: a new source s-NAME with MODE, old times.
fresh ()
{
  echo content > "s-$1" && chmod "$2" "s-$1" \
    && touch -d '2001-02-03 04:05:06' "s-$1" || framework_failure_
}
old=$(date -d '2001-02-03 04:05:06' +%s) || framework_failure_

for mode in copy link rename; do
  for bits in 640 4750; do
    fresh $mode-$bits $bits
    returns_ 0 ainstall --merge-mode=$mode --preserve=mode s-$mode-$bits \
      d/$mode-$bits > out 2> err || fail=1
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    test "$(stat -c %a d/$mode-$bits)" = $bits \
      || { echo "$mode: $(stat -c %a d/$mode-$bits), not $bits"; fail=1; }
  done
  # -m wins.
  fresh $mode-m 640
  returns_ 0 ainstall --merge-mode=$mode --preserve=mode -m 604 s-$mode-m \
    d/$mode-m > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  test "$(stat -c %a d/$mode-m)" = 604 || fail=1
done

# Copy mode did not take the times: that is --preserve=timestamps.
test "$(stat -c %Y d/copy-640)" != "$old" || fail=1

expect_entries_ d copy-640 copy-4750 copy-m link-640 link-4750 link-m \
  rename-640 rename-4750 rename-m || fail=1

Exit $fail
