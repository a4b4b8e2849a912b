#!/bin/sh
# An attack on -R: the image's path goes through a symbolic link that
# another user may have put there.  u/ is $NON_ROOT_USERNAME's, and so is
# its link u/img, which leads to a directory of root's, vdir/ (mode 755),
# holding root's private file f (mode 600, one link), sub/g, a symbolic
# link l and a FIFO p.  Root runs "ainstall -R --merge-mode=MODE u/img
# ROOT".  Adopting vdir/f would give root's file another name in ROOT
# (link mode; with -o, to that user) or move it out of root's directory
# (rename mode).  So, in every mode, ROOT gets copies, as "cp -a" would
# make them: the same description (describe_tree_), each regular file a
# new inode with one link; vdir/ is described as before, every file with
# its inode and one link, also after "-o USER" in link mode.  Copy and
# link modes exit 0 quietly; link mode's --debug says, for a one-file
# image, "ROOT/f: merge mode 'link' not possible (a symbolic link on the
# source's path may be another user's): copying".  Rename mode removes
# nothing: "ainstall: not removing 'u/img/X', as a symbolic link on its
# path may be another user's" for f, l, p and sub/g, in that order, and
# exit status 1.  The same holds when a trusted link of root's (in a
# directory of root's, mode 755) leads to vdir/ through the other user's
# link.  A trusted link alone does not stop adoption: through it, link
# mode gives ROOT/f root's very file (its inode, two links).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_

# Root's directory, and what it holds.
mkdir vdir vdir/sub && chmod 755 vdir vdir/sub || framework_failure_
echo 'root: secret' > vdir/f && chmod 600 vdir/f || framework_failure_
echo 'root: g' > vdir/sub/g && chmod 644 vdir/sub/g || framework_failure_
ln -s f vdir/l && mkfifo -m 644 vdir/p || framework_failure_
touch -d '2001-02-03 04:05:06' vdir/f vdir/sub/g || framework_failure_
describe_tree_ vdir > exp-vdir || framework_failure_
inodes ()
{
  stat -c '%n %i %h' vdir/f vdir/sub/g
}
inodes > exp-inodes || framework_failure_

# The other user's directory and link; root's link through it.
mkdir u && chown "$NON_ROOT_USERNAME" u && chmod 755 u || framework_failure_
as_unprivileged_ ln -s "$PWD/vdir" u/img || framework_failure_
mkdir t && chmod 755 t || framework_failure_
ln -s "$PWD/u/img" t/chain || framework_failure_

vdir_intact ()
{
  describe_tree_ vdir > got-vdir || framework_failure_
  compare exp-vdir got-vdir || { echo "$1: vdir changed"; return 1; }
  inodes > got-inodes || framework_failure_
  compare exp-inodes got-inodes || { echo "$1: vdir's inodes"; return 1; }
}

not_removing ()
{
  for f_ in f l p sub/g; do
    echo "ainstall: not removing '$1/$f_', as a symbolic link on its" \
      "path may be another user's"
  done
}

for image in u/img t/chain; do
  for mode in copy link rename; do
    rm -rf ROOT && mkdir ROOT || framework_failure_
    case $mode in
      rename) status=1; not_removing $image > exp-err ;;
      *) status=0; : > exp-err ;;
    esac
    returns_ $status ainstall -R --merge-mode=$mode $image ROOT \
      > out 2> err || { echo "$image $mode: status"; fail=1; }
    compare /dev/null out || fail=1
    compare exp-err err || fail=1
    vdir_intact "$image $mode" || fail=1
    # ROOT holds copies of everything, with vdir's attributes.
    describe_tree_ ROOT > got-root || framework_failure_
    compare exp-vdir got-root || { echo "$image $mode: ROOT"; fail=1; }
    for f in f sub/g; do
      test "$(stat -c %h ROOT/$f)" = 1 \
        && test "$(stat -c %i ROOT/$f)" != "$(stat -c %i vdir/$f)" \
        || { echo "$image $mode: ROOT/$f is vdir/$f"; fail=1; }
    done
  done
done

# -o: the copy is the other user's; root's file is not given away.
rm -rf ROOT && mkdir ROOT || framework_failure_
returns_ 0 ainstall -R --merge-mode=link -o "$NON_ROOT_USERNAME" u/img ROOT \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
vdir_intact "-o" || fail=1
test "$(stat -c '%h %a %U' ROOT/f)" = "1 600 $NON_ROOT_USERNAME" || fail=1

# --debug says why, for an image of one file.
mkdir one && chmod 755 one && echo 'root: one' > one/f && chmod 600 one/f \
  || framework_failure_
as_unprivileged_ ln -s "$PWD/one" u/one || framework_failure_
rm -rf ROOT && mkdir ROOT || framework_failure_
returns_ 0 ainstall --debug -R --merge-mode=link u/one ROOT > out 2> err \
  || fail=1
compare /dev/null err || fail=1
note_re="ROOT/f: merge mode 'link' not possible \(a symbolic link on the"
note_re="$note_re source's path may be another user's\): copying"
check_debug_output_ out "'u/one/f' -> 'ROOT/f'" "$offload_re_" "$note_re" \
  "$(copied_re_ ROOT/f)" || fail=1
test "$(stat -c %h one/f)" = 1 || fail=1

# A trusted link alone: link mode adopts root's file.
ln -s "$PWD/vdir" t/img || framework_failure_
rm -rf ROOT && mkdir ROOT || framework_failure_
returns_ 0 ainstall -R --merge-mode=link t/img ROOT > out 2> err || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%i %h' ROOT/f)" = "$(stat -c %i vdir/f) 2" \
  || { echo "trusted link: ROOT/f was not adopted"; fail=1; }

Exit $fail
