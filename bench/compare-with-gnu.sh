#!/bin/sh
# Compare ainstall's speed with GNU install's, in one run, and print the
# ratios (ainstall's time / GNU's time: below 1 means ainstall is faster).
# A benchmark, not a test: run it by hand on a quiet machine.
#
# Usage: bench/compare-with-gnu.sh [AINSTALL [GNU_INSTALL]]
#   AINSTALL     default: src/ainstall
#   GNU_INSTALL  default: /usr/bin/install
# Environment: ROUNDS (default 5), FILES (default 2000), BIG_MB (default 200)

set -e
ours=${1-src/ainstall}
gnu=${2-/usr/bin/install}
rounds=${ROUNDS-5}
files=${FILES-2000}
big_mb=${BIG_MB-200}

"$gnu" --version 2>/dev/null | grep 'GNU coreutils' >/dev/null || {
  echo "$0: $gnu is not GNU install" >&2; exit 1; }
ours=$(cd "$(dirname "$ours")" && pwd)/$(basename "$ours")

work=$(mktemp -d "${TMPDIR-/tmp}/ainstall-bench.XXXXXX")
trap 'rm -rf "$work"' 0
cd "$work"

# Inputs: many small files, one big file.
mkdir small
i=0
while test $i -lt "$files"; do
  printf 'file %d\n' $i > small/f$i
  i=$((i + 1))
done
head -c $((big_mb * 1024 * 1024)) /dev/urandom > big

now () { date +%s%N; }

# run_once PROG CASE: the time, in nanoseconds, of one run of CASE with
# PROG as the install program, on a fresh output directory.
run_once ()
{
  rm -rf out && mkdir out
  t0=$(now)
  "$2" "$1" > /dev/null
  t1=$(now)
  echo $((t1 - t0))
}

startup () { i=0; while test $i -lt 200; do "$1" -m 644 small/f0 out/f0; i=$((i + 1)); done; }
many () { "$1" -m 644 -t out small/*; }
replace () { "$1" -m 644 -t out small/* && "$1" -m 644 -t out small/*; }
big () { "$1" -m 644 big out/big; }
compare_same () { "$1" -C -m 644 -t out small/* && "$1" -C -m 644 -t out small/*; }
# GNU has no link mode: it copies, ainstall links.
link_mode () {
  case $1 in
    "$gnu") "$1" -m 644 -t out small/* ;;
    *) "$1" --merge-mode=link -m 644 -t out small/* ;;
  esac
}

echo "work directory: $work ($(stat -f -c %T "$work"))"
printf '%-34s %12s %12s %8s\n' "case" "GNU (ms)" "ainstall (ms)" "ratio"
for case in startup many replace big compare_same link_mode; do
  # Alternate the two programs, and keep each one's best time, so that
  # both see the same machine.
  g= o= r=0
  while test $r -lt "$rounds"; do
    t=$(run_once "$gnu" $case); test -z "$g" || test $t -lt $g && g=$t
    t=$(run_once "$ours" $case); test -z "$o" || test $t -lt $o && o=$t
    r=$((r + 1))
  done
  case $case in
    startup) what="200 runs on one small file" ;;
    many) what="$files small files, one run" ;;
    replace) what="$files files, then again" ;;
    big) what="one ${big_mb} MiB file" ;;
    compare_same) what="-C, $files files twice" ;;
    link_mode) what="$files files, link vs GNU copy" ;;
  esac
  awk -v w="$case: $what" -v g="$g" -v o="$o" 'BEGIN {
    printf "%-34s %12.1f %12.1f %8.2f\n", w, g / 1e6, o / 1e6, o / g }'
done
