#!/bin/sh
# In copy mode ainstall closes the staged file, and checks that close
# succeeded, before the final rename.  When that close fails (EIO,
# injected with strace into the close of the staged file only), ainstall
# prints exactly "ainstall: failed to close 'DEST': Input/output error",
# prints nothing on standard output, exits 1, and renames nothing: an old
# destination keeps its inode, mode and content, a new destination is not
# created, and no temporary is left.  Which close system call closes the
# staged file (the first close of the descriptor that ".f.XXXXXX" was
# created on) is learnt from a probe run of the same command.
# --merge-mode=copy is given explicitly, so the test does the same in
# every suite mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v strace > /dev/null || skip_ "strace is needed to inject a failure"
strace -o /dev/null true 2> /dev/null || skip_ "strace does not work here"

# set_up DIR: DIR/src and DIR/d/f, the old destination.
set_up ()
{
  mkdir -p $1/d && echo new > $1/src && echo old > $1/d/f \
    && chmod 640 $1/d/f || framework_failure_
}

# staged_close TRACE DEST: from TRACE (strace -y -e trace=openat,close) of
# a run that installs d/DEST, the descriptor that the staged file (unnamed,
# O_TMPFILE, or d/.DEST.XXXXXX) was created on, the number of the close call that first
# closes that descriptor then, and that call.  (strace -y names the file
# a descriptor is open on at the time: the staged file's close might come
# after it is renamed.)
staged_close ()
{
  awk -v name="\".$2." '
    /^close\(/ {
      n++
      if (fd != "" && index($0, "close(" fd "<") == 1) {
        print fd, n, $0
        exit
      }
    }
    /^openat\(/ && fd == "" && (/O_TMPFILE/ || (index($0, name) && /O_CREAT/)) {
      fd = $0; sub(/.*\) *= /, "", fd); sub(/<.*/, "", fd)
    }' "$1"
}

# nth_close DIR DEST: "FD N" for a probe run in DIR installing src as
# d/DEST.
nth_close ()
{
  (cd $1 && strace -o trace -y -e trace=openat,close \
     ainstall --merge-mode=copy src d/$2 > /dev/null 2>&1) \
    || framework_failure_ "cannot trace ainstall"
  staged_close $1/trace $2 > $1/staged-close || framework_failure_
  test -s $1/staged-close \
    || framework_failure_ "the staged file is not closed in: $(cat $1/trace)"
  cut -d ' ' -f 1,2 $1/staged-close
}

set_up probe-old
set_up probe-new
set_up t
n_old=$(nth_close probe-old f) || Exit $?
n_new=$(nth_close probe-new g) || Exit $?
dest_st=$(stat -c '%i %h %a %s' t/d/f) || framework_failure_

for dest in f g; do
  if test $dest = f; then fd_n=$n_old; else fd_n=$n_new; fi
  (cd t &&
   returns_ 1 strace -o trace -y -e trace=openat,close \
     -e inject=close:error=EIO:when=${fd_n#* } \
     ainstall --merge-mode=copy src d/$dest > out 2> err) || fail=1
  # The failure was injected into the staged file's close.
  staged_close t/trace $dest > staged-close || framework_failure_
  case $(cat staged-close) in
    "$fd_n close("*") "*"= -1 EIO "*"(INJECTED)") ;;
    *) framework_failure_ "the failure was not injected into the close" \
         "of the staged file (descriptor ${fd_n% *}): $(cat t/trace)" ;;
  esac
  compare /dev/null t/out || fail=1
  echo "ainstall: failed to close 'd/$dest': Input/output error" > exp-err \
    || framework_failure_
  compare exp-err t/err || fail=1

  test "$(stat -c '%i %h %a %s' t/d/f)" = "$dest_st" \
    || { echo "d/f changed: $(stat -c '%i %h %a %s' t/d/f)"; fail=1; }
  echo old > exp || framework_failure_
  compare exp t/d/f || fail=1
  expect_entries_ t/d f || fail=1
done

Exit $fail
