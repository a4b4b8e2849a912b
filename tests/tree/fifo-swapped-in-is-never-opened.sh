#!/bin/sh
# An attack on -R: in an image directory another user may write, they
# replace a regular file with a FIFO (or a device node) just as ainstall
# opens it.  Opening some devices acts on them, and opening a FIFO for
# reading lets its writer go on: ainstall must never open anything but
# the regular file the walk saw.  The user's writer, blocked on the FIFO,
# stays blocked; ainstall says "skipping file 'u/img/f', as it was
# replaced while being copied", exits 1, and merges the rest.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_
require_strace_delay_

fresh ()
{
  rm -rf u && mkdir u && chown "$NON_ROOT_USERNAME" u || framework_failure_
  as_unprivileged_ sh -c 'mkdir u/img && echo a > u/img/a &&
    echo f > u/img/f && echo z > u/img/z' || framework_failure_
}

# The first system call that names f.
fresh
strace -o probe -e trace=openat ainstall -R u/img probe-root \
  > /dev/null 2>&1 || framework_failure_
fresh
nth=$(grep -n '^openat([^,]*, "f",' probe | sed -n '1s/:.*//p')
test -n "$nth" || framework_failure_ "f is not opened: $(cat probe)"

start_held_call_ openat $nth 1000000 ainstall -R u/img ROOT
as_unprivileged_ sh -c 'mv u/img/f u/img/f.old && mkfifo u/img/f' \
  || framework_failure_
as_unprivileged_ timeout 5 sh -c 'echo data > u/img/f' &
writer=$!
end_held_call_
wait $writer
writer_status=$?

test $held_status = 1 || { echo "status $held_status"; fail=1; }
echo "ainstall: skipping file 'u/img/f', as it was replaced while being" \
  "copied" > exp || framework_failure_
compare exp err || fail=1
test $writer_status = 124 \
  || { echo "the FIFO was opened: its writer ended with $writer_status"
       fail=1; }
expect_entries_ ROOT a z || fail=1

Exit $fail
