#!/bin/sh
# -v (--verbose) prints "'SRC' -> 'DEST'" on stdout for each file
# installed where no file was, names quoted as the shell would need
# them; nothing on stderr; exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: in rename mode the source is
# consumed.
fresh_a () { rm -f a && cp content a || framework_failure_; }
printf 'x\n' > "it's" || framework_failure_
printf 'y\n' > 'a b' || framework_failure_
printf 'z\n' > "$(printf 'n\tl')" || framework_failure_
mkdir d || framework_failure_

fresh_a
returns_ 0 ainstall -v a b > out 2> err || fail=1
echo "'a' -> 'b'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1
compare content b || fail=1

fresh_a
returns_ 0 ainstall --verbose a d > out 2> err || fail=1
echo "'a' -> 'd/a'" > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

returns_ 0 ainstall -v -t d "it's" 'a b' "$(printf 'n\tl')" > out 2> err \
  || fail=1
cat > exp <<'EOF' || framework_failure_
"it's" -> "d/it's"
'a b' -> 'd/a b'
'n'$'\t''l' -> 'd/n'$'\t''l'
EOF
compare exp out || fail=1
compare /dev/null err || fail=1

expect_entries_ d a "it's" 'a b' "$(printf 'n\tl')" || fail=1

Exit $fail
