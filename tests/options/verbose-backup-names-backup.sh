#!/bin/sh
# -v with a backup prints "'SRC' -> 'DEST' (backup: 'BACKUP')" on stdout,
# with no "removed" line, naming the backup with the destination's
# directory; without an existing destination there is no backup and the
# plain line is printed.  Nothing on stderr; exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'new\n' > new || framework_failure_
# Each install from a gets a fresh a: in rename mode the source is
# consumed.  (b.orig and b are installed once each, last.)
fresh_a () { rm -f a && cp new a || framework_failure_; }
fresh_a
printf 'old\n' > b || framework_failure_
cp b b.orig || framework_failure_
mkdir d || framework_failure_

# run EXPECTED-LINE ARGS...: one run, its output and a clean stderr.
run ()
{
  printf '%s\n' "$1" > exp || framework_failure_
  shift
  returns_ 0 ainstall -v "$@" > out 2> err || { echo "args: $*"; fail=1; }
  compare exp out || { echo "args: $*"; fail=1; }
  compare /dev/null err || { echo "args: $*"; fail=1; }
}

run "'a' -> 'b' (backup: 'b~')" -b a b
compare new b || fail=1
compare b.orig b~ || fail=1

run "'b.orig' -> 'b' (backup: 'b.bak')" -S .bak b.orig b
fresh_a
run "'a' -> 'b' (backup: 'b.~1~')" --backup=numbered a b
fresh_a
run "'a' -> 'b' (backup: 'b.~2~')" --backup=t a b
fresh_a
run "'a' -> 'd/a'" -b a d
run "'b' -> 'd/a' (backup: 'd/a~')" -b -T b d/a
fresh_a
run "'a' -> 'd/a' (backup: 'd/a.~1~')" --backup=numbered -t d a

expect_entries_ d a a~ a.~1~ || fail=1

Exit $fail
