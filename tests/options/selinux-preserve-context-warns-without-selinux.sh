#!/bin/sh
# On a system without SELinux, --preserve-context prints "ainstall:
# WARNING: ignoring --preserve-context; this kernel is not
# SELinux-enabled" on stderr and installs as usual, exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
if selinuxenabled 2>/dev/null || test -e /sys/fs/selinux/enforce; then
  skip_ 'SELinux is enabled here'
fi

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
echo 'ainstall: WARNING: ignoring --preserve-context; this kernel is not SELinux-enabled' > exp-err || framework_failure_

fresh_a
returns_ 0 ainstall --preserve-context a b > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
compare content b || fail=1
test "$(stat -c %a b)" = 755 || fail=1

fresh_a
returns_ 0 ainstall -v --preserve-context -m 644 a b > out 2> err || fail=1
printf '%s\n' "removed 'b'" "'a' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare exp-err err || fail=1
test "$(stat -c %a b)" = 644 || fail=1

# Not an error with -Z either, as neither is in effect.
fresh_a
returns_ 0 ainstall --preserve-context -Z a c > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp-err err || fail=1
compare content c || fail=1

Exit $fail
