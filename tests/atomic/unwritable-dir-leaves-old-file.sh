#!/bin/sh
# A destination that cannot be replaced keeps its old content and mode,
# the message is GNU's, the exit status is 1, no temporary file remains,
# and the next operand is still installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

mkdir ro rw s || framework_failure_
echo old > ro/f || framework_failure_
chmod 644 ro/f || framework_failure_
echo new > new || framework_failure_
chmod 555 ro || framework_failure_
chmod 777 rw s || framework_failure_

# Each install gets a fresh source s/src, the unprivileged user's, in a
# directory it may write: rename mode moves the source (and a moved file
# keeps its owner).
fresh_src ()
{
  rm -f s/src && cp new s/src && chmod a+r s/src || framework_failure_
  if uid_is_privileged_; then
    chown "$NON_ROOT_USERNAME:$(non_root_gid_)" s/src || framework_failure_
  fi
}

# Replacing a file in a directory we cannot write fails as GNU's does.
fresh_src
returns_ 1 as_unprivileged_ ainstall s/src ro/f 2>err || fail=1
# In rename mode, what fails is the move of the source into ro.
if test "$suite_merge_mode_" = rename; then
  echo "ainstall: cannot move 's/src' to 'ro/f': Permission denied" > exp
else
  echo "ainstall: cannot remove 'ro/f': Permission denied" > exp
fi || framework_failure_
compare exp err || fail=1

# The old file is intact, mode and all, and nothing appeared beside it.
echo old > exp || framework_failure_
compare exp ro/f || fail=1
test "$(stat -c %a ro/f)" = 644 || fail=1
expect_entries_ ro f || fail=1

# With several sources, the one that fails does not stop the others.
fresh_src
returns_ 1 as_unprivileged_ ainstall -t rw s/src missing 2>err || fail=1
echo "ainstall: cannot stat 'missing': No such file or directory" > exp \
  || framework_failure_
compare exp err || fail=1
compare new rw/src || fail=1
expect_entries_ rw src || fail=1

Exit $fail
