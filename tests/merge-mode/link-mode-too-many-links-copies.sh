#!/bin/sh
# A source that already has as many hard links as its file system allows
# (EMLINK: 65000 on ext4) is never linked once more: like any source with
# other hard links, link mode copies it.  The destination is a new inode
# with the content and mode 755, the source's link count does not change,
# no temporary is left, and --debug says "merge mode 'link' not possible
# (the source has other hard links): copying".  Skips on a file system
# without such a limit.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v perl > /dev/null || skip_ "perl is needed to make many links"

mkdir l d || framework_failure_
echo content > src || framework_failure_

# Link src until the file system says EMLINK (at most 200000 times).
perl -e 'use Errno; my $i = 0;
         while ($i < 200000) { link "src", "l/$i" or last; $i++ }
         exit ($!{EMLINK} ? 0 : $i == 200000 ? 2 : 1)'
case $? in
  0) ;;
  2) skip_ "this file system has no small hard link limit" ;;
  *) skip_ "cannot make enough hard links here" ;;
esac
nlink=$(stat -c %h src) || framework_failure_
ino=$(stat -c %i src) || framework_failure_

echo old > d/f || framework_failure_
returns_ 0 ainstall --debug --merge-mode=link src d/f > out 2> err || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "removed 'd/f'" "'src' -> 'd/f'" "$offload_re_" \
  "d/f: merge mode 'link' not possible \(the source has other hard links\): copying" \
  "$(copied_re_ d/f replaced)" \
  || fail=1
compare src d/f || fail=1
test "$(stat -c '%h %a' d/f)" = '1 755' || fail=1
test "$(stat -c %i d/f)" != "$ino" || fail=1
test "$(stat -c '%i %h' src)" = "$ino $nlink" || fail=1
echo content > exp || framework_failure_
compare exp src || fail=1
expect_entries_ d f || fail=1

Exit $fail
