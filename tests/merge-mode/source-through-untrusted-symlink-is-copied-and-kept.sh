#!/bin/sh
# An attack on link and rename modes: a user who owns the image directory
# img/ puts in it a symbolic link img/sub to a directory of root's that
# holds a file f of root's (one link, mode 640), and root runs
# "ainstall --merge-mode=MODE -o USER -m 600 img/sub/f dst/f".  Adopting
# img/sub/f would hard-link root's file into dst/ and give it USER and
# mode 600 (link mode), or move it out of root's directory (rename mode).
# A symbolic link on the source's path that is not trusted (its directory
# is not the caller's or root's with no group or other write permission)
# makes both modes copy: dst/f is a new inode with one link, mode 600,
# USER's, with f's content; root's f keeps its inode, link count, mode,
# owner, time, content and name, and its directory holds just it.
# --debug says "dst/f: merge mode 'MODE' not possible (a symbolic link on
# the source's path may be another user's): copying" (", then removing
# the source" in rename mode).  Link mode exits 0 quietly; rename mode
# does not remove the source, and says so with the single message
# "ainstall: not removing 'img/sub/f', as a symbolic link on its path may
# be another user's", exit status 1.  The link img/sub stays.
# A trusted link (in a directory of root's, mode 755) does not stop
# adoption: dst/g is then root's file g itself, hard-linked (two links)
# or moved (g gone from root's directory), exit status 0.
# As root the other user is $NON_ROOT_USERNAME; unprivileged, the link is
# the caller's own in a directory that others may write (mode 777), which
# is just as untrustworthy, and "root's" files are the caller's.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

if uid_is_privileged_; then
  require_root_
  require_unprivileged_run_
  owner=$NON_ROOT_USERNAME
else
  owner=$(id -un) || framework_failure_
fi
tmp_re='[A-Za-z0-9]{6}'

# The victim's directory, private to the caller, and its file.
mkdir vdir && chmod 755 vdir || framework_failure_
echo 'root: secret' > vdir/f && chmod 640 vdir/f || framework_failure_
touch -d '2001-02-03 04:05:06' vdir/f || framework_failure_
cp vdir/f exp-victim || framework_failure_
victim_st=$(stat -c '%i %h %a %u:%g %Y' vdir/f) || framework_failure_

# The image: the other user's directory, or one others may write.
mkdir img || framework_failure_
if uid_is_privileged_; then
  chown "$NON_ROOT_USERNAME" img && chmod 755 img || framework_failure_
else
  chmod 777 img || framework_failure_
fi
as_unprivileged_ ln -s "$PWD/vdir" img/sub || framework_failure_

victim_intact ()
{
  test "$(stat -c '%i %h %a %u:%g %Y' vdir/f)" = "$victim_st" \
    || { echo "$1: vdir/f changed: $(stat -c '%i %h %a %u:%g %Y' vdir/f)"
         return 1; }
  compare exp-victim vdir/f || return 1
  expect_entries_ vdir f || return 1
  test "$(readlink img/sub)" = "$PWD/vdir" || return 1
}

for mode in link rename; do
  case $mode in
    link) status=0 tail= ;;
    rename) status=1 tail=', and not removing the source' ;;
  esac
  for debug in --debug ''; do
    rm -rf dst && mkdir dst || framework_failure_
    returns_ $status ainstall $debug --merge-mode=$mode -o "$owner" -m 600 \
      img/sub/f dst/f > out 2> err || fail=1
    case $mode in
      link) compare /dev/null err || fail=1 ;;
      rename)
        echo "ainstall: not removing 'img/sub/f', as a symbolic link on" \
          "its path may be another user's" > exp-err || framework_failure_
        compare exp-err err || fail=1 ;;
    esac
    if test -n "$debug"; then
      check_debug_output_ out "'img/sub/f' -> 'dst/f'" "$offload_re_" \
        "dst/f: merge mode '$mode' not possible \(a symbolic link on the source's path may be another user's\): copying$tail" \
        "$(copied_re_ dst/f)" \
        || fail=1
    else
      compare /dev/null out || fail=1
    fi
    victim_intact "$mode $debug" || fail=1
    # The destination is a copy, with what -o and -m ask.
    test "$(stat -c '%h %a %U' dst/f)" = "1 600 $owner" \
      || { echo "$mode: dst/f is $(stat -c '%h %a %U' dst/f)"; fail=1; }
    test "$(stat -c %i dst/f)" != "$(stat -c %i vdir/f)" || fail=1
    compare exp-victim dst/f || fail=1
    expect_entries_ dst f || fail=1
  done
done

# A trusted link, in a private directory: the source is adopted.
mkdir tdir && chmod 755 tdir || framework_failure_
ln -s "$PWD/vdir" tdir/sub || framework_failure_
for mode in link rename; do
  rm -rf dst && mkdir dst || framework_failure_
  echo 'root: g' > vdir/g && chmod 644 vdir/g || framework_failure_
  g_ino=$(stat -c %i vdir/g) || framework_failure_
  returns_ 0 ainstall --debug --merge-mode=$mode -m 644 tdir/sub/g dst/g \
    > out 2> err || fail=1
  compare /dev/null err || fail=1
  case $mode in
    link) how=hard-linked links=2 ;;
    rename) how=moved links=1 ;;
  esac
  check_debug_output_ out "'tdir/sub/g' -> 'dst/g'" \
    "dst/g: $how via temporary 'dst/\.g\.$tmp_re', renamed into place" \
    || fail=1
  test "$(stat -c '%i %h %a' dst/g)" = "$g_ino $links 644" \
    || { echo "$mode: trusted link: dst/g is $(stat -c '%i %h %a' dst/g)"
         fail=1; }
  echo 'root: g' > exp-g || framework_failure_
  compare exp-g dst/g || fail=1
  case $mode in
    link) expect_entries_ vdir f g || fail=1; rm -f vdir/g ;;
    rename) expect_entries_ vdir f || fail=1 ;;
  esac
  expect_entries_ dst g || fail=1
  victim_intact "$mode trusted" || fail=1
done

Exit $fail
