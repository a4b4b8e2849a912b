#!/bin/sh
# With a single operand and neither -d nor -t, ainstall says "missing
# destination file operand after 'a'", gives the --help hint and exits 1
# without installing anything.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo x > w/a || framework_failure_

cat > exp <<'EOF' || framework_failure_
ainstall: missing destination file operand after 'a'
Try 'ainstall --help' for more information.
EOF
for opts in '' '-T' '-D' '-b' '-m 600'; do
  (cd w && returns_ 1 ainstall $opts a) > out 2> err \
    || { echo "$opts"; fail=1; }
  compare /dev/null out || fail=1
  compare exp err || fail=1
done

# The operand is quoted as in GNU's messages.
cat > exp <<'EOF' || framework_failure_
ainstall: missing destination file operand after 'a b'
Try 'ainstall --help' for more information.
EOF
(cd w && returns_ 1 ainstall 'a b') > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

expect_entries_ w a || fail=1

Exit $fail
