#!/bin/sh
# "ainstall -R" asks for the data of a directory's next files while it
# copies one (a cold merge waits on one read after another otherwise),
# and hands the descriptor it opened for that on: every file of the image
# is still opened once, and read ahead or not, what lands is the image.
# Holding those descriptors never costs the merge its own: with 24
# descriptors in all, a deep image merges whole.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_copy_mode_
command -v strace > /dev/null || skip_ "strace is needed"

mkdir -p img/d || framework_failure_
i=0
while test $i -lt 40; do
  printf 'file %d\n' $i > img/d/f$i || framework_failure_
  i=$((i + 1))
done

strace -o trace -e trace=openat,fadvise64 ainstall -R img root > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
describe_tree_ img | cut -d' ' -f1-2,4- > exp || framework_failure_
describe_tree_ root | cut -d' ' -f1-2,4- > got || framework_failure_
compare exp got || fail=1

# Each file of the image opened once, and most of them read ahead.
i=0
while test $i -lt 40; do
  n=$(grep -c "^openat([^,]*, \"f$i\"," trace)
  test "$n" = 1 || { echo "img/d/f$i opened $n times"; fail=1; }
  i=$((i + 1))
done
ahead=$(grep -c '^fadvise64(.*POSIX_FADV_WILLNEED' trace)
test "$ahead" -ge 30 || { echo "only $ahead files read ahead"; fail=1; }

# A deep image, with few descriptors to spare.
p=deep
for level in 1 2 3 4 5 6 7 8 9 10; do
  p=$p/l$level
  mkdir -p "$p" || framework_failure_
  for j in 1 2 3 4 5 6 7 8 9 10; do
    echo "$p $j" > "$p/f$j" || framework_failure_
  done
done
(ulimit -n 24 && ainstall -R deep deep-root) > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
describe_tree_ deep | cut -d' ' -f1-2,4- > exp || framework_failure_
describe_tree_ deep-root | cut -d' ' -f1-2,4- > got || framework_failure_
compare exp got || fail=1

Exit $fail
