#!/bin/sh
# In link and rename modes the staged file is the source's own inode;
# when the install fails after staging, ainstall gives the source back
# as it was, and that includes its file capabilities (and set-ID bits):
# a failed install must not strip the user's program of them.  Two
# failures, each in link and rename mode, on a source with mode 4755 and
# cap_net_admin=ep:
#   - as root, the backup fails (-S x/ names it "fx/"): "ainstall: cannot
#     backup 'd/f': Not a directory", exit status 1;
#   - as an unprivileged user owning the source, --caps=cap_net_raw+ep
#     cannot be set: "ainstall: cannot set the capabilities of 'd/f':
#     Operation not permitted", exit status 1.
# Each time the old destination is left as it was, no temporary is left,
# and the source has its name, inode, content, mode, owner and
# capabilities.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap
require_root_
require_unprivileged_run_
for prog in setcap getcap; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package libcap2-bin)"
done

mkdir s d || framework_failure_
chmod 777 s d || framework_failure_
cp /bin/true exp-new || framework_failure_
echo old > exp-old || framework_failure_
echo 's/a cap_net_admin=ep' > exp-caps || framework_failure_

# fresh OWNER: a source s/a owned by OWNER with mode 4755 and
# cap_net_admin=ep, and an old destination d/f.
fresh ()
{
  rm -f s/a d/f && cp exp-new s/a && cp exp-old d/f || framework_failure_
  chown "$1" s/a && chmod 4755 s/a && setcap cap_net_admin+ep s/a \
    || framework_failure_
  src_st=$(stat -c '%i %h %a %u:%g' s/a) || framework_failure_
  dest_st=$(stat -c '%i %h %a %u:%g' d/f) || framework_failure_
}

check_left ()
{
  compare exp-old d/f || fail=1
  test "$(stat -c '%i %h %a %u:%g' d/f)" = "$dest_st" || fail=1
  expect_entries_ d f || fail=1
  compare exp-new s/a || fail=1
  test "$(stat -c '%i %h %a %u:%g' s/a)" = "$src_st" \
    || { echo "$1: source is now $(stat -c '%i %h %a %u:%g' s/a)"; fail=1; }
  getcap s/a > got || fail=1
  compare exp-caps got || { echo "$1: source lost its capabilities"; fail=1; }
  expect_entries_ s a || fail=1
}

for m in link rename; do
  fresh 0:0
  returns_ 1 ainstall --merge-mode=$m -S x/ -b s/a d/f > out 2> err \
    || { echo "$m, backup: exit status"; fail=1; }
  compare /dev/null out || fail=1
  echo "ainstall: cannot backup 'd/f': Not a directory" > exp-err \
    || framework_failure_
  compare exp-err err || fail=1
  check_left "$m, failed backup"

  fresh "$NON_ROOT_USERNAME:$NON_ROOT_GID"
  returns_ 1 as_unprivileged_ ainstall --merge-mode=$m \
    --caps=cap_net_raw+ep s/a d/f > out 2> err \
    || { echo "$m, caps: exit status"; fail=1; }
  compare /dev/null out || fail=1
  echo "ainstall: cannot set the capabilities of 'd/f':" \
    "Operation not permitted" > exp-err || framework_failure_
  compare exp-err err || fail=1
  check_left "$m, refused capabilities"
done

Exit $fail
