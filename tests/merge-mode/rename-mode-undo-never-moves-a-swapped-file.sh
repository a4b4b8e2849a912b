#!/bin/sh
# An attack on the undoing of rename mode: root runs
# "ainstall --merge-mode=rename R/f d/f", R/ root's (mode 755), R/f
# root's (mode 600, one link), d/ the other user's.  The source is moved
# to a temporary name in d/; while the commit (the rename over d/f) is
# held back with strace, the user moves the temporary away (to d/stolen),
# puts a file of theirs under its name, and makes d/f a non-empty
# directory, so that the commit fails.  Undoing must not rename whatever
# the temporary name holds into root's directory: it gives root's file
# back its name instead.  Afterwards: exit status 1, the single message
# "ainstall: cannot create regular file 'd/f': Is a directory", nothing
# on stdout; R/ holds just f, which is root's file again (same inode,
# owner, mode 600, content); the user's file is still the user's, under
# the temporary name, with its content; d/f is still their directory.
# Needs root and strace that can delay a system call.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_
require_strace_delay_

# fresh: R/f root's, d/ the user's; set $ino and $st.
fresh ()
{
  rm -rf R d trace probe-trace || framework_failure_
  mkdir R d && chmod 755 R d || framework_failure_
  chown "$NON_ROOT_USERNAME" d || framework_failure_
  echo 'root: config' > R/f && chmod 600 R/f || framework_failure_
  st=$(stat -c '%i %h %a %u:%g' R/f) || framework_failure_
}

# Which system call commits: the one after the move of the source.
fresh
strace -o probe-trace -e trace=rename,renameat,renameat2 \
  ainstall --merge-mode=rename R/f d/f > /dev/null 2>&1 \
  || framework_failure_ "cannot trace ainstall"
call=$(sed -n '2s/^\([a-z0-9_]*\)(.*/\1/p' probe-trace)
test -n "$call" || framework_failure_ "no commit seen in: $(cat probe-trace)"
nth=$(sed -n 1,2p probe-trace | grep -c "^$call(")

fresh
start_held_call_ $call $nth 1500000 ainstall --merge-mode=rename R/f d/f
tmp=$(ls -A d | grep -Ex '\.f\.[A-Za-z0-9]{6}') \
  || framework_failure_ "no temporary in d/: $(ls -A d)"
as_unprivileged_ sh -c 'mv "d/$1" d/stolen && echo user > "d/$1" &&
  mkdir d/f && echo x > d/f/x' sh "$tmp" || framework_failure_
end_held_call_

test $held_status = 1 || { echo "status $held_status"; cat trace; fail=1; }
compare /dev/null out || fail=1
echo "ainstall: cannot create regular file 'd/f': Is a directory" > exp-err \
  || framework_failure_
compare exp-err err || fail=1

# Root's file has its name back; nothing of the user's is in R/.
expect_entries_ R f || fail=1
test "$(stat -c '%i %a %u:%g' R/f)" = "$(echo "$st" | cut -d' ' -f1,3,4)" \
  || { echo "R/f is $(stat -c '%i %h %a %u:%g' R/f), was $st"; fail=1; }
echo 'root: config' > exp || framework_failure_
compare exp R/f || fail=1
# The user's file is where they put it, still theirs.
test "$(stat -c %U "d/$tmp")" = "$NON_ROOT_USERNAME" || fail=1
echo user > exp || framework_failure_
compare exp "d/$tmp" || fail=1
test -d d/f || fail=1

Exit $fail
