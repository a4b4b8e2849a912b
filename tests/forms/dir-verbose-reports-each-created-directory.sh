#!/bin/sh
# -d -v prints "ainstall: creating directory 'X'" on standard output for
# each directory it makes, ancestors first, each named as a prefix of
# the operand as written; directories that exist are not reported.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/x || framework_failure_

(cd w && returns_ 0 ainstall -v -d x/y/z p//q/ x) > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: creating directory 'x/y'
ainstall: creating directory 'x/y/z'
ainstall: creating directory 'p'
ainstall: creating directory 'p//q/'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1

# Nothing to make, nothing printed.
(cd w && returns_ 0 ainstall --verbose -d x/y/z p/q) > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

# Names are quoted for the shell.
(cd w && returns_ 0 ainstall -v -d 'a b/c') > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: creating directory 'a b'
ainstall: creating directory 'a b/c'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1

test -d 'w/a b/c' && test -d w/p/q && test -d w/x/y/z || fail=1

Exit $fail
