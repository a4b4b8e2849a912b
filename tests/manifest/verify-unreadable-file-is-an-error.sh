#!/bin/sh
# A regular file whose digest --verify cannot compute, because it cannot
# be read, is an error, not a difference: "ainstall: cannot open
# 'root/secret': Permission denied" on standard error, named under ROOT.
# The other entries are still checked, and the exit status is 1.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_
as_unprivileged_ true || framework_failure_

mkdir root && echo a > root/secret && echo b > root/open || framework_failure_
sum=$(sha256sum < root/secret | cut -d' ' -f1) || framework_failure_
cat > M <<EOT || framework_failure_
#mtree
./secret type=file sha256digest=$sum
./open type=file size=3
EOT
chmod a+rx root && chmod a+r M root/open && chmod 0 root/secret \
  || framework_failure_
if uid_is_privileged_; then
  chown "$NON_ROOT_USERNAME" root/secret || framework_failure_
fi

returns_ 1 as_unprivileged_ ainstall --verify=M root > out 2> err || fail=1
echo "./open: size expected 3, found 2" > exp || framework_failure_
compare exp out || fail=1
echo "ainstall: cannot open 'root/secret': Permission denied" > exp \
  || framework_failure_
compare exp err || fail=1

Exit $fail
