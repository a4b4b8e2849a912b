#!/bin/sh
# A destination that is a symbolic link is itself replaced by a regular
# file holding the source; nothing is written through the link, so the
# file it pointed to keeps its content and mode.  No temporary file is
# left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo target > d/target || framework_failure_
chmod 640 d/target || framework_failure_
echo target > exp-target || framework_failure_
ln -s target d/link || framework_failure_
echo new > new || framework_failure_
# Each install gets a fresh source: in link mode a destination is its
# source's inode (and so has its mode), in rename mode the source is
# consumed.
fresh_src () { rm -f src && cp new src || framework_failure_; }

fresh_src
ainstall src d/link > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test ! -L d/link || fail=1
test "$(stat -c %F d/link)" = "regular file" || fail=1
compare new d/link || fail=1
test "$(stat -c %a d/link)" = 755 || fail=1
compare exp-target d/target || fail=1
test "$(stat -c %a d/target)" = 640 || fail=1
expect_entries_ d link target || fail=1

# Likewise in the -t form, with a link to a file in another directory.
mkdir t elsewhere || framework_failure_
echo target > elsewhere/src || framework_failure_
chmod 600 elsewhere/src || framework_failure_
ln -s ../elsewhere/src t/src || framework_failure_
fresh_src
ainstall -m 644 -t t src > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %F t/src)" = "regular file" || fail=1
compare new t/src || fail=1
test "$(stat -c %a t/src)" = 644 || fail=1
compare exp-target elsewhere/src || fail=1
test "$(stat -c %a elsewhere/src)" = 600 || fail=1
expect_entries_ t src || fail=1
expect_entries_ elsewhere src || fail=1

Exit $fail
