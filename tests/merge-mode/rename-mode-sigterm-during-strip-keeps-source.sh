#!/bin/sh
# With -s, rename mode copies and removes the source only once the
# destination is committed.  A SIGTERM that reaches ainstall while its
# strip program runs kills it as the signal does (status 143) after it
# removed the staged copy: the source still exists (its name, inode,
# content and mode), the old destination is intact, no temporary is left,
# and nothing was printed.
#
# ainstall leaves alone a signal that was ignored when it started, so it
# is started through perl, which resets SIGTERM to its default first.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v perl > /dev/null \
  || skip_ "perl is needed to give SIGTERM its default disposition"

strip_pid=
ainstall_pid=
cleanup_ ()
{
  test -n "$strip_pid" && kill "$strip_pid" 2>/dev/null
  test -n "$ainstall_pid" && kill -s KILL "$ainstall_pid" 2>/dev/null
  unmount_all_
}

# The strip program lists the directory of the file it was given, says it
# started, with its PID, and sleeps in that same process.
cat > slow-strip <<'SCRIPT' || framework_failure_
#!/bin/sh
ls -A "$(dirname "$1")" > seen || exit 1
echo $$ > started.tmp && mv started.tmp started || exit 1
exec sleep 60
SCRIPT
chmod +x slow-strip || framework_failure_

mkdir s d || framework_failure_
echo new > s/a || framework_failure_
chmod 640 s/a || framework_failure_
echo old > d/f || framework_failure_
chmod 644 d/f || framework_failure_
src_st=$(stat -c '%i %h %a %Y' s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a' d/f) || framework_failure_

perl -e '$SIG{TERM} = "DEFAULT"; exec @ARGV or die "exec: $!\n"' \
  ainstall --merge-mode=rename -s --strip-program=./slow-strip s/a d/f \
  > out 2> err &
ainstall_pid=$!

# Wait (at most 10 seconds) for the strip program to start.
i=0
while test ! -s started && test $i -lt 100; do
  sleep .1
  i=$((i + 1))
done
test -s started || framework_failure_ "the strip program did not start"
strip_pid=$(cat started) || framework_failure_

# The source is still in place while the copy is stripped.
test "$(stat -c '%i %h %a %Y' s/a)" = "$src_st" || fail=1

kill -s TERM $ainstall_pid || fail=1

# Wait (at most 10 seconds) for ainstall to end.
i=0
while test $i -lt 100; do
  state=$(sed -n 's/.*) \(.\).*/\1/p' /proc/$ainstall_pid/stat 2>/dev/null)
  case $state in
    ''|Z) break ;;
  esac
  sleep .1
  i=$((i + 1))
done
case $state in
  ''|Z) ;;
  *) echo "ainstall survived SIGTERM"; fail=1; kill -s KILL $ainstall_pid ;;
esac
wait $ainstall_pid
status=$?
ainstall_pid=
test $status = 143 || { echo "exit status $status, not 143"; fail=1; }

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
