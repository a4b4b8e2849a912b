#!/bin/sh
# --verify compares link= with the target of the symbolic link itself,
# which it never follows: "PATH: link expected target, found other".
# Targets are printed escaped as mtree escapes them ("a\040b",
# "new\012line").  A link to a directory is a link: "type=dir" there
# reads "PATH: type expected dir, found link".

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir -p root/d && ln -s target root/l && ln -s 'a b' root/sp \
  && ln -s d root/to-dir || framework_failure_
cat > M <<'EOT' || framework_failure_
#mtree
./l type=link link=target
./sp type=link link=a\040b
./to-dir type=link link=d
EOT

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

ln -sfn other root/l && rm root/sp && ln -s "$(printf 'new\nline')" root/sp \
  || framework_failure_
echo './to-dir type=dir link=d' >> M || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./l: link expected target, found other
./sp: link expected a\040b, found new\012line
./to-dir: type expected dir, found link
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
