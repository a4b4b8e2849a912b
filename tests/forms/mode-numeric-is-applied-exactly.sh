#!/bin/sh
# -m with an octal mode gives the installed file exactly that mode,
# whatever the source's mode or the old destination's mode; --mode is
# the same option.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo content > content || framework_failure_
echo old > w/old || framework_failure_
chmod 600 w/old || framework_failure_

# Each install gets a fresh source, of mode 755: in link mode a destination
# shares its source's inode (and so its mode), in rename mode the source
# is consumed.
fresh_src ()
{
  rm -f src && cp content src && chmod 755 src || framework_failure_
}

fresh_src
returns_ 0 ainstall -m 644 src w/f644 > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
fresh_src
returns_ 0 ainstall -m 0600 src w/f600 > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
fresh_src
returns_ 0 ainstall --mode=700 src w/f700 > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
fresh_src
returns_ 0 ainstall -m 0 src w/f0 > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
fresh_src
returns_ 0 ainstall -m 444 src w/old > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

(cd w && stat -c '%n %a' f644 f600 f700 f0 old) > modes || fail=1
cat > exp <<'EOF' || framework_failure_
f644 644
f600 600
f700 700
f0 0
old 444
EOF
compare exp modes || fail=1
compare content w/old || fail=1
expect_entries_ w f0 f600 f644 f700 old || fail=1

Exit $fail
