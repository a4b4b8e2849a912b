#!/bin/sh
# Unknown or malformed options are usage errors: getopt's message, the
# --help hint, status 1 and nothing installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo x > w/a || framework_failure_

# check_usage EXPECTED-FIRST-LINE ARGS...
check_usage ()
{
  printf '%s\n' "$1" "Try 'ainstall --help' for more information." \
    > exp || framework_failure_
  shift
  (cd w && returns_ 1 ainstall "$@") > out 2> err || { echo "$*"; fail=1; }
  compare /dev/null out || fail=1
  compare exp err || fail=1
}

check_usage "ainstall: invalid option -- 'q'" -q a b
check_usage "ainstall: unrecognized option '--foo'" --foo a b
check_usage "ainstall: option requires an argument -- 'm'" a b -m
check_usage "ainstall: option '--mode' requires an argument" a b --mode
check_usage "ainstall: option '--verbose' doesn't allow an argument" \
  --verbose=yes a b
check_usage "ainstall: option '--s' is ambiguous; possibilities:\
 '--strip' '--strip-program' '--sync' '--suffix'" --s a b

expect_entries_ w a || fail=1

Exit $fail
