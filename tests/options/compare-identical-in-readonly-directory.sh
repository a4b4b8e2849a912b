#!/bin/sh
# -C onto an identical destination needs nothing from its directory: in a
# directory the caller cannot write, it succeeds (exit status 0) with no
# output, even with -v, creates no file, and with -p still sets the
# destination's times from the source.  When the destination differs,
# the usual "cannot remove" failure (exit status 1) remains.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

TZ=UTC0; export TZ
printf 'content\n' > content || framework_failure_
mkdir ro s || framework_failure_
chmod 777 ro s || framework_failure_

# Each install gets a fresh source s/a of mode 644: in link mode a
# destination is its source's inode, in rename mode the source is consumed.
# It is the unprivileged user's, in a directory that user may write: rename
# mode moves or removes it, and a linked or moved file keeps its owner and
# group, which -C compares with the caller's.
fresh_a ()
{
  rm -f s/a && cp content s/a && chmod 644 s/a || framework_failure_
  if uid_is_privileged_; then
    chown "$NON_ROOT_USERNAME:$(non_root_gid_)" s/a || framework_failure_
  fi
}

fresh_a
as_unprivileged_ ainstall s/a ro/b || framework_failure_
chmod 555 ro || framework_failure_
ino=$(stat -c %i ro/b) || framework_failure_

fresh_a
returns_ 0 as_unprivileged_ ainstall -C -v s/a ro/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i ro/b)" = "$ino" || fail=1
expect_entries_ ro b || fail=1

fresh_a
touch -m -d '2001-02-03 04:05:06.123456789' s/a || framework_failure_
touch -a -d '2002-03-04 05:06:07.987654321' s/a || framework_failure_
test "$(stat -c '%.9X %.9Y' s/a)" = '1015218367.987654321 981173106.123456789' \
  || skip_ 'this file system does not keep nanosecond timestamps'
returns_ 0 as_unprivileged_ ainstall -C -p -v s/a ro/b > out 2> err || fail=1
test "$(stat -c '%.9X %.9Y' ro/b)" = '1015218367.987654321 981173106.123456789' \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %i ro/b)" = "$ino" || fail=1
expect_entries_ ro b || fail=1

# A different mode makes a copy necessary, and that is not possible.
fresh_a
returns_ 1 as_unprivileged_ ainstall -C -m 644 s/a ro/b > out 2> err || fail=1
compare /dev/null out || fail=1
# In rename mode, what fails is the move of the source into ro.
if test "$suite_merge_mode_" = rename; then
  echo "ainstall: cannot move 's/a' to 'ro/b': Permission denied" > exp
else
  echo "ainstall: cannot remove 'ro/b': Permission denied" > exp
fi || framework_failure_
compare exp err || fail=1
test "$(stat -c '%i %a' ro/b)" = "$ino 755" || fail=1
expect_entries_ ro b || fail=1

Exit $fail
