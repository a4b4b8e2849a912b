#!/bin/sh
# A strip program that cannot be run makes ainstall say "ainstall: cannot
# run strip program 'PROG': REASON" (or "ainstall: cannot run 'strip':
# REASON" when the program is "strip" itself, the default) and exit with
# status 1; the old destination is kept, a new one is not created, and no
# temporary file remains.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > a || framework_failure_
mkdir d empty-bin || framework_failure_
printf 'old\n' > d/b || framework_failure_
ino=$(stat -c %i d/b) || framework_failure_
printf 'old\n' > exp-old || framework_failure_

# check_kept: the old destination is intact and nothing else appeared.
check_kept ()
{
  compare exp-old d/b && test "$(stat -c %i d/b)" = "$ino" \
    && expect_entries_ d b
}

# A program that does not exist.
for dest in d/b d/new; do
  returns_ 1 ainstall -s --strip-program=./no-such-strip a $dest > out 2> err \
    || fail=1
  compare /dev/null out || fail=1
  echo "ainstall: cannot run strip program './no-such-strip': No such file or directory" > exp || framework_failure_
  compare exp err || fail=1
  check_kept || fail=1
done

# A program looked up in PATH and not found there.  Run by its absolute
# name, ainstall names itself so, as GNU install does.
prog=$abs_top_builddir/src/ainstall
returns_ 1 env PATH="$PWD/empty-bin" "$prog" \
  -s --strip-program=no-such-strip a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
echo "$prog: cannot run strip program 'no-such-strip': No such file or directory" > exp || framework_failure_
compare exp err || fail=1
check_kept || fail=1

# The default, "strip", not found in PATH.
echo "$prog: cannot run 'strip': No such file or directory" > exp \
  || framework_failure_
returns_ 1 env PATH="$PWD/empty-bin" "$prog" \
  -s a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1
check_kept || fail=1

# "strip" named explicitly is the same.
returns_ 1 env PATH="$PWD/empty-bin" "$prog" \
  -s --strip-program=strip a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1
check_kept || fail=1

# A file without execute permission cannot be run, even by root.
printf '#!/bin/sh\necho stripped >> "$1"\n' > noexec || framework_failure_
chmod 644 noexec || framework_failure_
returns_ 1 ainstall -s --strip-program=./noexec a d/b > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot run strip program './noexec': Permission denied" > exp \
  || framework_failure_
compare exp err || fail=1
check_kept || fail=1

Exit $fail
