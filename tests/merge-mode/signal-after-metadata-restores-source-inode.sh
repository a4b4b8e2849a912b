#!/bin/sh
# In link and rename modes the staged file is the source's own inode,
# whose owner and mode ainstall then changes.  A fatal signal (SIGTERM)
# that reaches ainstall once it changed them (-m 4711, and as root also
# -o and -g to the unprivileged user and group), before the final rename,
# kills ainstall as the signal does (status 143), and ainstall first
# gives the inode back what it had: afterwards the source has its name
# (rename mode moves it back), inode, link count 1, owner, group, mode,
# access and modification times to the nanosecond, and content; no
# temporary name is left beside the destination, which is untouched, and
# ainstall prints nothing.  strace holds ainstall at the exit of the
# fchmod system call that sets mode 4711, and the test sends SIGTERM to
# ainstall meanwhile; a probe run with the same options tells which
# fchmod that is.  The merge mode is given explicitly, so the
# test does the same in every suite mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_perl_
command -v strace > /dev/null || skip_ "strace is needed to delay ainstall"
strace -o /dev/null true 2> /dev/null || skip_ "strace does not work here"

top=$(pwd) || framework_failure_

# The cases: NAME:MERGE-MODE:OWNER-OPTIONS.  Changing the owner needs
# root.
echo 'link-own:link:' > cases || framework_failure_
echo 'rename-own:rename:' >> cases || framework_failure_
if uid_is_privileged_ && id "$NON_ROOT_USERNAME" > /dev/null 2>&1; then
  owner="-o $NON_ROOT_USERNAME -g $(non_root_gid_)"
  echo "link-other:link:$owner" >> cases || framework_failure_
  echo "rename-other:rename:$owner" >> cases || framework_failure_
else
  echo "not root: -o and -g are not tried"
fi

# set_up DIR: DIR/s/a, mode 644, with times to the nanosecond, and the
# old destination DIR/d/a; DIR/before, their states before any reading.
set_up ()
{
  mkdir -p $1/s $1/d && echo new > $1/s/a && chmod 644 $1/s/a \
    && echo old > $1/d/a && chmod 640 $1/d/a \
    && touch -m -d '2001-02-03 04:05:06.123456789' $1/s/a \
    && touch -a -d '2002-03-04 05:06:07.987654321' $1/s/a \
    || framework_failure_
  state $1 > $1/before || framework_failure_
}

# state DIR: the inode, link count, mode, owner and times of DIR/s/a and
# of DIR/d/a (no file is read before this).
state ()
{
  stat -c '%n %i %h %a %u:%g %x %y' $1/s/a $1/d/a
}

# check DIR LABEL: DIR is as set_up left it.
check ()
{
  state $1 > $1/after || { echo "$2: cannot stat"; return 1; }
  compare $1/before $1/after || { echo "$2: files changed"; return 1; }
  echo new > $1/exp && compare $1/exp $1/s/a \
    && echo old > $1/exp && compare $1/exp $1/d/a \
    || { echo "$2: content changed"; return 1; }
  expect_entries_ $1/s a && expect_entries_ $1/d a \
    || { echo "$2: files left or missing"; return 1; }
  compare /dev/null $1/out && compare /dev/null $1/err \
    || { echo "$2: ainstall printed something"; return 1; }
}

# Run ainstall with its PID in ./pid and its output in ./out and ./err.
run='echo $$ > pid && exec "$@" > out 2> err'

# Probes: the number of the fchmod that sets 4711, after the owner.
while IFS=: read name mode owner; do
  set_up probe-$name
  (cd probe-$name &&
   strace -o trace -e trace=fchmod,fchown sh -c "$run" sh \
     ainstall --merge-mode=$mode $owner -m 4711 s/a d/a < /dev/null) \
    || framework_failure_ "cannot trace ainstall"
  line=$(grep -n '^fchmod(.*, 04711)' probe-$name/trace \
         | sed -n '1s/:.*//p')
  test -n "$line" \
    || framework_failure_ "no fchmod to 4711 in: $(cat probe-$name/trace)"
  sed -n "1,${line}p" probe-$name/trace | grep -c '^fchmod(' > nth-$name \
    || framework_failure_
  if test -n "$owner"; then
    sed -n "1,${line}p" probe-$name/trace | grep '^fchown(' > /dev/null \
      || framework_failure_ "no fchown before the fchmod in:
$(cat probe-$name/trace)"
  fi
done < cases

# All cases at once, each held for 2 seconds after its fchmod.
delay=2000000
while IFS=: read name mode owner; do
  set_up $name
  cd $name || framework_failure_
  start_with_default_signal_ TERM \
    strace -o trace -e trace=fchmod \
      -e inject=fchmod:delay_exit=$delay:when=$(cat ../nth-$name) \
      sh -c "$run" sh ainstall --merge-mode=$mode $owner -m 4711 s/a d/a \
      < /dev/null 2> strace-err
  echo $bg_pid_ > strace-pid
  cd "$top" || framework_failure_
done < cases

while IFS=: read name mode owner; do
  i=0
  while ! grep '(DELAYED)' $name/trace > /dev/null 2>&1 && test $i -lt 200
  do
    sleep .05
    i=$((i + 1))
  done
  grep '^fchmod(.*, 04711) *= 0 (DELAYED)$' $name/trace > /dev/null \
    || framework_failure_ "$name: ainstall was not held:
$(cat $name/trace)"
  # The change is there to undo.
  find $name/s $name/d -type f -perm 4711 | grep . > /dev/null \
    || framework_failure_ "$name: no file has mode 4711 while held"
  kill -s TERM "$(cat $name/pid)" || fail=1
done < cases

while IFS=: read name mode owner; do
  wait_for_exit_ "$(cat $name/strace-pid)" \
    || { echo "$name: ainstall survived SIGTERM"; fail=1; }
  if grep '^+++ exited with 0 +++' $name/trace > /dev/null; then
    framework_failure_ "$name: SIGTERM came too late, after the delay"
  fi
  test $exit_status_ = 143 \
    || { echo "$name: status $exit_status_, not 143"; fail=1; }
  grep '^+++ killed by SIGTERM +++$' $name/trace > /dev/null \
    || { echo "$name: not killed by SIGTERM:"; cat $name/trace; fail=1; }
  check $name "$name" || fail=1
done < cases

Exit $fail
