#!/bin/sh
# -C onto a destination that already has the source's content, the mode
# asked for and the caller's owner and group changes nothing at all: same
# inode, same ctime, same mtime, no chown or chmod, no backup, and no
# output even with -v; the exit status is 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'same content\n' > content || framework_failure_
# Each install gets a fresh source a: in link mode a destination is its
# source's inode (so b, c and d/a would be one file), in rename mode the
# source is consumed, even by -C onto an identical destination.
fresh_a () { rm -f a && cp content a || framework_failure_; }
mkdir d || framework_failure_
fresh_a; ainstall a b || framework_failure_
fresh_a; ainstall -m 644 a c || framework_failure_
fresh_a; ainstall a d || framework_failure_
rm -f a || framework_failure_

# state FILE...: what an install would have to change.
state () { stat -c '%n %i %a %u:%g %h %.9Y %.9Z' "$@"; }
state b c d/a > before || framework_failure_

# Let the clock move on, so that any change would show in the ctime.
sleep 1

uid=$(id -u) gid=$(id -g)
for args in 'a b' '-v a b' '-v -m 755 a b' '-v -m 644 a c' \
            "-v -o $uid -g $gid a b" "-v -g $gid a b" '-v a d' '-v -t d a' \
            '-v -b a b' '-v -m 644 --backup=numbered a c' '--compare -v a b'; do
  fresh_a
  returns_ 0 ainstall -C $args > out 2> err || { echo "args: $args"; fail=1; }
  compare /dev/null out || { echo "args: $args"; fail=1; }
  compare /dev/null err || { echo "args: $args"; fail=1; }
done

state b c d/a > after || framework_failure_
compare before after || fail=1
compare content b || fail=1
compare content c || fail=1
compare content d/a || fail=1
rm -f a || framework_failure_

# No backup and no temporary file was made.
# expect_entries_ writes its two lists here: have them exist before it lists.
: > exp-entries_ && : > out-entries_ || framework_failure_
expect_entries_ . b c content d before after out err exp-entries_ \
  out-entries_ || fail=1
expect_entries_ d a || fail=1

Exit $fail
