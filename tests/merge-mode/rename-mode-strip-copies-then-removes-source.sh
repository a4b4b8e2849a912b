#!/bin/sh
# With -s, rename mode copies (the strip program must never touch the
# source's inode), commits the stripped copy, then removes the source.
# The strip program gets a new inode; the destination is that inode; the
# source name is gone; no temporary is left; --debug says "merge mode
# 'rename' not possible (stripping must not change the source): copying,
# then removing the source".  Plain -v prints only GNU's lines.

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
echo content > s/b || framework_failure_
ln s/b keep-b || framework_failure_
printf '%s\n' content stripped > exp-dest || framework_failure_
ino_a=$(stat -c %i s/a) || framework_failure_
ino_b=$(stat -c %i s/b) || framework_failure_

echo old > d/f || framework_failure_
returns_ 0 ainstall --debug -s --strip-program=./fake-strip \
  --merge-mode=rename s/a d/f > out 2> err || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "removed 'd/f'" "'s/a' -> 'd/f'" "$offload_re_" \
  "d/f: merge mode 'rename' not possible \(stripping must not change the source\): copying, then removing the source" \
  "d/f: copied via temporary 'd/\.f\.[A-Za-z0-9]{6}/\.f\.[A-Za-z0-9]{6}', renamed into place" \
  || fail=1
test "$(cat stripped-inode)" != "$ino_a" \
  || { echo "the strip program got the source's inode"; fail=1; }
test "$(stat -c %i d/f)" = "$(cat stripped-inode)" || fail=1
compare exp-dest d/f || fail=1
test "$(stat -c '%h %a' d/f)" = '1 755' || fail=1
test ! -e s/a || { echo "s/a not removed"; fail=1; }

# -v: GNU's line only.  The source's inode, still reachable through
# another name, is untouched.
rm stripped-inode || framework_failure_
returns_ 0 ainstall -v -s --strip-program=./fake-strip --merge-mode=rename \
  -m 600 s/b d/g > out 2> err || fail=1
echo "'s/b' -> 'd/g'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
test "$(cat stripped-inode)" != "$ino_b" || fail=1
compare exp-dest d/g || fail=1
test "$(stat -c '%h %a' d/g)" = '1 600' || fail=1
test ! -e s/b || { echo "s/b not removed"; fail=1; }
echo content > exp || framework_failure_
compare exp keep-b || fail=1
test "$(stat -c '%i %h' keep-b)" = "$ino_b 1" || fail=1

expect_entries_ s || fail=1
expect_entries_ d f g || fail=1

Exit $fail
