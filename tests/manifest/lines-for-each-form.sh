#!/bin/sh
# --manifest appends one mtree line per entry this call created or
# replaced, in FreeBSD's METALOG form: "./PATH type=... uname=... gname=...
# mode=0NNN size=N time=SECONDS.NANOSECONDS", after a first line
# "#mtree".  Every form: SOURCE DEST, -t, -D (its leading directories
# too), -d (the operands, made or not, and the leading directories
# made, with no time: what goes into them changes it); --manifest-root
# strips its directory from the paths, which are
# recorded as named (not resolved); an absolute name loses its slash.
# Not recorded: a backup, and a destination -C leaves alone.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

# line PATH FILE [EXTRA]: the line ainstall must write for FILE.
line ()
{
  set -- "$1" "$2" "$3" "$(stat -c '%F' "$2")"
  case $4 in
    'regular file'|'regular empty file')
      printf '%s type=file uname=%s gname=%s mode=%s size=%s time=%s%s\n' \
        "$1" "$(stat -c %U "$2")" "$(stat -c %G "$2")" \
        "$(stat -c %#04a "$2")" "$(stat -c %s "$2")" \
        "$(stat -c %.9Y "$2")" "$3" ;;
    directory)
      printf '%s type=dir uname=%s gname=%s mode=%s\n' \
        "$1" "$(stat -c %U "$2")" "$(stat -c %G "$2")" \
        "$(stat -c %#04a "$2")" ;;
  esac
}

# A fresh source for each install: link and rename modes take it.
fresh_src ()
{
  rm -f src && echo content > src \
    && touch -d '2001-02-03 04:05:06.123456789' src || framework_failure_
}
mkdir t || framework_failure_

echo '#mtree' > exp || framework_failure_
fresh_src
returns_ 0 ainstall --manifest=M -m 644 src dest || fail=1
line ./dest dest >> exp
fresh_src
returns_ 0 ainstall --manifest=M -p -t t src || fail=1
line ./t/src t/src >> exp
fresh_src
returns_ 0 ainstall --manifest=M -D src a/b/c || fail=1
{ line ./a a; line ./a/b a/b; line ./a/b/c a/b/c; } >> exp
fresh_src
returns_ 0 ainstall --manifest=M -d -m 700 t d/e || fail=1
{ line ./t t; line ./d d; line ./d/e d/e; } >> exp
fresh_src
returns_ 0 ainstall --manifest=M -b src dest || fail=1
line ./dest dest >> exp
fresh_src
returns_ 0 ainstall --manifest=M -C src t/src || fail=1
fresh_src
returns_ 0 ainstall --manifest=M -m 644 src "$PWD/abs" || fail=1
line "./${PWD#/}/abs" abs >> exp
compare exp M || fail=1
test "$(stat -c %.9Y t/src)" = 981173106.123456789 || fail=1

# --manifest-root: paths below it, relative or absolute, cleaned up.
mkdir img || framework_failure_
echo '#mtree' > exp || framework_failure_
fresh_src
returns_ 0 ainstall --manifest=M2 --manifest-root=img/ -D src img/usr/bin/x \
  || fail=1
{ line ./usr img/usr; line ./usr/bin img/usr/bin; line ./usr/bin/x img/usr/bin/x
} >> exp
fresh_src
returns_ 0 ainstall --manifest=M2 --manifest-root="$PWD/img" -m 600 src \
  "$PWD/img/./usr//bin/y" || fail=1
line ./usr/bin/y img/usr/bin/y >> exp
fresh_src
returns_ 0 ainstall --manifest=M2 --manifest-root=img -d img || fail=1
line . img >> exp
compare exp M2 || fail=1

Exit $fail
