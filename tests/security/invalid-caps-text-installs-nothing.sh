#!/bin/sh
# A --caps text that is not a capability set in libcap's text form is
# rejected before anything is done: "ainstall: invalid capabilities
# 'TEXT'", exit status 1, nothing on stdout; an old destination is left
# as it was, a new one is not created, the source is untouched (also in
# link and rename modes) and no temporary is left.  Tried with 'bogus',
# an unknown capability name, an unknown flag and a name without flags,
# in each merge mode.  Needs no privileges.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap

mkdir s d || framework_failure_
echo new > s/a || framework_failure_
chmod 644 s/a || framework_failure_
echo old > d/f || framework_failure_
chmod 640 d/f || framework_failure_
echo new > exp-new || framework_failure_
echo old > exp-old || framework_failure_
src_st=$(stat -c '%i %h %a' s/a) || framework_failure_
dest_st=$(stat -c '%i %h %a' d/f) || framework_failure_

for m in copy link rename; do
  for text in bogus cap_nonsense+ep cap_net_raw+xy cap_net_raw; do
    for dest in d/f d/g; do
      returns_ 1 ainstall -v --merge-mode=$m --caps="$text" s/a $dest \
        > out 2> err || { echo "$m $text: exit status"; fail=1; }
      compare /dev/null out || fail=1
      echo "ainstall: invalid capabilities '$text'" > exp-err \
        || framework_failure_
      compare exp-err err || fail=1
      compare exp-old d/f || fail=1
      test "$(stat -c '%i %h %a' d/f)" = "$dest_st" || fail=1
      compare exp-new s/a || fail=1
      test "$(stat -c '%i %h %a' s/a)" = "$src_st" || fail=1
      expect_entries_ d f || fail=1
      expect_entries_ s a || fail=1
    done
  done
done

Exit $fail
