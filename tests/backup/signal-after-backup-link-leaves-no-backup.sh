#!/bin/sh
# A fatal signal (SIGTERM) that reaches ainstall -b once the backup hard
# link is made, and before the final rename, kills ainstall as the signal
# does (status 143), and ainstall first removes that backup: afterwards
# the directory holds exactly what it held before, each name with the
# same inode, link count, mode and content; no backup and no temporary
# is left, the source is as it was, and ainstall prints nothing.  This
# holds with a simple backup (-b) and a numbered one (--backup=numbered),
# and when older backups exist: an older d~ or d.~1~ is never touched (a
# simple backup that must replace an older one is only made just before
# the final rename; a numbered one takes the next number).
#
# The signal arrives two ways.  (i) strace holds ainstall at the exit of
# the linkat system call that makes the backup (when an older simple
# backup is there, that linkat fails with EEXIST and the backup is left
# for later), and the test sends SIGTERM to ainstall meanwhile: ainstall
# must have recorded the new link by the time it handles the signal.
# (ii) strace makes the kernel send SIGTERM when ainstall next sets the
# staged file's mode, after that linkat (ainstall makes the backup before
# it fills the staged file and sets its attributes).  Which linkat it is
# is learnt from a probe run with the same options (in link mode the
# staged link comes first).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_perl_
command -v strace > /dev/null || skip_ "strace is needed to delay ainstall"
strace -o /dev/null true 2> /dev/null || skip_ "strace does not work here"

top=$(pwd) || framework_failure_

# The cases: NAME:OPTION:OLDER-BACKUP:NAME-OF-THE-NEW-BACKUP.
cat > cases <<'CASES' || framework_failure_
fresh-simple:-b::f~
older-simple:--backup=simple:f~:f~
fresh-numbered:--backup=numbered::f.~1~
older-numbered:--backup=numbered:f.~1~:f.~2~
CASES

# set_up DIR OLDER: DIR/src, DIR/d/f and the older backup DIR/d/OLDER,
# and DIR/before, the state that the checks compare with.
set_up ()
{
  mkdir -p $1/d && echo new > $1/src && chmod 644 $1/src \
    && echo old > $1/d/f && chmod 640 $1/d/f || framework_failure_
  if test -n "$2"; then
    echo older > "$1/d/$2" && chmod 600 "$1/d/$2" || framework_failure_
  fi
  state $1 > $1/before || framework_failure_
}

