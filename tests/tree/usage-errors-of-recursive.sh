#!/bin/sh
# -R takes exactly two operands, IMAGE and ROOT, and cannot be combined
# with options that choose a mode or a place for each file (-m, -s, -d,
# -D, -t, -T): each is a usage error with exit status 1, the "Try" line,
# and nothing installed.  IMAGE must be a directory, ROOT must be one if
# it exists.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir img root || framework_failure_
echo x > img/f && echo y > file || framework_failure_
try="Try 'ainstall --help' for more information."

for opt in '-m 644:--mode (-m)' '-s:--strip (-s)' '-d:--directory (-d)' \
           '-D:-D' '-t root:--target-directory (-t)' \
           '-T:--no-target-directory (-T)'; do
  returns_ 1 ainstall -R ${opt%%:*} img root > out 2> err || fail=1
  compare /dev/null out || fail=1
  printf '%s\n' \
    "ainstall: options --recursive (-R) and ${opt#*:} are mutually exclusive" \
    "$try" > exp || framework_failure_
  compare exp err || fail=1
done

returns_ 1 ainstall -R > out 2> err || fail=1
printf '%s\n' "ainstall: missing file operand" "$try" > exp \
  || framework_failure_
compare exp err || fail=1
returns_ 1 ainstall -R img > out 2> err || fail=1
printf '%s\n' "ainstall: missing destination file operand after 'img'" "$try" \
  > exp || framework_failure_
compare exp err || fail=1
returns_ 1 ainstall -R img root extra > out 2> err || fail=1
printf '%s\n' "ainstall: extra operand 'extra'" "$try" > exp \
  || framework_failure_
compare exp err || fail=1

returns_ 1 ainstall -R file root > out 2> err || fail=1
echo "ainstall: cannot merge 'file': Not a directory" > exp \
  || framework_failure_
compare exp err || fail=1
returns_ 1 ainstall -R img file > out 2> err || fail=1
echo "ainstall: target 'file' is not a directory" > exp || framework_failure_
compare exp err || fail=1

expect_entries_ root || fail=1
echo y > exp && compare exp file || fail=1

Exit $fail
