#!/bin/sh
# In rename mode a symbolic link source is not moved (install installs
# what it points to): the target is copied to a new inode, committed, and
# the symlink is removed; the target keeps its name, inode, content and
# mode.  --debug says "merge mode 'rename' not possible (the source is a
# symbolic link): copying, then removing the source".  No temporary is
# left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
echo content > s/target || framework_failure_
chmod 600 s/target || framework_failure_
ln -s target s/link || framework_failure_
ln -s target s/link2 || framework_failure_
target_st=$(stat -c '%i %h %a %Y' s/target) || framework_failure_
ino=$(stat -c %i s/target) || framework_failure_

echo old > d/f || framework_failure_
returns_ 0 ainstall --debug --merge-mode=rename s/link d/f > out 2> err \
  || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "removed 'd/f'" "'s/link' -> 'd/f'" "$offload_re_" \
  "d/f: merge mode 'rename' not possible \(the source is a symbolic link\): copying, then removing the source" \
  "$(copied_re_ d/f replaced)" \
  || fail=1
test ! -h d/f || { echo "d/f is a symlink"; fail=1; }
test "$(stat -c '%h %a' d/f)" = '1 755' || fail=1
test "$(stat -c %i d/f)" != "$ino" || fail=1
test ! -h s/link || { echo "s/link not removed"; fail=1; }

# Quietly, with -m.
returns_ 0 ainstall -m 644 --merge-mode=rename s/link2 d/g > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%h %a' d/g)" = '1 644' || fail=1
test ! -h s/link2 || { echo "s/link2 not removed"; fail=1; }

echo content > exp || framework_failure_
compare exp d/f || fail=1
compare exp d/g || fail=1
compare exp s/target || fail=1
test "$(stat -c '%i %h %a %Y' s/target)" = "$target_st" || fail=1
expect_entries_ s target || fail=1
expect_entries_ d f g || fail=1

Exit $fail
