#!/bin/sh
# A file installed twice has two entries in its manifest; the last one
# says what the tree holds, and the earlier ones are not checked.  "./f",
# "f" and ".//f" are the same entry.  Differences come in the order of
# the entries that count: here "./b", then the second "./a".

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

sum () { printf '%b' "$1" | sha256sum | cut -d' ' -f1; }

mkdir root && printf 'new\n' > root/a && printf 'b\n' > root/b \
  || framework_failure_
cat > M <<EOT || framework_failure_
#mtree
./a type=file size=4 sha256digest=$(sum 'old\n')
./b type=file size=2
a type=file size=4 sha256digest=$(sum 'new\n')
EOT

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

cat > M <<EOT || framework_failure_
#mtree
./a type=file size=4 sha256digest=$(sum 'new\n')
./b type=file size=3
.//a type=file size=5
EOT
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./b: size expected 3, found 2
.//a: size expected 5, found 4
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
