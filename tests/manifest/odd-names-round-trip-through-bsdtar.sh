#!/bin/sh
# Names with a space, a newline, a byte that is not UTF-8, a leading '-',
# '#', '=', '*', '?', '[' and '\' are written with mtree's octal escapes
# (\040 for a space, \012 for a newline...), which bsdtar decodes: an
# archive made from the manifest holds exactly those names, and the
# escapes are the ones libarchive writes.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v bsdtar > /dev/null || skip_ "bsdtar is needed (libarchive-tools)"

mkdir root || framework_failure_
nl='
'
for name in 'a b' "new${nl}line" "$(printf 'bad\377byte')" -dash '#hash' \
    'eq=ual' 'st*ar' 'q?m' 'br[ack' 'back\slash'; do
  echo x > src || framework_failure_
  returns_ 0 ainstall --manifest=M --manifest-root=root -m 644 src \
    "root/$name" || fail=1
done

sed 1d M | cut -d' ' -f1 > got || framework_failure_
cat > exp <<'EOT' || framework_failure_
./a\040b
./new\012line
./bad\377byte
./-dash
./\043hash
./eq\075ual
./st\052ar
./q\077m
./br\133ack
./back\134slash
EOT
compare exp got || fail=1

# The archive, extracted, holds the very names.
(cd root && bsdtar -cf ../x.tar @../M) || fail=1
mkdir out && (cd out && bsdtar -xf ../x.tar) || fail=1
(cd root && ls -A) > exp-names || framework_failure_
(cd out && ls -A) > got-names || framework_failure_
compare exp-names got-names || fail=1
test -f "out/new${nl}line" && test -f "out/$(printf 'bad\377byte')" \
  && test -f 'out/back\slash' || fail=1

Exit $fail
