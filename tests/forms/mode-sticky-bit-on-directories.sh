#!/bin/sh
# -d -m 1777 makes a world-writable sticky directory; only the last
# component gets the mode, its missing ancestors get 755.  An existing
# directory gets the sticky mode too.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/e || framework_failure_
chmod 755 w/e || framework_failure_

returns_ 0 ainstall -d -m 1777 w/t w/p/q w/e > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

(cd w && stat -c '%n %a' t p p/q e) > modes || fail=1
cat > exp <<'EOF' || framework_failure_
t 1777
p 755
p/q 1777
e 1777
EOF
compare exp modes || fail=1

# -m 1755 on the sticky directory keeps the sticky bit; -m 755 clears it.
returns_ 0 ainstall -d -m 755 w/t > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %a w/t)" = 755 || { echo "sticky bit kept"; fail=1; }

Exit $fail
