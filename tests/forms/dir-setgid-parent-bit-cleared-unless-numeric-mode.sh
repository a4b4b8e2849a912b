#!/bin/sh
# In a set-group-ID parent, a directory inherits the set-group-ID bit.
# "ainstall -d" without -m clears it on the directory it makes, as its
# default mode 755 says; "-d -m 755" keeps it, since a numeric mode
# leaves a directory's set-ID bits alone; missing ancestors keep it.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir sg || framework_failure_
chmod 2755 sg || framework_failure_
test "$(stat -c %a sg)" = 2755 \
  || skip_ "cannot make a set-group-ID directory here"
mkdir sg/probe || framework_failure_
test "$(stat -c %a sg/probe)" = 2755 \
  || skip_ "this file system does not propagate the set-group-ID bit"
rmdir sg/probe || framework_failure_

returns_ 0 ainstall -d sg/a sg/b/c > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
returns_ 0 ainstall -d -m 755 sg/d sg/e/f > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
returns_ 0 ainstall -d -m 2755 sg/g > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

(cd sg && stat -c '%n %a' a b b/c d e e/f g) > modes || fail=1
cat > exp <<'EOF' || framework_failure_
a 755
b 2755
b/c 755
d 2755
e 2755
e/f 2755
g 2755
EOF
compare exp modes || fail=1

Exit $fail
