#!/bin/sh
# A destination that already is a hard link of the source (another name
# of the same inode) is a source with two links: link and rename modes
# copy it.  The call succeeds with GNU's -v lines; the destination is a
# new inode with the mode asked for; the source keeps its inode, content
# and mode (nothing chmods it through the destination); in rename mode
# the source's name is then removed.  No temporary is left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

for mode in link rename; do
  rm -rf s d && mkdir s d || framework_failure_
  echo content > s/a || framework_failure_
  chmod 600 s/a || framework_failure_
  ln s/a d/f || framework_failure_
  ino=$(stat -c %i s/a) || framework_failure_

  returns_ 0 ainstall -v --merge-mode=$mode -m 640 s/a d/f > out 2> err \
    || fail=1
  printf '%s\n' "removed 'd/f'" "'s/a' -> 'd/f'" > exp || framework_failure_
  compare exp out || fail=1
  compare /dev/null err || fail=1
  test "$(stat -c '%h %a' d/f)" = '1 640' || fail=1
  test "$(stat -c %i d/f)" != "$ino" || fail=1
  echo content > exp || framework_failure_
  compare exp d/f || fail=1
  expect_entries_ d f || fail=1
  case $mode in
    link)
      test "$(stat -c '%i %h %a' s/a)" = "$ino 1 600" || fail=1
      compare exp s/a || fail=1
      expect_entries_ s a || fail=1 ;;
    rename)
      expect_entries_ s || fail=1 ;;
  esac
done

Exit $fail
