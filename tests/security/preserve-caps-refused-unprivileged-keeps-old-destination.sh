#!/bin/sh
# --preserve=caps, like --caps, never installs a file without the
# capabilities it asks for.  An unprivileged user copying its own file
# that has cap_net_raw=ep (set by root for the test) cannot give them to
# the copy: "ainstall: cannot set the capabilities of 'DEST': Operation
# not permitted", exit status 1; an old destination is left as it was, a
# new one is not created, no temporary is left, and the source keeps its
# capabilities.  Copy mode, where a new inode must be given them.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_
for prog in setcap getcap; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package libcap2-bin)"
done

mkdir s d || framework_failure_
cp /bin/true s/a || framework_failure_
cp s/a exp-new || framework_failure_
chown "$NON_ROOT_USERNAME:$NON_ROOT_GID" s/a || framework_failure_
setcap cap_net_raw+ep s/a || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
echo old > exp-old || framework_failure_
chmod 777 s d || framework_failure_
src_st=$(stat -c '%i %h %a %u:%g' s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a %u:%g' d/f) || framework_failure_
echo 's/a cap_net_raw=ep' > exp-caps || framework_failure_

for dest in d/f d/g; do
  returns_ 1 as_unprivileged_ ainstall --merge-mode=copy --preserve=caps \
    s/a $dest > out 2> err || { echo "$dest: exit status"; fail=1; }
  compare /dev/null out || fail=1
  echo "ainstall: cannot set the capabilities of '$dest':" \
    "Operation not permitted" > exp-err || framework_failure_
  compare exp-err err || fail=1
  compare exp-old d/f || fail=1
  test "$(stat -c '%i %h %a %u:%g' d/f)" = "$dest_st" || fail=1
  expect_entries_ d f || fail=1
  compare exp-new s/a || fail=1
  test "$(stat -c '%i %h %a %u:%g' s/a)" = "$src_st" || fail=1
  getcap s/a > got || fail=1
  compare exp-caps got || fail=1
  expect_entries_ s a || fail=1
done

Exit $fail
