#!/bin/sh
# -T takes exactly SOURCE and DEST: a third operand is a usage error,
# "extra operand", with the --help hint, status 1, and nothing installed,
# even when the last operand is a directory.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/c || framework_failure_
echo x > w/a || framework_failure_
echo y > w/b || framework_failure_

cat > exp <<'EOF' || framework_failure_
ainstall: extra operand 'c'
Try 'ainstall --help' for more information.
EOF

(cd w && returns_ 1 ainstall -T a b c) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1
expect_entries_ w a b c || fail=1
ls -A w/c > entries || framework_failure_
compare /dev/null entries || fail=1

# The same when c does not exist.
rmdir w/c || framework_failure_
(cd w && returns_ 1 ainstall -T a b c) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1
expect_entries_ w a b || fail=1

# Only the first extra operand is named.
(cd w && returns_ 1 ainstall -T a b c d) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1
expect_entries_ w a b || fail=1

Exit $fail
