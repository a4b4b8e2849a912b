#!/bin/sh
# No environment variable changes the merge mode: a merge strategy
# belongs to the command that merges, not to every install of a build
# (ebuild helpers run install on the build tree and the ebuild
# repository, which must never be moved or hard-linked).  With
# AINSTALL_MERGE_MODE set to link, rename, or anything else, ainstall
# copies, silently, exactly as without it; --merge-mode still works.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

# The program itself, not the suite's merge-mode wrapper.
prog=${AINSTALL_TEST_PROGRAM:-ainstall}

mkdir s d || framework_failure_
for f in l r x o; do
  echo "content $f" > s/$f || framework_failure_
  chmod 644 s/$f || framework_failure_
  eval ino_$f=\$\(stat -c %i s/$f\) || framework_failure_
done

# copied NAME: d/NAME is a new inode with s/NAME's content, s/NAME as it was.
copied ()
{
  eval ino_=\$ino_$1
  test "$(stat -c '%h %a' d/$1)" = '1 755' \
    && test "$(stat -c %i d/$1)" != "$ino_" \
    && test "$(stat -c '%i %h %a' s/$1)" = "$ino_ 1 644" && compare s/$1 d/$1
}

for value in link:l rename:r foo:x; do
  returns_ 0 env AINSTALL_MERGE_MODE="${value%:*}" "$prog" \
    s/${value#*:} d/${value#*:} > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  copied ${value#*:} || { echo "AINSTALL_MERGE_MODE=${value%:*} did not copy"; fail=1; }
done

# The option still works, whatever the variable says.
returns_ 0 env AINSTALL_MERGE_MODE=copy "$prog" --merge-mode=rename s/o d/o \
  > out 2> err || fail=1
test "$(stat -c '%i %h' d/o)" = "$ino_o 1" || fail=1

expect_entries_ s l r x || fail=1
expect_entries_ d l r x o || fail=1

Exit $fail
