#!/bin/sh
# The environment variable AINSTALL_MERGE_MODE sets the default merge
# mode: link hard-links the source, rename moves it, copy copies it, and
# an empty value means copy.  --merge-mode overrides it, either way.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir s d || framework_failure_
for f in l r c e o1 o2 o3; do
  echo "content $f" > s/$f || framework_failure_
  eval ino_$f=\$\(stat -c %i s/$f\) || framework_failure_
done

# run VALUE ARGS...: run ainstall quietly with AINSTALL_MERGE_MODE=VALUE.
run ()
{
  value_=$1; shift
  returns_ 0 env AINSTALL_MERGE_MODE="$value_" ainstall "$@" > out 2> err \
    || return 1
  compare /dev/null out && compare /dev/null err
}
# linked NAME, moved NAME, copied NAME: what became of s/NAME and d/NAME.
linked ()
{
  eval ino_=\$ino_$1
  test "$(stat -c '%i %h' d/$1)" = "$ino_ 2" && compare s/$1 d/$1
}
moved ()
{
  eval ino_=\$ino_$1
  test "$(stat -c '%i %h' d/$1)" = "$ino_ 1" && test ! -e s/$1
}
copied ()
{
  eval ino_=\$ino_$1
  test "$(stat -c '%h' d/$1)" = 1 && test "$(stat -c %i d/$1)" != "$ino_" \
    && test "$(stat -c '%i %h' s/$1)" = "$ino_ 1" && compare s/$1 d/$1
}

run link s/l d/l || fail=1
linked l || { echo "AINSTALL_MERGE_MODE=link did not link"; fail=1; }
run rename s/r d/r || fail=1
moved r || { echo "AINSTALL_MERGE_MODE=rename did not move"; fail=1; }
run copy s/c d/c || fail=1
copied c || { echo "AINSTALL_MERGE_MODE=copy did not copy"; fail=1; }
run '' s/e d/e || fail=1
copied e || { echo "AINSTALL_MERGE_MODE= did not copy"; fail=1; }

# The option wins.
run rename --merge-mode=copy s/o1 d/o1 || fail=1
copied o1 || { echo "--merge-mode=copy lost to rename"; fail=1; }
run copy --merge-mode=link s/o2 d/o2 || fail=1
linked o2 || { echo "--merge-mode=link lost to copy"; fail=1; }
run link --merge-mode=rename s/o3 d/o3 || fail=1
moved o3 || { echo "--merge-mode=rename lost to link"; fail=1; }

expect_entries_ s l c e o1 o2 || fail=1
expect_entries_ d l r c e o1 o2 o3 || fail=1

Exit $fail
