#!/bin/sh
# --file-contexts=FILE labels each installed file with the context FILE
# gives its destination's absolute name (and file type), written as the
# raw security.selinux attribute before the file gets its name, SELinux
# enabled or not.  With a file_contexts file of
#   TOP/d-MODE/bin(/.*)?          system_u:object_r:bin_t:s0
#   TOP/d-MODE/etc/.*         --  system_u:object_r:etc_t:s0
#   TOP/d-MODE/dirs(/.*)?     -d  system_u:object_r:dir_t:s0
# bin/x gets bin_t (replacing an old file's other context), etc/y gets
# etc_t, and dirs/z (an entry for directories only) and other/w (no
# entry) get no context at all.  In link and rename modes the source's
# inode is labelled, as it is the destination.  The destination is named
# relatively, through "..", to show the lookup uses the absolute name.
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

# label_of FILE: the context of FILE, without a trailing NUL, or <none>.
label_of ()
{
  if getfattr --only-values -n security.selinux "$1" > label 2> /dev/null
  then
    tr -d '\000' < label; echo
  else
    echo '<none>'
  fi
}

here=$(pwd -P) || framework_failure_
re=$(printf '%s\n' "$here" | sed 's/[].[^$*+?(){}|\\]/\\&/g') \
  || framework_failure_
cat > fc <<EOF2 || framework_failure_
# Test contexts.
$re/(tmpfs/)?d-[a-z]+/bin(/.*)?	system_u:object_r:bin_t:s0
$re/(tmpfs/)?d-[a-z]+/etc/.*	--	system_u:object_r:etc_t:s0
$re/(tmpfs/)?d-[a-z]+/dirs(/.*)?	-d	system_u:object_r:dir_t:s0
EOF2
printf 'content\n' > content || framework_failure_

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir $dir/bin $dir/etc $dir/dirs $dir/other || framework_failure_
    echo old > $dir/bin/x || framework_failure_
    setfattr -n security.selinux -v system_u:object_r:etc_t:s0 $dir/bin/x \
      || framework_failure_
    for pair in bin/x=system_u:object_r:bin_t:s0 \
                etc/y=system_u:object_r:etc_t:s0 \
                'dirs/z=<none>' 'other/w=<none>'; do
      name=${pair%%=*} exp=${pair#*=}
      rm -f $top/s && cp content $top/s || framework_failure_
      src_ino=$(stat -c %i $top/s) || framework_failure_
      returns_ 0 ainstall --merge-mode=$m --file-contexts=fc $top/s \
        $dir/other/../$name > out 2> err || { echo "$m $name: exit"; fail=1; }
      compare /dev/null out || fail=1
      compare /dev/null err || fail=1
      compare content $dir/$name || fail=1
      got=$(label_of $dir/$name)
      test "$got" = "$exp" \
        || { echo "$m $top $name: context '$got', not '$exp'"; fail=1; }
      expect_entries_ $dir/${name%/*} ${name#*/} || fail=1
      if test $m = copy; then
        test "$(stat -c %i $dir/$name)" != "$src_ino" || fail=1
        test "$(label_of $top/s)" = '<none>' || fail=1
      else
        test "$(stat -c %i $dir/$name)" = "$src_ino" || fail=1
      fi
    done
  done
done

Exit $fail
