#!/bin/sh
# With SELinux enabled, -Z gives each installed file, and each directory
# -D creates, the default context the running policy has for its name
# (what "matchpathcon -n NAME" prints), in each merge mode (in link and
# rename modes, the source's inode is relabelled before its rename).
# Without SELinux this cannot be tried: the test skips.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v selinuxenabled > /dev/null \
  || skip_ "selinuxenabled is missing: cannot tell whether SELinux is on"
selinuxenabled \
  || skip_ "SELinux is not enabled here; -Z labels by the running policy"
require_root_
command -v matchpathcon > /dev/null || skip_ "matchpathcon is missing"

printf 'content\n' > content || framework_failure_
here=$(pwd -P) || framework_failure_

for m in copy link rename; do
  rm -f s && cp content s || framework_failure_
  returns_ 0 ainstall -Z -D --merge-mode=$m s d-$m/sub/f > out 2> err \
    || { echo "$m: exit status"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  compare content d-$m/sub/f || fail=1
  exp_f=$(matchpathcon -n -m file "$here/d-$m/sub/f") || framework_failure_
  exp_d=$(matchpathcon -n -m dir "$here/d-$m/sub") || framework_failure_
  test "$(stat -c %C d-$m/sub/f)" = "$exp_f" \
    || { echo "$m: file context $(stat -c %C d-$m/sub/f)"; fail=1; }
  test "$(stat -c %C d-$m/sub)" = "$exp_d" \
    || { echo "$m: directory context $(stat -c %C d-$m/sub)"; fail=1; }
  expect_entries_ d-$m/sub f || fail=1
done

Exit $fail
