#!/bin/sh
# Every signal that ends a process by default and that a process may
# catch (HUP INT QUIT ILL TRAP ABRT BUS FPE USR1 SEGV USR2 PIPE ALRM TERM
# STKFLT XCPU XFSZ VTALRM PROF IO (POLL) PWR SYS, and the real-time signals
# RTMIN, RTMIN+5 and RTMAX; those this system has), reaching ainstall
# while its strip program runs, kills ainstall as that signal does (wait
# sees status 128+N), and ainstall first removes the staged temporary: an
# old destination keeps its inode, content and mode, a new destination
# does not appear, nothing else is left in either directory, and ainstall
# prints nothing.  Every signal's two installs run at once, to keep the
# test short; each has its own directory.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_perl_

# QUIT, ILL, TRAP, ABRT, BUS, FPE, SEGV, XCPU, XFSZ and SYS dump core by
# default: no core files, please.
ulimit -c 0 2>/dev/null

top=$(pwd) || framework_failure_
cleanup_ ()
{
  for s_ in "$top"/sig*/*/started; do
    test -s "$s_" && kill "$(cat "$s_")" 2>/dev/null
  done
  unmount_all_
}

# NAME:NUMBER:PERL-NAME for each signal this system has; the real-time
# ones numbered as the C library numbers them at run time (SIGRTMIN is
# not the kernel's first real-time signal).
sigs=$(perl -MConfig -MPOSIX -e '
  my @n = split " ", $Config{sig_name}; my @v = split " ", $Config{sig_num};
  my (%num, %name);
  for (0..$#n) { $num{$n[$_]} //= $v[$_]; $name{$v[$_]} //= $n[$_] }
  for (@ARGV) {
    my $n;
    if (/^RTMIN(?:\+(\d+))?$/) { $n = SIGRTMIN() + ($1 // 0) }
    elsif ($_ eq "RTMAX") { $n = SIGRTMAX() }
    else { $n = $num{$_} }
    print "$_:$n:$name{$n}\n" if defined $n && defined $name{$n};
  }' HUP INT QUIT ILL TRAP ABRT BUS FPE USR1 SEGV USR2 PIPE ALRM TERM \
     STKFLT XCPU XFSZ VTALRM PROF IO PWR SYS RTMIN RTMIN+5 RTMAX) \
  || framework_failure_ "cannot number the signals"
for must in HUP INT TERM PIPE QUIT USR1 USR2 RTMIN RTMIN+5; do
  case " $(echo $sigs) " in
    *" $must:"*) ;;
    *) framework_failure_ "no number for SIG$must in: $sigs" ;;
  esac
done

make_slow_strip_
strip=$top/slow-strip

# Start every install.  sigN/old has d/f to replace, sigN/new an empty d.
for entry in $sigs; do
  num=${entry#*:}; num=${num%%:*}; pname=${entry##*:}
  for w in old new; do
    mkdir -p sig$num/$w/d && echo new > sig$num/$w/src || framework_failure_
  done
  echo old > sig$num/old/d/f && chmod 640 sig$num/old/d/f \
    || framework_failure_
  stat -c '%i %h %a' sig$num/old/d/f > sig$num/old/exp-stat \
    || framework_failure_
  for w in old new; do
    cd sig$num/$w || framework_failure_
    start_with_default_signal_ $pname \
      ainstall -s --strip-program="$strip" src d/f > out 2> err
    echo $bg_pid_ > pid
    cd "$top" || framework_failure_
  done
done

# Signal each install while its strip program runs.
for entry in $sigs; do
  num=${entry#*:}; num=${num%%:*}
  for w in old new; do
    dir=sig$num/$w
    if ! wait_for_file_ $dir/started; then
      kill -s KILL "$(cat $dir/pid)"
      framework_failure_ "the strip program did not start in $dir"
    fi
    kill -$num "$(cat $dir/pid)" || fail=1
  done
done

for entry in $sigs; do
  sig=${entry%%:*}; num=${entry#*:}; num=${num%%:*}
  for w in old new; do
    dir=sig$num/$w
    wait_for_exit_ "$(cat $dir/pid)" \
      || { echo "ainstall survived SIG$sig ($w)"; fail=1; }
    test $exit_status_ = $((128 + num)) \
      || { echo "SIG$sig ($w): status $exit_status_, not $((128 + num))"
           fail=1; }
    kill "$(cat $dir/started)" 2>/dev/null

    # The temporary existed while the strip program ran...
    grep '^\.f\.......$' $dir/seen > /dev/null \
      || { echo "SIG$sig ($w): no temporary seen during strip:"
           cat $dir/seen; fail=1; }
    # ...and is gone; the old destination is intact, no new one appeared.
    if test $w = old; then
      echo old > exp || framework_failure_
      compare exp $dir/d/f || fail=1
      stat -c '%i %h %a' $dir/d/f > out-stat || framework_failure_
      compare $dir/exp-stat out-stat \
        || { echo "SIG$sig: destination changed"; fail=1; }
      expect_entries_ $dir/d f || { echo "SIG$sig ($w)"; fail=1; }
    else
      expect_entries_ $dir/d || { echo "SIG$sig ($w)"; fail=1; }
    fi
    compare /dev/null $dir/out || fail=1
    compare /dev/null $dir/err || fail=1
  done
done

Exit $fail
