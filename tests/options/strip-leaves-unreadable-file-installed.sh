#!/bin/sh
# What the strip program leaves is installed even if it left it with a
# mode that does not let its owner read it (it chmod'ed the file, or
# replaced it with a new write-only file): ainstall, run unprivileged,
# still installs it with the mode asked for, exit status 0, no output,
# as GNU install (which sets the attributes by name) does.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

mkdir d s || framework_failure_
chmod 777 d s || framework_failure_
printf 'content\n' > content || framework_failure_

# Each install gets a fresh source s/a of mode 644, in a directory the
# unprivileged user may write: rename mode consumes its source, even with
# -s (which copies it).
fresh_a ()
{
  rm -f s/a && cp content s/a && chmod 644 s/a || framework_failure_
}

# Strip programs that leave the file with no read permission.
cat > strip-chmod <<'EOF' || framework_failure_
#!/bin/sh
echo stripped >> "$1" && chmod 0 "$1"
EOF
cat > strip-replace <<'EOF' || framework_failure_
#!/bin/sh
printf 'replaced\n' > "$1.new" && chmod 200 "$1.new" && mv "$1.new" "$1"
EOF
chmod 755 strip-chmod strip-replace || framework_failure_

fresh_a
returns_ 0 as_unprivileged_ ainstall -s --strip-program=./strip-chmod s/a d/b \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
printf 'content\nstripped\n' > exp || framework_failure_
compare exp d/b || fail=1
test "$(stat -c %a d/b)" = 755 || fail=1

fresh_a
returns_ 0 as_unprivileged_ ainstall -s --strip-program=./strip-replace \
  -m 640 s/a d/c > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
printf 'replaced\n' > exp || framework_failure_
compare exp d/c || fail=1
test "$(stat -c %a d/c)" = 640 || fail=1

expect_entries_ d b c || fail=1

Exit $fail
