#!/bin/sh
# A strip program that exits with a non-zero status, or is killed by a
# signal, makes ainstall say "ainstall: strip process terminated
# abnormally" and exit with status 1; the old destination is kept as it
# was (content, inode, mode), no backup is left, a new destination is not
# created, no temporary file remains, and the next operand is still
# installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > a || framework_failure_
mkdir d || framework_failure_
printf 'old\n' > d/b || framework_failure_
chmod 640 d/b || framework_failure_
state=$(stat -c '%i %a %s' d/b) || framework_failure_

cat > fail-strip <<'EOF' || framework_failure_
#!/bin/sh
echo garbage >> "$1"
exit 3
EOF
cat > kill-strip <<'EOF' || framework_failure_
#!/bin/sh
echo garbage >> "$1"
kill -9 $$
EOF
chmod +x fail-strip kill-strip || framework_failure_
echo 'ainstall: strip process terminated abnormally' > exp-err \
  || framework_failure_
printf 'old\n' > exp-old || framework_failure_

for prog in fail-strip kill-strip; do
  for args in 'a d/b' '-b a d/b' '-p a d/b' 'a d/new'; do
    returns_ 1 ainstall -s --strip-program="$PWD/$prog" $args > out 2> err \
      || { echo "$prog $args"; fail=1; }
    compare /dev/null out || { echo "$prog $args"; fail=1; }
    compare exp-err err || { echo "$prog $args"; fail=1; }
    compare exp-old d/b || { echo "$prog $args"; fail=1; }
    test "$(stat -c '%i %a %s' d/b)" = "$state" \
      || { echo "$prog $args"; fail=1; }
    expect_entries_ d b || { echo "$prog $args"; fail=1; }
  done
done

# A failure does not stop the other operands from being installed...
# with a strip program that fails for one file only.
cat > picky-strip <<'EOF' || framework_failure_
#!/bin/sh
case $1 in
  */.b.*) exit 1 ;;
esac
echo stripped >> "$1"
EOF
chmod +x picky-strip || framework_failure_
mkdir src || framework_failure_
printf 'content\n' > src/b && printf 'content\n' > src/c || framework_failure_
returns_ 1 ainstall -s --strip-program="$PWD/picky-strip" src/b src/c d \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
compare exp-old d/b || fail=1
test "$(stat -c '%i %a %s' d/b)" = "$state" || fail=1
printf 'content\nstripped\n' > exp || framework_failure_
compare exp d/c || fail=1
expect_entries_ d b c || fail=1

Exit $fail
