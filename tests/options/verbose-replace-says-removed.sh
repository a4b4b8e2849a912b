#!/bin/sh
# -v, when the destination exists, prints "removed 'DEST'" and then
# "'SRC' -> 'DEST'", both on stdout; nothing on stderr; exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
printf 'old\n' > b || framework_failure_
mkdir d || framework_failure_
printf 'old\n' > d/a || framework_failure_
ln -s nowhere l || framework_failure_

fresh_a
returns_ 0 ainstall -v a b > out 2> err || fail=1
printf '%s\n' "removed 'b'" "'a' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare content b || fail=1

fresh_a
returns_ 0 ainstall -v a b d > out 2> err || fail=1
printf '%s\n' "removed 'd/a'" "'a' -> 'd/a'" "'b' -> 'd/b'" > exp \
  || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare content d/a || fail=1

# A dangling symlink is a destination that exists.
fresh_a
returns_ 0 ainstall -v a l > out 2> err || fail=1
printf '%s\n' "removed 'l'" "'a' -> 'l'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
test -f l && test ! -L l || fail=1
test ! -e nowhere || fail=1

expect_entries_ d a b || fail=1

Exit $fail
