#!/bin/sh
# A numbered backup never replaces an existing file.  For a destination
# whose name is as long as the file system allows, "NAME.~1~" does not
# fit, so gnulib shortens the backup name to the one a simple backup of
# NAME gets; when that file exists, GNU install's rename (made with
# RENAME_NOREPLACE) fails: "cannot backup 'd/NAME': File exists", status
# 1, the destination and the earlier backup untouched.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
test "$(getconf NAME_MAX d 2>/dev/null)" = 255 \
  || skip_ "this file system's NAME_MAX is not 255"
n=$(printf '%0255d' 0) || framework_failure_
echo v1 > "d/$n" || framework_failure_
# Each source vN holds "vN", as exp-vN does, to compare with: rename mode
# consumes the sources.
for v in v2 v3; do
  echo $v > $v && echo $v > exp-$v || framework_failure_
done

# A simple backup first: its name is NAME shortened, ending in "~".
returns_ 0 ainstall -b v2 "d/$n" > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
ls -A d | grep -v "^$n\$" > names || framework_failure_
test "$(wc -l < names)" = 1 || { cat names; fail_ "not one backup"; }
bak=$(cat names)
case $bak in 000*~) ;; *) fail_ "unexpected backup name: $bak";; esac
echo v1 > exp || framework_failure_
compare exp "d/$bak" || fail=1
ino=$(stat -c %i "d/$n") || fail=1
ino_bak=$(stat -c %i "d/$bak") || fail=1

# The numbered backup would get the same name: refused.
returns_ 1 ainstall --backup=numbered v3 "d/$n" > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot backup 'd/$n': File exists" > exp \
  || framework_failure_
compare exp err || fail=1

compare exp-v2 "d/$n" || fail=1
echo v1 > exp || framework_failure_
compare exp "d/$bak" || fail=1
test "$(stat -c %i "d/$n")" = "$ino" || { echo "d/NAME replaced"; fail=1; }
test "$(stat -c %i "d/$bak")" = "$ino_bak" \
  || { echo "the earlier backup was replaced"; fail=1; }
expect_entries_ d "$n" "$bak" || fail=1

Exit $fail
