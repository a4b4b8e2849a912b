#!/bin/sh
# The adoption rule: a source whose group or others may write to it may
# be held open for writing by someone else, so link and rename modes copy
# it, even when it belongs to the caller: the destination is a new inode
# with the mode asked for, and --debug says "merge mode 'MODE' not
# possible (others may write to the source): copying".  The image file
# keeps its mode (link mode); in rename mode it is removed after the copy.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

for mode in link rename; do
  for perm in 664 646; do
    rm -rf s d && mkdir s d || framework_failure_
    echo content > s/a || framework_failure_
    chmod $perm s/a || framework_failure_
    ino=$(stat -c %i s/a) || framework_failure_
    returns_ 0 ainstall --debug --merge-mode=$mode -m 644 s/a d/a \
      > out 2> err || fail=1
    compare /dev/null err || fail=1
    case $mode in
      link) tail= ;;
      rename) tail=', then removing the source' ;;
    esac
    grep -Fx "d/a: merge mode '$mode' not possible (others may write to the source): copying$tail" out > /dev/null || { cat out; fail=1; }
    test "$(stat -c '%h %a' d/a)" = '1 644' || fail=1
    test "$(stat -c %i d/a)" != "$ino" || fail=1
    case $mode in
      link) test "$(stat -c '%i %h %a' s/a)" = "$ino 1 $perm" || fail=1 ;;
      rename) expect_entries_ s || fail=1 ;;
    esac
  done
done

Exit $fail
