#!/bin/sh
# A line of the manifest that --verify cannot read is reported on
# standard error in GNU's form for errors in a file,
# "ainstall:MANIFEST:LINE: ...", and makes the exit status 1; the other
# lines are still checked.  A field without '=', a value a checked
# keyword cannot have, a '/' command other than /set and /unset are such
# lines.  Keywords --verify does not check are not read at all.  A line
# that ends in a backslash continues on the next line (mtree(5)); an
# error there is reported at its first line.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir root && echo a > root/h && echo a > root/i || framework_failure_
cat > M <<'EOT' || framework_failure_
#mtree
./a type=file bogus
./b mode=0999
./c type=thing
/frob x=y
./d size=12x
./e time=1.2.3
./f tags=ainstall.xattr.user.x=zz
./g sha256digest=abc
./h type=file size=2 flags=uchg nlink=x cksum=? md5digest=no contents=./x
./i type=file \
    size=99
./j \
    uid=-1
EOT

returns_ 1 ainstall --verify=M root > out 2> err || fail=1
echo './i: size expected 99, found 2' > exp || framework_failure_
compare exp out || fail=1
cat > exp <<'EOT' || framework_failure_
ainstall:M:2: invalid field 'bogus'
ainstall:M:3: invalid mode value '0999'
ainstall:M:4: invalid type value 'thing'
ainstall:M:5: unknown command '/frob'
ainstall:M:6: invalid size value '12x'
ainstall:M:7: invalid time value '1.2.3'
ainstall:M:8: invalid tags value 'ainstall.xattr.user.x=zz'
ainstall:M:9: invalid sha256digest value 'abc'
ainstall:M:13: invalid uid value '-1'
EOT
compare exp err || fail=1

Exit $fail
