#!/bin/sh
# Without -o and -g, -C compares the destination's owner with the
# caller's real user ID and its group with the real group ID, not the
# effective ones.  Run with real IDs root and effective IDs of an
# unprivileged user: a destination owned by root is current (left
# alone, same inode, no output); one owned by the effective user is not
# (replaced, with the -v lines of a replacement).  Needs root.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
# In link and rename mode the destination is the source's file, with the
# source's owner, so -C compares with that instead.
require_copy_mode_
require_root_
require_unprivileged_run_

nr=$NON_ROOT_USERNAME
nr_uid=$(id -u "$nr") || framework_failure_
nr_gid=$NON_ROOT_GID
test "$nr_uid" != 0 && test "$nr_gid" != 0 \
  || skip_ "$nr has root's user or group ID"

# Run "$@" with real IDs 0:0 and effective IDs those of $nr.
as_split_ids ()
{
  setpriv --ruid=0 --rgid=0 --euid="$nr_uid" --egid="$nr_gid" \
    --clear-groups -- "$@"
}
# (Not through a shell: shells drop an effective ID that differs.)
ids=$(as_split_ids id -ru):$(as_split_ids id -rg) \
  && ids=$ids:$(as_split_ids id -u):$(as_split_ids id -g) \
  || skip_ 'setpriv cannot split real and effective IDs'
test "$ids" = "0:0:$nr_uid:$nr_gid" \
  || skip_ "setpriv cannot split real and effective IDs ($ids)"

mkdir d s || framework_failure_
chmod 777 d s || framework_failure_
printf 'content\n' > content || framework_failure_

# fresh_a [OWNER]: a fresh source s/a of mode 644 for each install: in link
# mode a destination is its source's inode, in rename mode the source is
# consumed.  The unprivileged runs need s writable and s/a their own, for
# rename mode moves s/a out of s, and a moved file keeps its owner.
fresh_a ()
{
  rm -f s/a && cp content s/a && chmod 644 s/a || framework_failure_
  test $# = 0 || chown "$1" s/a || framework_failure_
}

# Owned by root, the real user: identical, so left alone.
fresh_a
ainstall s/a d/b || framework_failure_
ino=$(stat -c %i d/b) || framework_failure_
fresh_a "$nr_uid:$nr_gid"
returns_ 0 as_split_ids ainstall -C -v s/a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %u:%g' d/b)" = "$ino 0:0" || fail=1

# Owned by the effective user and group: not the caller's, so replaced.
fresh_a
ainstall -o "$nr_uid" -g "$nr_gid" s/a d/c || framework_failure_
ino=$(stat -c %i d/c) || framework_failure_
fresh_a "$nr_uid:$nr_gid"
returns_ 0 as_split_ids ainstall -C -v s/a d/c > out 2> err || fail=1
printf '%s\n' "removed 'd/c'" "'s/a' -> 'd/c'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare content d/c || fail=1
test "$(stat -c %i d/c)" != "$ino" || fail=1

expect_entries_ d b c || fail=1

Exit $fail
