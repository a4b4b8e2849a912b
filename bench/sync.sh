#!/bin/sh
# The cost of durability: 2,000 files of 1 to 20 KiB installed in one
# call with "ainstall --sync", against GNU install followed by "sync",
# and against installing each file and then syncing it and its
# directory, one by one.  Prints the median time of each and its ratio to
# "install; sync".  A benchmark, not a test: run it by hand on a quiet
# machine, with TMPDIR on the file system to measure (ext4, say).
#
# Usage: bench/sync.sh [AINSTALL [GNU_INSTALL]]
# Environment: ROUNDS (default 5), FILES (default 2000)

set -e
ours=${1-src/ainstall}
gnu=${2-/usr/bin/install}
rounds=${ROUNDS-5}
files=${FILES-2000}
ours=$(cd "$(dirname "$ours")" && pwd)/$(basename "$ours")

work=$(mktemp -d "${TMPDIR-/tmp}/ainstall-sync-bench.XXXXXX")
trap 'rm -rf "$work"' 0
cd "$work"
mkdir src
i=0
while test $i -lt "$files"; do
  head -c $((1024 * (1 + i % 20))) /dev/urandom > src/f$i
  i=$((i + 1))
done

now () { date +%s%N; }

# run CASE: the time of one install of all the files into a fresh dst/.
run ()
{
  rm -rf dst && mkdir dst && sync
  t0=$(now)
  case $1 in
    sync) (cd src && "$ours" --sync -m 644 -t ../dst f*) ;;
    gnu-sync) (cd src && "$gnu" -m 644 -t ../dst f*) && sync ;;
    each) for f in src/*; do
            "$gnu" -m 644 "$f" dst/ && sync "dst/${f#src/}" dst
          done ;;
    nosync) (cd src && "$ours" -m 644 -t ../dst f*) && sync ;;
  esac
  t1=$(now)
  echo $((t1 - t0))
}

median ()
{
  tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

echo "work directory: $work ($(stat -f -c %T "$work")), $files files"
cases="sync gnu-sync each nosync"
for c in $cases; do eval "times_$(echo $c | tr - _)="; done
r=0
order=$cases
while test $r -lt "$rounds"; do
  for c in $order; do
    t=$(run $c)
    v=times_$(echo $c | tr - _)
    eval "$v=\"\$$v $t\""
  done
  order="${order#* } ${order%% *}"
  r=$((r + 1))
done
base=$(echo $times_gnu_sync | median)
printf '%-36s %10s %12s\n' "" ms "/ install+sync"
for c in $cases; do
  m=$(eval "echo \$times_$(echo $c | tr - _)" | median)
  case $c in
    sync) what="ainstall --sync" ;;
    gnu-sync) what="GNU install; sync" ;;
    each) what="install, sync file and dir, each" ;;
    nosync) what="ainstall; sync" ;;
  esac
  awk -v w="$what" -v m="$m" -v b="$base" \
    'BEGIN { printf "%-36s %10.1f %12.2f\n", w, m / 1e6, m / b }'
done
