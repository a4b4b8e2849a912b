#!/bin/sh
# With -p and -s, the timestamps are set after the strip program ran:
# the installed file has the source's access and modification times (to
# the nanosecond) even though stripping wrote to it, or replaced it with
# a new file.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

TZ=UTC0; export TZ
printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: rename mode consumes its source, even
# with -s (which copies it).
fresh_a () { rm -f a && cp content a || framework_failure_; }
fresh_a

# A strip program that writes to the file and sets its times to now.
cat > strip-append <<'EOF' || framework_failure_
#!/bin/sh
echo stripped >> "$1" && touch "$1"
EOF
# A strip program that puts a new file in its place.
cat > strip-replace <<'EOF' || framework_failure_
#!/bin/sh
{ cat "$1" && echo replaced; } > "$1.new" && mv "$1.new" "$1"
EOF
chmod +x strip-append strip-replace || framework_failure_

set_source_times ()
{
  touch -m -d '2001-02-03 04:05:06.123456789' a &&
  touch -a -d '2002-03-04 05:06:07.987654321' a
}
set_source_times || framework_failure_
echo '1015218367.987654321 981173106.123456789' > exp-times \
  || framework_failure_
stat -c '%.9X %.9Y' a > out-times || framework_failure_
compare exp-times out-times > /dev/null \
  || skip_ 'this file system does not keep nanosecond timestamps'

returns_ 0 ainstall -p -s --strip-program=./strip-append a b > out 2> err \
  || fail=1
stat -c '%.9X %.9Y' b > out-times || framework_failure_
compare exp-times out-times || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
printf 'content\nstripped\n' > exp || framework_failure_
compare exp b || fail=1

fresh_a
set_source_times || framework_failure_
returns_ 0 ainstall -p -s --strip-program="$PWD/strip-replace" a b > out 2> err \
  || fail=1
stat -c '%.9X %.9Y' b > out-times || framework_failure_
compare exp-times out-times || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
printf 'content\nreplaced\n' > exp || framework_failure_
compare exp b || fail=1
test "$(stat -c %a b)" = 755 || fail=1

rm -f a || framework_failure_
: > exp-entries_ && : > out-entries_ || framework_failure_
expect_entries_ . b content strip-append strip-replace exp exp-times \
  out-times out err exp-entries_ out-entries_ || fail=1

Exit $fail
