#!/bin/sh
# A --file-contexts file that cannot be read is an error before anything
# is done: "ainstall: cannot read file contexts 'FILE': No such file or
# directory" for a missing one, exit status 1, nothing on stdout.  An old
# destination is left as it was, a new one is not created, -d and -D make
# no directory, the source is untouched (also in link and rename modes)
# and no temporary is left.  Each merge mode.  Needs no privileges.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ selinux

mkdir s d || framework_failure_
echo new > s/a || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
echo new > exp-new || framework_failure_
echo old > exp-old || framework_failure_
src_st=$(stat -c '%i %h %a' s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a' d/f) || framework_failure_
echo "ainstall: cannot read file contexts 'no-such-fc':" \
  "No such file or directory" > exp-err || framework_failure_

# check_nothing_done: everything as it was.
check_nothing_done ()
{
  compare exp-old d/f || return 1
  test "$(stat -c '%i %h %a' d/f)" = "$dest_st" || return 1
  compare exp-new s/a || return 1
  test "$(stat -c '%i %h %a' s/a)" = "$src_st" || return 1
  expect_entries_ d f && expect_entries_ s a
}

for m in copy link rename; do
  for args in "s/a d/f" "s/a d/g" "-D s/a d/new/g" "-t d s/a"; do
    returns_ 1 ainstall -v --merge-mode=$m --file-contexts=no-such-fc \
      $args > out 2> err || { echo "$m $args: exit status"; fail=1; }
    compare /dev/null out || fail=1
    compare exp-err err || fail=1
    check_nothing_done || { echo "$m $args: something changed"; fail=1; }
  done
done

returns_ 1 ainstall -v -d --file-contexts=no-such-fc d/x/y > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
check_nothing_done || fail=1

Exit $fail
