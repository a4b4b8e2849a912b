#!/bin/sh
# -C dereferences a symlink source when comparing: a symlink to a file
# identical to the destination leaves the destination alone (same inode,
# no output even with -v), and a symlink to a different file copies that
# file's content.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'same content\n' > a || framework_failure_
# b is made from a copy of a, and the symbolic links are made afresh for
# each install: in link mode a destination is its source's inode, and
# rename mode consumes its source, a symbolic link too, even with -C onto
# an identical destination.
cp a a.copy && ainstall a.copy b && rm -f a.copy || framework_failure_
ino=$(stat -c %i b) || framework_failure_
ln -sf a la || framework_failure_

# Identical through the symlink: nothing happens.
returns_ 0 ainstall -C -v la b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i b)" = "$ino" || fail=1
test -f b && test ! -L b || fail=1

# A symlink to a symlink is followed too.
ln -sf a la && ln -sf la lla || framework_failure_
returns_ 0 ainstall -C -v lla b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i b)" = "$ino" || fail=1

# Different content of the same size behind the symlink: copied.
printf 'SAME CONTENT\n' > a2 || framework_failure_
test "$(stat -c %s a2)" = "$(stat -c %s b)" || framework_failure_
rm a && mv a2 a || framework_failure_
ln -sf a la || framework_failure_
returns_ 0 ainstall -C -v la b > out 2> err || fail=1
printf '%s\n' "removed 'b'" "'la' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare a b || fail=1
test -f b && test ! -L b || fail=1
test "$(stat -c %i b)" != "$ino" || fail=1

rm -f la lla || framework_failure_
# expect_entries_ writes its two lists here: have them exist before it lists.
: > exp-entries_ && : > out-entries_ || framework_failure_
expect_entries_ . a b out err exp exp-entries_ out-entries_ || fail=1

Exit $fail
