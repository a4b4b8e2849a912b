#!/bin/sh
# --verify compares uname= and gname= with the names of the entry's
# owner and group, and uid= and gid= with their numbers: "PATH: uname
# expected root, found nobody".  An owner without a name is shown by
# its number ("found 54321").  Differences come in the order uname,
# uid, gname, gid, whatever the order on the line.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_

echo a > f0 && mkdir root && echo a > root/f && echo b > root/g \
  || framework_failure_
read user group <<EOT || framework_failure_
$(stat -c '%U %G' f0)
EOT
read uid gid <<EOT || framework_failure_
$(stat -c '%u %g' f0)
EOT
cat > M <<EOT || framework_failure_
#mtree
./f type=file gid=$gid uid=$uid gname=$group uname=$user
./g type=file uname=$user gname=$group uid=$uid gid=$gid
EOT

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

# Another user's, and IDs that have no name.
unnamed=54321
while getent passwd $unnamed > /dev/null || getent group $unnamed > /dev/null
do
  unnamed=$(expr $unnamed + 1)
done
chown "$NON_ROOT_USERNAME:$NON_ROOT_GID" root/f \
  && chown $unnamed:$unnamed root/g || framework_failure_
other_uid=$(id -u "$NON_ROOT_USERNAME") || framework_failure_
other_group=$(stat -c %G root/f) || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<EOT || framework_failure_
./f: uname expected $user, found $NON_ROOT_USERNAME
./f: uid expected $uid, found $other_uid
./f: gname expected $group, found $other_group
./f: gid expected $gid, found $NON_ROOT_GID
./g: uname expected $user, found $unnamed
./g: uid expected $uid, found $unnamed
./g: gname expected $group, found $unnamed
./g: gid expected $gid, found $unnamed
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
