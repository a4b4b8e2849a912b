#!/bin/sh
# Link mode leaves the installed file a name in the source's directory.
# Whoever may rename entries there can take that name away, to any
# directory of theirs on the file system, and keep a hard link to the
# installed file (a set-user-ID program, say) through its upgrades: a
# link fs.protected_hardlinks would never let them make.  So link mode
# adopts a source only in a private directory: the caller's or root's,
# with no group or other write permission, or sticky, the caller's or
# root's, with the source the caller's.  Otherwise
# "ainstall --debug --merge-mode=link -m 4755 DIR/f d/f" copies: exit
# status 0, nothing on stderr, --debug says "d/f: merge mode 'link' not
# possible (others may write to the source's directory): copying"; d/f is
# a new inode, one link, mode 4755, with DIR/f's content, and DIR/f keeps
# its inode, single link, mode 644, owner and content.  The shared
# directories tried: the caller's with mode 777, and with mode 775; as
# root also $NON_ROOT_USERNAME's, mode 755, and $NON_ROOT_USERNAME's
# sticky one, mode 1777, each holding a file of the caller's.  The private
# ones, where the source is adopted ("hard-linked", d/f is DIR/f's inode,
# two links): the caller's with mode 755, and the caller's sticky one.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

shared='own777 own775'
if uid_is_privileged_; then
  require_root_
  require_unprivileged_run_
  shared="$shared other755 othersticky"
fi
private='own755 ownsticky'
tmp_re='[A-Za-z0-9]{6}'

# make_dir KIND: the directory KIND, holding the caller's file f.
make_dir ()
{
  rm -rf "$1" && mkdir "$1" || framework_failure_
  case $1 in
    own777) chmod 777 $1 ;;
    own775) chmod 775 $1 ;;
    own755) chmod 755 $1 ;;
    ownsticky) chmod 1777 $1 ;;
    other755) chown "$NON_ROOT_USERNAME" $1 && chmod 755 $1 ;;
    othersticky) chown "$NON_ROOT_USERNAME" $1 && chmod 1777 $1 ;;
  esac || framework_failure_
  printf '#!/bin/sh\necho %s\n' "$1" > $1/f && chmod 644 $1/f \
    || framework_failure_
}

for dir in $shared; do
  make_dir $dir
  src_st=$(stat -c '%i %h %a %u:%g' $dir/f) || framework_failure_
  cp $dir/f exp || framework_failure_
  rm -rf d && mkdir d || framework_failure_
  returns_ 0 ainstall --debug --merge-mode=link -m 4755 $dir/f d/f \
    > out 2> err || fail=1
  compare /dev/null err || fail=1
  check_debug_output_ out "'$dir/f' -> 'd/f'" "$offload_re_" \
    "d/f: merge mode 'link' not possible \(others may write to the source's directory\): copying" \
    "$(copied_re_ d/f)" \
    || { echo "$dir: not copied"; fail=1; }
  test "$(stat -c '%h %a' d/f)" = '1 4755' || fail=1
  test "$(stat -c %i d/f)" != "${src_st%% *}" || fail=1
  compare exp d/f || fail=1
  test "$(stat -c '%i %h %a %u:%g' $dir/f)" = "$src_st" \
    || { echo "$dir: source changed"; fail=1; }
  compare exp $dir/f || fail=1
  expect_entries_ $dir f || fail=1
  expect_entries_ d f || fail=1
done

for dir in $private; do
  make_dir $dir
  ino=$(stat -c %i $dir/f) || framework_failure_
  rm -rf d && mkdir d || framework_failure_
  returns_ 0 ainstall --debug --merge-mode=link -m 4755 $dir/f d/f \
    > out 2> err || fail=1
  compare /dev/null err || fail=1
  check_debug_output_ out "'$dir/f' -> 'd/f'" \
    "d/f: hard-linked via temporary 'd/\.f\.$tmp_re', renamed into place" \
    || { echo "$dir: not adopted"; fail=1; }
  test "$(stat -c '%i %h %a' d/f)" = "$ino 2 4755" || fail=1
  expect_entries_ d f || fail=1
done

Exit $fail
