#!/bin/sh
# An attack on the directories ainstall makes under a temporary name in a
# directory that another user owns.  d/ is $NON_ROOT_USERNAME's, and in it
# is a directory of root's, d/rootdir (mode 700, holding root's files keep
# and keep2, mode 600), which the user may rename, though not read.
# Between the mkdir of the temporary directory and its open, the user
# renames root's directory over it (the new one is empty, so the rename
# succeeds).  What ainstall opened must be a directory of its own user,
# with two links, and empty; root's directory is not:
#   (1) "ainstall -d -o $NON_ROOT_USERNAME -m 755 d/new" fails with status
#       1 and the single message "ainstall: cannot create directory
#       'd/new': File exists"; d/new does not exist;
#   (2) "ainstall -s --strip-program=true prog d/prog", whose private
#       directory is made the same way, fails with "ainstall: cannot create
#       regular file 'd/prog': File exists"; d/prog does not exist; root's
#       directory is neither used, nor emptied, nor removed;
#   (3) "ainstall -R img ROOT", making pub/new in ROOT/pub, the user's,
#       for the image directory pub/new ($NON_ROOT_USERNAME's, mode 777,
#       holding x), fails with "ainstall: cannot create directory
#       'ROOT/pub/new': File exists"; pub/new/x is merged nowhere; the
#       rest of the image (top, pub/z) is merged;
# and in each, nothing is on stdout, and root's directory is still root's,
# with its inode, mode 700 and time, under the temporary name, holding
# keep and keep2 with their content, owner and mode 600.  strace holds
# back the open so that the swap comes in between.  Needs root and
# strace that can delay a system call.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_
require_strace_delay_

echo 'root data' > exp-keep && echo 'more root data' > exp-keep2 \
  || framework_failure_

# root_dir DIR: root's directory DIR/rootdir, in the user's DIR.
root_dir ()
{
  mkdir "$1/rootdir" && cp exp-keep exp-keep2 "$1/rootdir/" &&
  mv "$1/rootdir/exp-keep" "$1/rootdir/keep" &&
  mv "$1/rootdir/exp-keep2" "$1/rootdir/keep2" &&
  chmod 600 "$1/rootdir/keep" "$1/rootdir/keep2" &&
  chmod 700 "$1/rootdir" &&
  touch -d '2001-02-03 04:05:06' "$1/rootdir" || framework_failure_
  root_st=$(stat -c '%i %a %u:%g %Y' "$1/rootdir") || framework_failure_
}

# root_dir_intact DIR TMP: root's directory is DIR/TMP, unchanged.
root_dir_intact ()
{
  test "$(stat -c '%i %a %u:%g %Y' "$1/$2")" = "$root_st" \
    || { echo "root's directory is $(stat -c '%i %a %u:%g %Y' "$1/$2")"
         return 1; }
  expect_entries_ "$1/$2" keep keep2 || return 1
  test "$(stat -c '%a %u:%g' "$1/$2/keep" "$1/$2/keep2" | tr '\n' ' ')" \
    = '600 0:0 600 0:0 ' || return 1
  compare exp-keep "$1/$2/keep" && compare exp-keep2 "$1/$2/keep2"
}

# attack DIR BASE PROBE-ARGS ARGS...: run ainstall with ARGS, whose
# temporary directory for BASE is made in the user's DIR, and rename
# DIR/rootdir over it once made.  A probe run with PROBE-ARGS, the same
# on copies, says which openat opens it.  Set $status and $tmp.
attack ()
{
  dir=$1 base=$2 pargs=$3; shift 3
  rm -f probe-trace trace || framework_failure_
  strace -o probe-trace -e trace=openat ainstall $pargs > /dev/null 2>&1
  nth=$(grep '^openat(' probe-trace \
          | grep -n "^openat([^,]*, \"\\.$base\\.[A-Za-z0-9]\\{6\\}\"" \
          | sed -n '1s/:.*//p')
  test -n "$nth" || framework_failure_ "no open seen: $(cat probe-trace)"
  start_held_call_ openat $nth 1000000 ainstall "$@"
  tmp=$(ls -A "$dir" | grep -Ex "\\.$base\\.[A-Za-z0-9]{6}") \
    || framework_failure_ "no temporary directory in $dir: $(ls -A "$dir")"
  test "$(stat -c %U "$dir/$tmp")" = root || framework_failure_
  as_unprivileged_ mv -T "$dir/rootdir" "$dir/$tmp" || framework_failure_
  end_held_call_
  status=$held_status
}

# (1)
mkdir d && chown "$NON_ROOT_USERNAME" d && chmod 755 d || framework_failure_
root_dir d
mkdir probe-d || framework_failure_
attack d new "-d -o $NON_ROOT_USERNAME -m 755 probe-d/new" \
  -d -o "$NON_ROOT_USERNAME" -m 755 d/new
test $status = 1 || { echo "(1) status $status"; fail=1; }
compare /dev/null out || fail=1
echo "ainstall: cannot create directory 'd/new': File exists" > exp-err \
  || framework_failure_
compare exp-err err || fail=1
expect_entries_ d "$tmp" || fail=1
root_dir_intact d "$tmp" || fail=1

# (2)
rm -rf d probe-d && mkdir d probe-d || framework_failure_
chown "$NON_ROOT_USERNAME" d && chmod 755 d || framework_failure_
root_dir d
printf '#!/bin/sh\n' > prog || framework_failure_
cp prog probe-prog || framework_failure_
true_program=$(command -v true) || framework_failure_
attack d prog "-s --strip-program=$true_program probe-prog probe-d/prog" \
  -s --strip-program="$true_program" prog d/prog
test $status = 1 || { echo "(2) status $status"; fail=1; }
compare /dev/null out || fail=1
echo "ainstall: cannot create regular file 'd/prog': File exists" > exp-err \
  || framework_failure_
compare exp-err err || fail=1
expect_entries_ d "$tmp" || fail=1
root_dir_intact d "$tmp" || fail=1
test -f prog || fail=1

# (3)
make_image ()
{
  rm -rf "$1" && mkdir -p "$1/pub/new" && echo top > "$1/top" &&
  echo z > "$1/pub/z" && echo x > "$1/pub/new/x" &&
  chown "$NON_ROOT_USERNAME" "$1/pub/new" && chmod 777 "$1/pub/new" \
    || framework_failure_
}
make_root ()
{
  rm -rf "$1" && mkdir -p "$1/pub" && chown "$NON_ROOT_USERNAME" "$1/pub" \
    || framework_failure_
}
make_image img
make_root ROOT
make_root probe-ROOT
make_image probe-img
root_dir ROOT/pub
attack ROOT/pub new "-R probe-img probe-ROOT" -R img ROOT
test $status = 1 || { echo "(3) status $status"; fail=1; }
compare /dev/null out || fail=1
echo "ainstall: cannot create directory 'ROOT/pub/new': File exists" \
  > exp-err || framework_failure_
compare exp-err err || fail=1
expect_entries_ ROOT pub top || fail=1
expect_entries_ ROOT/pub "$tmp" z || fail=1
root_dir_intact ROOT/pub "$tmp" || fail=1
test -z "$(find ROOT -name x)" || { find ROOT -name x; fail=1; }

Exit $fail
