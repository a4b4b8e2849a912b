#!/bin/sh
# An attack on rename mode: the image directory is another user's, and
# holds a file of root's (an image root built there).  Rename mode takes
# root's file; were it to move the source's *name*, the user could swap
# that name for an entry of theirs (a directory they can write, a file,
# a symbolic link) just before, and that entry would land in root's
# ROOT/etc.  Each system call that makes, moves or removes a name is
# held in turn (strace) while the user swaps the name.  Whatever the
# timing: ROOT/etc holds nothing but f, and f, if there, is root's file
# with root's content; nothing of the user's is anywhere in ROOT.  The
# plain form (SOURCE DEST) and -R.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_
require_strace_delay_

calls=link,linkat,rename,renameat,renameat2,unlink,unlinkat
echo 'root content' > exp-f || framework_failure_

# fresh: the user's img/etc/, root's img/etc/f; root's ROOT/etc/.
fresh ()
{
  rm -rf img ROOT || framework_failure_
  mkdir img ROOT ROOT/etc && chmod 755 ROOT ROOT/etc || framework_failure_
  chown "$NON_ROOT_USERNAME" img && as_unprivileged_ mkdir img/etc \
    || framework_failure_
  cp exp-f img/etc/f && chmod 644 img/etc/f || framework_failure_
}

# swap KIND: the user puts an entry of KIND in the place of img/etc/f.
swap ()
{
  as_unprivileged_ sh -c '
    mv img/etc/f img/etc/f.root 2>/dev/null
    case $1 in
      dir) mkdir -m 777 img/etc/f ;;
      file) echo user > img/etc/f ;;
      symlink) ln -s /etc/shadow img/etc/f ;;
    esac' sh $1 || framework_failure_
}

check ()
{
  case $(ls -A ROOT/etc) in
    ''|f) ;;
    *) echo "$1: ROOT/etc holds $(ls -A ROOT/etc)"; fail=1 ;;
  esac
  if test -e ROOT/etc/f || test -h ROOT/etc/f; then
    test -f ROOT/etc/f && ! test -h ROOT/etc/f \
      && test "$(stat -c %U ROOT/etc/f)" = root \
      && compare exp-f ROOT/etc/f \
      || { echo "$1: ROOT/etc/f is not root's file"; fail=1; }
  fi
  if test -n "$(find ROOT -user "$NON_ROOT_USERNAME")"; then
    echo "$1: the user's entries in ROOT: $(find ROOT -user \
      "$NON_ROOT_USERNAME")"
    fail=1
  fi
}

for form in plain tree; do
  case $form in
    plain) set -- --merge-mode=rename img/etc/f ROOT/etc/f ;;
    tree) set -- -R --merge-mode=rename img ROOT ;;
  esac
  fresh
  strace -o probe -e trace=$calls ainstall "$@" > /dev/null 2>&1 \
    || framework_failure_
  grep -E "^($(echo $calls | tr , '|'))\(" probe > acts
  test -s acts || framework_failure_ "no name made: $(cat probe)"
  for kind in dir file symlink; do
    k=1
    while read line; do
      call=${line%%(*}
      nth=$(head -n $k acts | grep -c "^$call(")
      fresh
      start_held_call_ $call $nth 400000 ainstall "$@"
      swap $kind
      end_held_call_
      check "$form, $kind, $call #$nth"
      k=$((k + 1))
    done < acts
  done
done

Exit $fail
