#!/bin/sh
# An invalid merge mode is an error: status 1, nothing on stdout, nothing
# installed, and on stderr "ainstall: invalid argument 'foo' for
# '--merge-mode'", the valid arguments, and the "Try" line.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/a || framework_failure_
st=$(stat -c '%i %h %a' s/a) || framework_failure_

# expect_invalid WHAT VALUE: err says VALUE is invalid for WHAT.
expect_invalid ()
{
  printf '%s\n' "ainstall: invalid argument '$2' for '$1'" \
    'Valid arguments are:' "  - 'copy'" "  - 'link'" "  - 'rename'" \
    "Try 'ainstall --help' for more information." > exp \
    || framework_failure_
  compare exp err
}

for bad in foo COPY ' link' mv; do
  returns_ 1 ainstall --merge-mode="$bad" s/a d/f > out 2> err || fail=1
  compare /dev/null out || fail=1
  expect_invalid --merge-mode "$bad" || fail=1
done

test "$(stat -c '%i %h %a' s/a)" = "$st" || fail=1
expect_entries_ s a || fail=1
expect_entries_ d || fail=1

Exit $fail
