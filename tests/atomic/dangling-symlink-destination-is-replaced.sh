#!/bin/sh
# A destination that is a dangling symbolic link is itself replaced by a
# regular file holding the source: the file the link named is not
# created.  No temporary file is left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
ln -s nowhere d/link || framework_failure_
echo new > new || framework_failure_
# Each install gets a fresh source: in link mode a destination is its
# source's inode (and so has its mode), in rename mode the source is
# consumed.
fresh_src () { rm -f src && cp new src || framework_failure_; }

fresh_src
ainstall -m 644 src d/link > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %F d/link)" = "regular file" || fail=1
compare new d/link || fail=1
test "$(stat -c %a d/link)" = 644 || fail=1
expect_entries_ d link || fail=1

# Likewise in the -t form, with a link that names another directory.
mkdir t || framework_failure_
ln -s ../nodir/src t/src || framework_failure_
fresh_src
ainstall -t t src > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %F t/src)" = "regular file" || fail=1
compare new t/src || fail=1
test "$(stat -c %a t/src)" = 755 || fail=1
test ! -e nodir || fail=1
expect_entries_ t src || fail=1

Exit $fail
