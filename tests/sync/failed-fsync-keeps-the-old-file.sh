#!/bin/sh
# --sync: a staged file whose fsync fails (EIO, injected with strace) is
# not installed: "ainstall: error syncing 'd/a': Input/output error", the
# old d/a stays as it was, no temporary is left, the other files of the
# call are installed, and the exit status is 1.  A directory whose fsync
# fails is reported the same way, and the exit status is 1.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v strace > /dev/null || skip_ "strace is needed"
strace -o /dev/null -e trace=fsync -e inject=fsync:error=EIO true \
  2> /dev/null || skip_ "strace cannot inject errors here"

# Fresh sources for each run: rename mode takes them.
sources () { echo new-a > a && echo new-b > b && echo new-c > c; }
mkdir d && sources && echo old-a > d/a && chmod 640 d/a || framework_failure_
old=$(stat -c '%i %a %s' d/a) || framework_failure_

# The first fsync is a's staged file.
returns_ 1 strace -y -o trace -e trace=fsync \
  -e inject=fsync:error=EIO:when=1 \
  ainstall --sync -m 644 a b c d > out 2> err || fail=1
echo "ainstall: error syncing 'd/a': Input/output error" > exp \
  || framework_failure_
compare exp err || fail=1
test "$(stat -c '%i %a %s' d/a)" = "$old" || fail=1
echo old-a > exp && compare exp d/a || fail=1
echo new-b > exp && compare exp d/b || fail=1
echo new-c > exp && compare exp d/c || fail=1
expect_entries_ d a b c || fail=1

# Then d's own: which fsync that is, the first run says.
sources || framework_failure_
n=$(grep '^fsync(' trace | grep -n '/d>)' | sed -n '1s/:.*//p')
test -n "$n" || framework_failure_ "d is not synced: $(cat trace)"
returns_ 1 strace -o trace -e trace=fsync \
  -e inject=fsync:error=EIO:when=$n ainstall --sync -m 644 a b c d \
  > out 2> err || fail=1
echo "ainstall: error syncing 'd': Input/output error" > exp \
  || framework_failure_
compare exp err || fail=1
echo new-a > exp && compare exp d/a || fail=1
expect_entries_ d a b c || fail=1

Exit $fail
