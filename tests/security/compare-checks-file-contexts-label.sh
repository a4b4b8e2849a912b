#!/bin/sh
# With --file-contexts, -C compares the destination's security context
# with the one the file would be given (looked up for its name, here
# system_u:object_r:bin_t:s0 for f and no entry for g): a destination
# with the source's content, mode and owner is left alone (same inode,
# nothing printed with -v, exit status 0) only if its context is that one,
# compared as text (a trailing NUL makes no difference):
#   f with bin_t, with or without a trailing NUL  -> left alone
#   f with etc_t, or without a context            -> replaced (bin_t)
#   g (no entry) without a context                -> left alone
#   g (no entry) with etc_t                       -> replaced (none)
# The source's own context plays no part.  Rename mode consumes the
# source either way.  Checked on the test directory's file system (ext4
# here) and on a tmpfs, in each merge mode.

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

printf 'content\n' > content || framework_failure_
bin=system_u:object_r:bin_t:s0
etc=system_u:object_r:etc_t:s0
bin_nul=0x$(printf '%s' "$bin" | od -An -tx1 | tr -d ' \n')00
here=$(pwd -P) || framework_failure_
re=$(printf '%s\n' "$here" | sed 's/[].[^$*+?(){}|\\]/\\&/g') \
  || framework_failure_
printf '%s\t%s\n' "$re/(tmpfs/)?d-[a-z]+/f" "$bin" > fc \
  || framework_failure_

# fresh NAME SRC-CONTEXT DEST-CONTEXT: a source s and an identical
# d/NAME, with these contexts ("-" for none).
fresh ()
{
  name=$1
  rm -f $top/s $dir/$name || framework_failure_
  for f in $top/s $dir/$name; do
    cp content $f && chmod 755 $f || framework_failure_
  done
  if test "$2" != -; then
    setfattr -n security.selinux -v "$2" $top/s || framework_failure_
  fi
  if test "$3" != -; then
    setfattr -n security.selinux -v "$3" $dir/$name || framework_failure_
  fi
}

# run_C kept|replaced EXPECTED-CONTEXT: ainstall -C -v --file-contexts.
run_C ()
{
  expect=$1 exp_label=$2
  old_ino=$(stat -c %i $dir/$name) || framework_failure_
  src_ino=$(stat -c %i $top/s) || framework_failure_
  returns_ 0 ainstall -C -v --merge-mode=$m --file-contexts=fc $top/s \
    $dir/$name > out 2> err || { echo "$m $name: exit status"; fail=1; }
  compare /dev/null err || fail=1
  compare content $dir/$name || fail=1
  if test $expect = kept; then
    compare /dev/null out || { echo "$m $name: not left alone"; fail=1; }
    test "$(stat -c %i $dir/$name)" = "$old_ino" || fail=1
  else
    printf '%s\n' "removed '$dir/$name'" "'$top/s' -> '$dir/$name'" > exp \
      || framework_failure_
    compare exp out || { echo "$m $name: not replaced"; fail=1; }
    new_ino=$(stat -c %i $dir/$name) || fail=1
    if test $m = copy; then
      test "$new_ino" != "$old_ino" || fail=1
    else
      test "$new_ino" = "$src_ino" || fail=1
    fi
  fi
  got=$(label_of $dir/$name)
  test "$got" = "$exp_label" \
    || { echo "$m $name: context '$got', not '$exp_label'"; fail=1; }
  if test $m = rename; then
    test ! -e $top/s || { echo "rename: source left"; fail=1; }
  else
    test -e $top/s || { echo "$m: source gone"; fail=1; }
  fi
  expect_entries_ $dir $name || fail=1
  rm -f $dir/$name || framework_failure_
}

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir || framework_failure_

    fresh f - $bin
    run_C kept $bin
    fresh f $etc $bin_nul
    run_C kept $bin
    fresh f $bin $etc
    run_C replaced $bin
    fresh f $bin -
    run_C replaced $bin
    fresh g $bin -
    run_C kept '<none>'
    fresh g - $etc
    run_C replaced '<none>'
  done
done

Exit $fail
