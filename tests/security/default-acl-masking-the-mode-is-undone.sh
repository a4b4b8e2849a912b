#!/bin/sh
# A directory's default ACL can take permissions away from a new file
# without giving it an access ACL (a default ACL of only user::, group::
# and other:: entries, say u::r--): the staged file is then created with
# less than the 0600 it asked for.  The mode asked for (-m 600, -m 640,
# or 755 by default) is still what the destination gets, for a new and a
# replaced file, with -t and the directory form (which know the
# directory's ACL) and with SOURCE DEST, as with GNU install.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ acl
for prog in setfacl getfacl; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package acl)"
done

printf 'content\n' > a || framework_failure_
mkdir d || framework_failure_
setfacl -d -m u::r,g::-,o::- d 2> /dev/null \
  || skip_ "no ACLs on this file system"
# A file made there gets 0400 for a requested 0600, and no access ACL.
: > d/probe && test "$(stat -c %a d/probe)" = 400 \
  || skip_ "this file system ignores the default ACL"
rm d/probe || framework_failure_

for mode in 600 640 ''; do
  want=${mode:-755}
  opt=${mode:+-m $mode}
  rm -f d/* && cp a src || framework_failure_
  returns_ 0 ainstall $opt src d/f || fail=1
  test "$(stat -c %a d/f)" = $want || { echo "-m $mode SOURCE DEST: $(stat -c %a d/f)"; fail=1; }
  cp a src || framework_failure_
  returns_ 0 ainstall $opt src d/f || fail=1
  test "$(stat -c %a d/f)" = $want || { echo "-m $mode replacing: $(stat -c %a d/f)"; fail=1; }
  cp a src || framework_failure_
  returns_ 0 ainstall $opt -t d src || fail=1
  test "$(stat -c %a d/src)" = $want || { echo "-m $mode -t: $(stat -c %a d/src)"; fail=1; }
  cp a src || framework_failure_
  returns_ 0 ainstall $opt src d || fail=1
  test "$(stat -c %a d/src)" = $want || { echo "-m $mode SOURCE DIR: $(stat -c %a d/src)"; fail=1; }
done
compare a d/f || fail=1

Exit $fail
