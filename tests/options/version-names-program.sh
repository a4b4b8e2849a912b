#!/bin/sh
# --version prints on stdout a first line "ainstall (ainstall) VERSION",
# nothing on stderr, and exits with status 0, whatever else is given.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

returns_ 0 ainstall --version > out 2> err || fail=1
compare /dev/null err || fail=1
sed 1q out | grep -Ex 'ainstall \(ainstall\) [0-9]+(\.[0-9]+)+[-.A-Za-z0-9]*' \
  > /dev/null || { echo "first line: $(sed 1q out)"; fail=1; }
# Under "make check", VERSION is the package's version.
if test -n "$VERSION"; then
  test "$(sed 1q out)" = "ainstall (ainstall) $VERSION" || fail=1
fi

returns_ 0 ainstall -v --version -s nonexistent > out2 2> err || fail=1
compare out out2 || fail=1
compare /dev/null err || fail=1

Exit $fail
