#!/bin/sh
# "install -d DIR" on an existing DIR gives it the mode (and owner) asked
# for.  GNU install follows a symbolic link there; ainstall follows it
# only when no other user can have put it there or swap it: its directory
# belongs to the caller or root and others may not write to it, or it is
# sticky and the link is the caller's.  Otherwise:
#   (a) "ainstall -d -m 755 P/LINK" fails with status 1 and the single
#       message "ainstall: not following 'P/LINK': a symbolic link that
#       other users may replace" when the link leads to a directory, and
#       "ainstall: cannot create directory 'P/LINK': File exists" (GNU's
#       words) when it leads to a file; nothing changes: not the link's
#       target (mode, owner, time), not the link;
#   (b) a link in a directory of the caller's, mode 755, or the caller's
#       link in a sticky directory, is followed, as GNU follows it: the
#       target directory gets the mode, the link stays a link;
#   (c) a race: the other user swaps a directory of their own and a link
#       to a directory (then to a file) of the caller's, mode 700 (then
#       600), with renameat2 (RENAME_EXCHANGE) in a tight loop, while
#       "ainstall -d -m 755" runs 200 times on the name: the target's
#       mode never changes, and every run either succeeds quietly (it met
#       the directory) or fails with one of the two messages above.
# As root the other user is $NON_ROOT_USERNAME, in a directory of theirs;
# unprivileged, the "other user" is the caller, in a directory that others
# may write (mode 777), which is just as untrustworthy.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

swapper_pid=
cleanup_ ()
{
  test -n "$swapper_pid" && kill "$swapper_pid" 2>/dev/null
  unmount_all_
}

if uid_is_privileged_; then
  require_root_
  require_unprivileged_run_
fi

# The caller's files, which a link may lead to.
mkdir vdir && chmod 700 vdir || framework_failure_
echo secret > vfile && chmod 600 vfile || framework_failure_
touch -d '2001-02-03 04:05:06' vdir vfile || framework_failure_
vdir_st=$(stat -c '%i %a %u:%g %Y' vdir) || framework_failure_
vfile_st=$(stat -c '%i %a %u:%g %Y' vfile) || framework_failure_

unchanged ()
{
  test "$(stat -c '%i %a %u:%g %Y' vdir)" = "$vdir_st" \
    || { echo "$1: vdir changed: $(stat -c '%i %a %u:%g %Y' vdir)"; fail=1; }
  test "$(stat -c '%i %a %u:%g %Y' vfile)" = "$vfile_st" \
    || { echo "$1: vfile changed: $(stat -c '%i %a %u:%g %Y' vfile)"; fail=1; }
}

not_following ()
{
  echo "ainstall: not following '$1': a symbolic link that other users" \
    "may replace"
}
file_exists () { echo "ainstall: cannot create directory '$1': File exists"; }

# The untrusted directory P: the other user's, or others may write it.
mkdir p || framework_failure_
if uid_is_privileged_; then
  chown "$NON_ROOT_USERNAME" p || framework_failure_
else
  chmod 777 p || framework_failure_
fi
as_unprivileged_ ln -s "$PWD/vdir" p/ldir || framework_failure_
as_unprivileged_ ln -s "$PWD/vfile" p/lfile || framework_failure_

# (a) Never followed, with or without an owner asked for.
for opts in '-m 755' '-m 755 -o 0' '-m 700 -g 0'; do
  returns_ 1 ainstall -d $opts p/ldir > out 2> err || fail=1
  compare /dev/null out || fail=1
  not_following p/ldir > exp || framework_failure_
  compare exp err || fail=1
  returns_ 1 ainstall -d $opts p/lfile > out 2> err || fail=1
  compare /dev/null out || fail=1
  file_exists p/lfile > exp || framework_failure_
  compare exp err || fail=1
  unchanged "(a) $opts"
