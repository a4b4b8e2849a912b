#!/bin/sh
# --verify reads every regular file that has a digest in the manifest
# (sha256digest= or sha256=, sha512digest= or sha512=) and reports one
# that differs: "PATH: sha256digest expected OLD, found NEW", the keyword
# as the line spells it, digests in lowercase hexadecimal (the manifest
# may write uppercase).  A file of another size says "size expected 4,
# found 6" first.  A file of the same size with other content is found
# through its digest alone.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

sum () { "$1" < "$2" | cut -d' ' -f1; }

mkdir root && echo old > root/same-size && echo old > root/grown \
  || framework_failure_
old256=$(sum sha256sum root/grown) && old512=$(sum sha512sum root/grown) \
  || framework_failure_
upper256=$(echo $old256 | tr a-f A-F) || framework_failure_
cat > M <<EOT || framework_failure_
#mtree
./same-size type=file size=4 sha256=$upper256
./grown type=file size=4 sha256digest=$old256 sha512=$old512
EOT

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

echo new > root/same-size && echo newer > root/grown || framework_failure_
new256=$(sum sha256sum root/same-size) \
  && grown256=$(sum sha256sum root/grown) \
  && grown512=$(sum sha512sum root/grown) || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<EOT || framework_failure_
./same-size: sha256 expected $old256, found $new256
./grown: size expected 4, found 6
./grown: sha256digest expected $old256, found $grown256
./grown: sha512 expected $old512, found $grown512
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
