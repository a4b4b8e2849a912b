#!/bin/sh
# -s runs the strip program on the staged temporary, never on the
# destination: while it runs, the destination still holds its old
# content; the program gets one argument, a hidden ".DEST.XXXXXX" name in
# a private directory beside the destination, reached through that
# directory's descriptor ("/proc/self/fd/N/.DEST.XXXXXX"); what it wrote
# is installed, with the mode asked for; exit status 0; the temporary and
# its directory are gone after.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
# Looks at the source afterwards: it must never have been touched.
require_source_kept_

printf 'content\n' > a || framework_failure_
mkdir d || framework_failure_
printf 'old\n' > d/b || framework_failure_

# The strip program records its arguments and the destination's content
# at the time it runs, then marks the file it was given.
cat > s <<'EOF' || framework_failure_
#!/bin/sh
top=${0%/*}
echo "$#" >> "$top/nargs"
printf '%s\n' "$1" >> "$top/args"
cat "$top/d/b" >> "$top/dest-during"
echo stripped >> "$1"
EOF
chmod +x s || framework_failure_

returns_ 0 ainstall -s --strip-program="$PWD/s" -m 640 a d/b > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

echo 1 > exp || framework_failure_
compare exp nargs || fail=1
printf 'old\n' > exp || framework_failure_
compare exp dest-during || fail=1
grep -Ex '/proc/self/fd/[0-9]+/\.b\.[A-Za-z0-9]{6}' args > /dev/null || { cat args; fail=1; }
printf 'content\nstripped\n' > exp || framework_failure_
compare exp d/b || fail=1
test "$(stat -c %a d/b)" = 640 || fail=1
test -z "$(ls -A d | grep -v '^b$')" || fail=1
expect_entries_ d b || fail=1

# Into a directory with -t, and with --strip: the same, named after the
# source.
rm -f args nargs || framework_failure_
returns_ 0 ainstall --strip --strip-program="$PWD/s" -t d a > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
echo 1 > exp || framework_failure_
compare exp nargs || fail=1
grep -Ex '/proc/self/fd/[0-9]+/\.a\.[A-Za-z0-9]{6}' args > /dev/null || { cat args; fail=1; }
printf 'content\nstripped\n' > exp || framework_failure_
compare exp d/a || fail=1
test "$(stat -c %a d/a)" = 755 || fail=1
expect_entries_ d a b || fail=1

# The source is never touched.
printf 'content\n' > exp || framework_failure_
compare exp a || fail=1

Exit $fail
