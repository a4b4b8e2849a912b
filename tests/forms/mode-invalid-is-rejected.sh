#!/bin/sh
# An invalid -m mode is a fatal error, "invalid mode '9999'", without the
# --help hint, status 1, and nothing is installed or made.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo x > w/a || framework_failure_

# check_invalid MODE ARGS...
check_invalid ()
{
  echo "ainstall: invalid mode '$1'" > exp || framework_failure_
  shift
  (cd w && returns_ 1 ainstall "$@") > out 2> err || { echo "$*"; fail=1; }
  compare /dev/null out || fail=1
  compare exp err || fail=1
}

for m in 9999 rwx u+q 8 ''; do
  check_invalid "$m" -m "$m" a b
  check_invalid "$m" -d -m "$m" x/y
  check_invalid "$m" -D -m "$m" a p/q
done
expect_entries_ w a || fail=1

Exit $fail
