#!/bin/sh
# --label-root=DIR makes --file-contexts look each destination up as if
# DIR were "/": with entries for /usr, /usr/bin(/.*)? and /usr/lib(/.*)?
# (files only), "-D s IMG/usr/bin/x --label-root=IMG" labels IMG/usr
# usr_t, IMG/usr/bin and x bin_t, and "-D s IMG/usr/lib/y" labels y
# lib_t and the directory IMG/usr/lib nothing.  IMG itself, which is not
# made, is not labelled.  The root may be named with a trailing slash or
# through a symbolic link, and the destination through a symbolic link
# to the root.  A destination outside the root is looked up by its own
# absolute name (here none matches), and without --label-root the image's
# files are not looked up as /usr/... at all.
# Checked on the test directory's file system (ext4 here) and on a tmpfs,
# in each merge mode.

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

cat > fc <<'EOF2' || framework_failure_
/usr	-d	system_u:object_r:usr_t:s0
/usr/bin(/.*)?	system_u:object_r:bin_t:s0
/usr/lib(/.*)?	--	system_u:object_r:lib_t:s0
/etc(/.*)?	system_u:object_r:etc_t:s0
EOF2
printf 'content\n' > content || framework_failure_
usr_t=system_u:object_r:usr_t:s0
bin_t=system_u:object_r:bin_t:s0
lib_t=system_u:object_r:lib_t:s0

# inst MODE DEST OPTION...: install a fresh source to DEST, quietly.
inst ()
{
  m_=$1 dest_=$2; shift 2
  rm -f $top/s && cp content $top/s || framework_failure_
  returns_ 0 ainstall --merge-mode=$m_ --file-contexts=fc "$@" $top/s \
    $dest_ > out 2> err || { echo "$m_ $* $dest_: exit status"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
}

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    img=$top/img-$m
    mkdir $img $top/out-$m || framework_failure_
    ln -s img-$m $top/link-$m || framework_failure_

    inst $m $img/usr/bin/x -D --label-root=$img
    inst $m $img/usr/lib/y -D --label-root=$img/
    inst $m $top/link-$m/usr/bin/v --label-root=$top/link-$m
    inst $m $top/out-$m/etc/z -D --label-root=$img
    inst $m $img/usr/bin/w -D
    inst $m $img/etc/u -D
    cat > exp <<EOF2 || framework_failure_
$img <none>
$img/usr $usr_t
$img/usr/bin $bin_t
$img/usr/bin/x $bin_t
$img/usr/lib <none>
$img/usr/lib/y $lib_t
$img/usr/bin/v $bin_t
$top/out-$m/etc <none>
$top/out-$m/etc/z <none>
$img/usr/bin/w <none>
$img/etc <none>
$img/etc/u <none>
EOF2
    labels_of $img $img/usr $img/usr/bin $img/usr/bin/x $img/usr/lib \
      $img/usr/lib/y $img/usr/bin/v $top/out-$m/etc $top/out-$m/etc/z \
      $img/usr/bin/w $img/etc $img/etc/u > got || fail=1
    compare exp got || { echo "$m mode"; fail=1; }
    expect_entries_ $img/usr/bin v w x || fail=1
  done
done

Exit $fail
