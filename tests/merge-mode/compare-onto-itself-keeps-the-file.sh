#!/bin/sh
# -C with a source that is the destination itself (the same name, "./a"
# for "a", another hard link, or the same file seen through a bind mount)
# never loses it, in any merge mode: the file is identical to itself, so
# -C leaves it alone and ainstall exits 0, as GNU install does; rename
# mode does not remove the source, since it is the destination.  When
# the mode differs, the file is not identical: GNU's "'a' and 'a' are the
# same file", exit 1, and the file is kept.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

echo content > exp || framework_failure_

# kept NAME INODE: NAME is still that inode, with its content.
kept ()
{
  test "$(stat -c %i "$1")" = "$2" && compare exp "$1"
}

for mode in copy link rename; do
  rm -rf d && mkdir d || framework_failure_
  echo content > d/a || framework_failure_
  chmod 755 d/a || framework_failure_
  ino=$(stat -c %i d/a) || framework_failure_

  for pair in 'd/a d/a' 'd/./a d/a' './d/a d/a'; do
    returns_ 0 ainstall -C --merge-mode=$mode $pair > out 2> err || fail=1
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    kept d/a $ino || { echo "$mode: $pair lost d/a"; fail=1; }
  done

  # Another hard link of the same file: both names stay.
  ln d/a d/b || framework_failure_
  returns_ 0 ainstall -C --merge-mode=$mode d/a d/b > out 2> err || fail=1
  compare /dev/null err || fail=1
  kept d/a $ino || { echo "$mode: d/a lost"; fail=1; }
  kept d/b $ino || { echo "$mode: d/b lost"; fail=1; }
  expect_entries_ d a b || fail=1
  rm d/b || framework_failure_

  # Not identical (another mode): the same-file error, and nothing lost.
  returns_ 1 ainstall -C -m 644 --merge-mode=$mode d/a d/a > out 2> err \
    || fail=1
  compare /dev/null out || fail=1
  echo "ainstall: 'd/a' and 'd/a' are the same file" > exp-err \
    || framework_failure_
  compare exp-err err || fail=1
  kept d/a $ino || fail=1
  test "$(stat -c %a d/a)" = 755 || fail=1
  expect_entries_ d a || fail=1
done

# GNU install agrees, where it is there to ask.
if gnu=$(command -v install) && "$gnu" --version 2>/dev/null \
     | grep 'GNU coreutils' > /dev/null; then
  returns_ 0 "$gnu" -C d/a d/a || fail=1
fi

# The same file through a bind mount (root only).
if uid_is_privileged_ && mkdir m && mount --bind d m 2>/dev/null; then
  mounts_="$mounts_ $PWD/m"
  for mode in copy link rename; do
    returns_ 0 ainstall -C --merge-mode=$mode d/a m/a > out 2> err || fail=1
    compare /dev/null err || fail=1
    kept d/a $ino || { echo "$mode: bind-mounted d/a lost"; fail=1; }
  done
fi

Exit $fail
