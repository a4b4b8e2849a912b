#!/bin/sh
# Compare ainstall's speed with GNU install's, in one run, and print the
# ratios (ainstall's time / GNU's time: below 1 means ainstall is faster).
# Each workload's setup is not timed; the two programs take turns, round
# after round, and each keeps its median.  It runs on the file system of
# TMPDIR (ext4, say) and, where there is one, on a tmpfs (/dev/shm).
# A benchmark, not a test: run it by hand on a quiet machine ("make
# bench" runs it on the program just built).
#
# Usage: bench/compare-with-gnu.sh [AINSTALL [GNU_INSTALL]]
#   AINSTALL     default: src/ainstall
#   GNU_INSTALL  default: /usr/bin/install
# Environment: ROUNDS (default 5), FILES (default 2000), MANY (default
#   10000: files replaced in the large replace), HUGE (default 100000:
#   files into one directory), BIG_MB (default 512), WORKLOADS (default
#   all of them), PLACES (default: "$TMPDIR /dev/shm").

set -e
ours=${1-src/ainstall}
gnu=${2-/usr/bin/install}
rounds=${ROUNDS-5}
files=${FILES-2000}
many=${MANY-10000}
huge=${HUGE-100000}
big_mb=${BIG_MB-512}
workloads=${WORKLOADS-"startup batch replace replace_many one_dir big
  compare_same link_mode rename_mode"}
places=${PLACES-"${TMPDIR-/tmp} /dev/shm"}
workloads=$(echo $workloads)

"$gnu" --version 2>/dev/null | grep 'GNU coreutils' >/dev/null || {
  echo "$0: $gnu is not GNU install" >&2; exit 1; }
ours=$(cd "$(dirname "$ours")" && pwd)/$(basename "$ours")

now () { date +%s%N; }

# make_files DIR N: N small files, 1 to 20 KiB.
make_files ()
{
  mkdir "$1"
  awk -v dir="$1" -v n="$2" 'BEGIN {
    block = "0123456789abcdef"
    while (length (block) < 20480) block = block block
    for (i = 0; i < n; i++) {
      f = dir "/f" i
      printf "%s", substr (block, 1 + i % 7, 1024 * (1 + i % 20)) > f
      close (f)
    }
  }'
}

# Each workload: setup_W PROG (not timed), then W PROG (timed), in a
# fresh "out" directory.  PROG is the install program.
setup () { rm -rf out src && mkdir out; }

# Each run makes a new file: replacing one would time the replace path.
startup () { i=0; while test $i -lt 200; do "$1" -m 644 one out/one$i; i=$((i + 1)); done; }
batch () { (cd small && "$1" -m 644 -t ../out f*); }
setup_replace () { (cd small && "$1" -m 644 -t ../out f*); }
replace () { (cd small && "$1" -m 644 -t ../out f*); }
setup_replace_many () { (cd manyfiles && "$1" -m 644 -t ../out f*); }
replace_many () { (cd manyfiles && "$1" -m 644 -t ../out f*); }
one_dir () { (cd hugefiles && find . -type f -print0 | xargs -0 "$1" -m 644 -t ../out); }
big () { "$1" -m 644 big out/big; }
setup_compare_same () { (cd small && "$1" -m 644 -t ../out f*); }
compare_same () { (cd small && "$1" -C -m 644 -t ../out f*); }
# GNU has no link or rename mode: it copies; ainstall links, or moves.
link_mode () {
  case $1 in
    "$gnu") (cd small && "$1" -m 644 -t ../out f*) ;;
    *) (cd small && "$1" --merge-mode=link -m 644 -t ../out f*) ;;
  esac
}
setup_rename_mode () { cp -a small src; }
rename_mode () {
  case $1 in
    "$gnu") (cd src && "$1" -m 644 -t ../out f*) ;;
    *) (cd src && "$1" --merge-mode=rename -m 644 -t ../out f*) ;;
  esac
}

# run_once PROG W: the time, in nanoseconds, of one run of workload W.
run_once ()
{
  setup
  if command -v "setup_$2" > /dev/null 2>&1; then
    "setup_$2" "$1" > /dev/null
  fi
  sync
  t0=$(now)
  "$2" "$1" > /dev/null
  t1=$(now)
  echo $((t1 - t0))
}

median ()
{
  tr ' ' '\n' | grep . | sort -n \
    | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

describe ()
{
  case $1 in
    startup) echo "start-up: 200 runs, one small file" ;;
    batch) echo "$files new files, one run" ;;
    replace) echo "replacing $files files" ;;
    replace_many) echo "replacing $many files" ;;
    one_dir) echo "$huge files into one directory" ;;
    big) echo "one $big_mb MiB file" ;;
    compare_same) echo "-C, $files unchanged files" ;;
    link_mode) echo "link mode, $files files (GNU copies)" ;;
    rename_mode) echo "rename mode, $files files (GNU copies)" ;;
  esac
}

# count W: how many files workload W installs (the per-file cost shows
# whether a large directory makes each file dearer).
count ()
{
  case $1 in
    startup) echo 200 ;;
    replace_many) echo "$many" ;;
    one_dir) echo "$huge" ;;
    big) echo 0 ;;
    *) echo "$files" ;;
  esac
}

# bench_place DIR: every workload in a directory of DIR.
bench_place ()
{
  work=$(mktemp -d "$1/ainstall-bench.XXXXXX")
  (
    trap 'rm -rf "$work"' 0
    cd "$work"
    echo "one" > one
    make_files small "$files"
    case " $workloads " in *" replace_many "*) make_files manyfiles "$many" ;; esac
    case " $workloads " in *" one_dir "*) make_files hugefiles "$huge" ;; esac
    case " $workloads " in
      *" big "*) head -c $((big_mb * 1024 * 1024)) /dev/urandom > big ;;
    esac
    echo "$1 ($(stat -f -c %T .)), median of $rounds"
    printf '  %-40s %10s %12s %7s %14s\n' workload "GNU (ms)" \
      "ainstall (ms)" ratio "ainstall/file"
    for w in $workloads; do
      g= o= r=0
      while test $r -lt "$rounds"; do
        # Take turns, first one, then the other.
        if test $((r % 2)) = 0; then
          g="$g $(run_once "$gnu" $w)"; o="$o $(run_once "$ours" $w)"
        else
          o="$o $(run_once "$ours" $w)"; g="$g $(run_once "$gnu" $w)"
        fi
        r=$((r + 1))
      done
      g=$(echo $g | median) o=$(echo $o | median)
      awk -v w="$(describe $w)" -v g="$g" -v o="$o" -v n="$(count $w)" 'BEGIN {
        printf "  %-40s %10.1f %12.1f %7.2f", w, g / 1e6, o / 1e6, o / g
        if (n > 0) printf " %11.1f us", o / n / 1e3
        printf "\n" }'
    done
  )
}

for place in $places; do
  test -d "$place" && test -w "$place" && bench_place "$place"
done
