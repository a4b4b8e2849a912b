#!/bin/sh
# -D SOURCE DEST makes DEST's missing leading directories with mode 755,
# whatever -m says, and -v reports each one ("ainstall: creating
# directory 'x'") before the "'a' -> 'x/y/z'" line; existing leading
# directories are neither reported nor changed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/e || framework_failure_
chmod 711 w/e || framework_failure_
echo content > content || framework_failure_

# Each install gets a fresh source w/a: in link mode a destination shares
# its source's inode (and so its mode), in rename mode the source is
# consumed.  The source is not part of the tree checked at the end.
fresh_a () { rm -f w/a && cp content w/a || framework_failure_; }

fresh_a
(cd w && returns_ 0 ainstall -v -D -m 600 a x/y/z) > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: creating directory 'x'
ainstall: creating directory 'x/y'
'a' -> 'x/y/z'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1

fresh_a
(cd w && returns_ 0 ainstall -v -D a e/p//q/r) > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: creating directory 'e/p'
ainstall: creating directory 'e/p//q'
'a' -> 'e/p//q/r'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1

# Without -v, nothing is printed; with all parents there, -D is a no-op.
fresh_a
(cd w && returns_ 0 ainstall -D a x/y/z2) > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
rm -f w/a || framework_failure_

(cd w && find . -mindepth 1 -printf '%P %y %m\n') | LC_ALL=C sort > tree \
  || fail=1
cat > exp <<'EOF' || framework_failure_
e d 711
e/p d 755
e/p/q d 755
e/p/q/r f 755
x d 755
x/y d 755
x/y/z f 600
x/y/z2 f 755
EOF
compare exp tree || fail=1
compare content w/x/y/z || fail=1
compare content w/e/p/q/r || fail=1
compare content w/x/y/z2 || fail=1

Exit $fail
