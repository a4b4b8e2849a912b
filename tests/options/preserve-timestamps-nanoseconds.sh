#!/bin/sh
# -p (--preserve-timestamps) gives each installed file the source's
# access and modification times with nanosecond precision, whether it is
# new, replaces a file, or is installed into a directory; the exit status
# is 0 and nothing is printed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

TZ=UTC0; export TZ
printf 'content\n' > a || framework_failure_
cp a a.copy || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode, in rename mode the source is consumed.
fresh_a () { rm -f a && cp a.copy a || framework_failure_; }
printf 'old\n' > b || framework_failure_
mkdir d || framework_failure_

# Reading a file may update its access time, so the source's times are
# set before each run, and the copy's are checked before it is read.
set_source_times ()
{
  touch -m -d '2001-02-03 04:05:06.123456789' a &&
  touch -a -d '2002-03-04 05:06:07.987654321' a
}
set_source_times || framework_failure_
cat > exp-times <<'EOF' || framework_failure_
1015218367.987654321 981173106.123456789
2002-03-04 05:06:07.987654321 +0000|2001-02-03 04:05:06.123456789 +0000
EOF
show_times () { stat -c '%.9X %.9Y' "$1" && stat -c '%x|%y' "$1"; }
show_times a > out-times || framework_failure_
compare exp-times out-times > /dev/null \
  || skip_ 'this file system does not keep nanosecond timestamps'

# Each case is "DEST ARGS...".
for case in 'new -p a new' 'b -p a b' 'd/a --preserve-timestamps a d' \
            'd/a -p -t d a'; do
  set -- $case; dest=$1; shift; args=$*
  fresh_a
  set_source_times || framework_failure_
  returns_ 0 ainstall $args > out 2> err || { echo "args: $args"; fail=1; }
  show_times "$dest" > out-times || framework_failure_
  compare exp-times out-times || { echo "args: $args"; fail=1; }
  compare /dev/null out || { echo "args: $args"; fail=1; }
  compare /dev/null err || { echo "args: $args"; fail=1; }
  compare a.copy "$dest" || { echo "args: $args"; fail=1; }
done

# Several sources at once each get their own times.
fresh_a
touch -m -d '1999-12-31 23:59:59.000000001' a.copy || framework_failure_
touch -a -d '1999-12-31 23:59:58.999999999' a.copy || framework_failure_
set_source_times || framework_failure_
returns_ 0 ainstall -p a a.copy d > out 2> err || fail=1
show_times d/a > out-times || framework_failure_
compare exp-times out-times || fail=1
test "$(stat -c '%.9X %.9Y' d/a.copy)" = '946684798.999999999 946684799.000000001' \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

expect_entries_ d a a.copy || fail=1

Exit $fail
