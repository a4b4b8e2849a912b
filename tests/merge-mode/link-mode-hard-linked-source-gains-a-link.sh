#!/bin/sh
# A source with several hard links, installed in link mode: the
# destination is that inode, whose link count grows by one, and every
# other name of the source sees the metadata install gave it (-m).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/a || framework_failure_
chmod 644 s/a || framework_failure_
ln s/a s/a2 || framework_failure_
ln s/a s/a3 || framework_failure_
ino=$(stat -c %i s/a) || framework_failure_

returns_ 0 ainstall --merge-mode=link -m 600 s/a d/f > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
for f in s/a s/a2 s/a3 d/f; do
  test "$(stat -c '%i %h %a' $f)" = "$ino 4 600" \
    || { echo "$f: $(stat -c '%i %h %a' $f)"; fail=1; }
done

# A second destination, from another name of the same inode.
returns_ 0 ainstall --merge-mode=link -m 640 s/a3 d/g > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
for f in s/a s/a2 s/a3 d/f d/g; do
  test "$(stat -c '%i %h %a' $f)" = "$ino 5 640" \
    || { echo "$f: $(stat -c '%i %h %a' $f)"; fail=1; }
done

echo content > exp || framework_failure_
compare exp d/g || fail=1
expect_entries_ s a a2 a3 || fail=1
expect_entries_ d f g || fail=1

Exit $fail
