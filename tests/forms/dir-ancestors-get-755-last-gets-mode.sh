#!/bin/sh
# -d -m MODE: the missing ancestors of each operand are made with mode
# 755, only the last component gets MODE; ancestors that exist keep
# their mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/keep || framework_failure_
chmod 711 w/keep || framework_failure_

returns_ 0 ainstall -d -m 700 w/a/b/c w/keep/x/y > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

(cd w && find . -mindepth 1 -printf '%P %y %m\n') | LC_ALL=C sort > tree \
  || fail=1
cat > exp <<'EOF' || framework_failure_
a d 755
a/b d 755
a/b/c d 700
keep d 711
keep/x d 755
keep/x/y d 700
EOF
compare exp tree || fail=1

# Redundant slashes and "." components change nothing.
returns_ 0 ainstall -d -m 750 w//p/./q// > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
(cd w && stat -c '%n %a' p p/q) > modes || fail=1
printf 'p 755\np/q 750\n' > exp || framework_failure_
compare exp modes || fail=1

Exit $fail
