#!/bin/sh
# Merge an image directory with "ainstall -R" in each merge mode, and with
# "cp -a" and "rsync -aH" side by side, in one run; print the median time
# of each and its ratio to "cp -a".  Then check that a merge scales: the
# time per file of a large image against a small one.
# A benchmark, not a test: run it by hand on a quiet machine, as root for
# cold caches (the caches are dropped before every run when root).
#
# Usage: bench/merge-image.sh [AINSTALL]
#   AINSTALL  default: src/ainstall
# Environment: ROUNDS (default 9), SMALL (default 1000), LARGE (default
#   100000), COLD (default 1 when root: drop the page cache before each
#   run; 0: warm caches), TMPDIR (where to work: put it on the file
#   system to measure, ext4 say).

set -e
ours=${1-src/ainstall}
ours=$(cd "$(dirname "$ours")" && pwd)/$(basename "$ours")
rounds=${ROUNDS-9}
small=${SMALL-1000}
large=${LARGE-100000}
if test "$(id -u)" = 0 && test -w /proc/sys/vm/drop_caches; then
  cold=${COLD-1}
else
  cold=0
fi

work=$(mktemp -d "${TMPDIR-/tmp}/ainstall-merge-bench.XXXXXX")
trap 'rm -rf "$work"' 0
cd "$work"

# The image: what "make install" of a small package plus a Perl library
# tree looks like, with every kind of entry a package has.
make_image ()
{
  mkdir -p "$1/usr/bin" "$1/usr/lib/pkg" "$1/usr/share/man/man1" \
    "$1/usr/share/doc/pkg" "$1/etc/pkg" "$1/var/lib/pkg" "$1/var/spool/pkg"
  if test -d /usr/share/perl5; then
    cp -a /usr/share/perl5 "$1/usr/share/"
  fi
  i=0
  while test $i -lt 300; do
    printf '#!/bin/sh\necho tool %d\n' $i > "$1/usr/bin/tool$i"
    printf '.TH TOOL%d 1\n' $i > "$1/usr/share/man/man1/tool$i.1"
    i=$((i + 1))
  done
  chmod 755 "$1"/usr/bin/*
  head -c 1048576 /dev/urandom > "$1/usr/lib/pkg/libpkg.so.1.0.0"
  ln -s libpkg.so.1.0.0 "$1/usr/lib/pkg/libpkg.so.1"
  ln -s libpkg.so.1 "$1/usr/lib/pkg/libpkg.so"
  ln -s /usr/bin/tool1 "$1/usr/bin/abs-link"
  ln -s ../nowhere "$1/usr/bin/dangling"
  ln -s tool2 "$1/usr/bin/rel1"
  ln -s tool3 "$1/usr/bin/rel2"
  ln -s tool4 "$1/usr/bin/rel3"
  printf 'set-uid\n' > "$1/usr/bin/suid" && chmod 4755 "$1/usr/bin/suid"
  printf 'group\n' > "$1/usr/bin/one"
  ln "$1/usr/bin/one" "$1/usr/bin/two"
  ln "$1/usr/bin/one" "$1/usr/lib/pkg/three"
  printf 'conf\n' > "$1/etc/pkg/pkg.conf"
  mkfifo "$1/var/lib/pkg/fifo"
  chmod 750 "$1/var/lib/pkg" && chmod 1777 "$1/var/spool/pkg"
  if test "$(id -u)" = 0; then
    chown nobody:adm "$1/var/lib/pkg" 2>/dev/null || true
    setcap cap_net_raw+ep "$1/usr/bin/tool5" 2>/dev/null || true
  fi
  setfattr -n user.pax.flags -v em "$1/usr/bin/tool6" 2>/dev/null || true
  setfacl -m u:nobody:r "$1/etc/pkg/pkg.conf" 2>/dev/null || true
  touch -d '2001-02-03 04:05:06.123456789' "$1/usr/bin/tool7"
}

# A large flat-ish image of N small files, in directories of 1,000.
make_many ()
{
  mkdir "$1"
  n=0 d=0
  while test $n -lt "$2"; do
    mkdir "$1/d$d"
    j=0
    while test $j -lt 1000 && test $n -lt "$2"; do
      printf 'f%d\n' $n > "$1/d$d/f$j"
      j=$((j + 1)) n=$((n + 1))
    done
    d=$((d + 1))
  done
}

now () { date +%s%N; }

# Every run starts with nothing left to write back from the last one,
# and, cold, with nothing cached.
drop_caches ()
{
  sync
  if test "$cold" = 1; then
    echo 3 > /proc/sys/vm/drop_caches
  fi
}

# run CASE IMAGE: the time of one merge of IMAGE into a fresh out/, in ns.
run ()
{
  rm -rf out
  case $1 in
    rename) rm -rf img-copy && cp -a "$2" img-copy && src=img-copy ;;
    *) src=$2 ;;
  esac
  drop_caches
  t0=$(now)
  case $1 in
    copy|link|rename) "$ours" -R --merge-mode=$1 --preserve=all "$src" out ;;
    cp) cp -a "$src/." out/ ;;
    rsync) rsync -aHAX "$src/" out/ ;;
  esac
  t1=$(now)
  echo $((t1 - t0))
}

median ()
{
  tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

make_image img
entries=$(find img | wc -l)
echo "work directory: $work ($(stat -f -c %T "$work")), cold caches: $cold"
echo "image: $entries entries, $(du -sh img | cut -f1)"

cases="copy link rename cp"
command -v rsync > /dev/null && cases="$cases rsync"
# Interleave the cases round by round, so that all see the same machine,
# each round in another order: what runs first or after another is not
# always the same case.
for c in $cases; do eval "times_$c="; done
r=0
order=$cases
while test $r -lt "$rounds"; do
  for c in $order; do
    t=$(run $c img)
    eval "times_$c=\"\$times_$c $t\""
  done
  order="${order#* } ${order%% *}"
  r=$((r + 1))
done
cp_ms=$(eval "echo \$times_cp" | median)
printf '%-28s %10s %8s\n' "merge of the image" "ms" "/ cp -a"
for c in $cases; do
  m=$(eval "echo \$times_$c" | median)
  case $c in
    copy|link|rename) what="ainstall -R, $c mode" ;;
    cp) what="cp -a" ;;
    rsync) what="rsync -aHAX" ;;
  esac
  awk -v w="$what" -v m="$m" -v c="$cp_ms" \
    'BEGIN { printf "%-28s %10.1f %8.2f\n", w, m / 1e6, m / c }'
done

# Scaling: the time per file of LARGE files against SMALL files.
make_many few "$small"
make_many lots "$large"
few_t=$( (for i in 1 2 3; do run copy few; done) | median)
lots_t=$(run copy lots)
awk -v s="$small" -v l="$large" -v a="$few_t" -v b="$lots_t" 'BEGIN {
  printf "time per file, copy mode: %d files %.1f us, %d files %.1f us, ratio %.2f\n",
    s, a / s / 1e3, l, b / l / 1e3, (b / l) / (a / s) }'
