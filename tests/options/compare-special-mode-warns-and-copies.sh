#!/bin/sh
# -C with a mode that has non-permission bits (set-user-ID, set-group-ID,
# sticky) prints "ainstall: the --compare (-C) option is ignored when you
# specify a mode with non-permission bits" and copies anyway, even onto
# an identical destination: a new inode with the requested mode, the -v
# lines of a replacement, and exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
fresh_a
ainstall -m 4755 a b || framework_failure_
test "$(stat -c %a b)" = 4755 || framework_failure_
ino=$(stat -c %i b) || framework_failure_

echo 'ainstall: the --compare (-C) option is ignored when you specify a mode with non-permission bits' > exp-err || framework_failure_

fresh_a
returns_ 0 ainstall -C -v -m 4755 a b > out 2> err || fail=1
printf '%s\n' "removed 'b'" "'a' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare exp-err err || fail=1
compare content b || fail=1
test "$(stat -c %a b)" = 4755 || fail=1
test "$(stat -c %i b)" != "$ino" || fail=1

# Set-group-ID, given symbolically, onto an identical 755 file.
fresh_a
ainstall a c || framework_failure_
ino=$(stat -c %i c) || framework_failure_
fresh_a
returns_ 0 ainstall -C -m u=rwx,go=rx,g+s a c > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
compare content c || fail=1
test "$(stat -c %a c)" = 2755 || fail=1
test "$(stat -c %i c)" != "$ino" || fail=1

# The warning comes once, however many files.
mkdir d || framework_failure_
fresh_a
returns_ 0 ainstall -C -m 4755 a b c d > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
test "$(stat -c %a d/a d/b d/c | sort -u)" = 4755 || fail=1

expect_entries_ d a b c || fail=1

Exit $fail
