#!/bin/sh
# An attack on -d: root runs "ainstall -d -o 0 -g 0 -m 755 d/x" in a
# directory d/ that another user owns.  The new directory is made under
# a temporary name, d/.x.XXXXXX, opened, given its owner and mode, then
# renamed to x.  Between the mkdir and the open, the user replaces it
# (a rename over an empty directory) with a directory of their own,
# mode 777, holding a file of theirs: given root's ownership, it would be
# a directory of root's whose content the user chose.  What ainstall
# opened must be its own (the caller's), or it is not used: exit status
# 1, the single message "ainstall: cannot create directory 'd/x': File
# exists", nothing on stdout; d/x does not exist; the user's directory
# is still the user's, mode 777, with their file, under the temporary
# name.  strace holds back the open so that the swap comes in between.  Needs root and strace that can delay a system call.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_
require_strace_delay_

mkdir d && chown "$NON_ROOT_USERNAME" d && chmod 755 d || framework_failure_
as_unprivileged_ sh -c 'mkdir d/mine && echo user > d/mine/file &&
  chmod 777 d/mine' || framework_failure_
mine_ino=$(stat -c %i d/mine) || framework_failure_

# Which openat opens the new directory: count them in a probe run.
mkdir probe || framework_failure_
strace -o probe-trace -e trace=openat ainstall -d -o 0 -g 0 -m 755 probe/x \
  > /dev/null 2>&1 || framework_failure_ "cannot trace ainstall"
nth=$(grep '^openat(' probe-trace \
        | grep -n '^openat([^,]*, "\.x\.[A-Za-z0-9]\{6\}"' | sed -n '1s/:.*//p')
test -n "$nth" || framework_failure_ "no open seen: $(cat probe-trace)"

# That open is held back: the directory is made, not yet opened.
start_held_call_ openat $nth 1500000 ainstall -d -o 0 -g 0 -m 755 d/x
tmp=$(ls -A d | grep -Ex '\.x\.[A-Za-z0-9]{6}') \
  || framework_failure_ "no temporary directory in d/: $(ls -A d)"
test "$(stat -c %U "d/$tmp")" = root || framework_failure_
as_unprivileged_ mv -T d/mine "d/$tmp" || framework_failure_
end_held_call_

test $held_status = 1 || { echo "status $held_status"; cat trace; fail=1; }
compare /dev/null out || fail=1
echo "ainstall: cannot create directory 'd/x': File exists" > exp-err \
  || framework_failure_
compare exp-err err || fail=1
expect_entries_ d "$tmp" || fail=1
test "$(stat -c '%i %a %U' "d/$tmp")" = "$mine_ino 777 $NON_ROOT_USERNAME" \
  || { echo "the user's directory is $(stat -c '%i %a %U' "d/$tmp")"
       fail=1; }
expect_entries_ "d/$tmp" file || fail=1
test "$(stat -c %U "d/$tmp/file")" = "$NON_ROOT_USERNAME" || fail=1
echo user > exp || framework_failure_
compare exp "d/$tmp/file" || fail=1

Exit $fail
