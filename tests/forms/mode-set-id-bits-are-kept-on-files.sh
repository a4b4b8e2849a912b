#!/bin/sh
# -m 4755, 2755, 6755 and 1755 give files their set-user-ID,
# set-group-ID and sticky bits, which nothing after the mode clears.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo content > content || framework_failure_
# Each install gets a fresh source: in link mode a destination is its
# source's inode (and so has its mode), in rename mode the source is
# consumed.
fresh_src () { rm -f src && cp content src || framework_failure_; }

for m in 4755 2755 6755 1755 4700 2711; do
  fresh_src
  returns_ 0 ainstall -m $m src w/f$m > out 2> err || { echo $m; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  compare content w/f$m || fail=1
  test "$(stat -c %a w/f$m)" = $m \
    || { echo "f$m has mode $(stat -c %a w/f$m)"; fail=1; }
done

# Replacing an existing set-ID file gives it the new mode.
fresh_src
returns_ 0 ainstall -m 755 src w/f4755 > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %a w/f4755)" = 755 || { echo "set-ID bit left"; fail=1; }

Exit $fail
