#!/bin/sh
# An unprivileged user asking -o for another owner gets GNU's "cannot
# change ownership" message and exit status 1; the old destination stays,
# content, mode and owner, no temporary file is left, and the next source
# operand is still tried (and fails the same way).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

mkdir d || framework_failure_
echo old > d/f || framework_failure_
chmod 644 d/f || framework_failure_
echo old-g > d/g || framework_failure_
chmod 640 d/g || framework_failure_
echo old > exp-old || framework_failure_
echo old-g > exp-old-g || framework_failure_
# The sources are the unprivileged user's, in a directory it may write:
# rename mode moves them, and a moved file keeps its owner.
mkdir s || framework_failure_
echo new > s/f || framework_failure_
echo new-g > s/g || framework_failure_
chmod a+r s/f s/g || framework_failure_
chmod 777 d s || framework_failure_
if uid_is_privileged_; then
  chown "$NON_ROOT_USERNAME:$(non_root_gid_)" s/f s/g || framework_failure_
fi
owner_f=$(stat -c %u:%g d/f) || framework_failure_
owner_g=$(stat -c %u:%g d/g) || framework_failure_

# Root (uid 0) is another user for the unprivileged one.
returns_ 1 as_unprivileged_ ainstall -o 0 s/f d/f > out 2> err || fail=1
echo "ainstall: cannot change ownership of 'd/f': Operation not permitted" \
  > exp || framework_failure_
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/f || fail=1
test "$(stat -c %a d/f)" = 644 || fail=1
test "$(stat -c %u:%g d/f)" = "$owner_f" || fail=1
expect_entries_ d f g || fail=1

returns_ 1 as_unprivileged_ ainstall -o 0 -t d s/f s/g > out 2> err || fail=1
cat > exp <<'MSG' || framework_failure_
ainstall: cannot change ownership of 'd/f': Operation not permitted
ainstall: cannot change ownership of 'd/g': Operation not permitted
MSG
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/f || fail=1
test "$(stat -c %a d/f)" = 644 || fail=1
test "$(stat -c %u:%g d/f)" = "$owner_f" || fail=1
compare exp-old-g d/g || fail=1
test "$(stat -c %a d/g)" = 640 || fail=1
test "$(stat -c %u:%g d/g)" = "$owner_g" || fail=1
expect_entries_ d f g || fail=1

Exit $fail
