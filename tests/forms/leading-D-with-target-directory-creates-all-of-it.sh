#!/bin/sh
# -D -t DIR makes every missing component of DIR itself, with mode 755,
# reported by -v, then installs every source in it.  An existing DIR is
# used as it is.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo one > one || framework_failure_
echo two > two || framework_failure_

# Each install gets fresh sources w/a and w/b: in link mode a destination
# shares its source's inode (and so its mode), in rename mode the source
# is consumed.  The sources are not part of the tree checked at the end.
fresh_sources ()
{
  rm -f w/a w/b && cp one w/a && cp two w/b || framework_failure_
}

fresh_sources
(cd w && returns_ 0 ainstall -v -D -t new/sub a b) > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: creating directory 'new'
ainstall: creating directory 'new/sub'
'a' -> 'new/sub/a'
'b' -> 'new/sub/b'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1

fresh_sources
(cd w && returns_ 0 ainstall -v -D -m 644 --target-directory=new/sub a) \
  > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
removed 'new/sub/a'
'a' -> 'new/sub/a'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1
rm -f w/a w/b || framework_failure_

(cd w && find . -mindepth 1 -printf '%P %y %m\n') | LC_ALL=C sort > tree \
  || fail=1
cat > exp <<'EOF' || framework_failure_
new d 755
new/sub d 755
new/sub/a f 644
new/sub/b f 755
EOF
compare exp tree || fail=1
compare one w/new/sub/a || fail=1
compare two w/new/sub/b || fail=1

Exit $fail
