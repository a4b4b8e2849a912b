#!/bin/sh
# -C with -p onto a destination that differs copies the source as usual
# (with -v: "removed 'b'" then "'a' -> 'b'"), exit status 0, and gives
# the copy the source's access and modification times, to the nanosecond.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

TZ=UTC0; export TZ
printf 'new content\n' > a || framework_failure_
cp a a.copy || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp a.copy a || framework_failure_; }
printf 'old content\n' > b || framework_failure_
chmod 755 b || framework_failure_

# Reading a file may update its access time, so the source's times are
# set before each run and the copy's are checked before it is read.
set_source_times ()
{
  touch -m -d '2001-02-03 04:05:06.123456789' a &&
  touch -a -d '2002-03-04 05:06:07.987654321' a
}
set_source_times || framework_failure_
echo '1015218367.987654321 981173106.123456789' > exp-times \
  || framework_failure_
stat -c '%.9X %.9Y' a > times || framework_failure_
compare exp-times times > /dev/null \
  || skip_ 'this file system does not keep nanosecond timestamps'

returns_ 0 ainstall -C -p -v a b > out 2> err || fail=1
stat -c '%.9X %.9Y' b > times || framework_failure_
compare exp-times times || fail=1
printf '%s\n' "removed 'b'" "'a' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare a.copy b || fail=1
test "$(stat -c %a b)" = 755 || fail=1

# A new destination too.
fresh_a
set_source_times || framework_failure_
returns_ 0 ainstall -C -p a c > out 2> err || fail=1
stat -c '%.9X %.9Y' c > times || framework_failure_
compare exp-times times || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare a.copy c || fail=1

rm -f a || framework_failure_
: > exp-entries_ && : > out-entries_ || framework_failure_
expect_entries_ . a.copy b c out err exp exp-times times \
  exp-entries_ out-entries_ || fail=1

Exit $fail
