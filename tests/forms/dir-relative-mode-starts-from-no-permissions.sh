#!/bin/sh
# For a directory that -d makes, a relative symbolic -m mode is applied
# to a mode with no permission bits, as for files and as GNU install
# does (gnulib's make_dir_parents creates it with that mode): g+w gives
# 20, u+x 100, +t 1000, a-w 0.  Its missing ancestors still get 755.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_

for m in g+w u+x +t a-w; do
  returns_ 0 ainstall -d -m "$m" "w/$m" > out 2> err || { echo "$m"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
done
returns_ 0 ainstall -d -m g+w w/p/q > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

(cd w && stat -c '%n %a' g+w u+x +t a-w p p/q) > modes || fail=1
cat > exp <<'EOF' || framework_failure_
g+w 20
u+x 100
+t 1000
a-w 0
p 755
p/q 20
EOF
compare exp modes || fail=1

Exit $fail
