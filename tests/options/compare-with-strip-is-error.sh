#!/bin/sh
# -C with -s is a usage error: "ainstall: options --compare (-C) and
# --strip are mutually exclusive", then "Try 'ainstall --help' for more
# information.", on stderr, nothing on stdout, exit status 1, and nothing
# is installed or run.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > a || framework_failure_
printf 'old\n' > b || framework_failure_
cat > s <<'EOF' || framework_failure_
#!/bin/sh
echo ran > strip-ran
EOF
chmod +x s || framework_failure_

cat > exp <<'EOF' || framework_failure_
ainstall: options --compare (-C) and --strip are mutually exclusive
Try 'ainstall --help' for more information.
EOF

for args in '-C -s a c' '-s -C a c' '--compare --strip a c' '-Cs a c' \
            '-C -s --strip-program=./s a c' '-C -s -v a b' '-C -s -p a b'; do
  returns_ 1 ainstall $args > out 2> err || { echo "args: $args"; fail=1; }
  compare /dev/null out || { echo "args: $args"; fail=1; }
  compare exp err || { echo "args: $args"; fail=1; }
done

test ! -e c || fail=1
test ! -e strip-ran || fail=1
printf 'old\n' > exp || framework_failure_
compare exp b || fail=1

Exit $fail
