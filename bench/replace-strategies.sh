#!/bin/sh
# Time the ways of replacing many existing small files that the kernel
# offers (bench/replace-strategies.c says each), beside GNU install and
# ainstall, in one run, on the file system of TMPDIR: each alone and
# followed by a sync.  The evidence behind the manual's choice for the
# replace path (its "Replacement" chapter).  A benchmark, not a test.
#
# Usage: bench/replace-strategies.sh [AINSTALL [GNU_INSTALL]]
# Environment: N (default 10000 files), SIZE (default 2048 bytes),
#   ROUNDS (default 5), CC (default cc).

set -e
ours=${1-src/ainstall}
gnu=${2-/usr/bin/install}
n=${N-10000}
size=${SIZE-2048}
rounds=${ROUNDS-5}
here=$(cd "$(dirname "$0")" && pwd)
ours=$(cd "$(dirname "$ours")" && pwd)/$(basename "$ours")

work=$(mktemp -d "${TMPDIR-/tmp}/ainstall-replace.XXXXXX")
trap 'rm -rf "$work"' 0
cd "$work"
${CC-cc} -O2 -o strategies "$here/replace-strategies.c"
mkdir src
awk -v n="$n" -v size="$size" 'BEGIN {
  s = sprintf ("%*s", size, ""); gsub (/ /, "y", s)
  for (i = 0; i < n; i++) { f = "src/f" i; printf "%s", s > f; close (f) } }'

now () { date +%s%N; }

# run WAY: replace out/f* one way; print "install-ms install+sync-ms".
run ()
{
  rm -rf out && cp -a src out && sync
  t0=$(now)
  case $1 in
    gnu) (cd src && "$gnu" -m 644 -t ../out f*) ;;
    ainstall) (cd src && "$ours" -m 644 -t ../out f*) ;;
    *) ./strategies "$1" out "$n" "$size" > /dev/null ;;
  esac
  t1=$(now)
  sync
  t2=$(now)
  echo "$(((t1 - t0) / 1000000)) $(((t2 - t0) / 1000000))"
}

ways="gnu ainstall rename exchange writeback batched unlink"
for way in $ways; do : > "times.$way"; done
r=0
while test $r -lt "$rounds"; do
  for way in $ways; do run $way >> "times.$way"; done
  r=$((r + 1))
done

median () { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "replacing $n files of $size bytes on ${TMPDIR-/tmp} ($(stat -f -c %T .)), median of $rounds (ms)"
printf '  %-10s %10s %8s %14s %8s\n' way install ratio "install+sync" ratio
g1=$(cut -d' ' -f1 times.gnu | median) g2=$(cut -d' ' -f2 times.gnu | median)
for way in $ways; do
  a=$(cut -d' ' -f1 "times.$way" | median) b=$(cut -d' ' -f2 "times.$way" | median)
  awk -v w="$way" -v a="$a" -v b="$b" -v g1="$g1" -v g2="$g2" 'BEGIN {
    printf "  %-10s %10d %8.2f %14d %8.2f\n", w, a, a / g1, b, b / g2 }'
done
