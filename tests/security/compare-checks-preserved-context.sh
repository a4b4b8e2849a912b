#!/bin/sh
# With --preserve=context, -C compares security contexts too: a
# destination with the source's content, mode and owner is left alone
# (same inode, nothing printed with -v, exit status 0) only if its
# context is the source's, compared as text (a trailing NUL, as SELinux
# stores contexts, makes no difference):
#   both system_u:object_r:bin_t:s0           -> left alone
#   the destination's ends with a NUL          -> left alone
#   destination etc_t                          -> replaced
#   destination without a context              -> replaced
#   source without one, destination bin_t      -> replaced
#   neither has one                            -> left alone
# Without --preserve=context, contexts are not compared (left alone).  A
# replaced destination has the source's context.  Rename mode consumes
# the source either way.  Checked on the test directory's file system
# (ext4 here) and on a tmpfs, in each merge mode.

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
# bin_t with a trailing NUL, as setfattr takes it in hexadecimal.
bin_nul=0x$(printf '%s' "$bin" | od -An -tx1 | tr -d ' \n')00
# label FILE VALUE: set the context of FILE ("-" for none).
label ()
{
  test "$2" = - || setfattr -n security.selinux -v "$2" "$1" \
    || framework_failure_
}

# fresh SRC-CONTEXT DEST-CONTEXT: a source s and an identical d/f.
fresh ()
{
  rm -f $top/s $dir/f || framework_failure_
  for f in $top/s $dir/f; do
    cp content $f && chmod 755 $f || framework_failure_
  done
  label $top/s "$1"
  label $dir/f "$2"
}

# run_C kept|replaced OPTION...: ainstall -C -v OPTION... s d/f.
run_C ()
{
  expect=$1; shift
  exp_label=$(label_of $top/s)
  old_ino=$(stat -c %i $dir/f) || framework_failure_
  src_ino=$(stat -c %i $top/s) || framework_failure_
  returns_ 0 ainstall -C -v --merge-mode=$m "$@" $top/s $dir/f \
    > out 2> err || { echo "$m $*: exit status"; fail=1; }
  compare /dev/null err || fail=1
  compare content $dir/f || fail=1
  if test $expect = kept; then
    compare /dev/null out || { echo "$m $*: not left alone"; fail=1; }
    test "$(stat -c %i $dir/f)" = "$old_ino" || fail=1
  else
    printf '%s\n' "removed '$dir/f'" "'$top/s' -> '$dir/f'" > exp \
      || framework_failure_
    compare exp out || { echo "$m $*: not replaced"; fail=1; }
    new_ino=$(stat -c %i $dir/f) || fail=1
    if test $m = copy; then
      test "$new_ino" != "$old_ino" || fail=1
    else
      test "$new_ino" = "$src_ino" || fail=1
    fi
    test "$(label_of $dir/f)" = "$exp_label" || fail=1
  fi
  if test $m = rename; then
    test ! -e $top/s || { echo "rename: source left"; fail=1; }
  else
    test -e $top/s || { echo "$m: source gone"; fail=1; }
  fi
  expect_entries_ $dir f || fail=1
}

for top in . tmpfs; do
  echo "== on $(stat -f -c %T $top)"
  for m in copy link rename; do
    dir=$top/d-$m
    mkdir $dir || framework_failure_

    fresh $bin $bin
    run_C kept --preserve=context
    fresh $bin $bin_nul
    run_C kept --preserve=context
    fresh $bin $etc
    run_C replaced --preserve=context
    fresh $bin -
    run_C replaced --preserve=context
    fresh - $bin
    run_C replaced --preserve=context
    fresh - -
    run_C kept --preserve=context
    fresh $bin $etc
    run_C kept
  done
done

Exit $fail
