#!/bin/sh
# A destination whose name is NAME_MAX (255) bytes long is installed and
# replaced: the temporary name beside it is cut short to fit, so there
# is no "File name too long"; the content is right and no temporary file
# is left.  Likewise in the -t DIRECTORY form.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

name=$(printf '%255s' '' | tr ' ' n) || framework_failure_
test ${#name} = 255 || framework_failure_
test "$(getconf NAME_MAX .)" = 255 \
  || skip_ "NAME_MAX is not 255 on this file system"

echo one > one || framework_failure_
echo two > two || framework_failure_
mkdir d t || framework_failure_

# Each install gets a fresh copy of one or two as its source, src or the
# long name: in link mode a destination is its source's inode, in rename
# mode the source is consumed.
fresh () { rm -f "$2" && cp "$1" "$2" || framework_failure_; }

# SOURCE DEST: a new file, then a replacement.
fresh one src
ainstall src "d/$name" > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare one "d/$name" || fail=1
expect_entries_ d "$name" || fail=1

fresh two src
ainstall -m 640 src "d/$name" > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare two "d/$name" || fail=1
test "$(stat -c %a "d/$name")" = 640 || fail=1
expect_entries_ d "$name" || fail=1

# -t DIRECTORY: the source's own 255-byte name, new then replaced.
fresh one "$name"
ainstall -t t "$name" > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare one "t/$name" || fail=1
expect_entries_ t "$name" || fail=1

fresh two "$name"
ainstall -m 600 -t t "$name" > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare two "t/$name" || fail=1
test "$(stat -c %a "t/$name")" = 600 || fail=1
expect_entries_ t "$name" || fail=1

Exit $fail
