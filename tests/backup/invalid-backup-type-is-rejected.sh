#!/bin/sh
# An invalid --backup argument: "invalid argument 'foo' for 'backup
# type'" (or "ambiguous argument"), the list of valid arguments, the
# --help hint, status 1, nothing installed and no backup made.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo old > d/b || framework_failure_
echo new > a || framework_failure_

cat > exp <<'EOF' || framework_failure_
ainstall: invalid argument 'foo' for 'backup type'
Valid arguments are:
  - 'none', 'off'
  - 'simple', 'never'
  - 'existing', 'nil'
  - 'numbered', 't'
Try 'ainstall --help' for more information.
EOF
returns_ 1 ainstall --backup=foo a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

# The argument is checked even when no backup would be needed.
returns_ 1 ainstall --backup=foo a d/new > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

cat > exp-n <<'EOF' || framework_failure_
ainstall: ambiguous argument 'n' for 'backup type'
Valid arguments are:
  - 'none', 'off'
  - 'simple', 'never'
  - 'existing', 'nil'
  - 'numbered', 't'
Try 'ainstall --help' for more information.
EOF
returns_ 1 ainstall --backup=n a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-n err || fail=1

echo old > exp || framework_failure_
compare exp d/b || fail=1
expect_entries_ d b || fail=1

Exit $fail
