#!/bin/sh
# A program that ainstall installs can be run as soon as it is there: in
# copy mode ainstall closes the staged file before it renames it over the
# destination, so an exec of the destination never fails with ETXTBSY
# ("Text file busy"), as it would while ainstall still held the new file
# open for writing; and, the rename being atomic, never with ENOENT
# either.  Here d/prog, a copy of true, is replaced 300 times while
# another process runs d/prog again and again: every run succeeds, and
# there are at least 100 of them.  --merge-mode=copy is given explicitly,
# so the test does the same in every suite mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

runner=
cleanup_ ()
{
  test -n "$runner" && kill "$runner" 2>/dev/null
  unmount_all_
}

true_prog=$(command -v true) || skip_ "no true program"
case $true_prog in
  /*) ;;
  *) for d_ in /bin /usr/bin; do
       test -x $d_/true && { true_prog=$d_/true; break; }
     done ;;
esac
test -x "$true_prog" || skip_ "no true program file"
cp "$true_prog" prog || framework_failure_
mkdir d || framework_failure_
ainstall --merge-mode=copy prog d/prog || framework_failure_
d/prog || skip_ "a copy of true does not run here"

# Run d/prog until ./stop appears: "ok" for each run that succeeded, the
# status of each that failed; the shell's messages in ./errs.
(while test ! -f stop; do
   if d/prog; then echo ok; else echo "failed: $?"; fi
 done > runs 2> errs) &
runner=$!

i=0
while test $i -lt 300; do
  ainstall --merge-mode=copy prog d/prog > out 2> err \
    || { echo "install $i failed:"; cat err; fail=1; break; }
  compare /dev/null out && compare /dev/null err || { fail=1; break; }
  i=$((i + 1))
done
touch stop || framework_failure_
wait $runner
runner=

ok=$(grep -c '^ok$' runs)
failed=$(grep -c '^failed' runs)
busy=$(grep -c 'Text file busy' errs)
missing=$(grep -c -e 'not found' -e 'No such file' errs)
echo "runs: $ok succeeded, $failed failed ($busy text busy," \
  "$missing not found)"
test $busy = 0 || fail=1
test $missing = 0 || fail=1
test $failed = 0 || fail=1
test ! -s errs || { echo "the first of $(wc -l < errs) messages:"
                    sed 5q errs; fail=1; }
# Enough runs overlapped the installs for the check to mean something.
test $ok -ge 100 || { echo "only $ok runs of d/prog"; fail=1; }
expect_entries_ d prog || fail=1

Exit $fail
