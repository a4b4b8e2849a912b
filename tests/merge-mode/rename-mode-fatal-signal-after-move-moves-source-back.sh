#!/bin/sh
# A fatal signal (SIGINT, SIGTERM, SIGHUP, SIGPIPE) that reaches ainstall
# in rename mode after the source was moved beside the destination kills
# ainstall as the signal does (status 128+N), and first moves the source
# back under its own name: the same inode and content.  The old
# destination is intact, no temporary is left, ainstall prints nothing.
# strace delivers the signal when ainstall sets the staged file's mode,
# which is after the move; strace's own messages (such as "Terminated")
# go elsewhere.  ainstall leaves alone a signal that was ignored when it
# started, so perl gives the signals their default disposition first.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v strace > /dev/null || skip_ "strace is needed to deliver a signal"
strace -o /dev/null true 2> /dev/null || skip_ "strace does not work here"
command -v perl > /dev/null \
  || skip_ "perl is needed to give the signals their default disposition"

mkdir s d || framework_failure_
echo new > s/a || framework_failure_
chmod 600 s/a || framework_failure_
echo old > d/a || framework_failure_
chmod 640 d/a || framework_failure_
src_ino=$(stat -c %i s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a' d/a) || framework_failure_

# Learn which system call sets the mode, and check that it comes after
# the move.
mkdir probe || framework_failure_
echo x > probe/src || framework_failure_
chmod 600 probe/src || framework_failure_
strace -o probe-trace -e 'trace=/chmod|rename' \
  ainstall --merge-mode=rename -m 644 probe/src probe/dst > /dev/null 2>&1 \
  || framework_failure_ "cannot trace ainstall"
call=$(sed -n '2s/^\([a-z0-9_]*\)(.*/\1/p' probe-trace)
case $call in
  *chmod*) ;;
  *) framework_failure_ "no chmod after the move in: $(cat probe-trace)" ;;
esac

for sig in INT TERM HUP PIPE; do
  signum=$(perl -MConfig -e '
    my @n = split " ", $Config{sig_name}; my @v = split " ", $Config{sig_num};
    for (0..$#n) { print $v[$_] if $n[$_] eq $ARGV[0] }' $sig)
  test -n "$signum" || framework_failure_ "no number for SIG$sig"
  # The mode of the source differs from -m's, so that it is set.
  chmod 600 s/a || framework_failure_
  perl -e 'for (qw(INT TERM HUP PIPE)) { $SIG{$_} = "DEFAULT" }
           exec @ARGV or die "exec: $!\n"' \
    strace -o trace -e trace=$call -e inject=$call:signal=$sig \
    sh -c 'exec ainstall --merge-mode=rename -m 644 s/a d/a > out 2> err' \
    2> strace-err
  status=$?
  test $status = $((128 + signum)) \
    || { echo "SIG$sig: exit status $status, not $((128 + signum))"; fail=1; }
  grep "killed by SIG$sig" trace > /dev/null \
    || { echo "SIG$sig did not kill ainstall:"; cat trace; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1

  test "$(stat -c '%i %h' s/a)" = "$src_ino 1" \
    || { echo "SIG$sig: source not moved back"; fail=1; }
  echo new > exp && compare exp s/a || fail=1
  test "$(stat -c '%i %h %a' d/a)" = "$dest_st" || fail=1
  echo old > exp && compare exp d/a || fail=1
  expect_entries_ s a || fail=1
  expect_entries_ d a || fail=1
done

Exit $fail
