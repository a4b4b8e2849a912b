#!/bin/sh
# On a system without SELinux, -Z (and --context without a value) is
# silently ignored: files and directories are installed as usual, nothing
# is printed, exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
if selinuxenabled 2>/dev/null || test -e /sys/fs/selinux/enforce; then
  skip_ 'SELinux is enabled here'
fi

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode (and so has its mode), in rename mode the source is
# consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }

for args in '-Z a b' '--context a c' '-Z -m 600 a d' '-Z -d e/f' \
            '-Z -D a g/h'; do
  fresh_a
  returns_ 0 ainstall $args > out 2> err || { echo "args: $args"; fail=1; }
  compare /dev/null out || { echo "args: $args"; fail=1; }
  compare /dev/null err || { echo "args: $args"; fail=1; }
done
compare content b || fail=1
compare content c || fail=1
compare content d || fail=1
compare content g/h || fail=1
test "$(stat -c %a b c d)" = "$(printf '755\n755\n600')" || fail=1
test -d e/f || fail=1

# With -v, the usual lines only.
fresh_a
returns_ 0 ainstall -v -Z a b > out 2> err || fail=1
printf '%s\n' "removed 'b'" "'a' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
