#!/bin/sh
# Link mode follows a symbolic link source, as install installs what it
# points to: the destination is a hard link of the target (not of the
# symlink), the symlink stays a symlink to the same target, and --debug
# says "hard-linked".

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/target || framework_failure_
chmod 600 s/target || framework_failure_
ln -s target s/link || framework_failure_
ino=$(stat -c %i s/target) || framework_failure_

returns_ 0 ainstall --debug --merge-mode=link s/link d/f > out 2> err || fail=1
compare /dev/null err || fail=1
sed -n 1p out > got || framework_failure_
echo "'s/link' -> 'd/f'" > exp || framework_failure_
compare exp got || fail=1
test "$(wc -l < out)" = 2 || { cat out; fail=1; }
sed -n 2p out | grep -Ex \
  "d/f: hard-linked via temporary 'd/\.f\.[A-Za-z0-9]{6}', renamed into place" \
  > /dev/null || { echo "bad --debug line:"; cat out; fail=1; }

test -f d/f && test ! -h d/f || fail=1
test "$(stat -c '%i %h %a' d/f)" = "$ino 2 755" || fail=1
test -h s/link || fail=1
test "$(readlink s/link)" = target || fail=1
test "$(stat -c '%i %h %a' s/target)" = "$ino 2 755" || fail=1
echo content > exp || framework_failure_
compare exp d/f || fail=1
expect_entries_ s link target || fail=1
expect_entries_ d f || fail=1

Exit $fail
