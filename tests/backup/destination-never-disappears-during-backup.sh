#!/bin/sh
# During an install with -b, the destination name always refers to a
# file (the old one, then the new one) and, once a backup exists, so
# does the backup name: a watcher that checks both names while many
# backups are made never finds either missing.  Afterwards the backup is
# the last destination's inode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo one > a0 || framework_failure_
echo two > a1 || framework_failure_
echo zero > d/b || framework_failure_
echo older > d/b~ || framework_failure_

# install_copy_of SOURCE ARGS...: ainstall ARGS with a fresh copy of SOURCE
# (named src) as the source, SOURCE itself being kept to compare with: in
# link mode a destination is its source's inode, in rename mode the source
# is consumed.
install_copy_of ()
{
  src_=$1; shift
  rm -f src && cp "$src_" src || framework_failure_
  ainstall "$@"
}

# Install 200 times in the background, alternating the sources.
: > bg-out && : > bg-err || framework_failure_
(
  i=0
  while test $i -lt 200; do
    install_copy_of a$((i % 2)) -b src d/b >> bg-out 2>> bg-err \
      || echo "install $i failed" >> failures
    i=$((i + 1))
  done
  : > done
) &

b_missing=0 backup_missing=0 checks=0
while test ! -f done; do
  test -f d/b || b_missing=$((b_missing + 1))
  test -f d/b~ || backup_missing=$((backup_missing + 1))
  checks=$((checks + 1))
done
wait
echo "$checks checks"

test $b_missing = 0 || { echo "d/b missing $b_missing times"; fail=1; }
test $backup_missing = 0 \
  || { echo "d/b~ missing $backup_missing times"; fail=1; }
test ! -f failures || { cat failures; fail=1; }
compare /dev/null bg-out || fail=1
compare /dev/null bg-err || fail=1

# The last install (i = 199) installed a1 over a0's copy.
ino=$(stat -c %i d/b) || fail=1
returns_ 0 install_copy_of a0 -b src d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i d/b~)" = "$ino" || { echo "b~ is not the old b"; fail=1; }
compare a1 d/b~ || fail=1
compare a0 d/b || fail=1
expect_entries_ d b b~ || fail=1

Exit $fail
