#!/bin/sh
# In rename mode, when the final rename over the destination (the commit)
# fails, ainstall prints GNU's message ("cannot remove DEST" for an
# existing destination, "cannot create regular file DEST" for a new one),
# exits 1, and moves the source back: the same name, inode, content.  The
# old destination is intact and no temporary is left.  The failure (EIO)
# is injected into the commit's rename system call with strace.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v strace > /dev/null || skip_ "strace is needed to inject a failure"
strace -o /dev/null true 2> /dev/null || skip_ "strace does not work here"

# Learn which system call commits (the second rename ainstall makes; the
# first moves the source) and how many of that call come before it.
mkdir probe || framework_failure_
echo x > probe/src || framework_failure_
strace -o probe-trace -e trace=rename,renameat,renameat2 \
  ainstall --merge-mode=rename probe/src probe/dst > /dev/null 2>&1 \
  || framework_failure_ "cannot trace ainstall"
call=$(sed -n '2s/^\([a-z0-9_]*\)(.*/\1/p' probe-trace)
test -n "$call" || framework_failure_ "no commit seen in: $(cat probe-trace)"
nth=$(sed -n 1,2p probe-trace | grep -c "^$call(")

mkdir s d || framework_failure_
echo new > s/a || framework_failure_
chmod 600 s/a || framework_failure_
echo old > d/a || framework_failure_
chmod 640 d/a || framework_failure_
src_st=$(stat -c '%i %h %a' s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a' d/a) || framework_failure_

check_all ()
{
  test "$(stat -c '%i %h' s/a)" = "${src_st% *}" || return 1
  echo new > exp && compare exp s/a || return 1
  test "$(stat -c '%i %h %a' d/a)" = "$dest_st" || return 1
  echo old > exp && compare exp d/a || return 1
  expect_entries_ s a && expect_entries_ d a
}

returns_ 1 strace -o trace -e trace=$call -e inject=$call:error=EIO:when=$nth \
  ainstall --merge-mode=rename s/a d/a > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot remove 'd/a': Input/output error" > exp-err \
  || framework_failure_
compare exp-err err || fail=1
check_all || fail=1

# A new destination.
returns_ 1 strace -o trace -e trace=$call -e inject=$call:error=EIO:when=$nth \
  ainstall --merge-mode=rename -m 644 s/a d/new > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot create regular file 'd/new': Input/output error" \
  > exp-err || framework_failure_
compare exp-err err || fail=1
check_all || fail=1

Exit $fail
