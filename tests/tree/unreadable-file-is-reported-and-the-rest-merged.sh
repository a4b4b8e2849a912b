#!/bin/sh
# A file of the image that its user cannot read is not merged: GNU
# install's "cannot open 'IMAGE/F' for reading: Permission denied", and
# exit status 1; every other entry is merged, with or without reading
# ahead (the unreadable file sits between files that are read ahead).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

mkdir -p work/img/d || framework_failure_
for f in a b c d e; do
  echo $f > work/img/d/$f || framework_failure_
done
chmod 0 work/img/d/c || framework_failure_
if uid_is_privileged_; then
  chown -R "$NON_ROOT_USERNAME:$(non_root_gid_)" work || framework_failure_
fi

returns_ 1 as_unprivileged_ ainstall -R work/img work/root > out 2> err \
  || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot open 'work/img/d/c' for reading: Permission denied" \
  > exp || framework_failure_
compare exp err || fail=1
expect_entries_ work/root/d a b d e || fail=1
for f in a b d e; do
  echo $f > exp || framework_failure_
  compare exp work/root/d/$f || fail=1
done

Exit $fail
