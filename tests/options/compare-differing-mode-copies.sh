#!/bin/sh
# -C copies when the destination has the source's content but not the
# mode asked for (the default 755, or -m): a new inode with the right
# mode, the -v lines of a replacement, exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode the destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
fresh_a
ainstall -m 644 a b || framework_failure_
ino=$(stat -c %i b) || framework_failure_

# 644 is not the default mode.
fresh_a
returns_ 0 ainstall -C -v a b > out 2> err || fail=1
printf '%s\n' "removed 'b'" "'a' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare content b || fail=1
test "$(stat -c %a b)" = 755 || fail=1
test "$(stat -c %i b)" != "$ino" || fail=1

# 755 is not -m 600.
ino=$(stat -c %i b) || framework_failure_
fresh_a
returns_ 0 ainstall -C -v -m 600 a b > out 2> err || fail=1
compare exp out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %a b)" = 600 || fail=1
test "$(stat -c %i b)" != "$ino" || fail=1

# A destination with a special bit is never current, even if -m asks
# only for its permission bits.
chmod 4600 b || framework_failure_
test "$(stat -c %a b)" = 4600 || framework_failure_
ino=$(stat -c %i b) || framework_failure_
fresh_a
returns_ 0 ainstall -C -v -m 600 a b > out 2> err || fail=1
compare exp out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %a b)" = 600 || fail=1
test "$(stat -c %i b)" != "$ino" || fail=1
rm -f a || framework_failure_

: > exp-entries_ && : > out-entries_ || framework_failure_
expect_entries_ . b content out err exp exp-entries_ out-entries_ || fail=1

Exit $fail
