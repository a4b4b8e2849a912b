#!/bin/sh
# In rename mode, installing a file onto its own name is refused as GNU
# install refuses it: "ainstall: 'a' and 'a' are the same file", status 1,
# nothing on stdout; the file keeps its name, inode, content and mode
# (it is not consumed), and no temporary is left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo content > w/a || framework_failure_
chmod 600 w/a || framework_failure_
st=$(stat -c '%i %h %a' w/a) || framework_failure_

(cd w && returns_ 1 ainstall --merge-mode=rename a a) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: 'a' and 'a' are the same file" > exp || framework_failure_
compare exp err || fail=1
test "$(stat -c '%i %h %a' w/a)" = "$st" || fail=1
expect_entries_ w a || fail=1

(cd w && returns_ 1 ainstall --merge-mode=rename ./a a) > out 2> err \
  || fail=1
compare /dev/null out || fail=1
echo "ainstall: './a' and 'a' are the same file" > exp || framework_failure_
compare exp err || fail=1
test "$(stat -c '%i %h %a' w/a)" = "$st" || fail=1

echo content > exp || framework_failure_
compare exp w/a || fail=1
expect_entries_ w a || fail=1

Exit $fail
