#!/bin/sh
# -C copies when the destination's content differs from the source's,
# even with the same size, mode and owner: a new inode, the -v lines of
# a replacement ("removed 'b'" then "'a' -> 'b'"), exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'new content\n' > a || framework_failure_
# Each source is compared with exp-SOURCE, a copy made beforehand: rename
# mode consumes the sources.  They are removed at the end, before the
# listing.
cp a exp-a || framework_failure_
printf 'old content\n' > b0 || framework_failure_
ainstall b0 b || framework_failure_
ino=$(stat -c %i b) || framework_failure_
test "$(stat -c %s a)" = "$(stat -c %s b)" || framework_failure_

returns_ 0 ainstall -C -v a b > out 2> err || fail=1
printf '%s\n' "removed 'b'" "'a' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare exp-a b || fail=1
test "$(stat -c %a b)" = 755 || fail=1
test "$(stat -c %i b)" != "$ino" || fail=1

# A difference of size only (a prefix) is a difference too.
printf 'new content\nmore\n' > a2 || framework_failure_
cp a2 exp-a2 || framework_failure_
returns_ 0 ainstall -C -v a2 b > out 2> err || fail=1
printf '%s\n' "removed 'b'" "'a2' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare exp-a2 b || fail=1

# A difference after the first 64 KiB is found as well.
{ head -c 100000 /dev/zero; echo x; } > big1 || framework_failure_
{ head -c 100000 /dev/zero; echo y; } > big2 || framework_failure_
cp big2 exp-big2 || framework_failure_
ainstall big1 bigdest || framework_failure_
returns_ 0 ainstall -C big2 bigdest > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare exp-big2 bigdest || fail=1

rm -f a a2 b0 big1 big2 || framework_failure_
: > exp-entries_ && : > out-entries_ || framework_failure_
expect_entries_ . b bigdest exp-a exp-a2 exp-big2 out err exp \
  exp-entries_ out-entries_ || fail=1

Exit $fail
