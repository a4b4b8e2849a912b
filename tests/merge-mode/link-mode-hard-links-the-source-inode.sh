#!/bin/sh
# --merge-mode=link installs the source's own inode: the destination, new
# or replaced, is that inode (its link count now 2), with the source's
# content, install's default mode 755 and the caller as owner; the source
# stays where it was; no data is written, so the modification time stays
# the source's; no temporary is left.  Plain -v prints only GNU's lines;
# --debug adds "DEST: hard-linked via temporary 'DIR/.NAME.XXXXXX',
# renamed into place" (and no copy details: nothing is copied).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

me=$(id -u):$(id -g) || framework_failure_
mkdir s d || framework_failure_
printf 'some content\n' > s/a || framework_failure_
cp s/a exp-content || framework_failure_
chmod 600 s/a || framework_failure_
touch -d '2001-02-03 04:05:06' s/a || framework_failure_
ino=$(stat -c %i s/a) || framework_failure_
mtime=$(stat -c %Y s/a) || framework_failure_

# check_linked DEST: DEST and s/a are one inode, as described above.
check_linked ()
{
  compare exp-content "$1" || return 1
  printf '%s\n' "$ino 2 755 $me $mtime" > exp-st || framework_failure_
  stat -c "%i %h %a %u:%g %Y" "$1" > got-st || return 1
  compare exp-st got-st || return 1
  stat -c "%i %h %a %u:%g %Y" s/a > got-st || return 1
  compare exp-st got-st
}

# A new destination, quietly.
returns_ 0 ainstall --merge-mode=link s/a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
check_linked d/b || fail=1
expect_entries_ d b || fail=1
expect_entries_ s a || fail=1

# A new destination with -v: GNU's line only.
returns_ 0 ainstall -v --merge-mode=link s/a d/c > out 2> err || fail=1
echo "'s/a' -> 'd/c'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
rm d/c || framework_failure_

# Replacing a file with -v: GNU's two lines only.
echo old > d/b2 || framework_failure_
rm d/b || framework_failure_
returns_ 0 ainstall -v --merge-mode=link s/a d/b2 > out 2> err || fail=1
printf '%s\n' "removed 'd/b2'" "'s/a' -> 'd/b2'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
check_linked d/b2 || fail=1
expect_entries_ d b2 || fail=1

# --debug: the -v lines, then how the file was staged.
echo old > d/e || framework_failure_
rm d/b2 || framework_failure_
returns_ 0 ainstall --debug --merge-mode=link s/a d/e > out 2> err || fail=1
compare /dev/null err || fail=1
sed -n 1,2p out > got || framework_failure_
printf '%s\n' "removed 'd/e'" "'s/a' -> 'd/e'" > exp || framework_failure_
compare exp got || fail=1
test "$(wc -l < out)" = 3 || { cat out; fail=1; }
sed -n 3p out | grep -Ex \
  "d/e: hard-linked via temporary 'd/\.e\.[A-Za-z0-9]{6}', renamed into place" \
  > /dev/null || { echo "bad --debug line:"; cat out; fail=1; }
check_linked d/e || fail=1
expect_entries_ d e || fail=1
expect_entries_ s a || fail=1

Exit $fail
