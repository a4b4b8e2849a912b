#!/bin/sh
# ROOT inside IMAGE: "ainstall -R img img/sub" would merge what it merged,
# again and again, until the disk is full.  The directory that is ROOT is
# not merged: "ainstall: cannot merge a directory, 'img/sub', into
# itself, 'img/sub'", exit 1; the rest of the image is.  "-R img img"
# says the same of 'img' and changes nothing.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir -p img/a || framework_failure_
echo f > img/a/f || framework_failure_

# Copy mode: rename mode would empty img/a, and the point is the loop.
returns_ 1 timeout 20 ainstall -R --merge-mode=copy img img/sub > out 2> err \
  || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot merge a directory, 'img/sub', into itself," \
  "'img/sub'" > exp || framework_failure_
compare exp err || fail=1
(cd img && find . | LC_ALL=C sort) > got || framework_failure_
printf '%s\n' . ./a ./a/f ./sub ./sub/a ./sub/a/f > exp || framework_failure_
compare exp got || fail=1

returns_ 1 timeout 20 ainstall -R --merge-mode=copy img img > out 2> err \
  || fail=1
echo "ainstall: cannot merge a directory, 'img', into itself, 'img'" \
  > exp-err || framework_failure_
compare exp-err err || fail=1
(cd img && find . | LC_ALL=C sort) > got || framework_failure_
compare exp got || fail=1

Exit $fail
