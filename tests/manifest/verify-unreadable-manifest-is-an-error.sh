#!/bin/sh
# A manifest that cannot be read, or a ROOT that is not a directory, is
# an error: a diagnostic in GNU's words on standard error, nothing on
# standard output, exit status 1.
#   ainstall: cannot open 'nosuch': No such file or directory
#   ainstall: cannot open 'f': Not a directory
#   ainstall: error reading 'd': Is a directory

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir root d && echo a > f && echo '#mtree' > M || framework_failure_

# check_error EXPECTED-DIAGNOSTIC ARGUMENT...
check_error ()
{
  exp_diag=$1; shift
  returns_ 1 ainstall "$@" > out 2> err || fail=1
  compare /dev/null out || fail=1
  echo "$exp_diag" > exp || framework_failure_
  compare exp err || fail=1
}

check_error "ainstall: cannot open 'nosuch': No such file or directory" \
  --verify=nosuch root
check_error "ainstall: cannot open 'nosuch': No such file or directory" \
  --verify=M nosuch
check_error "ainstall: cannot open 'f': Not a directory" --verify=M f
check_error "ainstall: error reading 'd': Is a directory" --verify=d root

# Names are quoted as coreutils quotes them.
check_error "ainstall: cannot open \"a b'c\": No such file or directory" \
  "--verify=a b'c" root

Exit $fail
