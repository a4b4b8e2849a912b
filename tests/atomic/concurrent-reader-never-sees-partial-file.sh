#!/bin/sh
# While a file is replaced again and again, a concurrent reader always
# finds it there, complete, and with its final mode: each replacement is
# one rename of a fully written temporary that already has its mode.
# Here ainstall -m 644 installs two sources of different sizes and modes
# in turn, 200 times, while a reader loop checks at each pass that the
# destination exists, holds exactly one of the two sources (never an
# empty, short or mixed copy), and has mode 644.
#
# GNU install fails this: it unlinks the destination, then creates and
# writes a new file and only then sets its mode, so a reader can find
# the file missing, empty or partly written, or with the wrong mode.
# This test does not run GNU install.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

reader_pid=
cleanup_ ()
{
  test -n "$reader_pid" && kill "$reader_pid" 2>/dev/null
  unmount_all_
}

# Two sources that differ in size (so a short copy of the larger could
# not pass for the smaller) and in mode (so a mode not set by -m shows).
seq 1 60000 > a || framework_failure_
seq 1 7000 | sed 's/^/b/' > b || framework_failure_
chmod 600 a || framework_failure_
chmod 755 b || framework_failure_
mkdir d || framework_failure_

# install_copy_of SOURCE: install a fresh copy of SOURCE, not SOURCE itself,
# which the reader compares with: in link mode the destination is its
# source's inode (given mode 644), in rename mode the source is consumed.
install_copy_of ()
{
  rm -f "src-$1" && cp -p "$1" "src-$1" || framework_failure_
  ainstall -m 644 "src-$1" d/f
}
install_copy_of a || framework_failure_

# The reader: until told to stop, and at most 20000 passes.  Every pass
# is counted in "passes", every bad sight recorded in "bad".
: > bad || framework_failure_
(
  : > ready
  n=0
  while test ! -e stop && test $n -lt 20000; do
    n=$((n + 1))
    if cat d/f > snap 2>/dev/null; then
      cmp -s snap a || cmp -s snap b \
        || echo "pass $n: content is $(wc -c < snap) bytes of neither" >> bad
    else
      echo "pass $n: d/f is missing" >> bad
    fi
    m=$(stat -c %a d/f 2>/dev/null)
    test "$m" = 644 || echo "pass $n: mode is '$m'" >> bad
    echo $n > passes
  done
) &
reader_pid=$!

# Start writing once the reader has made its first pass (at most 10
# seconds from now).
i=0
while test ! -e ready && test $i -lt 600; do
  sleep .1
  i=$((i + 1))
done
test -e ready || framework_failure_ "the reader did not start"

# The writer: 200 replacements, alternating the sources.
i=0
while test $i -lt 100; do
  install_copy_of b || fail=1
  install_copy_of a || fail=1
  i=$((i + 1))
done

touch stop || framework_failure_
wait $reader_pid
reader_pid=

passes=$(cat passes 2>/dev/null)
test -n "$passes" && test "$passes" -gt 0 \
  || { echo "the reader never ran"; fail=1; }
echo "reader: $passes passes"
compare /dev/null bad || fail=1

# The last source installed is a, with mode 644, and nothing else is left.
compare a d/f || fail=1
test "$(stat -c %a d/f)" = 644 || fail=1
expect_entries_ d f || fail=1

Exit $fail
