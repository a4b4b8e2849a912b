#!/bin/sh
# -o and -g (as root), by name or by number, give the installed file that
# owner and group; the set-user-ID and set-group-ID bits of -m 6755
# survive the change of owner.  -o alone keeps the caller's group, -g
# alone the caller's user.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_

uid=$(id -u "$NON_ROOT_USERNAME") || framework_failure_
gid=$NON_ROOT_GID
group=$(getent group "$gid" | cut -d: -f1)
test -n "$group" || skip_ "group $gid has no name"
mkdir w || framework_failure_
echo content > content || framework_failure_

# run_ok ARGS...: ainstall ARGS succeeds silently.  Each run gets a fresh
# source src: in link mode a destination shares its source's inode (and so
# its mode and owner), in rename mode the source is consumed.
run_ok ()
{
  rm -f src && cp content src || framework_failure_
  returns_ 0 ainstall "$@" > out 2> err || { echo "$*"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
}

run_ok -o "$NON_ROOT_USERNAME" -g "$group" -m 6755 src w/names
run_ok --owner="$uid" --group="$gid" -m 6755 src w/numbers
run_ok -o 1 -g 2 -m 6755 src w/daemon
run_ok -o "$NON_ROOT_USERNAME" -m 4755 src w/owner
run_ok -g "$group" -m 2755 src w/group
echo old > w/old || framework_failure_
run_ok -o "$uid" -g "$gid" -m 6711 src w/old

me_u=$(id -u) me_g=$(id -g)
(cd w && stat -c '%n %a %u:%g' names numbers daemon owner group old) \
  > got || fail=1
cat > exp <<EOF || framework_failure_
names 6755 $uid:$gid
numbers 6755 $uid:$gid
daemon 6755 1:2
owner 4755 $uid:$me_g
group 2755 $me_u:$gid
old 6711 $uid:$gid
EOF
compare exp got || fail=1
for f in names numbers daemon owner group old; do
  compare content w/$f || fail=1
done
expect_entries_ w daemon group names numbers old owner || fail=1

Exit $fail
