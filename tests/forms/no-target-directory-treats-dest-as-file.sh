#!/bin/sh
# -T: DEST is always the file to install, never a directory to install
# into.  A symlink to a directory is replaced by the file, leaving the
# directory alone; an existing directory is refused with a message that
# names both operands, and is left as it was.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/dir || framework_failure_
echo content > content || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
echo inside > w/dir/f || framework_failure_
ln -s dir w/link || framework_failure_

# A plain new name.
fresh_a
returns_ 0 ainstall -T a w/new > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare content w/new || fail=1
test "$(stat -c %a w/new)" = 755 || { echo "wrong mode"; fail=1; }

# A symlink to a directory: replaced by a regular file.
fresh_a
returns_ 0 ainstall --no-target-directory a w/link > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test -f w/link && test ! -L w/link || { echo "w/link not a file"; fail=1; }
compare content w/link || fail=1
expect_entries_ w/dir f || fail=1

# An existing directory cannot be overwritten.
fresh_a
returns_ 1 ainstall -T a w/dir > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot overwrite directory 'w/dir' with non-directory 'a'" \
  > exp || framework_failure_
compare exp err || fail=1
test -d w/dir || { echo "w/dir is gone"; fail=1; }
expect_entries_ w/dir f || fail=1
expect_entries_ w dir link new || fail=1

Exit $fail
