#!/bin/sh
# Rename mode works in every form of install: -D (missing parents made),
# -D -t, -t with many sources, SOURCE... DIRECTORY, and -T.  Each
# destination is its source's inode, with mode 755; each source name is
# gone; no temporary is left in any directory.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s || framework_failure_
for f in a b c e g h i j k; do
  echo "content $f" > s/$f || framework_failure_
  eval ino_$f=\$\(stat -c %i s/$f\) || framework_failure_
done

# moved DEST NAME: DEST is the inode s/NAME was, with its content.
moved ()
{
  eval ino_=\$ino_$2
  test "$(stat -c '%i %h %a' "$1")" = "$ino_ 1 755" \
    || { echo "$1: $(stat -c '%i %h %a' "$1"), not $ino_ 1 755"; return 1; }
  echo "content $2" > exp-moved || framework_failure_
  compare exp-moved "$1" || return 1
  test ! -e "s/$2" || { echo "s/$2 still exists"; return 1; }
}

# -D SOURCE DEST.
returns_ 0 ainstall -D --merge-mode=rename s/a x/y/z > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
moved x/y/z a || fail=1
test "$(stat -c %a x/y)" = 755 || fail=1
expect_entries_ x/y z || fail=1

# -D -t DIRECTORY SOURCE...
returns_ 0 ainstall -D --merge-mode=rename -t n/m s/b s/c > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
moved n/m/b b || fail=1
moved n/m/c c || fail=1
expect_entries_ n/m b c || fail=1

# -t DIRECTORY SOURCE..., with -v.
mkdir t || framework_failure_
returns_ 0 ainstall -v --merge-mode=rename -t t s/e s/g s/h > out 2> err \
  || fail=1
printf '%s\n' "'s/e' -> 't/e'" "'s/g' -> 't/g'" "'s/h' -> 't/h'" > exp \
  || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
moved t/e e || fail=1
moved t/g g || fail=1
moved t/h h || fail=1
expect_entries_ t e g h || fail=1

# SOURCE... DIRECTORY.
mkdir u || framework_failure_
returns_ 0 ainstall --merge-mode=rename s/i s/j u > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
moved u/i i || fail=1
moved u/j j || fail=1
expect_entries_ u i j || fail=1

# -T.
returns_ 0 ainstall -T --merge-mode=rename s/k v > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test -f v || fail=1
moved v k || fail=1

expect_entries_ s || fail=1

Exit $fail
