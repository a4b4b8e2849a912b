#!/bin/sh
# An attack on rename mode: root runs "ainstall --merge-mode=rename -T R/f
# d/f", R/ root's (mode 755), R/f root's (mode 600, one link), d/ another
# user's.  Were root's file moved into d/ under a temporary name, the user
# could take that name away and keep root's file, or make the commit
# fail, so that undoing it gives root's file back with d/f's attributes.
# So rename mode copies there: root's file is never given a name in d/.
# Each system call that makes, moves or removes a name is held in turn
# (strace), and while it is held the user moves every temporary of d/ to
# d/stolen, puts a file of theirs under its name, and makes d/f a
# directory, so that the commit fails.  Whatever the timing: R/f is
# root's file, untouched (inode, one link, mode 600, root:root, content),
# or, after a commit, gone; no name in d/ is root's file; the user's
# file is never in R/.  Also with -o and -m, and with a d/f there before.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_
require_strace_delay_

calls=link,linkat,rename,renameat,renameat2,unlink,unlinkat
echo 'root: config' > exp-f || framework_failure_

# fresh OLD: R/f root's, d/ the user's, with d/f if OLD is "old".
fresh ()
{
  rm -rf R d || framework_failure_
  mkdir R d && chmod 755 R d && chown "$NON_ROOT_USERNAME" d \
    || framework_failure_
  cp exp-f R/f && chmod 600 R/f || framework_failure_
  r_f=$(stat -c '%i %h %a %U:%G' R/f) || framework_failure_
  ino=${r_f%% *}
  if test "$1" = old; then
    as_unprivileged_ sh -c 'echo old > d/f' || framework_failure_
  fi
}

# The user's move: every temporary to d/stolen, their file in its place,
# and d/f a directory.
attack ()
{
  as_unprivileged_ sh -c '
    for t in $(ls -A d | grep "^\.f\."); do
      mv "d/$t" d/stolen && echo user > "d/$t"
    done
    test -d d/f || { rm -f d/f && mkdir d/f && echo x > d/f/x; }' \
    || framework_failure_
}

check ()
{
  if test -e R/f; then
    test "$(stat -c '%i %h %a %U:%G' R/f)" = "$r_f" \
      || { echo "$1: R/f is $(stat -c '%i %h %a %U:%G' R/f), was $r_f"
           fail=1; }
    compare exp-f R/f || { echo "$1: R/f's content"; fail=1; }
  else
    test $held_status = 0 || { echo "$1: R/f gone, status $held_status"
                               fail=1; }
  fi
  case $(ls -A R) in
    ''|f) ;;
    *) echo "$1: R/ holds $(ls -A R)"; fail=1 ;;
  esac
  for n in $(ls -A d); do
    test "$(stat -c %i "d/$n")" != "$ino" \
      || { echo "$1: d/$n is root's file"; fail=1; }
  done
}

for opts in '' '-o nobody -m 4755'; do
  for old in new old; do
    fresh $old
    strace -o probe -e trace=$calls \
      ainstall --merge-mode=rename $opts -T R/f d/f > /dev/null 2>&1 \
      || framework_failure_
    grep -E "^($(echo $calls | tr , '|'))\(" probe > acts
    test -s acts || framework_failure_ "no name made: $(cat probe)"
    k=1
    while read line; do
      call=${line%%(*}
      nth=$(head -n $k acts | grep -c "^$call(")
      fresh $old
      start_held_call_ $call $nth 400000 \
        ainstall --merge-mode=rename $opts -T R/f d/f
      attack
      end_held_call_
      check "'$opts' $old, $call #$nth"
      k=$((k + 1))
    done < acts
  done
done

Exit $fail
