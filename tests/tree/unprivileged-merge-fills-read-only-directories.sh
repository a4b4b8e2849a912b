#!/bin/sh
# An unprivileged user merges an image whose directories are read-only
# (0555): each is made writable to its owner while its entries go in,
# and gets the image's mode, then its timestamps, once they are in.  The
# merged tree is the image, in copy and link modes.  (Rename mode cannot
# take files out of a read-only directory; root need not care at all:
# permissions do not stop it.)

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_
command -v getfattr > /dev/null || skip_ "getfattr is needed (package attr)"

mkdir -p work/img/ro/sub || framework_failure_
echo a > work/img/ro/sub/f && echo b > work/img/ro/g || framework_failure_
chmod 555 work/img/ro/sub work/img/ro || framework_failure_
touch -d '2001-02-03 04:05:06.123456789' work/img/ro/sub work/img/ro \
  || framework_failure_
if uid_is_privileged_; then
  chown -R "$NON_ROOT_USERNAME:$(non_root_gid_)" work || framework_failure_
fi
describe_tree_ work/img > exp || framework_failure_

for mode in copy link; do
  returns_ 0 as_unprivileged_ ainstall -R --merge-mode=$mode work/img \
    work/root-$mode > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  describe_tree_ work/root-$mode > got || framework_failure_
  compare exp got || fail=1
done
chmod -R u+w work || framework_failure_

Exit $fail
