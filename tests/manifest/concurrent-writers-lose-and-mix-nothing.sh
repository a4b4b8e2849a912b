#!/bin/sh
# A parallel "make -j install" runs many ainstall processes that append
# to one manifest.  8 processes each install 500 files, one process per
# file, all at once: the manifest then has the "#mtree" line once, and
# exactly the 4,000 lines expected, each whole (none mixed with another,
# none lost), whatever the order.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

echo x > src || framework_failure_
mkdir dst || framework_failure_
writer ()
{
  i=0
  while test $i -lt 500; do
    ainstall --merge-mode=copy --manifest=M --manifest-root=dst -m 644 src \
      dst/w$1-$i || return 1
    i=$((i + 1))
  done
}
pids=
for w in 1 2 3 4 5 6 7 8; do
  writer $w &
  pids="$pids $!"
done
for p in $pids; do
  wait $p || fail=1
done

test "$(grep -c '^#mtree$' M)" = 1 || fail=1
test "$(head -n 1 M)" = '#mtree' || fail=1
test "$(wc -l < M)" = 4001 || { echo "$(wc -l < M) lines"; fail=1; }
sed 1d M | sed 's/ time=[0-9.]*$//' | LC_ALL=C sort > got \
  || framework_failure_
for w in 1 2 3 4 5 6 7 8; do
  i=0
  while test $i -lt 500; do
    echo "./w$w-$i type=file uname=$(id -un) gname=$(id -gn) mode=0644 size=2"
    i=$((i + 1))
  done
done | LC_ALL=C sort > exp
compare exp got || fail=1
grep -Ev '^\./w[1-8]-[0-9]+ type=file .* time=[0-9]+\.[0-9]{9}$' M \
  | grep -v '^#mtree$' > bad
compare /dev/null bad || fail=1

Exit $fail
