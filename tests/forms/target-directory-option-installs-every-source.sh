#!/bin/sh
# -t DIRECTORY SOURCE...: every operand is a source installed in
# DIRECTORY under its last component, with mode 755; --target-directory
# is the same option, and the option may follow the operands.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir dir sub || framework_failure_
echo one > one || framework_failure_
echo two > two || framework_failure_
echo three > three || framework_failure_

# Each install gets fresh sources a, sub/b and c: in link mode a
# destination is its source's inode, in rename mode the source is consumed.
fresh_sources ()
{
  rm -f a sub/b c && cp one a && cp two sub/b && cp three c \
    || framework_failure_
}

fresh_sources
returns_ 0 ainstall -t dir a sub/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare one dir/a || fail=1
compare two dir/b || fail=1
expect_entries_ dir a b || fail=1

# A single source is enough with -t.
returns_ 0 ainstall --target-directory=dir c > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare three dir/c || fail=1

stat -c %a dir/a dir/b dir/c > mode || fail=1
printf '755\n755\n755\n' > exp || framework_failure_
compare exp mode || fail=1

# Options are found after the operands too.
mkdir dir2 || framework_failure_
fresh_sources
returns_ 0 ainstall a c -t dir2 > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare one dir2/a || fail=1
compare three dir2/c || fail=1
expect_entries_ dir2 a c || fail=1

expect_entries_ dir a b c || fail=1

Exit $fail
