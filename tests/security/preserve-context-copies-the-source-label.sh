#!/bin/sh
# --preserve=context gives the installed file the source's security
# context, the raw security.selinux attribute, also on a system without
# SELinux (as here, where root may write the attribute as any other):
# a source labelled system_u:object_r:bin_t:s0 installs a file with that
# context, replacing an old destination's (etc_t).  A source without a
# context installs a file without one.  The value is compared as text:
# a trailing NUL, as SELinux writes contexts, is allowed.
# Checked on the test directory's file system (ext4 here) and on a tmpfs,
# in each merge mode (in link and rename modes the destination is the
# source's inode).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
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

printf 'content\n' > content || framework_failure_
bin=system_u:object_r:bin_t:s0
etc=system_u:object_r:etc_t:s0

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir || framework_failure_
    for case in labelled:new labelled:replaced plain:new plain:replaced; do
      rm -f $top/s $dir/f && cp content $top/s || framework_failure_
      exp=$bin
      case $case in
        labelled:*) setfattr -n security.selinux -v $bin $top/s \
                      || framework_failure_;;
        plain:*) exp='<none>';;
      esac
      case $case in
        *:replaced)
          echo old > $dir/f || framework_failure_
          setfattr -n security.selinux -v $etc $dir/f || framework_failure_;;
      esac

      returns_ 0 ainstall --merge-mode=$m --preserve=context $top/s $dir/f \
        > out 2> err || { echo "$m $case: exit status"; fail=1; }
      compare /dev/null out || fail=1
      compare /dev/null err || fail=1
      compare content $dir/f || fail=1
      got=$(label_of $dir/f)
      test "$got" = "$exp" \
        || { echo "$m $case: context '$got', not '$exp'"; fail=1; }
      expect_entries_ $dir f || fail=1
    done
  done
done

Exit $fail
