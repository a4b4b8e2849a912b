#!/bin/sh
# An attack on link mode: a user who owns the image puts in it a
# symbolic link to a file of root's; root merges the image with -o and -m.
# A merge mode never adopts an inode reached through a symbolic link: in
# every mode the file the link points to is copied, as GNU install copies
# it, and is left exactly as it was (owner, mode, inode, link count,
# content).  The destination is a new file with the owner and mode asked
# for.  --debug says why link and rename modes copied.  In rename mode
# the link itself is removed afterwards.  Needs root.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_

# The victim, root's, like /etc/passwd.
mkdir etc || framework_failure_
echo 'root:x:0:0' > etc/passwd || framework_failure_
chmod 600 etc/passwd || framework_failure_
victim_st=$(stat -c '%i %h %a %u:%g' etc/passwd) || framework_failure_
cp etc/passwd exp-victim || framework_failure_

for mode in copy link rename; do
  rm -rf img dst && mkdir img dst || framework_failure_
  chown "$NON_ROOT_USERNAME" img || framework_failure_
  as_unprivileged_ ln -s "$PWD/etc/passwd" img/x || framework_failure_

  returns_ 0 ainstall --debug --merge-mode=$mode -o "$NON_ROOT_USERNAME" \
    -m 644 img/x dst/x > out 2> err || fail=1
  compare /dev/null err || fail=1
  case $mode in
    copy) ;;
    link) grep -Fx "dst/x: merge mode 'link' not possible (the source is a symbolic link): copying" out > /dev/null || { cat out; fail=1; } ;;
    rename) grep -Fx "dst/x: merge mode 'rename' not possible (the source is a symbolic link): copying, then removing the source" out > /dev/null || { cat out; fail=1; } ;;
  esac

  # The victim is untouched.
  test "$(stat -c '%i %h %a %u:%g' etc/passwd)" = "$victim_st" \
    || { echo "$mode: victim changed: $(stat -c '%i %h %a %u:%g' etc/passwd)"; fail=1; }
  compare exp-victim etc/passwd || fail=1

  # The destination is a copy with what was asked for.
  test ! -h dst/x || fail=1
  test "$(stat -c '%h %a %U' dst/x)" = "1 644 $NON_ROOT_USERNAME" || fail=1
  test "$(stat -c %i dst/x)" != "$(stat -c %i etc/passwd)" || fail=1
  compare exp-victim dst/x || fail=1
  expect_entries_ dst x || fail=1
  case $mode in
    rename) expect_entries_ img || fail=1 ;;
    *) test -h img/x || fail=1 ;;
  esac
done

Exit $fail
