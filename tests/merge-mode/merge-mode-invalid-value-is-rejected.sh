#!/bin/sh
# An invalid merge mode, in --merge-mode or in AINSTALL_MERGE_MODE, is an
# error: status 1, nothing on stdout, nothing installed, and on stderr
# "ainstall: invalid argument 'foo' for '--merge-mode'" (or "for
# '$AINSTALL_MERGE_MODE'"), the valid arguments, and the "Try" line.  A
# bad AINSTALL_MERGE_MODE is an error even when --merge-mode is given.

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
  returns_ 1 env -u AINSTALL_MERGE_MODE ainstall --merge-mode="$bad" s/a d/f \
    > out 2> err || fail=1
  compare /dev/null out || fail=1
  expect_invalid --merge-mode "$bad" || fail=1
done

# Invalid in the environment, with and without a valid option.
returns_ 1 env AINSTALL_MERGE_MODE=foo ainstall s/a d/f > out 2> err \
  || fail=1
compare /dev/null out || fail=1
expect_invalid '$AINSTALL_MERGE_MODE' foo || fail=1

for mode in copy link rename; do
  returns_ 1 env AINSTALL_MERGE_MODE=bar ainstall --merge-mode=$mode s/a d/f \
    > out 2> err || fail=1
  compare /dev/null out || fail=1
  expect_invalid '$AINSTALL_MERGE_MODE' bar || fail=1
done

# A valid variable does not hide an invalid option.
returns_ 1 env AINSTALL_MERGE_MODE=copy ainstall --merge-mode=foo s/a d/f \
  > out 2> err || fail=1
compare /dev/null out || fail=1
expect_invalid --merge-mode foo || fail=1

test "$(stat -c '%i %h %a' s/a)" = "$st" || fail=1
expect_entries_ s a || fail=1
expect_entries_ d || fail=1

Exit $fail
