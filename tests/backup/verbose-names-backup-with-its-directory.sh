#!/bin/sh
# -v with a backup prints "'a' -> 'dir/b' (backup: 'dir/b~')": the
# backup is named with the destination's directory, in every form.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir dir dir/sub || framework_failure_
echo new > new || framework_failure_
# Each install gets a fresh source a: in rename mode the source is
# consumed.
fresh_a () { rm -f a && cp new a || framework_failure_; }
echo old > dir/b || framework_failure_
echo old > dir/a || framework_failure_
echo old > dir/sub/a || framework_failure_

fresh_a
returns_ 0 ainstall -v -b a dir/b > out 2> err || fail=1
echo "'a' -> 'dir/b' (backup: 'dir/b~')" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

fresh_a
returns_ 0 ainstall -v -b a dir > out 2> err || fail=1
echo "'a' -> 'dir/a' (backup: 'dir/a~')" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

fresh_a
returns_ 0 ainstall -v --backup=numbered -t dir/sub a > out 2> err || fail=1
echo "'a' -> 'dir/sub/a' (backup: 'dir/sub/a.~1~')" > exp \
  || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

fresh_a
returns_ 0 ainstall -v -S .bak a dir//b > out 2> err || fail=1
echo "'a' -> 'dir//b' (backup: 'dir//b.bak')" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

# Without a directory, the bare backup name.
fresh_a
(cd dir && returns_ 0 ainstall -v -b ../a b) > out 2> err || fail=1
echo "'../a' -> 'b' (backup: 'b~')" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

expect_entries_ dir a a~ b b.bak b~ sub || fail=1
expect_entries_ dir/sub a a.~1~ || fail=1

Exit $fail
