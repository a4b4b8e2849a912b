#!/bin/sh
# An attack on rename mode: a user owns the image directory img/; root
# runs "ainstall --merge-mode=rename img/sub/f dst/f".  While ainstall
# works, the user renames img/sub away (to img/old) and puts in its place
# a symbolic link to a directory of root's, like /etc, that also holds a
# file f.  Rename mode looks up the source once, through a descriptor of
# its directory: the file it moves, or copies then removes, is the one in
# the directory renamed away, never root's file with the same name.
#
# The swap comes while a slow strip program runs (-s: the source is
# copied, then removed), and, with strace, while the removal of a copied
# source or the move of an adopted source is held back.  Both a source of
# the user's (copied: it belongs to another user) and one of root's with
# a single link (adopted without -s) are tried.  Afterwards: exit status
# 0, nothing printed; dst/f is root's, mode 755, with the source's
# content (the source's inode itself when adopted); img/old is empty;
# img/sub is still the user's link; root's directory still holds its f,
# with the same inode, links, mode, owner, time and content; no
# temporary is left in dst.  Needs root.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_

# The victim: a directory of root's, as /etc is, holding a file f.
mkdir victimdir || framework_failure_
echo 'root: victim' > victimdir/f || framework_failure_
chmod 644 victimdir/f && chmod 755 victimdir || framework_failure_
touch -d '2001-02-03 04:05:06' victimdir/f || framework_failure_
cp victimdir/f exp-victim || framework_failure_
victim_st=$(stat -c '%i %h %a %u:%g %Y' victimdir/f) || framework_failure_

# The strip program (run by ainstall, so root's): it says which file it
# was given, waits for the attacker, then marks the file.
cat > slow-strip <<'EOF' || framework_failure_
#!/bin/sh
echo "$1" > ready.tmp && mv ready.tmp ready || exit 1
i=0
while test ! -e go; do
  test $i -lt 100 || exit 1
  sleep .1
  i=$((i + 1))
done
echo stripped >> "$1"
EOF
chmod +x slow-strip || framework_failure_

# fresh_image OWNER: the user's image img/, with sub/f belonging to OWNER
# ("user" or "root"), mode 644, one link.
fresh_image ()
{
  rm -rf img dst ready go trace || framework_failure_
  mkdir img dst || framework_failure_
  chown "$NON_ROOT_USERNAME" img || framework_failure_
  as_unprivileged_ mkdir img/sub || framework_failure_
  case $1 in
    user) as_unprivileged_ sh -c 'echo content > img/sub/f &&
            chmod 644 img/sub/f' || framework_failure_ ;;
    root) echo content > img/sub/f && chmod 644 img/sub/f \
            || framework_failure_ ;;
  esac
  src_ino=$(stat -c %i img/sub/f) || framework_failure_
}

# The attack: img/sub renamed away, a link to root's directory instead.
swap_image_directory ()
{
  as_unprivileged_ sh -c 'mv img/sub img/old && ln -s "$1" img/sub' \
    sh "$PWD/victimdir" || framework_failure_
}

# check WHAT CONTENT SAME_INODE: what must hold after an attack.
check ()
{
  what=$1 content=$2 same_inode=$3
  # Root's file is untouched.
  test "$(stat -c '%i %h %a %u:%g %Y' victimdir/f)" = "$victim_st" \
    || { echo "$what: victim changed: $(stat -c '%i %h %a %u:%g %Y' \
                                         victimdir/f)"; fail=1; }
  compare exp-victim victimdir/f || fail=1
  expect_entries_ victimdir f || fail=1
  # The source was removed from where it really was.
  expect_entries_ img old sub || fail=1
  test -h img/sub || { echo "$what: img/sub is no longer the link"; fail=1; }
  expect_entries_ img/old || fail=1
  # The destination is what was installed.
  printf "$content" > exp-dst || framework_failure_
  compare exp-dst dst/f || fail=1
  test "$(stat -c '%h %a %u:%g' dst/f)" = '1 755 0:0' \
    || { echo "$what: dst/f is $(stat -c '%h %a %u:%g' dst/f)"; fail=1; }
  ino=$(stat -c %i dst/f)
  if $same_inode; then
    test "$ino" = "$src_ino" || { echo "$what: not adopted"; fail=1; }
  else
    test "$ino" != "$src_ino" || { echo "$what: adopted"; fail=1; }
  fi
  expect_entries_ dst f || fail=1
}

# 1. During a slow strip.  With -s the source is copied, then removed.
for owner in user root; do
  fresh_image $owner
  ainstall --merge-mode=rename -s --strip-program=./slow-strip \
    img/sub/f dst/f > out 2> err &
  ainstall_pid=$!
  wait_for_file_ ready || framework_failure_ "the strip program did not start"
  swap_image_directory
  touch go || framework_failure_
  wait $ainstall_pid
  status=$?
  ainstall_pid=
  test $status = 0 || { echo "strip, $owner's source: status $status"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  check "strip, $owner's source" 'content\nstripped\n' false
done

# 2. Without -s, the swap comes while strace holds back the system call
# that removes the copied source (the user's file), or that moves the
# adopted one (root's file, one link).  Deterministic: the system call has
# started, and is checked to be still held back once the swap is done.
if ! command -v strace > /dev/null; then
  echo "strace is missing: the swaps without -s are not tried"
elif ! strace_delay_works_; then
  echo "strace cannot delay system calls here: the swaps without -s" \
       "are not tried"
else
  for owner_calls in user:unlink,unlinkat root:rename,renameat,renameat2; do
    owner=${owner_calls%:*} calls=${owner_calls#*:}
    fresh_image $owner
    # The first call of each of CALLS waits one second as it starts.
    start_held_call_ $calls 1 1000000 \
      ainstall --merge-mode=rename img/sub/f dst/f
    swap_image_directory
    end_held_call_
    test $held_status = 0 \
      || { echo "strace, $owner's source: status $held_status"
           cat trace; fail=1; }
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    case $owner in
      user) check "strace, user's source" 'content\n' false ;;
      root) check "strace, root's source" 'content\n' true ;;
    esac
  done
fi

Exit $fail
