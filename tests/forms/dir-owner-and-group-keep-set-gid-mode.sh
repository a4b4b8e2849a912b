#!/bin/sh
# -d -o USER -g GROUP -m 2750 (as root): the directory gets that owner
# and group and mode 2750 with the set-group-ID bit intact; the missing
# ancestors stay the caller's, with mode 755.  An existing directory gets
# the same owner, group and mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_

uid=$(id -u "$NON_ROOT_USERNAME") || framework_failure_
gid=$NON_ROOT_GID
me="$(id -u):$(id -g)"
mkdir w w/e || framework_failure_
chmod 755 w/e || framework_failure_

returns_ 0 ainstall -d -o "$NON_ROOT_USERNAME" -g "$gid" -m 2750 w/x/y w/e \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

(cd w && stat -c '%n %a %u:%g' x x/y e) > got || fail=1
cat > exp <<EOF || framework_failure_
x 755 $me
x/y 2750 $uid:$gid
e 2750 $uid:$gid
EOF
compare exp got || fail=1

# By number too.
returns_ 0 ainstall -d -o 1 -g 2 -m 2750 w/n > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%a %u:%g' w/n)" = '2750 1:2' || { echo "w/n wrong"; fail=1; }

Exit $fail