# state DIR: each file's name, inode, link count, mode and content.
state ()
{
  (cd $1 && for f_ in src d/*; do
     echo "$f_ $(stat -c '%i %h %a' "$f_") $(cat "$f_")" || exit 1
   done)
}

# check DIR OLDER LABEL: DIR is as set_up left it.
check ()
{
  state $1 > $1/after || { echo "$3: cannot stat"; return 1; }
  compare $1/before $1/after || { echo "$3: files changed"; return 1; }
  if test -n "$2"; then
    expect_entries_ $1/d f "$2" || { echo "$3: d is not f and $2"; return 1; }
  else
    expect_entries_ $1/d f || { echo "$3: d is not just f"; return 1; }
  fi
  compare /dev/null $1/out && compare /dev/null $1/err \
    || { echo "$3: ainstall printed something"; return 1; }
}

# Run ainstall with its PID in ./pid and its output in ./out and ./err.
run='echo $$ > pid && exec "$@" > out 2> err'

# Probes: the number of the backup's linkat among the linkat calls, and
# of the first fchmod after it.
while IFS=: read name opt older bname; do
  set_up probe-$name "$older"
  (cd probe-$name &&
   strace -o trace -e trace=linkat,fchmod sh -c "$run" sh \
     ainstall $opt src d/f < /dev/null) \
    || framework_failure_ "cannot trace ainstall"
  backup_line=$(grep -n -F ", \"f\", " probe-$name/trace \
                | grep -F ", \"$bname\", 0)" | sed -n '1s/:.*//p')
  test -n "$backup_line" \
    || framework_failure_ "no backup link in: $(cat probe-$name/trace)"
  sed -n "1,${backup_line}p" probe-$name/trace | grep -c '^linkat(' \
    > nth-$name || framework_failure_
  # (ii) needs the mode set after that linkat: which fchmod is the first
  # one after it.
  mode_line=$(grep -n '^fchmod(' probe-$name/trace \
              | sed -n 's/:.*//p' | awk -v b=$backup_line '$1 > b' | sed 1q)
  if test -n "$mode_line"; then
    sed -n "1,${mode_line}p" probe-$name/trace | grep -c '^fchmod('
  else
    echo "$name: no fchmod after the backup link:" >&2
    cat probe-$name/trace >&2
    echo none
  fi > nth-mode-$name || framework_failure_
done < cases

# (i) All cases at once, each held for 2 seconds after its backup link.
delay=2000000
while IFS=: read name opt older bname; do
  dir=held-$name
  set_up $dir "$older"
  cd $dir || framework_failure_
  start_with_default_signal_ TERM \
    strace -o trace -e trace=linkat \
      -e inject=linkat:delay_exit=$delay:when=$(cat ../nth-$name) \
      sh -c "$run" sh ainstall $opt src d/f < /dev/null 2> strace-err
  echo $bg_pid_ > strace-pid
  cd "$top" || framework_failure_
done < cases

while IFS=: read name opt older bname; do
  dir=held-$name
  i=0
  while ! grep '(DELAYED)' $dir/trace > /dev/null 2>&1 && test $i -lt 200
  do
    sleep .05
    i=$((i + 1))
  done
  grep '^linkat(.*"f".*(DELAYED)$' $dir/trace > /dev/null \
    || framework_failure_ "$name: ainstall was not held:
$(cat $dir/trace)"
  kill -s TERM "$(cat $dir/pid)" || fail=1
done < cases

while IFS=: read name opt older bname; do
  dir=held-$name
  wait_for_exit_ "$(cat $dir/strace-pid)" \
    || { echo "$name: ainstall survived SIGTERM"; fail=1; }
  if grep '^+++ exited with 0 +++' $dir/trace > /dev/null; then
    framework_failure_ "$name: SIGTERM came too late, after the delay"
  fi
  test $exit_status_ = 143 \
    || { echo "$name (held): status $exit_status_, not 143"; fail=1; }
  grep '^+++ killed by SIGTERM +++$' $dir/trace > /dev/null \
    || { echo "$name (held): not killed by SIGTERM:"; cat $dir/trace
         fail=1; }
  check $dir "$older" "$name (held)" || fail=1
done < cases

# (ii) SIGTERM when ainstall sets the mode, after the backup link.
while IFS=: read name opt older bname; do
  dir=at-mode-$name
  nth_mode=$(cat nth-mode-$name)
  test "$nth_mode" != none \
    || { echo "$name: the mode is not set after the backup link"; fail=1
         continue; }
  set_up $dir "$older"
  (cd $dir &&
   perl -e '$SIG{TERM} = "DEFAULT"; exec @ARGV or die "exec: $!\n"' \
     strace -o trace -e trace=fchmod \
       -e inject=fchmod:signal=TERM:when=$nth_mode \
     sh -c "$run" sh ainstall $opt src d/f < /dev/null 2> strace-err
   echo $? > status) || framework_failure_
  test "$(cat $dir/status)" = 143 \
    || { echo "$name (at mode): status $(cat $dir/status), not 143"
         fail=1; }
  grep '^+++ killed by SIGTERM +++$' $dir/trace > /dev/null \
    || { echo "$name (at mode): not killed by SIGTERM:"; cat $dir/trace
         fail=1; }
  check $dir "$older" "$name (at mode)" || fail=1
done < cases

Exit $fail
