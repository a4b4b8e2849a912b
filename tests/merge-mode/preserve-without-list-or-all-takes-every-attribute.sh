#!/bin/sh
# --preserve without a list means mode,ownership,timestamps, as does
# --preserve=all and the list spelled out: the destination takes the
# source's mode, owner, group, access and modification times.  A list of
# two takes those two only.  As root the source belongs to another user;
# otherwise to the caller.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

if uid_is_privileged_ && id "$NON_ROOT_USERNAME" > /dev/null 2>&1; then
  owner=$(id -u "$NON_ROOT_USERNAME"):$(id -g "$NON_ROOT_USERNAME") \
    || framework_failure_
else
  owner=$(id -u):$(id -g) || framework_failure_
fi
mkdir d || framework_failure_
fresh ()
{
  echo content > "s-$1" && chmod 640 "s-$1" \
    && touch -d '2001-02-03 04:05:06.123456789' "s-$1" \
    || framework_failure_
  if uid_is_privileged_; then
    chown "$owner" "s-$1" || framework_failure_
  fi
}
fresh probe
want="640 $owner $(stat -c '%x|%y' s-probe)" || framework_failure_

n=0
for mode in copy link rename; do
  for opt in --preserve --preserve=all --preserve=mode,ownership,timestamps \
             --preserve=timestamps,all,mode; do
    n=$((n + 1))
    fresh $n
    returns_ 0 ainstall --merge-mode=$mode $opt s-$n d/$n > out 2> err \
      || fail=1
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    test "$(stat -c '%a %u:%g %x|%y' d/$n)" = "$want" \
      || { echo "$mode $opt: $(stat -c '%a %u:%g %x|%y' d/$n)"; fail=1; }
  done
done

# Two attributes only: mode and timestamps, owner the caller's (a copy).
fresh two
returns_ 0 ainstall --merge-mode=copy --preserve=mode,timestamps s-two d/two \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%a %u:%g %x|%y' d/two)" \
  = "640 $(id -u):$(id -g) $(stat -c '%x|%y' s-probe)" || fail=1

Exit $fail
