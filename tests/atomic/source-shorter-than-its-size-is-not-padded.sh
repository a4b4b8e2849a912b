#!/bin/sh
# The destination holds exactly the bytes read from the source, never
# more: a file of /sys reports a size of a page but has a few bytes (GNU
# install copies those bytes, ainstall used to pad them with NULs to 4096),
# and a sparse source that shrinks while it is copied ends where the
# source ended, not at the size it had when it was looked at.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

# A file whose size says more than it holds.
sysfile=
for f in /sys/kernel/mm/transparent_hugepage/enabled /sys/power/state \
         /sys/kernel/uevent_seqnum; do
  if test -r "$f" && test "$(stat -c %s "$f")" -gt "$(wc -c < "$f")"; then
    sysfile=$f
    break
  fi
done
if test -n "$sysfile"; then
  cat "$sysfile" > exp || framework_failure_
  # (Not rename mode: it would remove the source.)
  for mode in copy link; do
    returns_ 0 ainstall --merge-mode=$mode "$sysfile" t-$mode || fail=1
    compare exp t-$mode || fail=1
  done
  # Exactly what GNU install makes of it, where GNU install is here.
  if gnu=$(command -v install) && "$gnu" --version 2>/dev/null \
       | grep 'GNU coreutils' > /dev/null; then
    "$gnu" "$sysfile" t-gnu || fail=1
    compare t-gnu t-copy || fail=1
  fi
else
  echo "no /sys file with a size larger than its content; part skipped"
fi

# A sparse source truncated while it is being copied: the copy stops
# where the source now ends.  strace delays the look for the second data
# extent while the file is cut short.
if command -v strace > /dev/null && strace -o /dev/null true 2> /dev/null; then
  printf 'head of the file\n' > sparse || framework_failure_
  truncate -s 8M sparse || framework_failure_
  printf 'tail\n' | dd of=sparse bs=1 seek=8388608 conv=notrunc 2> /dev/null \
    || framework_failure_
  if test "$(stat -c %b sparse)" -lt 1000 \
     && strace -o probe -e trace=lseek ainstall sparse probe-dest \
     && test "$(grep -c SEEK_DATA probe)" -ge 2; then
    nth=$(grep -n SEEK_DATA probe | sed -n '2s/:.*//p')
    # The second SEEK_DATA is the nth lseek.
    strace -o trace -e trace=lseek \
      -e inject=lseek:delay_enter=1500000:when=$nth \
      ainstall --merge-mode=copy sparse dest &
    pid=$!
    sleep .5
    truncate -s 4096 sparse || framework_failure_
    wait $pid || fail=1
    test "$(stat -c %s dest)" = 4096 \
      || { echo "dest has $(stat -c %s dest) bytes, not 4096"; fail=1; }
    compare sparse dest || fail=1
  else
    echo "no sparse files with SEEK_DATA here; part skipped"
  fi
fi

Exit $fail
