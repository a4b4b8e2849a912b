#!/bin/sh
# On a system without SELinux, --context=CTX prints "ainstall: warning:
# ignoring --context; it requires an SELinux-enabled kernel" on stderr
# and installs as usual, exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
if selinuxenabled 2>/dev/null || test -e /sys/fs/selinux/enforce; then
  skip_ 'SELinux is enabled here'
fi

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
echo 'ainstall: warning: ignoring --context; it requires an SELinux-enabled kernel' > exp-err || framework_failure_

fresh_a
returns_ 0 ainstall --context=system_u:object_r:bin_t:s0 a b > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
compare content b || fail=1
test "$(stat -c %a b)" = 755 || fail=1

# Even a context that could never be valid.
fresh_a
returns_ 0 ainstall -v --context=no-such-context a c > out 2> err || fail=1
echo "'a' -> 'c'" > exp || framework_failure_
compare exp out || fail=1
compare exp-err err || fail=1
compare content c || fail=1

# Directories too.
returns_ 0 ainstall -d --context=system_u:object_r:bin_t:s0 e/f > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
test -d e/f || fail=1

Exit $fail
