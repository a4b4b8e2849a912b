#!/bin/sh
# An unknown user or group name, or a number too large for an ID, is a
# fatal error: "invalid user 'x'" / "invalid group 'x'", no --help hint,
# status 1, nothing installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

user=no-such-user-ainstall
group=no-such-group-ainstall
getent passwd "$user" > /dev/null && skip_ "user $user exists"
getent group "$group" > /dev/null && skip_ "group $group exists"

mkdir w || framework_failure_
echo x > w/a || framework_failure_

# check_invalid MESSAGE ARGS...
check_invalid ()
{
  echo "ainstall: $1" > exp || framework_failure_
  shift
  (cd w && returns_ 1 ainstall "$@") > out 2> err || { echo "$*"; fail=1; }
  compare /dev/null out || fail=1
  compare exp err || fail=1
}

check_invalid "invalid user '$user'" -o "$user" a b
check_invalid "invalid user '$user'" --owner="$user" -d x
check_invalid "invalid group '$group'" -g "$group" a b
check_invalid "invalid group '$group'" --group="$group" -D a p/q
check_invalid "invalid user '4294967296'" -o 4294967296 a b
check_invalid "invalid group '4294967296'" -g 4294967296 a b
check_invalid "invalid user '1x'" -o 1x a b

expect_entries_ w a || fail=1

Exit $fail
