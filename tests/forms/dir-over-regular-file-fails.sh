#!/bin/sh
# -d on an existing regular file: "cannot create directory 'f': File
# exists", status 1, the file untouched (content and mode).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo data > w/f || framework_failure_
chmod 640 w/f || framework_failure_

(cd w && returns_ 1 ainstall -d f) > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot create directory 'f': File exists" > exp \
  || framework_failure_
compare exp err || fail=1

(cd w && returns_ 1 ainstall -v -d -m 700 f) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

echo data > exp || framework_failure_
compare exp w/f || fail=1
test "$(stat -c %a w/f)" = 640 || { echo "mode changed"; fail=1; }
expect_entries_ w f || fail=1

Exit $fail
