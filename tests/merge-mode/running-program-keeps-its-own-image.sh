#!/bin/sh
# Replacing a program while it runs, in every merge mode: a process
# started from d/prog before the replacement keeps running its old image,
# whose /proc/PID/exe is then "DIR/d/prog (deleted)", never the path of
# the new image (img/prog) it was replaced from; a process started from
# d/prog after the replacement shows "DIR/d/prog", even in link mode,
# where d/prog and img/prog are one inode, and in rename mode, where the
# inode was img/prog.  The running programs are copies of sleep.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

pids=
cleanup_ ()
{
  for p_ in $pids; do
    kill "$p_" 2>/dev/null
  done
  unmount_all_
}

sleep_prog=$(command -v sleep) || skip_ "no sleep program"
test -r /proc/self/exe || skip_ "no /proc/PID/exe here"
here=$(pwd -P) || framework_failure_
mkdir d img || framework_failure_
cp "$sleep_prog" sleep-copy || framework_failure_
cp sleep-copy img/prog || framework_failure_
img/prog 0 || skip_ "a copy of sleep does not run under another name"

# start: run d/prog in the background; set $pid once it runs d/prog.
start ()
{
  d/prog 30 &
  pid=$!
  pids="$pids $pid"
  i_=0
  while test "$(readlink /proc/$pid/exe 2>/dev/null)" != "$here/d/prog" \
        && test $i_ -lt 100; do
    sleep .1
    i_=$((i_ + 1))
  done
  test "$(readlink /proc/$pid/exe)" = "$here/d/prog" \
    || framework_failure_ "d/prog did not start: $(readlink /proc/$pid/exe)"
}

# check_old PID: its exe is the deleted destination, not the image.
check_old ()
{
  exe_=$(readlink /proc/$1/exe) || { echo "process $1 is gone"; return 1; }
  case $exe_ in
    *img/*) echo "old process $1 shows the image: $exe_"; return 1 ;;
  esac
  test "$exe_" = "$here/d/prog (deleted)" \
    || { echo "old process $1 shows $exe_"; return 1; }
}

# The first install, by copy, of a program that then runs.
returns_ 0 ainstall --merge-mode=copy sleep-copy d/prog > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
start
old=$pid

for mode in copy link rename; do
  # A fresh image: never write into the inode that d/prog may share.
  rm -f img/prog && cp sleep-copy img/prog || framework_failure_
  img_ino=$(stat -c %i img/prog) || framework_failure_

  returns_ 0 ainstall --merge-mode=$mode img/prog d/prog > out 2> err \
    || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  case $mode in
    copy) test "$(stat -c %i d/prog)" != "$img_ino" || fail=1 ;;
    link) test "$(stat -c '%i %h' d/prog)" = "$img_ino 2" || fail=1 ;;
    rename) test "$(stat -c '%i %h' d/prog)" = "$img_ino 1" || fail=1
            test ! -e img/prog || { echo "img/prog not moved"; fail=1; } ;;
  esac

  check_old $old || { echo "after the $mode install"; fail=1; }
  start
  test "$(readlink /proc/$pid/exe)" = "$here/d/prog" \
    || { echo "$mode: new process shows $(readlink /proc/$pid/exe)"; fail=1; }
  old=$pid
done

# Every process still runs, and each older one shows a deleted d/prog.
for p in $pids; do
  test "$p" = "$old" && continue
  check_old $p || fail=1
done
expect_entries_ d prog || fail=1

Exit $fail
