#!/bin/sh
# An unprivileged user installing root's files in link mode: the adoption
# rule takes only the caller's own files (and fs.protected_hardlinks
# would refuse the link anyway), so link mode copies.  For a root-owned
# 0644 file, nobody gets a new inode of its own, with the content, mode
# 755 and nobody's ownership, and --debug says "merge mode 'link' not
# possible (the source belongs to another user): copying"; the source
# keeps its owner, mode and single link.  A root-owned 0600 file cannot
# be read: GNU's "cannot open ... for reading" message, status 1, the old
# destination intact and no temporary left.  Needs root, to own the
# sources.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_

nobody_ids=$(as_unprivileged_ id -u):$(as_unprivileged_ id -g) \
  || framework_failure_
mkdir s d || framework_failure_
chmod 777 d || framework_failure_
echo readable > s/pub || framework_failure_
chmod 644 s/pub || framework_failure_
echo secret > s/priv || framework_failure_
chmod 600 s/priv || framework_failure_
pub_st=$(stat -c '%i %h %a %u:%g' s/pub) || framework_failure_
priv_st=$(stat -c '%i %h %a %u:%g' s/priv) || framework_failure_

# A readable file: not adopted; the copy works.
returns_ 0 as_unprivileged_ ainstall --debug --merge-mode=link s/pub d/f \
  > out 2> err || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "'s/pub' -> 'd/f'" "$offload_re_" \
  "d/f: merge mode 'link' not possible \(the source belongs to another user\): copying" \
  "$(copied_re_ d/f)" \
  || fail=1
compare s/pub d/f || fail=1
test "$(stat -c '%h %a %u:%g' d/f)" = "1 755 $nobody_ids" || fail=1
test "$(stat -c '%i %h %a %u:%g' s/pub)" = "$pub_st" || fail=1

# Without --debug or -v: nothing said.
returns_ 0 as_unprivileged_ ainstall --merge-mode=link s/pub d/g \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
compare s/pub d/g || fail=1
test "$(stat -c '%h %a %u:%g' d/g)" = "1 755 $nobody_ids" || fail=1

# An unreadable file: no copy; d/f stays as it was.
cp d/f exp-f || framework_failure_
f_st=$(stat -c '%i %h %a %u:%g' d/f) || framework_failure_
returns_ 1 as_unprivileged_ ainstall --merge-mode=link s/priv d/f \
  > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot open 's/priv' for reading: Permission denied" > exp \
  || framework_failure_
compare exp err || fail=1
compare exp-f d/f || fail=1
test "$(stat -c '%i %h %a %u:%g' d/f)" = "$f_st" || fail=1
test "$(stat -c '%i %h %a %u:%g' s/priv)" = "$priv_st" || fail=1
echo secret > exp || framework_failure_
compare exp s/priv || fail=1

test "$(stat -c '%i %h %a %u:%g' s/pub)" = "$pub_st" || fail=1
expect_entries_ d f g || fail=1
expect_entries_ s pub priv || fail=1

Exit $fail
