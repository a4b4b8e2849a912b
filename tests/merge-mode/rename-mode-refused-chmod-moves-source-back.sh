#!/bin/sh
# In rename mode the source is moved beside the destination, then given
# its owner and mode.  When the chmod fails (EPERM, injected with
# strace), ainstall prints "cannot change permissions of DEST: Operation
# not permitted", exits 1, and undoes everything: the source is moved
# back with its name, inode, content, owner, mode and timestamps, even
# after its owner was changed (-o).  The old destination is intact and no
# temporary is left.  Needs root, for -o.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
command -v strace > /dev/null || skip_ "strace is needed to inject a failure"
strace -o /dev/null true 2> /dev/null || skip_ "strace does not work here"

mkdir s d || framework_failure_
echo new > s/a || framework_failure_
chmod 644 s/a || framework_failure_
touch -d '2001-02-03 04:05:06.123456789' s/a || framework_failure_
echo old > d/a || framework_failure_
chmod 640 d/a || framework_failure_
src_st=$(stat -c '%i %h %a %u:%g %y' s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a %u:%g' d/a) || framework_failure_

for owner in '' "-o $NON_ROOT_USERNAME"; do
  returns_ 1 strace -o trace -e trace=fchmod -e inject=fchmod:error=EPERM \
    ainstall --merge-mode=rename $owner -m 4711 s/a d/a > out 2> err \
    || fail=1
  compare /dev/null out || fail=1
  echo "ainstall: cannot change permissions of 'd/a': Operation not permitted" \
    > exp || framework_failure_
  compare exp err || fail=1

  test "$(stat -c '%i %h %a %u:%g %y' s/a)" = "$src_st" \
    || { echo "s/a: $(stat -c '%i %h %a %u:%g %y' s/a)"; fail=1; }
  test "$(stat -c '%i %h %a %u:%g' d/a)" = "$dest_st" || fail=1
  echo new > exp || framework_failure_
  compare exp s/a || fail=1
  echo old > exp || framework_failure_
  compare exp d/a || fail=1
  expect_entries_ s a || fail=1
  expect_entries_ d a || fail=1
done

Exit $fail
