#!/bin/sh
# -d DIRECTORY...: every operand is a directory to make, with all its
# missing components, each of mode 755 and owned by the caller; the
# status is 0 and nothing is printed.  --directory is the same option.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
cd w || framework_failure_

returns_ 0 ainstall -d p q/r/s > ../out 2> ../err || fail=1
compare /dev/null ../out || fail=1
compare /dev/null ../err || fail=1
returns_ 0 ainstall --directory t/u > ../out 2> ../err || fail=1
compare /dev/null ../out || fail=1
compare /dev/null ../err || fail=1

find . -mindepth 1 -printf '%P %y %m\n' | LC_ALL=C sort > ../tree || fail=1
cat > ../exp <<'EOF' || framework_failure_
p d 755
q d 755
q/r d 755
q/r/s d 755
t d 755
t/u d 755
EOF
compare ../exp ../tree || fail=1

id="$(id -u):$(id -g)"
for d in p q q/r q/r/s t t/u; do
  test "$(stat -c %u:%g "$d")" = "$id" || { echo "$d: wrong owner"; fail=1; }
done

# Operands that already exist are fine.
returns_ 0 ainstall -d p q/r > ../out 2> ../err || fail=1
compare /dev/null ../out || fail=1
compare /dev/null ../err || fail=1

Exit $fail
