#!/bin/sh
# Without any operand, ainstall says "missing file operand", gives the
# --help hint and exits 1, in every form: plain, -d, -t DIR, -T, -D.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/dir || framework_failure_
cat > exp <<'EOF' || framework_failure_
ainstall: missing file operand
Try 'ainstall --help' for more information.
EOF

for opts in '' '-d' '-t dir' '-T' '-D' '-v -m 644'; do
  (cd w && returns_ 1 ainstall $opts) > out 2> err || { echo "$opts"; fail=1; }
  compare /dev/null out || fail=1
  compare exp err || fail=1
done
expect_entries_ w dir || fail=1
ls -A w/dir > entries || framework_failure_
compare /dev/null entries || fail=1

Exit $fail
