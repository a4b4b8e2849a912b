#!/bin/sh
# -C looks at the destination, then opens it to compare its content.  A
# user who may write the destination's directory can put a FIFO there in
# between: opened for reading without O_NONBLOCK it would block ainstall
# until someone writes to it, for ever.  ainstall opens it without
# blocking and compares only the very file it looked at; the FIFO is a
# destination that is not a regular file, which GNU install replaces.
# "ainstall -C src d/f", with d/f identical to src (same content, mode
# 755, owner) so that its content is read, and the FIFO swapped in while
# strace holds back that open: ainstall ends within 20 seconds, exit
# status 0, nothing on stdout or stderr, and d/f is a regular file, mode
# 755, with src's content; d/ holds only f.  As root, d/ belongs to
# $NON_ROOT_USERNAME, who swaps the FIFO in.  Needs strace that can
# delay a system call.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_strace_delay_
if uid_is_privileged_; then
  require_root_
  require_unprivileged_run_
fi

# fresh: src, and d/f identical to what installing it would make.
fresh ()
{
  rm -rf d h trace probe-trace src || framework_failure_
  mkdir d h && chmod 755 d h || framework_failure_
  if uid_is_privileged_; then
    chown "$NON_ROOT_USERNAME" d h || framework_failure_
  fi
  printf 'same content\n' > src && chmod 644 src || framework_failure_
  printf 'same content\n' > d/f && chmod 755 d/f || framework_failure_
}

# Which openat opens d/f to compare it: count them in a run as it will be.
fresh
strace -o probe-trace -e trace=openat ainstall -C src d/f \
  > /dev/null 2>&1 || framework_failure_ "cannot trace ainstall"
nth=$(grep '^openat(' probe-trace | grep -n '^openat([^,]*, "f", .*O_RDONLY' \
        | sed -n '1s/:.*//p')
test -n "$nth" || framework_failure_ "d/f is not opened: $(cat probe-trace)"

fresh
as_unprivileged_ mkfifo h/fifo || framework_failure_
start_held_call_ openat $nth 1000000 ainstall -C src d/f
as_unprivileged_ mv h/fifo d/f || framework_failure_
grep DELAYED trace > /dev/null \
  && framework_failure_ "the swap came too late to prove anything"
# Give it 20 seconds; if it is still there, it blocked: a writer that
# opens the FIFO releases it, so that it ends.
i=0
while test $i -lt 200; do
  state=$(sed -n 's/.*) \(.\).*/\1/p' /proc/$ainstall_pid/stat 2>/dev/null)
  case $state in ''|Z) break ;; esac
  sleep .1
  i=$((i + 1))
done
case $state in
  ''|Z) ;;
  *) echo "ainstall blocked on the FIFO"; fail=1
     test -p d/f && as_unprivileged_ timeout 5 sh -c ': > d/f' ;;
esac
wait $ainstall_pid
status=$?
ainstall_pid=

test $status = 0 || { echo "status $status"; fail=1; }
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test -f d/f && ! test -p d/f || { echo "d/f is not a regular file"; fail=1; }
test "$(stat -c %a d/f)" = 755 || fail=1
printf 'same content\n' > exp || framework_failure_
compare exp d/f || fail=1
expect_entries_ d f || fail=1

Exit $fail
