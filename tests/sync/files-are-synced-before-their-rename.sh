#!/bin/sh
# --sync: every file ainstall installs is complete and fsynced before the
# rename (or link) that gives it its name, and every directory it changed
# is fsynced after the last name it gave there, before ainstall exits.
# 50 files into 3 directories in one call (-t, three times... one call
# per directory would not batch: so the directory form, then -D and -d,
# then an -R merge), traced with strace -y: for each destination, the
# fsync of its staged file comes before the call that names it, and an
# fsync of its directory comes after that call.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v strace > /dev/null || skip_ "strace is needed"

mkdir d1 d2 d3 || framework_failure_
# Fresh sources for each step: rename mode takes them.
make_sources ()
{
  rm -rf src && mkdir src || framework_failure_
  i=0
  while test $i -lt 50; do
    printf 'file %d\n' $i > src/f$i || framework_failure_
    i=$((i + 1))
  done
}

calls=fsync,fdatasync,link,linkat,rename,renameat,renameat2,mkdir,mkdirat
trace ()
{
  strace -f -y -o trace -e trace=$calls "$@"
}

# check_order NAME DIR: in "trace", the file that DIR/NAME now is was
# fsynced before the last call that named it NAME in DIR (its absolute
# name), and DIR was fsynced after that call.  strace -y shows the file
# as "DIR/#INODE (deleted)" when it was staged unnamed, or by its
# source's name, src/NAME, or image's, when link mode took it, or by a
# temporary name, .NAME.XXXXXX.
check_order ()
{
  ino=$(stat -c %i "$2/$1") || return 1
  awk -v name="$1" -v dir="$2" -v ino="$ino" -v here="$here" '
    /^[0-9]+ +fsync\(/ {
      if (index($0, "/#" ino ">") || index($0, "<" here "/src/" name ">") \
          || index($0, "/." name ".") \
          || (index($0, "<" here "/img/") && index($0, "/" name ">")))
        staged = NR
      if (index($0, "<" dir ">)")) dir_synced = NR
    }
    /^[0-9]+ +(linkat|renameat2?|rename|link)\(/ \
      && index($0, "<" dir ">, \"" name "\"") { named = NR }
    END {
      if (! named) { print name ": never named"; exit 1 }
      if (! staged || named < staged) {
        print name ": not synced before its name"; exit 1 }
      if (dir_synced < named) { print dir ": not synced after " name; exit 1 }
    }' trace
}

here=$(pwd -P)
make_sources
trace ainstall --sync -m 644 src/f0 src/f1 src/f2 src/f3 src/f4 src/f5 \
  src/f6 src/f7 src/f8 src/f9 src/f10 src/f11 src/f12 src/f13 src/f14 \
  src/f15 src/f16 d1 > out 2> err || fail=1
compare /dev/null err || fail=1
for i in 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do
  check_order f$i "$here/d1" || fail=1
done
# Rename mode moved the sources: their directory changed too.
if test "$suite_merge_mode_" = rename; then
  grep "^[0-9]* *fsync([0-9]*<$here/src>)" trace > /dev/null \
    || { echo "src: not synced"; fail=1; }
fi

# Replacing: the staged file is linked to a temporary name, then renamed.
make_sources
trace ainstall --sync -m 600 -t d1 src/f0 src/f1 src/f2 > out 2> err \
  || fail=1
for i in 0 1 2; do
  check_order f$i "$here/d1" || fail=1
done

# -D makes d2/sub and d3/a/b: each made directory, and its parent, synced
# after it was made.
make_sources
trace ainstall --sync -D -m 644 src/f20 d2/sub/f20 > out 2> err || fail=1
check_order f20 "$here/d2/sub" || fail=1
for d in "$here/d2" "$here/d2/sub"; do
  grep "^[0-9]* *fsync([0-9]*<$d>)" trace > /dev/null \
    || { echo "$d: not synced"; fail=1; }
done
trace ainstall --sync -d d3/a/b > out 2> err || fail=1
for d in "$here/d3" "$here/d3/a" "$here/d3/a/b"; do
  grep "^[0-9]* *fsync([0-9]*<$d>)" trace > /dev/null \
    || { echo "$d: not synced"; fail=1; }
done

# -R: every file of the image, in several directories.
make_sources
mkdir -p img/x/y && cp src/f3* img/x/ && cp src/f4* img/x/y/ \
  || framework_failure_
(cd img && find . -type f | LC_ALL=C sort) > exp-files || framework_failure_
trace ainstall --sync -R img root > out 2> err || fail=1
compare /dev/null err || fail=1
for f in src/f3*; do
  check_order "${f##*/}" "$here/root/x" || fail=1
done
for f in src/f4*; do
  check_order "${f##*/}" "$here/root/x/y" || fail=1
done
for d in "$here/root" "$here/root/x" "$here/root/x/y"; do
  grep "^[0-9]* *fsync([0-9]*<$d>)" trace > /dev/null \
    || { echo "$d: not synced"; fail=1; }
done
(cd root && find . -type f | LC_ALL=C sort) > got-files || framework_failure_
compare exp-files got-files || fail=1

Exit $fail
