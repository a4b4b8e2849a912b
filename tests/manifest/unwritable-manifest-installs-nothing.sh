#!/bin/sh
# A manifest that cannot be opened for appending stops ainstall before it
# installs anything: nothing would go unrecorded.  "ainstall: cannot open
# manifest 'M': Permission denied" (or "No such file or directory"),
# exit 1, no destination; -d makes no directory either.  A manifest that
# cannot be written to at the end (a full disk) is an error too.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

echo x > src || framework_failure_
returns_ 1 ainstall --manifest=nodir/M src dest > out 2> err || fail=1
echo "ainstall: cannot open manifest 'nodir/M': No such file or directory" \
  > exp || framework_failure_
compare exp err || fail=1
test ! -e dest || fail=1
returns_ 1 ainstall --manifest=nodir/M -d newdir > out 2> err || fail=1
compare exp err || fail=1
test ! -e newdir || fail=1

if ! uid_is_privileged_; then
  : > ro && chmod 444 ro || framework_failure_
  returns_ 1 ainstall --manifest=ro src dest > out 2> err || fail=1
  echo "ainstall: cannot open manifest 'ro': Permission denied" > exp \
    || framework_failure_
  compare exp err || fail=1
  test ! -e dest || fail=1
fi

if test -w /dev/full; then
  returns_ 1 ainstall --manifest=/dev/full src dest > out 2> err || fail=1
  echo "ainstall: error writing '/dev/full': No space left on device" \
    > exp || framework_failure_
  compare exp err || fail=1
fi

Exit $fail
