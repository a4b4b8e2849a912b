#!/bin/sh
# An attack on -R: $NON_ROOT_USERNAME owns the image u/img, which holds
# the files a, f and z, and root merges it with "ainstall -R u/img ROOT".
# Between the walk's look at u/img/f and the open of it, the user moves
# f away (to f.old) and puts in its place (1) a symbolic link to a file
# of root's, sec/shadow (mode 600), or (2) a FIFO that nobody writes to.
# ainstall opens an image file without following a symbolic link and
# without waiting for a FIFO's writer, and installs it only if it is the
# very file the walk saw: so it neither copies root's file nor blocks.
# In both cases: exit status 1, within seconds, the single message
# "ainstall: skipping file 'u/img/f', as it was replaced while being
# copied", nothing on stdout; ROOT holds a and z, merged, and nothing
# else (no f, no temporary); no file under ROOT has root's secret;
# sec/shadow keeps its inode, mode, owner and content.  In rename mode
# a and z are consumed, and what the user put as f stays.  strace holds
# back the open so that the swap comes in between.  Needs root and
# strace that can delay a system call.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_
require_strace_delay_

# Root's secret.
mkdir sec && chmod 755 sec || framework_failure_
echo 'root:$6$secret-hash:' > sec/shadow && chmod 600 sec/shadow \
  || framework_failure_
cp sec/shadow exp-shadow || framework_failure_
shadow_st=$(stat -c '%i %h %a %u:%g' sec/shadow) || framework_failure_

mkdir u && chown "$NON_ROOT_USERNAME" u && chmod 755 u || framework_failure_

# fresh: the user's image, and no ROOT.
fresh ()
{
  rm -rf u/img ROOT probe-root trace probe-trace || framework_failure_
  as_unprivileged_ sh -c 'mkdir u/img && echo a > u/img/a &&
    echo f > u/img/f && echo z > u/img/z' || framework_failure_
}

# Which openat opens u/img/f: count them in a probe run.
fresh
strace -o probe-trace -e trace=openat ainstall -R u/img probe-root \
  > /dev/null 2>&1 || framework_failure_ "cannot trace ainstall"
nth=$(grep '^openat(' probe-trace | grep -n '^openat([0-9]*, "f",' \
        | sed -n '1s/:.*//p')
test -n "$nth" || framework_failure_ "no open of f seen: $(cat probe-trace)"

for swap in symlink fifo; do
  fresh
  start_held_call_ openat $nth 1000000 ainstall -R u/img ROOT
  case $swap in
    symlink) as_unprivileged_ sh -c 'mv u/img/f u/img/f.old &&
               ln -s "$1" u/img/f' sh "$PWD/sec/shadow" ;;
    fifo) as_unprivileged_ sh -c 'mv u/img/f u/img/f.old &&
            mkfifo u/img/f' ;;
  esac || framework_failure_
  end_held_call_
  status=$held_status

  test $status = 1 || { echo "$swap: status $status"; fail=1; }
  compare /dev/null out || fail=1
  echo "ainstall: skipping file 'u/img/f', as it was replaced while being" \
    "copied" > exp-err || framework_failure_
  compare exp-err err || fail=1
  expect_entries_ ROOT a z || fail=1
  echo a > exp && compare exp ROOT/a || fail=1
  echo z > exp && compare exp ROOT/z || fail=1
  if grep -r secret-hash ROOT; then
    echo "$swap: root's secret copied"; fail=1
  fi
  test "$(stat -c '%i %h %a %u:%g' sec/shadow)" = "$shadow_st" || fail=1
  compare exp-shadow sec/shadow || fail=1
  case $suite_merge_mode_ in
    rename) expect_entries_ u/img f f.old || fail=1 ;;
    *) expect_entries_ u/img a f f.old z || fail=1 ;;
  esac
  case $swap in
    symlink) test -h u/img/f || fail=1 ;;
    fifo) test -p u/img/f || fail=1 ;;
  esac
done

Exit $fail
