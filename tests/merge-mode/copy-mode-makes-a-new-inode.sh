#!/bin/sh
# --merge-mode=copy, the default, fills a new inode from the source: the
# destination has the content, one link, mode 755, and its own inode; the
# source keeps its name, inode, link count and mode.  Without the option,
# ainstall copies; --merge-mode=copy overrides an earlier --merge-mode.
# --debug says "copied".

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/a || framework_failure_
chmod 600 s/a || framework_failure_
src_st=$(stat -c '%i %h %a' s/a) || framework_failure_
ino=$(stat -c %i s/a) || framework_failure_

# copied DEST: as described above.
copied ()
{
  compare s/a "$1" || return 1
  test "$(stat -c '%h %a' "$1")" = '1 755' || return 1
  test "$(stat -c %i "$1")" != "$ino" || { echo "$1 shares the inode"; return 1; }
  test "$(stat -c '%i %h %a' s/a)" = "$src_st"
}

# The program itself, not the suite's merge-mode wrapper.
returns_ 0 "${AINSTALL_TEST_PROGRAM:-ainstall}" s/a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
copied d/b || fail=1

returns_ 0 ainstall --merge-mode=copy s/a d/c > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
copied d/c || fail=1

for mode in link rename; do
  returns_ 0 ainstall --merge-mode=$mode --merge-mode=copy \
    s/a d/$mode > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  copied d/$mode || fail=1
done

returns_ 0 ainstall --debug --merge-mode=copy s/a d/e > out 2> err || fail=1
compare /dev/null err || fail=1
sed -n '$p' out | grep -Ex \
  "$(copied_re_ d/e)" \
  > /dev/null || { echo "bad --debug line:"; cat out; fail=1; }
copied d/e || fail=1

expect_entries_ s a || fail=1
expect_entries_ d b c e link rename || fail=1

Exit $fail