done
# Also with a trailing slash, and among other operands, which still work.
returns_ 1 ainstall -d -m 755 p/ldir/ p/new > out 2> err || fail=1
compare /dev/null out || fail=1
not_following p/ldir/ > exp || framework_failure_
compare exp err || fail=1
test "$(stat -c %a p/new)" = 755 || fail=1
unchanged "(a) trailing slash"
test "$(readlink p/ldir)" = "$PWD/vdir" || fail=1
test "$(readlink p/lfile)" = "$PWD/vfile" || fail=1

# In a sticky directory that others may write, the other user's link is
# not followed (only as root can there be another user's link).
mkdir s && chmod 1777 s || framework_failure_
if uid_is_privileged_; then
  as_unprivileged_ ln -s "$PWD/vdir" s/theirs || framework_failure_
  returns_ 1 ainstall -d -m 755 s/theirs > out 2> err || fail=1
  compare /dev/null out || fail=1
  not_following s/theirs > exp || framework_failure_
  compare exp err || fail=1
  unchanged "(a) sticky"
fi

# (b) Followed where only the caller could have put the link.
mkdir mine && chmod 755 mine || framework_failure_
ln -s "$PWD/vdir" mine/l || framework_failure_
ln -s "$PWD/vdir" s/mine || framework_failure_
for link in mine/l s/mine; do
  chmod 700 vdir || framework_failure_
  returns_ 0 ainstall -d -m 751 $link > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  test "$(stat -c %a vdir)" = 751 || { echo "(b) $link not followed"; fail=1; }
  test -h $link || fail=1
done
# As GNU install does, when it is there to compare with.
for p_ in /usr/bin/install /bin/install; do
  if "$p_" --version 2> /dev/null | grep 'GNU coreutils' > /dev/null; then
    chmod 700 vdir || framework_failure_
    "$p_" -d -m 751 mine/l || fail=1
    test "$(stat -c %a vdir)" = 751 || { echo "GNU did not follow"; fail=1; }
    break
  fi
done
chmod 700 vdir && touch -d '2001-02-03 04:05:06' vdir || framework_failure_
unchanged "(b) restored"

# (c) The race.
swap_names=$abs_top_builddir/tests/harness/swap-names
if ! test -x "$swap_names"; then
  echo "$swap_names is missing: the race is not tried"
else
  mkdir h || framework_failure_
  uid_is_privileged_ && { chown "$NON_ROOT_USERNAME" h || framework_failure_; }
  for target in vdir vfile; do
    rm -rf p/name p/other || framework_failure_
    as_unprivileged_ mkdir p/name || framework_failure_
    as_unprivileged_ ln -s "$PWD/$target" p/other || framework_failure_
    # Two exchanges leave the names as they were; 77: no RENAME_EXCHANGE.
    as_unprivileged_ "$swap_names" p/name p/other 2
    case $? in
      0) ;;
      77) echo "no RENAME_EXCHANGE here: the race is not tried"; break ;;
      *) framework_failure_ "swap-names failed" ;;
    esac
    # The swapper writes its PID, then becomes swap-names.
    rm -f h/swapper || framework_failure_
    as_unprivileged_ sh -c 'echo $$ > h/swapper && exec "$0" p/name p/other' \
      "$swap_names" > /dev/null 2>&1 &
    swapper_job=$!
    wait_for_file_ h/swapper || framework_failure_
    swapper_pid=$(cat h/swapper) || framework_failure_
    : > all-out && : > all-err || framework_failure_
    met_dir=0 refused=0 i=0
    while test $i -lt 200; do
      if ainstall -d -m 755 p/name >> all-out 2>> all-err; then
        met_dir=$((met_dir + 1))
      else
        refused=$((refused + 1))
      fi
      i=$((i + 1))
    done
    kill $swapper_pid || framework_failure_
    wait $swapper_job
    swapper_pid=
    echo "race with a link to $target: $met_dir successes, $refused refusals"
    unchanged "(c) $target"
    # Every message is one of the two.
    { not_following p/name; file_exists p/name; } > allowed || framework_failure_
    grep -Fxv -f allowed all-err > other-err
    compare /dev/null other-err || fail=1
    test "$(wc -l < all-err)" = $refused || fail=1
    compare /dev/null all-out || fail=1
  done
fi

Exit $fail
