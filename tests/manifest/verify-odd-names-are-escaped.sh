#!/bin/sh
# Paths in a manifest are escaped as mtree escapes them: a space is
# "\040", a newline "\012", a byte that is not ASCII "\377", and '#',
# '=', '\' are escaped too ("\043", "\075", "\134").  --verify decodes
# them to find the entry, and prints the path exactly as the manifest
# writes it.  A name that starts with '-' is a name like any other.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir root || framework_failure_
for name in 'a b' "$(printf 'new\nline')" "$(printf 'bad\377byte')" \
            -leading '#hash' 'eq=ual' 'back\slash'; do
  echo 1 > "root/$name" || framework_failure_
done
cat > M <<'EOT' || framework_failure_
#mtree
./a\040b type=file size=2
./new\012line type=file size=2
./bad\377byte type=file size=2
./-leading type=file size=2
./\043hash type=file size=2
./eq\075ual type=file size=2
./back\134slash type=file size=2
EOT

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

for name in 'a b' "$(printf 'new\nline')" "$(printf 'bad\377byte')" \
            -leading '#hash' 'eq=ual' 'back\slash'; do
  echo 10 > "root/$name" || framework_failure_
done
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./a\040b: size expected 2, found 3
./new\012line: size expected 2, found 3
./bad\377byte: size expected 2, found 3
./-leading: size expected 2, found 3
./\043hash: size expected 2, found 3
./eq\075ual: size expected 2, found 3
./back\134slash: size expected 2, found 3
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
