#!/bin/sh
# Nothing can catch SIGKILL, so nothing can clean up after it: but a copy
# staged in an unnamed file (O_TMPFILE) leaves nothing to clean up.  A
# 150 MiB copy is killed while its unnamed file is open (seen in
# /proc/PID/fd), three times on each file system that has O_TMPFILE:
# ext4 (where the tests run, if it is ext4), tmpfs, btrfs and xfs
# (loop-mounted).  Each time the destination's directory holds only the
# old destination, unchanged.  The log says how many kills came during
# the copy.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_

mkdir src || framework_failure_
mount -t tmpfs -o size=200m ainstall-test src 2>/dev/null \
  || skip_ "cannot mount a tmpfs (no mount privilege here)"
mounts_="$mounts_ src"
head -c 157286400 /dev/zero | tr '\0' x > src/big || framework_failure_

# trials DIR: kill copies into DIR/f three times; fail on a leftover.
trials ()
{
  echo old > "$1/f" || framework_failure_
  during=0
  for t in 1 2 3; do
    ainstall --merge-mode=copy src/big "$1/f" 2> /dev/null &
    pid=$!
    seen=false
    i=0
    while test $i -lt 500 && kill -0 $pid 2> /dev/null; do
      if ls -l /proc/$pid/fd 2> /dev/null \
         | grep "$1/.*(deleted)" > /dev/null; then
        seen=true
        break
      fi
      i=$((i + 1))
    done
    kill -s KILL $pid 2> /dev/null
    wait $pid
    $seen && during=$((during + 1))
    expect_entries_ "$1" f || { echo "$1: left behind"; fail=1; }
    echo old > exp && compare exp "$1/f" || fail=1
  done
  echo "$1: $during of 3 kills came during the copy"
}

case $(stat -f -c %T .) in
  ext2/ext3) mkdir ext4 && trials "$PWD/ext4" ;;
  *) echo "the test directory is not on ext4: that part is skipped" ;;
esac
mkdir tmpfs && mount -t tmpfs -o size=200m ainstall-test tmpfs \
  && mounts_="$mounts_ tmpfs" && trials "$PWD/tmpfs"
for fs in btrfs xfs; do
  if command -v mkfs.$fs > /dev/null && truncate -s 400M $fs.img \
     && mkfs.$fs -q $fs.img > /dev/null 2>&1 && mkdir $fs \
     && mount -o loop $fs.img $fs 2> /dev/null; then
    mounts_="$mounts_ $fs"
    trials "$PWD/$fs"
  else
    echo "no $fs here: that part is skipped"
  fi
done

Exit $fail
