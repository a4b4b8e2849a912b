#!/bin/sh
# --verify compares a device's device= with its major and minor numbers:
# "native,MAJOR,MINOR" as --manifest and FreeBSD write it (any word in
# place of "native"), or a plain number, the whole device number.  A
# difference is printed in the manifest's form: "PATH: device expected
# native,1,5, found native,1,3".

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_

mkdir root || framework_failure_
mknod root/null c 1 3 && mknod root/loop b 7 0 \
  || skip_ "cannot make device nodes here"
cat > M <<'EOT' || framework_failure_
#mtree
./null type=char device=native,1,3
./loop type=block device=linux,7,0
EOT
returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

# 1,3 is 259 as a number (Linux's encoding).
cat > M <<'EOT' || framework_failure_
#mtree
./null type=char device=259
EOT
returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

cat > M <<'EOT' || framework_failure_
#mtree
./null type=char device=native,1,5
./loop type=block device=260
EOT
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./null: device expected native,1,5, found native,1,3
./loop: device expected 260, found 1792
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
