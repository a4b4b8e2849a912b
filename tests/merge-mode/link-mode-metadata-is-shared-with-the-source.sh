#!/bin/sh
# In link mode the destination is the source's inode, so the metadata
# install gives it (-m, -g, -o, the default mode 755) is the source's too,
# under every name of that inode.  Without -p the timestamps stay the
# source's (no data is written); with -p they are the source's as well.
# As root, -o and -g give the shared inode away (both names show it).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/a || framework_failure_
chmod 600 s/a || framework_failure_
touch -d '2001-02-03 04:05:06' s/a || framework_failure_
ino=$(stat -c %i s/a) || framework_failure_
mtime=$(stat -c %Y s/a) || framework_failure_
me=$(id -u):$(id -g) || framework_failure_

# state_is WANT FILE...: each FILE shows "inode links mode owner mtime".
state_is ()
{
  want_=$1; shift
  for f_ in "$@"; do
    echo "$want_" > exp-st || framework_failure_
    stat -c '%i %h %a %u:%g %Y' "$f_" > got-st || return 1
    compare exp-st got-st || { echo "in $f_"; return 1; }
  done
}

# -m: the mode is the source's now.
returns_ 0 ainstall --merge-mode=link -m 640 s/a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
state_is "$ino 2 640 $me $mtime" s/a d/b || fail=1

# No -m: install's default mode, for both names.
rm d/b || framework_failure_
returns_ 0 ainstall --merge-mode=link s/a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
state_is "$ino 2 755 $me $mtime" s/a d/b || fail=1

# -g with the caller's own group, and -p: nothing else changes.
rm d/b || framework_failure_
returns_ 0 ainstall --merge-mode=link -p -g "$(id -g)" -m 604 s/a d/b \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
state_is "$ino 2 604 $me $mtime" s/a d/b || fail=1

# As root: -o and -g to another user are the source's owner too.
if uid_is_privileged_ && id "$NON_ROOT_USERNAME" > /dev/null 2>&1; then
  nuid=$(id -u "$NON_ROOT_USERNAME") || framework_failure_
  ngid=$(id -g "$NON_ROOT_USERNAME") || framework_failure_
  rm d/b || framework_failure_
  returns_ 0 ainstall --merge-mode=link -o "$nuid" -g "$ngid" -m 640 \
    s/a d/b > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  state_is "$ino 2 640 $nuid:$ngid $mtime" s/a d/b || fail=1
fi

echo content > exp || framework_failure_
compare exp s/a || fail=1
compare exp d/b || fail=1
expect_entries_ s a || fail=1
expect_entries_ d b || fail=1

Exit $fail
