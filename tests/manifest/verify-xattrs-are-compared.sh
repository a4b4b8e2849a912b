#!/bin/sh
# The tag "ainstall.xattr.NAME=0xHEX" holds an extended attribute NAME
# and its value in hexadecimal.  --verify compares it with the entry's:
# "PATH: ainstall.xattr.user.pax.flags expected 0x656d, found 0x6d", or
# "found (none)" when the entry lacks it; an empty value is "0x".  The
# list of tags is split at its commas before anything is decoded, so
# that a name holding a comma or a space (escaped, "user.a\054b") is
# one name, and is printed escaped.  A writer may escape the '=' after
# the tag's name too.  Tags --verify does not know are ignored.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v setfattr > /dev/null || skip_ "setfattr is missing (package attr)"

mkdir root && echo a > root/f && echo b > root/g || framework_failure_
setfattr -n user.pax.flags -v em root/f \
  || skip_ "no user extended attributes here"
setfattr -n user.pax.flags -v em root/g || framework_failure_
setfattr -n 'user.a,b' -v 1 root/f && setfattr -n 'user.a b' -v 2 root/f \
  && setfattr -n user.empty root/f || framework_failure_
tags='tags=package.name=tool,ainstall.xattr.user.pax.flags=0x656d'
tags=$tags',ainstall.xattr.user.a\054b=0x31,ainstall.xattr.user.a\040b=0x32'
tags=$tags',ainstall.xattr.user.empty=0x'
printf '%s\n' '#mtree' "./f type=file $tags" \
  './g type=file tags=ainstall.xattr.user.pax.flags\0750x656d' > M \
  || framework_failure_

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

setfattr -n user.pax.flags -v m root/f && setfattr -x 'user.a,b' root/f \
  && setfattr -n 'user.a b' -v 3 root/f && setfattr -x user.empty root/f \
  && setfattr -n user.pax.flags -v e root/g || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./f: ainstall.xattr.user.pax.flags expected 0x656d, found 0x6d
./f: ainstall.xattr.user.a\054b expected 0x31, found (none)
./f: ainstall.xattr.user.a\040b expected 0x32, found 0x33
./f: ainstall.xattr.user.empty expected 0x, found (none)
./g: ainstall.xattr.user.pax.flags expected 0x656d, found 0x65
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
