#!/bin/sh
# -C in rename mode: a destination identical to the source (content, mode
# 755, owner) is left as it is (same inode, mode and times), and the
# source is removed all the same, as the move would have consumed it.
# Status 0, nothing printed, no temporary.  A differing destination is
# replaced by the source's inode as usual.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/a || framework_failure_
chmod 600 s/a || framework_failure_
echo content > s/b || framework_failure_
echo content > d/f || framework_failure_
chmod 755 d/f || framework_failure_
touch -d '2002-03-04 05:06:07' d/f || framework_failure_
dest_st=$(stat -c '%i %h %a %Y' d/f) || framework_failure_
ino_b=$(stat -c %i s/b) || framework_failure_

returns_ 0 ainstall -C --merge-mode=rename s/a d/f > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %h %a %Y' d/f)" = "$dest_st" || fail=1
test ! -e s/a || { echo "s/a not removed"; fail=1; }
expect_entries_ s b || fail=1
expect_entries_ d f || fail=1

# Different content: moved as without -C.
echo other > d/g || framework_failure_
chmod 755 d/g || framework_failure_
returns_ 0 ainstall -C --merge-mode=rename s/b d/g > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %h %a' d/g)" = "$ino_b 1 755" || fail=1
test "$(stat -c '%i %h %a %Y' d/f)" = "$dest_st" || fail=1

echo content > exp || framework_failure_
compare exp d/f || fail=1
compare exp d/g || fail=1
expect_entries_ s || fail=1
expect_entries_ d f g || fail=1

Exit $fail
