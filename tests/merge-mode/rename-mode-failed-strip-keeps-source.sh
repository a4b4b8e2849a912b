#!/bin/sh
# With -s, rename mode copies and removes the source only once the
# destination is committed: when the strip program fails, ainstall prints
# "strip process terminated abnormally", exits 1, and the source is still
# there (name, inode, content, mode), the old destination is intact, and
# no temporary is left.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf '#!/bin/sh\nexit 1\n' > false-strip || framework_failure_
chmod +x false-strip || framework_failure_

mkdir s d || framework_failure_
echo new > s/a || framework_failure_
chmod 640 s/a || framework_failure_
echo old > d/f || framework_failure_
chmod 644 d/f || framework_failure_
src_st=$(stat -c '%i %h %a %Y' s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a' d/f) || framework_failure_

returns_ 1 ainstall --merge-mode=rename -s --strip-program=./false-strip \
  s/a d/f > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: strip process terminated abnormally" > exp \
  || framework_failure_
compare exp err || fail=1

# A new destination, with -b (nothing to back up): the same.
returns_ 1 ainstall -b --merge-mode=rename -s --strip-program=./false-strip \
  s/a d/g > out 2> err || fail=1
compare /dev/null out || fail=1
compare exp err || fail=1

test "$(stat -c '%i %h %a %Y' s/a)" = "$src_st" || fail=1
echo new > exp || framework_failure_
compare exp s/a || fail=1
test "$(stat -c '%i %h %a' d/f)" = "$dest_st" || fail=1
echo old > exp || framework_failure_
compare exp d/f || fail=1
expect_entries_ s a || fail=1
expect_entries_ d f || fail=1

Exit $fail
