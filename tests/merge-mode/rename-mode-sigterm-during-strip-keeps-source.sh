#!/bin/sh
# With -s, rename mode copies and removes the source only once the
# destination is committed.  A SIGTERM that reaches ainstall while its
# strip program runs kills it as the signal does (status 143) after it
# removed the staged copy: the source still exists (its name, inode,
# content and mode), the old destination is intact, no temporary is left,
# and nothing was printed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_perl_

strip_pid=
ainstall_pid=
cleanup_ ()
{
  test -n "$strip_pid" && kill "$strip_pid" 2>/dev/null
  test -n "$ainstall_pid" && kill -s KILL "$ainstall_pid" 2>/dev/null
  unmount_all_
}

make_slow_strip_
mkdir s d || framework_failure_
echo new > s/a || framework_failure_
chmod 640 s/a || framework_failure_
echo old > d/f || framework_failure_
chmod 644 d/f || framework_failure_
src_st=$(stat -c '%i %h %a %Y' s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a' d/f) || framework_failure_

start_with_default_signal_ TERM \
  ainstall --merge-mode=rename -s --strip-program=./slow-strip s/a d/f \
  > out 2> err
ainstall_pid=$bg_pid_
wait_for_file_ started || framework_failure_ "the strip program did not start"
strip_pid=$(cat started) || framework_failure_

# The source is still in place while the copy is stripped.
test "$(stat -c '%i %h %a %Y' s/a)" = "$src_st" || fail=1

kill -s TERM $ainstall_pid || fail=1
wait_for_exit_ $ainstall_pid || { echo "ainstall survived SIGTERM"; fail=1; }
ainstall_pid=
test $exit_status_ = 143 || { echo "status $exit_status_, not 143"; fail=1; }

# The temporary existed while the strip program ran, and is gone.
grep '^\.f\.......$' seen > /dev/null \
  || { echo "no temporary seen during strip:"; cat seen; fail=1; }
compare /dev/null out || fail=1
compare /dev/null err || fail=1

test "$(stat -c '%i %h %a %Y' s/a)" = "$src_st" || fail=1
echo new > exp || framework_failure_
compare exp s/a || fail=1
test "$(stat -c '%i %h %a' d/f)" = "$dest_st" || fail=1
echo old > exp || framework_failure_
compare exp d/f || fail=1
expect_entries_ s a || fail=1
expect_entries_ d f || fail=1

kill "$strip_pid" 2>/dev/null
strip_pid=

Exit $fail
