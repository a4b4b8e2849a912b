#!/bin/sh
# A source with several hard links, installed in rename mode: the name
# given is moved, so the destination is that inode, whose link count does
# not change; the other names remain, and see the metadata install gave
# the inode (-m).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/a || framework_failure_
chmod 644 s/a || framework_failure_
ln s/a s/a2 || framework_failure_
ln s/a s/a3 || framework_failure_
ino=$(stat -c %i s/a) || framework_failure_

returns_ 0 ainstall --merge-mode=rename -m 600 s/a d/f > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test ! -e s/a || { echo "s/a not moved"; fail=1; }
for f in s/a2 s/a3 d/f; do
  test "$(stat -c '%i %h %a' $f)" = "$ino 3 600" \
    || { echo "$f: $(stat -c '%i %h %a' $f)"; fail=1; }
done

echo content > exp || framework_failure_
compare exp d/f || fail=1
compare exp s/a2 || fail=1
expect_entries_ s a2 a3 || fail=1
expect_entries_ d f || fail=1

Exit $fail
