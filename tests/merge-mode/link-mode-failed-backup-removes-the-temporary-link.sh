#!/bin/sh
# In link mode the backup (-b) is made after the source was linked beside
# the destination.  When it fails (here -S x/ names the backup "bx/",
# which no file can have), ainstall prints "cannot backup 'b': Not a
# directory", exits 1, and removes the temporary link: the source has its
# single link again, with its content; the old destination is intact
# (inode, content, mode); no backup and no temporary is left.  As GNU
# install makes the backup before its -v line, -v prints nothing.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo new > w/a || framework_failure_
echo old > w/b || framework_failure_
chmod 640 w/b || framework_failure_
src_ino=$(stat -c %i w/a) || framework_failure_
dest_st=$(stat -c '%i %h %a' w/b) || framework_failure_

check_all ()
{
  test "$(stat -c '%i %h' w/a)" = "$src_ino 1" || return 1
  echo new > exp && compare exp w/a || return 1
  test "$(stat -c '%i %h %a' w/b)" = "$dest_st" || return 1
  echo old > exp && compare exp w/b || return 1
  expect_entries_ w a b
}

(cd w && returns_ 1 ainstall --merge-mode=link -S x/ a b) > out 2> err \
  || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot backup 'b': Not a directory" > exp-err \
  || framework_failure_
compare exp-err err || fail=1
check_all || fail=1

(cd w && returns_ 1 env SIMPLE_BACKUP_SUFFIX=y/ \
   ainstall -v -b --merge-mode=link a b) > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
check_all || fail=1

Exit $fail
