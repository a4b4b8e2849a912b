#!/bin/sh
# In link mode, installing a file onto its own name is refused as GNU
# install refuses it: "ainstall: 'a' and 'a' are the same file", status 1,
# nothing on stdout; the file keeps its content, mode and link count,
# also when it has other hard links, and no temporary is left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo content > w/a || framework_failure_
chmod 600 w/a || framework_failure_
echo content > exp-content || framework_failure_

(cd w && returns_ 1 ainstall --merge-mode=link a a) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: 'a' and 'a' are the same file" > exp || framework_failure_
compare exp err || fail=1
test "$(stat -c '%h %a' w/a)" = '1 600' || fail=1
compare exp-content w/a || fail=1
expect_entries_ w a || fail=1

(cd w && returns_ 1 ainstall --merge-mode=link ./a a) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: './a' and 'a' are the same file" > exp || framework_failure_
compare exp err || fail=1
test "$(stat -c '%h %a' w/a)" = '1 600' || fail=1
expect_entries_ w a || fail=1

# With a second hard link elsewhere, the same name is still refused.
ln w/a other || framework_failure_
(cd w && returns_ 1 ainstall --merge-mode=link a a) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: 'a' and 'a' are the same file" > exp || framework_failure_
compare exp err || fail=1
test "$(stat -c '%h %a' w/a)" = '2 600' || fail=1
compare exp-content w/a || fail=1
expect_entries_ w a || fail=1

Exit $fail
