#!/bin/sh
# SOURCE... DIRECTORY: when the last operand is an existing directory,
# each SOURCE is installed in it under SOURCE's last component, with
# mode 755; the directory may be written with a trailing slash or as ".".

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir dir sub || framework_failure_
echo one > one || framework_failure_
echo two > two || framework_failure_

# Each install gets fresh sources a (mode 600) and sub/b: in link mode a
# destination is its source's inode, in rename mode the source is consumed.
fresh_sources ()
{
  rm -f a sub/b && cp one a && chmod 600 a && cp two sub/b \
    || framework_failure_
}

# Two sources, one of them in a subdirectory.
fresh_sources
returns_ 0 ainstall a sub/b dir > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare one dir/a || fail=1
compare two dir/b || fail=1
stat -c %a dir/a dir/b > mode || fail=1
printf '755\n755\n' > exp || framework_failure_
compare exp mode || fail=1
expect_entries_ dir a b || fail=1

# A single source with two operands still goes into the directory, and
# a trailing slash on the directory changes nothing.
mkdir dir2 || framework_failure_
fresh_sources
returns_ 0 ainstall sub/b dir2/ > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare two dir2/b || fail=1
expect_entries_ dir2 b || fail=1

# "." is the working directory.
mkdir dir3 || framework_failure_
fresh_sources
(cd dir3 && returns_ 0 ainstall ../a .) > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare one dir3/a || fail=1
expect_entries_ dir3 a || fail=1

Exit $fail
