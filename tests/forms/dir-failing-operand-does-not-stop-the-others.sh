#!/bin/sh
# -d with several operands makes every one it can: an operand that fails
# is reported, the others before and after it are made (and reported
# by -v), and the status is 1.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo data > w/f || framework_failure_
chmod 644 w/f || framework_failure_

(cd w && returns_ 1 ainstall -v -d p f q/r f/g s) > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: creating directory 'p'
ainstall: creating directory 'q'
ainstall: creating directory 'q/r'
ainstall: creating directory 's'
EOF
compare exp out || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: cannot create directory 'f': File exists
ainstall: cannot create directory 'f': Not a directory
EOF
compare exp err || fail=1

cat > exp <<'EOF' || framework_failure_
f f 644
p d 755
q d 755
q/r d 755
s d 755
EOF
(cd w && find . -mindepth 1 -printf '%P %y %m\n') | LC_ALL=C sort > tree \
  || fail=1
compare exp tree || fail=1

Exit $fail
