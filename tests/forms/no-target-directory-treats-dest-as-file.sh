#!/bin/sh
# -T: DEST is always the file to install, never a directory to install
# into.  A symlink to a directory is replaced by the file, leaving the
# directory alone; an existing directory is refused with a message that
# names both operands, and is left as it was.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w w/dir || framework_failure_
echo content > a || framework_failure_
echo inside > w/dir/f || framework_failure_
ln -s dir w/link || framework_failure_

# A plain new name.
returns_ 0 ainstall -T a w/new > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare a w/new || fail=1
test "$(stat -c %a w/new)" = 755 || { echo "wrong mode"; fail=1; }

# A symlink to a directory: replaced by a regular file.
returns_ 0 ainstall --no-target-directory a w/link > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test -f w/link && test ! -L w/link || { echo "w/link not a file"; fail=1; }
compare a w/link || fail=1
expect_entries_ w/dir f || fail=1

# An existing directory cannot be overwritten.
returns_ 1 ainstall -T a w/dir > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot overwrite directory 'w/dir' with non-directory 'a'" \
  > exp || framework_failure_
compare exp err || fail=1
test -d w/dir || { echo "w/dir is gone"; fail=1; }
expect_entries_ w/dir f || fail=1
expect_entries_ w dir link new || fail=1

Exit $fail
