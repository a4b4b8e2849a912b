#!/bin/sh
# An entry that is not in the tree is reported as "PATH: missing" and
# nothing else, whatever keywords its line has; so is one below a file
# that is not a directory.  A dangling symbolic link is there: it is the
# entry, never followed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir root && echo a > root/f && ln -s nowhere root/dangling \
  || framework_failure_
sum=$(sha256sum < root/f | cut -d' ' -f1) || framework_failure_
cat > M <<EOT || framework_failure_
#mtree
./f type=file mode=0644 size=2 sha256digest=$sum
./gone type=file mode=0644 size=2 sha256digest=$sum time=1.000000000
./f/under type=file
./dangling type=link link=nowhere
./no/such/dir type=dir
EOT
chmod 644 root/f || framework_failure_

returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./gone: missing
./f/under: missing
./no/such/dir: missing
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
