#!/bin/sh
# An unprivileged user asking -o for another owner in link mode gets GNU's
# "cannot change ownership" message and status 1; the temporary link is
# removed again, so the source keeps its link count, mode and owner, the
# old destination stays (content, inode, mode), and nothing else is left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

mkdir s d || framework_failure_
chmod 777 s d || framework_failure_
as_unprivileged_ sh -c 'echo new > s/a && chmod 644 s/a && echo old > d/f' \
  || framework_failure_
chmod 640 d/f || framework_failure_
src_st=$(stat -c '%i %h %a %u:%g' s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a %u:%g' d/f) || framework_failure_

returns_ 1 as_unprivileged_ ainstall --merge-mode=link -o 0 -m 600 s/a d/f \
  > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot change ownership of 'd/f': Operation not permitted" \
  > exp || framework_failure_
compare exp err || fail=1

test "$(stat -c '%i %h %a %u:%g' s/a)" = "$src_st" || fail=1
test "$(stat -c '%i %h %a %u:%g' d/f)" = "$dest_st" || fail=1
echo new > exp || framework_failure_
compare exp s/a || fail=1
echo old > exp || framework_failure_
compare exp d/f || fail=1
expect_entries_ s a || fail=1
expect_entries_ d f || fail=1

Exit $fail
