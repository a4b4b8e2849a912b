#!/bin/sh
# An attack on link and rename modes: root merges an image file that an
# unprivileged user owns, who keeps it open for writing.  Adopting that
# inode would leave the file the user's (the manual promises the caller,
# as GNU install) or, with -o root -m 4755, let the open descriptor write
# into a set-user-ID root program.  The adoption rule copies a source
# that does not belong to the caller: the destination is a new inode,
# root's, set-user-ID as asked; what the user writes afterwards through
# the descriptor reaches the image file only.  --debug says "merge mode
# 'MODE' not possible (the source belongs to another user): copying".
# In rename mode the source is removed after the copy; the image file the
# user holds keeps its owner and mode.  Needs root.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_

for mode in link rename; do
  rm -rf img dst h && mkdir img dst h || framework_failure_
  chown "$NON_ROOT_USERNAME" img h || framework_failure_
  chmod 755 img dst || framework_failure_
  as_unprivileged_ sh -c 'echo "#!/bin/sh" > img/prog && chmod 755 img/prog' \
    || framework_failure_
  ino=$(stat -c %i img/prog) || framework_failure_

  # The user keeps the file open for writing, and writes once told to.
  as_unprivileged_ sh -c 'exec 3>> img/prog; echo ready > h/ready;
    while test ! -e h/go; do sleep .1; done;
    echo "evil" >&3; echo done > h/done' &
  holder=$!
  wait_for_file_ h/ready || framework_failure_

  returns_ 0 ainstall --debug --merge-mode=$mode -o root -m 4755 \
    img/prog dst/prog > out 2> err || fail=1
  compare /dev/null err || fail=1
  case $mode in
    link) tail= ;;
    rename) tail=', then removing the source' ;;
  esac
  grep -Fx "dst/prog: merge mode '$mode' not possible (the source belongs to another user): copying$tail" out > /dev/null || { cat out; fail=1; }

  touch h/go || framework_failure_
  wait_for_file_ h/done || fail=1
  wait $holder

  test "$(stat -c '%h %a %u' dst/prog)" = '1 4755 0' || fail=1
  test "$(stat -c %i dst/prog)" != "$ino" || fail=1
  echo '#!/bin/sh' > exp || framework_failure_
  compare exp dst/prog || fail=1
  case $mode in
    link)
      test "$(stat -c '%i %h %a %U' img/prog)" \
        = "$ino 1 755 $NON_ROOT_USERNAME" || fail=1
      expect_entries_ img prog || fail=1 ;;
    rename)
      expect_entries_ img || fail=1 ;;
  esac
  expect_entries_ dst prog || fail=1
done

Exit $fail
