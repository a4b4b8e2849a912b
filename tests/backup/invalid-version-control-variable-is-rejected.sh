#!/bin/sh
# An invalid VERSION_CONTROL under -b: "invalid argument 'foo' for
# '$VERSION_CONTROL'", the list of valid arguments, the --help hint,
# status 1, nothing installed.  It is not looked at when --backup has an
# argument, nor without a backup option.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo old > d/b || framework_failure_
echo new > new || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp new a || framework_failure_; }
fresh_a

cat > exp <<'EOF' || framework_failure_
ainstall: invalid argument 'foo' for '$VERSION_CONTROL'
Valid arguments are:
  - 'none', 'off'
  - 'simple', 'never'
  - 'existing', 'nil'
  - 'numbered', 't'
Try 'ainstall --help' for more information.
EOF
returns_ 1 env VERSION_CONTROL=foo ainstall -b a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

returns_ 1 env VERSION_CONTROL=foo ainstall --backup a d/b > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

returns_ 1 env VERSION_CONTROL=foo ainstall -S .bak a d/b > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

echo old > exp || framework_failure_
compare exp d/b || fail=1
expect_entries_ d b || fail=1

# --backup=simple does not read VERSION_CONTROL.
returns_ 0 env VERSION_CONTROL=foo ainstall --backup=simple a d/b \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp d/b~ || fail=1
compare new d/b || fail=1

# Nor does an install without backups.
fresh_a
returns_ 0 env VERSION_CONTROL=foo ainstall a d/c > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
expect_entries_ d b b~ c || fail=1

Exit $fail
