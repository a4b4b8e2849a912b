#!/bin/sh
# -v with -D prints "ainstall: creating directory 'DIR'" on stdout for
# each leading directory it makes (not for those that exist), before the
# "'SRC' -> 'DEST'" line; nothing on stderr; exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
mkdir have || framework_failure_

fresh_a
returns_ 0 ainstall -v -D a x/y/z > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: creating directory 'x'
ainstall: creating directory 'x/y'
'a' -> 'x/y/z'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1
compare content x/y/z || fail=1

# Existing leading directories are not reported.
fresh_a
returns_ 0 ainstall -v -D a have/n/f > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: creating directory 'have/n'
'a' -> 'have/n/f'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1

# With -t, every component of the target directory.
fresh_a
returns_ 0 ainstall -v -D -t 'new dir/sub' a > out 2> err || fail=1
cat > exp <<'EOF' || framework_failure_
ainstall: creating directory 'new dir'
ainstall: creating directory 'new dir/sub'
'a' -> 'new dir/sub/a'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1

# Nothing to create: only the file's line.
fresh_a
returns_ 0 ainstall -v -D a x/y/w > out 2> err || fail=1
echo "'a' -> 'x/y/w'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

expect_entries_ x/y z w || fail=1

Exit $fail
