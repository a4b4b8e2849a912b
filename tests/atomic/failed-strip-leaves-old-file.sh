#!/bin/sh
# A strip program that fails makes ainstall report GNU's "strip process
# terminated abnormally" and exit with status 1, but, unlike GNU install
# (which has already replaced the destination and then removes it), the
# old destination stays, content and mode, and no temporary file is
# left.  As in GNU install, the next source operand is still installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

# Fails on files staged for a destination named "f", succeeds otherwise.
cat > false-strip <<'SCRIPT' || framework_failure_
#!/bin/sh
case $1 in
  */.f.*|.f.*) exit 1 ;;
esac
exit 0
SCRIPT
chmod +x false-strip || framework_failure_

mkdir d || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
echo old > exp-old || framework_failure_
echo new > f || framework_failure_
echo new-g > g || framework_failure_
# What g holds, to compare with: rename mode consumes g.
cp g exp-g || framework_failure_
echo "ainstall: strip process terminated abnormally" > exp \
  || framework_failure_

returns_ 1 ainstall -s --strip-program=./false-strip f d/f > out 2> err \
  || fail=1
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/f || fail=1
test "$(stat -c %a d/f)" = 640 || fail=1
expect_entries_ d f || fail=1

returns_ 1 ainstall -s --strip-program=./false-strip -t d f g > out 2> err \
  || fail=1
compare exp err || fail=1
compare /dev/null out || fail=1
compare exp-old d/f || fail=1
test "$(stat -c %a d/f)" = 640 || fail=1
compare exp-g d/g || fail=1
test "$(stat -c %a d/g)" = 755 || fail=1
expect_entries_ d f g || fail=1

Exit $fail
