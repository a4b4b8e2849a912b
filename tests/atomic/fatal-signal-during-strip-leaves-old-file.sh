#!/bin/sh
# SIGINT, SIGTERM, SIGHUP or SIGPIPE reaching ainstall while its strip
# program runs kills ainstall as the signal does (the shell sees status
# 128+N), and ainstall first removes the staged temporary: the old
# destination stays as it was, content and mode, and nothing else is
# left in its directory.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_perl_

strip_pid=
cleanup_ ()
{
  test -n "$strip_pid" && kill "$strip_pid" 2>/dev/null
  unmount_all_
}

make_slow_strip_
echo new > src || framework_failure_

for sig_num in INT:2 TERM:15 HUP:1 PIPE:13; do
  sig=${sig_num%:*} num=${sig_num#*:}
  rm -f started seen && mkdir $sig || framework_failure_
  echo old > $sig/f && chmod 640 $sig/f || framework_failure_

  start_with_default_signal_ $sig \
    ainstall -s --strip-program=./slow-strip src $sig/f > out 2> err
  pid=$bg_pid_
  if ! wait_for_file_ started; then
    kill -s KILL $pid
    wait $pid
    framework_failure_ "the strip program did not start"
  fi
  strip_pid=$(cat started) || framework_failure_

  kill -s $sig $pid || fail=1
  wait_for_exit_ $pid || { echo "ainstall survived SIG$sig"; fail=1; }
  test $exit_status_ = $((128 + num)) \
    || { echo "SIG$sig: status $exit_status_, not $((128 + num))"; fail=1; }

  # The temporary existed while the strip program ran...
  grep '^\.f\.......$' seen > /dev/null \
    || { echo "SIG$sig: no temporary seen during strip:"; cat seen; fail=1; }
  # ...and is gone, the old destination intact.
  echo old > exp || framework_failure_
  compare exp $sig/f || fail=1
  test "$(stat -c %a $sig/f)" = 640 || fail=1
  expect_entries_ $sig f || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1

  kill "$strip_pid" 2>/dev/null
  strip_pid=
done

Exit $fail
