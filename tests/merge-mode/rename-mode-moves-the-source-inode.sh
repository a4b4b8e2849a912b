#!/bin/sh
# --merge-mode=rename moves the source, as mv would: the destination, new
# or replaced, is the source's inode (one link), with its content, the
# mode install asks for (755 by default, or -m) and the caller as owner;
# no data is written, so the modification time stays the source's; the
# source name is gone and no temporary is left.  Plain -v prints only
# GNU's lines; --debug adds "DEST: moved via temporary
# 'DIR/.NAME.XXXXXX', renamed into place" and no copy details.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

me=$(id -u):$(id -g) || framework_failure_
mkdir s d || framework_failure_
printf 'some content\n' > exp-content || framework_failure_
for f in a b c e; do
  cp exp-content s/$f || framework_failure_
  chmod 600 s/$f || framework_failure_
  touch -d '2001-02-03 04:05:06' s/$f || framework_failure_
done
mtime=$(stat -c %Y s/a) || framework_failure_
for f in a b c e; do
  eval ino_$f=\$\(stat -c %i s/$f\) || framework_failure_
done

# moved DEST INODE MODE: DEST is INODE, as described above.
moved ()
{
  compare exp-content "$1" || return 1
  echo "$2 1 $3 $me $mtime" > exp-st || framework_failure_
  stat -c "%i %h %a %u:%g %Y" "$1" > got-st || return 1
  compare exp-st got-st
}

# A new destination, quietly.
returns_ 0 ainstall --merge-mode=rename s/a d/a > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
moved d/a $ino_a 755 || fail=1
expect_entries_ s b c e || fail=1
expect_entries_ d a || fail=1

# Replacing a file with -v and -m: GNU's lines only.
echo old > d/b || framework_failure_
returns_ 0 ainstall -v -m 640 --merge-mode=rename s/b d/b > out 2> err \
  || fail=1
printf '%s\n' "removed 'd/b'" "'s/b' -> 'd/b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
moved d/b $ino_b 640 || fail=1
expect_entries_ s c e || fail=1

# A new file with -v.
returns_ 0 ainstall -v --merge-mode=rename s/c d/c > out 2> err || fail=1
echo "'s/c' -> 'd/c'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
moved d/c $ino_c 755 || fail=1

# --debug: the -v lines, then how the file was staged.
echo old > d/e || framework_failure_
returns_ 0 ainstall --debug --merge-mode=rename s/e d/e > out 2> err \
  || fail=1
compare /dev/null err || fail=1
sed -n 1,2p out > got || framework_failure_
printf '%s\n' "removed 'd/e'" "'s/e' -> 'd/e'" > exp || framework_failure_
compare exp got || fail=1
test "$(wc -l < out)" = 3 || { cat out; fail=1; }
sed -n 3p out | grep -Ex \
  "d/e: moved via temporary 'd/\.e\.[A-Za-z0-9]{6}', renamed into place" \
  > /dev/null || { echo "bad --debug line:"; cat out; fail=1; }
moved d/e $ino_e 755 || fail=1

expect_entries_ s || fail=1
expect_entries_ d a b c e || fail=1

Exit $fail
