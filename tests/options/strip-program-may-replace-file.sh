#!/bin/sh
# The strip program may replace the file it was given (write a new file,
# then rename it over the name): ainstall then installs what the strip
# program left there, with the mode (and owner) asked for, exit status 0,
# and no temporary file remains.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: rename mode consumes its source, even
# with -s (which copies it).
fresh_a () { rm -f a && cp content a || framework_failure_; }
printf 'old\n' > b || framework_failure_
mkdir d || framework_failure_

cat > s <<'EOF' || framework_failure_
#!/bin/sh
printf 'replaced\n' > "$1.new" && mv "$1.new" "$1"
EOF
chmod +x s || framework_failure_
printf 'replaced\n' > exp || framework_failure_

fresh_a
returns_ 0 ainstall -s --strip-program=./s a b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp b || fail=1
test "$(stat -c %a b)" = 755 || fail=1

fresh_a
returns_ 0 ainstall -v -s --strip-program=./s -m 600 a d > out 2> err || fail=1
echo "'a' -> 'd/a'" > exp-out || framework_failure_
compare exp-out out || fail=1
compare /dev/null err || fail=1
compare exp d/a || fail=1
test "$(stat -c %a d/a)" = 600 || fail=1
expect_entries_ d a || fail=1

# As root, the owner and group asked for apply to the new file too.
if uid_is_privileged_ && id "$NON_ROOT_USERNAME" > /dev/null 2>&1; then
  nr_ids=$(id -u "$NON_ROOT_USERNAME"):$(id -g "$NON_ROOT_USERNAME")
  fresh_a
  returns_ 0 ainstall -s --strip-program=./s -o "$NON_ROOT_USERNAME" \
    -g "$(id -g "$NON_ROOT_USERNAME")" -m 750 a d > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  compare exp d/a || fail=1
  test "$(stat -c '%a %u:%g' d/a)" = "750 $nr_ids" || fail=1
  expect_entries_ d a || fail=1
fi

rm -f a || framework_failure_
: > exp-entries_ && : > out-entries_ || framework_failure_
expect_entries_ . b content d s exp exp-out out err exp-entries_ out-entries_ \
  || fail=1

Exit $fail
