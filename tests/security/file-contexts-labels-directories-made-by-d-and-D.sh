#!/bin/sh
# --file-contexts=FILE labels every directory that -d or -D creates with
# the context FILE gives its absolute name (as a directory), and -D's
# file too; a directory with no entry gets no context.  With
#   TOP/dd(/.*)?          -d  system_u:object_r:dir_t:s0
#   TOP/DD-MODE           -d  system_u:object_r:usr_t:s0
#   TOP/DD-MODE/lib(/.*)?     system_u:object_r:lib_t:s0
# "-d TOP/dd/a/b TOP/dd/c TOP/none/x" makes dd, dd/a, dd/a/b and dd/c
# with dir_t and none, none/x without a context;
# "-D s TOP/DD-MODE/lib/sub/f" makes DD-MODE with usr_t, DD-MODE/lib and
# DD-MODE/lib/sub with lib_t, and installs f with lib_t.  Checked on the
# test directory's file system (ext4 here) and on a tmpfs; -D in each
# merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ selinux
require_root_
for prog in setfattr getfattr; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package attr)"
done
if selinuxenabled 2> /dev/null; then
  skip_ "SELinux is enabled; this test writes raw contexts without it"
fi
require_tmpfs_at_ tmpfs

# labels_of FILE...: "FILE CONTEXT" a line, <none> for no context.
labels_of ()
{
  for f_ in "$@"; do
    if getfattr --only-values -n security.selinux "$f_" > label 2> /dev/null
    then
      printf '%s %s\n' "$f_" "$(tr -d '\000' < label)"
    else
      printf '%s <none>\n' "$f_"
    fi
  done
}

here=$(pwd -P) || framework_failure_
re=$(printf '%s\n' "$here" | sed 's/[].[^$*+?(){}|\\]/\\&/g') \
  || framework_failure_
cat > fc <<EOF2 || framework_failure_
$re/(tmpfs/)?dd(/.*)?	-d	system_u:object_r:dir_t:s0
$re/(tmpfs/)?DD-[a-z]+	-d	system_u:object_r:usr_t:s0
$re/(tmpfs/)?DD-[a-z]+/lib(/.*)?	system_u:object_r:lib_t:s0
EOF2
printf 'content\n' > content || framework_failure_
dir_t=system_u:object_r:dir_t:s0
usr_t=system_u:object_r:usr_t:s0
lib_t=system_u:object_r:lib_t:s0

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  returns_ 0 ainstall -d --file-contexts=fc $top/dd/a/b $top/dd/c \
    $top/none/x > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  cat > exp <<EOF2 || framework_failure_
$top/dd $dir_t
$top/dd/a $dir_t
$top/dd/a/b $dir_t
$top/dd/c $dir_t
$top/none <none>
$top/none/x <none>
EOF2
  labels_of $top/dd $top/dd/a $top/dd/a/b $top/dd/c $top/none $top/none/x \
    > got || fail=1
  compare exp got || fail=1
  expect_entries_ $top/dd a c || fail=1

  for m in copy link rename; do
    rm -f $top/s && cp content $top/s || framework_failure_
    D=$top/DD-$m
    returns_ 0 ainstall -D --merge-mode=$m --file-contexts=fc $top/s \
      $D/lib/sub/f > out 2> err || { echo "-D $m: exit status"; fail=1; }
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    compare content $D/lib/sub/f || fail=1
    cat > exp <<EOF2 || framework_failure_
$D $usr_t
$D/lib $lib_t
$D/lib/sub $lib_t
$D/lib/sub/f $lib_t
EOF2
    labels_of $D $D/lib $D/lib/sub $D/lib/sub/f > got || fail=1
    compare exp got || { echo "-D $m"; fail=1; }
    expect_entries_ $D lib || fail=1
    expect_entries_ $D/lib/sub f || fail=1
  done
done

Exit $fail
