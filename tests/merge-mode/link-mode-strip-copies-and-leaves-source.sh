#!/bin/sh
# With -s, link mode copies: the strip program must never touch the
# source's inode.  The strip program gets a temporary that is a new
# inode, the source keeps its content, mode, link count and times, the
# destination is the stripped copy, no temporary is left, and --debug
# says "merge mode 'link' not possible (stripping must not change the
# source): copying".  Plain -v prints only GNU's lines.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

# The "strip program" records the inode it was given and changes it.
cat > fake-strip <<'SCRIPT' || framework_failure_
#!/bin/sh
stat -c %i "$1" > stripped-inode || exit 1
echo stripped >> "$1"
SCRIPT
chmod +x fake-strip || framework_failure_

mkdir s d || framework_failure_
echo content > s/a || framework_failure_
chmod 644 s/a || framework_failure_
touch -d '2001-02-03 04:05:06' s/a || framework_failure_
cp s/a exp-src || framework_failure_
printf '%s\n' content stripped > exp-dest || framework_failure_
src_st=$(stat -c '%i %h %a %Y' s/a) || framework_failure_
ino=$(stat -c %i s/a) || framework_failure_

echo old > d/f || framework_failure_
returns_ 0 ainstall --debug -s --strip-program=./fake-strip \
  --merge-mode=link s/a d/f > out 2> err || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "removed 'd/f'" "'s/a' -> 'd/f'" "$offload_re_" \
  "d/f: merge mode 'link' not possible \(stripping must not change the source\): copying" \
  "d/f: copied via temporary 'd/\.f\.[A-Za-z0-9]{6}/\.f\.[A-Za-z0-9]{6}', renamed into place" \
  || fail=1
test "$(cat stripped-inode)" != "$ino" \
  || { echo "the strip program got the source's inode"; fail=1; }
test "$(stat -c %i d/f)" = "$(cat stripped-inode)" || fail=1
compare exp-dest d/f || fail=1
test "$(stat -c '%h %a' d/f)" = '1 755' || fail=1
compare exp-src s/a || fail=1
test "$(stat -c '%i %h %a %Y' s/a)" = "$src_st" || fail=1

# -v: GNU's line only.
rm stripped-inode || framework_failure_
returns_ 0 ainstall -v -s --strip-program=./fake-strip --merge-mode=link \
  -m 600 s/a d/g > out 2> err || fail=1
echo "'s/a' -> 'd/g'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
test "$(cat stripped-inode)" != "$ino" || fail=1
compare exp-dest d/g || fail=1
test "$(stat -c '%h %a' d/g)" = '1 600' || fail=1
compare exp-src s/a || fail=1
test "$(stat -c '%i %h %a %Y' s/a)" = "$src_st" || fail=1

expect_entries_ s a || fail=1
expect_entries_ d f g || fail=1

Exit $fail
