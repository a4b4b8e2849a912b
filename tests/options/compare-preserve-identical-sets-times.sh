#!/bin/sh
# -C with -p is allowed.  When the destination is identical, nothing is
# copied and nothing is printed (even with -v), the exit status is 0,
# the inode is kept, and only the destination's access and modification
# times are set from the source, to the nanosecond.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

TZ=UTC0; export TZ
printf 'same content\n' > a || framework_failure_
cp a a.copy || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode (b made from a would share a's times), in rename mode the
# source is consumed, even by -C onto an identical destination.
fresh_a () { rm -f a && cp a.copy a || framework_failure_; }
ainstall a b || framework_failure_
fresh_a
ino=$(stat -c %i b) || framework_failure_
mode_owner=$(stat -c '%a %u:%g' b) || framework_failure_

# Give the source distinct times.  Reading a file may update its access
# time, so the times are set again before each run and checked before
# the files are read.
set_source_times ()
{
  touch -m -d '2001-02-03 04:05:06.123456789' a &&
  touch -a -d '2002-03-04 05:06:07.987654321' a
}
set_source_times || framework_failure_
echo '1015218367.987654321 981173106.123456789' > exp || framework_failure_
stat -c '%.9X %.9Y' a > times || framework_failure_
compare exp times > /dev/null \
  || skip_ 'this file system does not keep nanosecond timestamps'

returns_ 0 ainstall -C -p -v a b > out 2> err || fail=1
stat -c '%.9X %.9Y' b > times || framework_failure_
compare exp times || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i b)" = "$ino" || fail=1
test "$(stat -c '%a %u:%g' b)" = "$mode_owner" || fail=1
compare a.copy b || fail=1

# The long forms do the same.
fresh_a
touch b && set_source_times || framework_failure_
returns_ 0 ainstall --compare --preserve-timestamps a b > out 2> err || fail=1
stat -c '%.9X %.9Y' b > times || framework_failure_
compare exp times || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i b)" = "$ino" || fail=1
compare a.copy b || fail=1

rm -f a || framework_failure_
: > exp-entries_ && : > out-entries_ || framework_failure_
expect_entries_ . a.copy b out err exp times exp-entries_ out-entries_ \
  || fail=1

Exit $fail
