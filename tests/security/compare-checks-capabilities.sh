#!/bin/sh
# With --preserve=caps or --caps, -C compares file capabilities too: a
# destination with the source's content, mode and owner is left alone
# (same inode, nothing printed with -v, exit status 0) only if it has
# the capabilities the install would give it:
#   --preserve=caps, same cap_net_raw=ep as the source  -> left alone
#   --preserve=caps, cap_net_admin=ep instead           -> replaced
#   --preserve=caps, none (the source has some)         -> replaced
#   --caps=cap_net_admin+ep, destination has them       -> left alone
#   --caps=cap_net_admin+ep, destination has cap_net_raw=ep -> replaced
#   --caps=, destination has none                       -> left alone
#   --caps=, destination has cap_net_raw=ep             -> replaced
# Without either option, capabilities are not compared (left alone).  A
# replaced destination has the capabilities asked for.  Rename mode
# consumes the source either way.  Checked on the test directory's file
# system (ext4 here) and on a tmpfs, in each merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap
require_root_
for prog in setcap getcap; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package libcap2-bin)"
done
require_tmpfs_at_ tmpfs

# caps_of FILE: the capabilities of FILE as getcap shows them, or nothing.
caps_of () { getcap "$1" | sed 's/^[^ ]* //'; }

cp /bin/true prog || framework_failure_

# fresh SRC-CAPS DEST-CAPS: a source s and an identical d/f, with these
# capabilities ("-" for none).
fresh ()
{
  rm -f $top/s $dir/f && cp prog $top/s && cp prog $dir/f \
    || framework_failure_
  if test "$1" != -; then setcap "$1" $top/s || framework_failure_; fi
  if test "$2" != -; then setcap "$2" $dir/f || framework_failure_; fi
}

# run_C kept|replaced EXPECTED-CAPS OPTION...: ainstall -C -v OPTION...
run_C ()
{
  expect=$1 exp_caps=$2; shift 2
  old_ino=$(stat -c %i $dir/f) || framework_failure_
  src_ino=$(stat -c %i $top/s) || framework_failure_
  returns_ 0 ainstall -C -v --merge-mode=$m "$@" $top/s $dir/f \
    > out 2> err || { echo "$m $*: exit status"; fail=1; }
  compare /dev/null err || fail=1
  compare prog $dir/f || fail=1
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
  fi
  got_caps=$(caps_of $dir/f)
  test "$got_caps" = "$exp_caps" \
    || { echo "$m $*: capabilities '$got_caps', not '$exp_caps'"; fail=1; }
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

    fresh cap_net_raw+ep cap_net_raw+ep
    run_C kept cap_net_raw=ep --preserve=caps
    fresh cap_net_raw+ep cap_net_admin+ep
    run_C replaced cap_net_raw=ep --preserve=caps
    fresh cap_net_raw+ep -
    run_C replaced cap_net_raw=ep --preserve=caps
    fresh - cap_net_admin+ep
    run_C kept cap_net_admin=ep --caps=cap_net_admin+ep
    fresh - cap_net_raw+ep
    run_C replaced cap_net_admin=ep --caps=cap_net_admin+ep
    fresh - -
    run_C kept '' --caps=
    fresh - cap_net_raw+ep
    run_C replaced '' --caps=
    fresh cap_net_raw+ep cap_net_admin+ep
    run_C kept cap_net_admin=ep
  done
done

Exit $fail
