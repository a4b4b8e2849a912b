#!/bin/sh
# --strip-program without -s prints "ainstall: WARNING: ignoring
# --strip-program option as -s option was not specified" on stderr, does
# not run the program, and installs as usual with exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
cat > s <<'EOF' || framework_failure_
#!/bin/sh
echo ran >> "${0%/*}/strip-ran"
echo stripped >> "$1"
EOF
chmod +x s || framework_failure_
echo 'ainstall: WARNING: ignoring --strip-program option as -s option was not specified' > exp-err || framework_failure_

fresh_a
returns_ 0 ainstall --strip-program="$PWD/s" a b > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
compare content b || fail=1
test "$(stat -c %a b)" = 755 || fail=1

# With -v the usual line is printed; the warning comes once for several
# files; a program that does not exist does not matter.
mkdir d || framework_failure_
fresh_a
returns_ 0 ainstall -v --strip-program=./no-such-strip a b d > out 2> err \
  || fail=1
printf '%s\n' "'a' -> 'd/a'" "'b' -> 'd/b'" > exp || framework_failure_
compare exp out || fail=1
compare exp-err err || fail=1
compare content d/a || fail=1
compare content d/b || fail=1

test ! -e strip-ran || fail=1
expect_entries_ d a b || fail=1

Exit $fail
