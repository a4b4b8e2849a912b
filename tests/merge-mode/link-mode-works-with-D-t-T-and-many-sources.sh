#!/bin/sh
# Link mode works in every form of install: -D (missing parents made),
# -D -t, -t with many sources, SOURCE... DIRECTORY, and -T.  Each
# destination is a hard link of its source, with mode 755, and no
# temporary is left in any directory.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s || framework_failure_
for f in a b c; do
  echo "content $f" > s/$f || framework_failure_
done

# linked_n DEST SRC N: DEST is SRC's inode, with N links and mode 755.
linked_n ()
{
  test "$(stat -c '%i %h %a' "$1")" = "$(stat -c %i "$2") $3 755" \
    || { echo "$1: $(stat -c '%i %h %a' "$1"), $2: $(stat -c %i "$2")"; return 1; }
  compare "$2" "$1"
}

# -D SOURCE DEST.
returns_ 0 ainstall -D --merge-mode=link s/a x/y/z > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
linked_n x/y/z s/a 2 || fail=1
test "$(stat -c %a x/y)" = 755 || fail=1
expect_entries_ x/y z || fail=1

# -D -t DIRECTORY SOURCE...
returns_ 0 ainstall -D --merge-mode=link -t n/m s/a s/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
linked_n n/m/a s/a 3 || fail=1
linked_n n/m/b s/b 2 || fail=1
expect_entries_ n/m a b || fail=1

# -t DIRECTORY SOURCE..., with -v.
mkdir t || framework_failure_
returns_ 0 ainstall -v --merge-mode=link -t t s/a s/b s/c > out 2> err \
  || fail=1
printf '%s\n' "'s/a' -> 't/a'" "'s/b' -> 't/b'" "'s/c' -> 't/c'" > exp \
  || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
linked_n t/a s/a 4 || fail=1
linked_n t/b s/b 3 || fail=1
linked_n t/c s/c 2 || fail=1
expect_entries_ t a b c || fail=1

# SOURCE... DIRECTORY.
mkdir u || framework_failure_
returns_ 0 ainstall --merge-mode=link s/a s/b s/c u > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
linked_n u/a s/a 5 || fail=1
linked_n u/b s/b 4 || fail=1
linked_n u/c s/c 3 || fail=1
expect_entries_ u a b c || fail=1

# -T: a DEST that names a directory-to-be is a file.
returns_ 0 ainstall -T --merge-mode=link s/c v > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test -f v || fail=1
linked_n v s/c 4 || fail=1

expect_entries_ s a b c || fail=1

Exit $fail
