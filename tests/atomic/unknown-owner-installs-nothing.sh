#!/bin/sh
# An unknown user (-o) or group (-g) is refused as GNU install refuses
# it, with its message and exit status 1, before anything is touched:
# no destination is created or replaced, old ones keep their content and
# mode, and no temporary file appears.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

if getent passwd nosuchuser > /dev/null; then
  skip_ "a user nosuchuser exists"
fi
if getent group nosuchgroup > /dev/null; then
  skip_ "a group nosuchgroup exists"
fi

mkdir d || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
echo old > exp-old || framework_failure_
echo new > f || framework_failure_
echo new > g || framework_failure_
echo "ainstall: invalid user 'nosuchuser'" > exp-user || framework_failure_
echo "ainstall: invalid group 'nosuchgroup'" > exp-group \
  || framework_failure_

for form in '-T f d/f' '-t d f g'; do
  returns_ 1 ainstall -o nosuchuser $form > out 2> err || fail=1
  compare exp-user err || fail=1
  compare /dev/null out || fail=1
  compare exp-old d/f || fail=1
  test "$(stat -c %a d/f)" = 640 || fail=1
  expect_entries_ d f || fail=1

  returns_ 1 ainstall -g nosuchgroup $form > out 2> err || fail=1
  compare exp-group err || fail=1
  compare /dev/null out || fail=1
  compare exp-old d/f || fail=1
  test "$(stat -c %a d/f)" = 640 || fail=1
  expect_entries_ d f || fail=1
done

Exit $fail
