#!/bin/sh
# An attack on -R: the first name of a hard-link group lands where a user
# may write (ROOT/tmp/n, the user's directory in a 1777 ROOT/tmp), and the
# user replaces it with a file of theirs, or removes it, before the
# group's next name is linked.  That name (ROOT/usr/bin/b, in root's
# directory) is still the file ainstall installed, with what "-o root -g
# root" asked: root's, mode 755, the packaged content; never the user's
# file.  If the installed file has no name left, b is copied instead.
# Every mode; the link of b is held with strace while the user acts.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_
require_strace_delay_

setup ()
{
  rm -rf ROOT img || framework_failure_
  mkdir -p ROOT/tmp ROOT/usr/bin img && chmod 1777 ROOT/tmp \
    && chown "$NON_ROOT_USERNAME" img || framework_failure_
  as_unprivileged_ mkdir ROOT/tmp/n || framework_failure_
  as_unprivileged_ sh -c 'mkdir -p img/tmp/n img/usr/bin &&
    printf "#!/bin/sh\necho packaged\n" > img/tmp/n/a &&
    chmod 755 img/tmp/n/a && ln img/tmp/n/a img/usr/bin/b' \
    || framework_failure_
}
printf '#!/bin/sh\necho packaged\n' > exp || framework_failure_

for mode in copy link rename; do
  # Which link, or rename, stages b.
  setup
  strace -o probe -e trace=linkat,renameat,renameat2 \
    ainstall -R --merge-mode=$mode -o root -g root img ROOT > /dev/null 2>&1 \
    || framework_failure_
  line=$(grep -n '"\.b\.[A-Za-z0-9]\{6\}"' probe | sed -n '1s/:.*//p')
  test -n "$line" || framework_failure_ "b is not staged: $(cat probe)"
  call=$(sed -n "${line}s/(.*//p" probe)
  nth=$(head -n "$line" probe | grep -c "^$call(")

  for act in replace remove; do
    setup
    start_held_call_ $call $nth 500000 \
      ainstall -R --merge-mode=$mode -o root -g root img ROOT
    case $act in
      replace) as_unprivileged_ sh -c '
                 printf "#!/bin/sh\necho user\n" > ROOT/tmp/n/.x &&
                 chmod 755 ROOT/tmp/n/.x && mv ROOT/tmp/n/.x ROOT/tmp/n/a' ;;
      remove) as_unprivileged_ rm ROOT/tmp/n/a ;;
    esac || framework_failure_ "$mode, $act: $(ls -A ROOT/tmp/n; cat trace)"
    end_held_call_
    what="$mode, $act"
    test $held_status = 0 || { echo "$what: status $held_status"; fail=1; }
    compare /dev/null err || fail=1
    test "$(stat -c '%U:%G %a' ROOT/usr/bin/b)" = 'root:root 755' \
      || { echo "$what: b is $(stat -c '%U:%G %a' ROOT/usr/bin/b)"; fail=1; }
    compare exp ROOT/usr/bin/b || { echo "$what: b's content"; fail=1; }
    test "$(stat -c %h ROOT/usr/bin/b)" = 1 \
      || { echo "$what: b has $(stat -c %h ROOT/usr/bin/b) links"; fail=1; }
  done
done

Exit $fail
