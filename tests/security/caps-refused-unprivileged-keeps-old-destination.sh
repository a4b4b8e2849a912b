#!/bin/sh
# Capabilities that cannot be set mean the file is not installed: a file
# that needs them must never appear without them.  An unprivileged user
# (who lacks CAP_SETFCAP) asking --caps=cap_net_raw+ep gets "ainstall:
# cannot set the capabilities of 'DEST': Operation not permitted", exit
# status 1: an old destination is left as it was (inode, content, mode),
# a new one is not created, and no temporary is left.  In link and rename
# modes the source is left as it was too: same name, inode, content and
# mode (rename mode moves it back).  Each merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap
require_unprivileged_run_

mkdir s d || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
echo old > exp-old || framework_failure_
echo new > exp-new || framework_failure_
chmod 777 s d || framework_failure_
dest_st=$(stat -c '%i %h %a %u:%g' d/f) || framework_failure_

for m in copy link rename; do
  for dest in d/f d/g; do
    # The source is the unprivileged user's, in a directory it may write.
    rm -f s/a && cp exp-new s/a && chmod 644 s/a || framework_failure_
    if uid_is_privileged_; then
      chown "$NON_ROOT_USERNAME:$(non_root_gid_)" s/a || framework_failure_
    fi
    src_st=$(stat -c '%i %h %a %u:%g' s/a) || framework_failure_

    returns_ 1 as_unprivileged_ ainstall --merge-mode=$m \
      --caps=cap_net_raw+ep s/a $dest > out 2> err \
      || { echo "$m $dest: exit status"; fail=1; }
    compare /dev/null out || fail=1
    echo "ainstall: cannot set the capabilities of '$dest':" \
      "Operation not permitted" > exp-err || framework_failure_
    compare exp-err err || fail=1
    compare exp-old d/f || fail=1
    test "$(stat -c '%i %h %a %u:%g' d/f)" = "$dest_st" \
      || { echo "$m $dest: old destination changed"; fail=1; }
    expect_entries_ d f || fail=1
    compare exp-new s/a || fail=1
    test "$(stat -c '%i %h %a %u:%g' s/a)" = "$src_st" \
      || { echo "$m $dest: source changed: $(stat -c '%i %h %a %u:%g' s/a)"
           fail=1; }
    expect_entries_ s a || fail=1
  done
done

Exit $fail
