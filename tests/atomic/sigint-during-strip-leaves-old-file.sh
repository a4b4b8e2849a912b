#!/bin/sh
# A SIGINT that reaches ainstall while its strip program runs kills
# ainstall as the signal does (the shell sees status 128+2), and ainstall
# first removes the staged temporary: the old destination stays as it
# was, content and mode, and nothing else is left in its directory.
#
# A shell starts background commands with SIGINT ignored, a test harness
# may start the test with other signals ignored, and ainstall leaves alone
# a signal that was ignored when it started (as it must): so ainstall is
# started through perl, which resets SIGINT to its default and then
# execs ainstall in the same process.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

sig=INT
signum=2
command -v perl > /dev/null \
  || skip_ "perl is needed to give SIG$sig its default disposition"

strip_pid=
cleanup_ ()
{
  test -n "$strip_pid" && kill "$strip_pid" 2>/dev/null
  unmount_all_
}

# The strip program lists the directory of the file it was given (to
# prove the temporary was there), then says it started, with its PID,
# and sleeps in that same process.
cat > slow-strip <<'SCRIPT' || framework_failure_
#!/bin/sh
ls -A "$(dirname "$1")" > seen || exit 1
echo $$ > started.tmp && mv started.tmp started || exit 1
exec sleep 60
SCRIPT
chmod +x slow-strip || framework_failure_

mkdir d || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
echo new > src || framework_failure_

perl -e '$SIG{$ARGV[0]} = "DEFAULT"; shift; exec @ARGV or die "exec: $!\n"' \
  $sig ainstall -s --strip-program=./slow-strip src d/f > out 2> err &
pid=$!

# Wait (at most 10 seconds) for the strip program to start.
i=0
while test ! -s started && test $i -lt 100; do
  sleep .1
  i=$((i + 1))
done
if test ! -s started; then
  kill -s KILL $pid
  wait $pid
  framework_failure_ "the strip program did not start"
fi
strip_pid=$(cat started) || framework_failure_

kill -s $sig $pid || fail=1

# Wait (at most 10 seconds) for ainstall to end: its /proc entry goes,
# or shows a zombie.
i=0
while test $i -lt 100; do
  state=$(sed -n 's/.*) \(.\).*/\1/p' /proc/$pid/stat 2>/dev/null)
  case $state in
    ''|Z) break ;;
  esac
  sleep .1
  i=$((i + 1))
done
case $state in
  ''|Z) ;;
  *) echo "ainstall survived SIG$sig"; fail=1; kill -s KILL $pid ;;
esac
wait $pid
status=$?
test $status = $((128 + signum)) \
  || { echo "exit status $status, not $((128 + signum))"; fail=1; }

# The temporary existed while the strip program ran...
grep '^\.f\.......$' seen > /dev/null \
  || { echo "no temporary seen during strip:"; cat seen; fail=1; }
# ...and is gone, the old destination intact.
echo old > exp || framework_failure_
compare exp d/f || fail=1
test "$(stat -c %a d/f)" = 640 || fail=1
expect_entries_ d f || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

kill "$strip_pid" 2>/dev/null
strip_pid=

Exit $fail
