#!/bin/sh
# -C copies when the destination has the source's content and mode but
# another owner or group than the one asked for (-o, -g, or by default
# the caller's): a new inode with the right owner and group, the -v
# lines of a replacement, exit status 0.  Needs root to give files away.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_

nr=$NON_ROOT_USERNAME
nr_uid=$(id -u "$nr") || framework_failure_
nr_gid=$NON_ROOT_GID
test "$nr_gid" != 0 || skip_ "$nr's group is root's"

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode the destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
printf '%s\n' "removed 'b'" "'a' -> 'b'" > exp || framework_failure_

# check_copied INODE OWNER: b is a new file with owner OWNER.
check_copied ()
{
  compare exp out && compare /dev/null err && compare content b \
    && test "$(stat -c %i b)" != "$1" \
    && test "$(stat -c '%a %u:%g' b)" = "755 $2"
}

# By default a file belongs to the caller: one owned by another copies.
fresh_a
ainstall -o "$nr_uid" -g "$nr_gid" a b || framework_failure_
ino=$(stat -c %i b) || framework_failure_
fresh_a
returns_ 0 ainstall -C -v a b > out 2> err || fail=1
check_copied "$ino" 0:0 || fail=1

# Only the group differs from the caller's.
fresh_a
ainstall -g "$nr_gid" a b || framework_failure_
ino=$(stat -c %i b) || framework_failure_
fresh_a
returns_ 0 ainstall -C -v a b > out 2> err || fail=1
check_copied "$ino" 0:0 || fail=1

# -o names another owner than the destination's.
ino=$(stat -c %i b) || framework_failure_
fresh_a
returns_ 0 ainstall -C -v -o "$nr" a b > out 2> err || fail=1
check_copied "$ino" "$nr_uid:0" || fail=1

# -g names another group than the destination's.
ino=$(stat -c %i b) || framework_failure_
fresh_a
returns_ 0 ainstall -C -v -o "$nr" -g "$nr_gid" a b > out 2> err || fail=1
check_copied "$ino" "$nr_uid:$nr_gid" || fail=1

# And now that they agree, nothing happens.
ino=$(stat -c %i b) || framework_failure_
fresh_a
returns_ 0 ainstall -C -v -o "$nr" -g "$nr_gid" a b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i b)" = "$ino" || fail=1
rm -f a || framework_failure_

: > exp-entries_ && : > out-entries_ || framework_failure_
expect_entries_ . b content out err exp exp-entries_ out-entries_ || fail=1

Exit $fail
