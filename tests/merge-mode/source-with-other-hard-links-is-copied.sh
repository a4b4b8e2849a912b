#!/bin/sh
# The adoption rule: link and rename modes take the source's own inode
# only if the source's name is its one hard link.  A source with other
# hard links could be reached through them after the install (someone
# may have linked a file of root's into the image), so it is copied: the
# destination is a new inode with the content and the mode asked for,
# and every other name keeps its inode, link count, mode and content.
# --debug says "merge mode 'MODE' not possible (the source has other
# hard links): copying", and in rename mode ", then removing the source":
# the source's name is removed, its other names stay.  No temporary is
# left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

for mode in link rename; do
  rm -rf s d && mkdir s d || framework_failure_
  echo content > s/a || framework_failure_
  chmod 644 s/a || framework_failure_
  ln s/a s/a2 || framework_failure_
  ln s/a s/a3 || framework_failure_
  ino=$(stat -c %i s/a) || framework_failure_

  returns_ 0 ainstall --debug --merge-mode=$mode -m 600 s/a d/f > out 2> err \
    || fail=1
  compare /dev/null err || fail=1
  case $mode in
    link) tail=;;
    rename) tail=', then removing the source';;
  esac
  check_debug_output_ out "'s/a' -> 'd/f'" "$offload_re_" \
    "d/f: merge mode '$mode' not possible \(the source has other hard links\): copying$tail" \
    "$(copied_re_ d/f)" \
    || fail=1
  test "$(stat -c '%h %a' d/f)" = '1 600' || fail=1
  test "$(stat -c %i d/f)" != "$ino" || fail=1
  echo content > exp || framework_failure_
  compare exp d/f || fail=1

  case $mode in
    link) names='a a2 a3' links=3 ;;
    rename) names='a2 a3' links=2 ;;
  esac
  for f in $names; do
    test "$(stat -c '%i %h %a' s/$f)" = "$ino $links 644" \
      || { echo "s/$f: $(stat -c '%i %h %a' s/$f)"; fail=1; }
    compare exp s/$f || fail=1
  done
  expect_entries_ s $names || fail=1
  expect_entries_ d f || fail=1
done

Exit $fail
