#!/bin/sh
# Until the final rename, the new content lives only in a hidden
# temporary ".DEST.XXXXXX", readable and writable by its owner alone
# (mode 600), while the destination's name still shows the old content;
# after the rename, the destination has the new content and the
# requested mode, and the temporary is gone.  A strip program records
# what it sees while ainstall waits for it: with -s the temporary is in
# a private directory ".DEST.XXXXXX" (mode 700) beside the destination,
# which the strip program reaches through /proc/self/fd.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

cat > spy-strip <<'SCRIPT' || framework_failure_
#!/bin/sh
basename "$1" > given-name || exit 1
stat -c %a "$1" > given-mode || exit 1
cat "$1" > given-content || exit 1
ls -A "$(dirname "$1")" > listing || exit 1
echo "$1" > given-path || exit 1
ls -A d > d-listing || exit 1
stat -c %a d/.dest.?????? > private-mode || exit 1
cat d/dest > dest-content || exit 1
stat -c %a d/dest > dest-mode || exit 1
SCRIPT
chmod +x spy-strip || framework_failure_

mkdir d || framework_failure_
echo old > d/dest || framework_failure_
chmod 640 d/dest || framework_failure_
echo old > exp-old || framework_failure_
echo new > src || framework_failure_
# What src holds, to compare with: rename mode consumes src.
cp src exp-new || framework_failure_

ainstall -s --strip-program=./spy-strip -m 644 src d/dest > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

# What the strip program was given: a hidden ".dest.XXXXXX" in d, mode
# 600, already holding the new content.
staged=$(cat given-name) || framework_failure_
case $staged in
  .dest.??????) ;;
  *) echo "staged file named '$staged'"; fail=1 ;;
esac
echo 600 > exp || framework_failure_
compare exp given-mode || fail=1
compare exp-new given-content || fail=1

# It was reached through a descriptor of its private directory, which
# held it alone; d held the old destination, untouched, and that
# directory, mode 700.
grep -Ex '/proc/self/fd/[0-9]+/\.dest\.[A-Za-z0-9]{6}' given-path > /dev/null \
  || { cat given-path; fail=1; }
echo "$staged" > exp || framework_failure_
compare exp listing || fail=1
grep -Ex '\.dest\.[A-Za-z0-9]{6}' d-listing > private || { cat d-listing; fail=1; }
printf '%s\n' dest "$(cat private)" | LC_ALL=C sort > exp || framework_failure_
LC_ALL=C sort d-listing > listing.sorted || framework_failure_
compare exp listing.sorted || fail=1
echo 700 > exp || framework_failure_
compare exp private-mode || fail=1
compare exp-old dest-content || fail=1
echo 640 > exp || framework_failure_
compare exp dest-mode || fail=1

# Afterwards: the new content with the requested mode, nothing else.
compare exp-new d/dest || fail=1
test "$(stat -c %a d/dest)" = 644 || fail=1
expect_entries_ d dest || fail=1

Exit $fail
