#!/bin/sh
# An attack on -R: ROOT is named through a symbolic link another user
# put there.  tmp/ is sticky and world-writable, like /tmp; the user's
# tmp/stage leads to root's directory victim/.  "ainstall -R img
# tmp/stage" would replace victim/passwd with the image's; so it says
# "not merging into 'tmp/stage': a symbolic link on its path may be
# another user's" and exits 1, leaving victim/ as it was.  The same for a
# missing ROOT below that link (tmp/stage/new): nothing is made in
# victim/.  A link of root's, in a directory of root's, is followed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_

mkdir victim tmp img t && chmod 755 victim t && chmod 1777 tmp \
  || framework_failure_
echo 'root:x:0:0::/root:/bin/sh' > victim/passwd || framework_failure_
echo 'root::0:0::/root:/bin/sh' > img/passwd || framework_failure_
cp img/passwd exp-passwd || framework_failure_
as_unprivileged_ ln -s "$PWD/victim" tmp/stage || framework_failure_
describe_tree_ victim > exp-victim || framework_failure_

for root in tmp/stage tmp/stage/new; do
  returns_ 1 ainstall -R img $root > out 2> err || fail=1
  compare /dev/null out || fail=1
  echo "ainstall: not merging into '$root': a symbolic link on its path" \
    "may be another user's" > exp || framework_failure_
  compare exp err || fail=1
  describe_tree_ victim > got-victim || framework_failure_
  compare exp-victim got-victim || fail=1
done

# Root's own link is followed.
ln -s "$PWD/victim" t/ok || framework_failure_
returns_ 0 ainstall -R img t/ok > out 2> err || fail=1
compare /dev/null err || fail=1
compare exp-passwd victim/passwd || fail=1

Exit $fail
