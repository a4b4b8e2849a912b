#!/bin/sh
# In rename mode the source is moved beside the destination before its
# owner is set.  When that chown is refused (an unprivileged user's -o 0),
# ainstall prints GNU's "cannot change ownership" message, exits 1, and
# moves the source back: the same name, inode, content, mode and owner.
# The old destination is intact and no temporary is left; with many
# sources every one is moved back.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

mkdir s d || framework_failure_
chmod 777 s d || framework_failure_
as_unprivileged_ sh -c 'echo new > s/a && echo new-b > s/b &&
                        chmod 644 s/a s/b && echo old > d/a && chmod 640 d/a' \
  || framework_failure_
a_st=$(stat -c '%i %h %a %u:%g %Y' s/a) || framework_failure_
b_st=$(stat -c '%i %h %a %u:%g %Y' s/b) || framework_failure_
dest_st=$(stat -c '%i %h %a %u:%g' d/a) || framework_failure_

check_all ()
{
  test "$(stat -c '%i %h %a %u:%g %Y' s/a)" = "$a_st" || return 1
  test "$(stat -c '%i %h %a %u:%g %Y' s/b)" = "$b_st" || return 1
  test "$(stat -c '%i %h %a %u:%g' d/a)" = "$dest_st" || return 1
  echo new > exp && compare exp s/a || return 1
  echo new-b > exp && compare exp s/b || return 1
  echo old > exp && compare exp d/a || return 1
  expect_entries_ s a b && expect_entries_ d a
}

returns_ 1 as_unprivileged_ ainstall --merge-mode=rename -o 0 s/a d/a \
  > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot change ownership of 'd/a': Operation not permitted" \
  > exp-err || framework_failure_
compare exp-err err || fail=1
check_all || fail=1

# Many sources, with -v: GNU's lines, then each one moved back.
returns_ 1 as_unprivileged_ ainstall -v --merge-mode=rename -o 0 -t d s/a s/b \
  > out 2> err || fail=1
printf '%s\n' "removed 'd/a'" "'s/a' -> 'd/a'" "'s/b' -> 'd/b'" > exp \
  || framework_failure_
compare exp out || fail=1
printf '%s\n' \
  "ainstall: cannot change ownership of 'd/a': Operation not permitted" \
  "ainstall: cannot change ownership of 'd/b': Operation not permitted" \
  > exp-err || framework_failure_
compare exp-err err || fail=1
check_all || fail=1

Exit $fail
