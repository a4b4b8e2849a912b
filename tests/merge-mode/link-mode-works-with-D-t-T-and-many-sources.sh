#!/bin/sh
# Link mode works in every form of install: -D (missing parents made),
# -D -t, -t with many sources, SOURCE... DIRECTORY, and -T.  Each
# destination is a hard link of its source (which has no other link
# before: the adoption rule copies a source with other hard links), with
# mode 755, and no temporary is left in any directory.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

# fresh NAME...: make s/NAME with content "content NAME", one link each.
fresh ()
{
  rm -rf s && mkdir s || framework_failure_
  for f_ in "$@"; do
    echo "content $f_" > s/$f_ || framework_failure_
  done
}

# linked DEST SRC: DEST is SRC's inode, with 2 links and mode 755.
linked ()
{
  test "$(stat -c '%i %h %a' "$1")" = "$(stat -c %i "$2") 2 755" \
    || { echo "$1: $(stat -c '%i %h %a' "$1"), $2: $(stat -c %i "$2")"; return 1; }
  compare "$2" "$1"
}

# -D SOURCE DEST.
fresh a
returns_ 0 ainstall -D --merge-mode=link s/a x/y/z > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
linked x/y/z s/a || fail=1
test "$(stat -c %a x/y)" = 755 || fail=1
expect_entries_ x/y z || fail=1

# -D -t DIRECTORY SOURCE...
fresh a b
returns_ 0 ainstall -D --merge-mode=link -t n/m s/a s/b > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
linked n/m/a s/a || fail=1
linked n/m/b s/b || fail=1
expect_entries_ n/m a b || fail=1

# -t DIRECTORY SOURCE..., with -v.
fresh a b c
mkdir t || framework_failure_
returns_ 0 ainstall -v --merge-mode=link -t t s/a s/b s/c > out 2> err \
  || fail=1
printf '%s\n' "'s/a' -> 't/a'" "'s/b' -> 't/b'" "'s/c' -> 't/c'" > exp \
  || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
for f in a b c; do
  linked t/$f s/$f || fail=1
done
expect_entries_ t a b c || fail=1

# SOURCE... DIRECTORY.
fresh a b c
mkdir u || framework_failure_
returns_ 0 ainstall --merge-mode=link s/a s/b s/c u > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
for f in a b c; do
  linked u/$f s/$f || fail=1
done
expect_entries_ u a b c || fail=1

# -T: a DEST that names a directory-to-be is a file.
fresh c
returns_ 0 ainstall -T --merge-mode=link s/c v > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test -f v || fail=1
linked v s/c || fail=1

expect_entries_ s c || fail=1

Exit $fail
