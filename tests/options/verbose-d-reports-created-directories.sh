#!/bin/sh
# -v with -d prints "ainstall: creating directory 'DIR'" on stdout for
# each directory it makes, parents first, and nothing for directories
# that exist; nothing on stderr; exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir have || framework_failure_

returns_ 0 ainstall -v -d p/q r 'x y/z' > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: creating directory 'p'
ainstall: creating directory 'p/q'
ainstall: creating directory 'r'
ainstall: creating directory 'x y'
ainstall: creating directory 'x y/z'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1
test -d p/q && test -d r && test -d 'x y/z' || fail=1
test "$(stat -c %a p p/q r)" = "$(printf '755\n755\n755')" || fail=1

returns_ 0 ainstall --verbose --directory have have/n p > out 2> err || fail=1
echo "ainstall: creating directory 'have/n'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

returns_ 0 ainstall -v -d have p/q > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

expect_entries_ have n || fail=1

Exit $fail
