#!/bin/sh
# A symbolic link that nobody else can replace may still lead through one
# that another user can: T/l, the caller's link in the caller's T/ (mode
# 755), points to p/l, which is in p/, a directory of another user's
# (as root, $NON_ROOT_USERNAME's; unprivileged, the caller's with mode
# 777), and p/l points to the caller's directory V (mode 700, holding
# the file key and the directory x, mode 700).  Whoever may write p/ can
# point p/l anywhere, so T/l is followed only if every link on its way is
# trusted:
#   (a) "ainstall -d -m 777 T/l" (also with -o $NON_ROOT_USERNAME as root,
#       with a trailing slash, and for T/rel, a relative link to ../p/l)
#       fails with status 1 and the single message "ainstall: not
#       following 'T/l': a symbolic link that other users may replace";
#   (b) "ainstall -d -m 777 T/l/." and "T/l/x" fail with "ainstall: not
#       changing 'OPERAND': a symbolic link on its path may be another
#       user's";
#   (c) "ainstall -R img ROOT", where ROOT/lib is the caller's link (in
#       the caller's ROOT, mode 755) to p/l, and the image has lib/key and
#       other/o, fails with status 1 and the single message "ainstall: not
#       following 'ROOT/lib': a symbolic link that other users may
#       replace"; other/o is merged, ROOT/lib stays the link;
# and in all of them V, V/x and V/key keep their inode, mode, owner and
# time, V holds just key and x, and key its content.  A chain of trusted
# links only (T/m -> T2/l -> V, T2 the caller's, mode 755) is followed:
# "-d -m 750 T/m" gives V mode 750, and "-R" merges lib/key into V.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

if uid_is_privileged_; then
  require_root_
  require_unprivileged_run_
fi

mkdir V V/x && chmod 700 V V/x || framework_failure_
echo 'private key' > V/key && chmod 600 V/key || framework_failure_
touch -d '2001-02-03 04:05:06' V/key V/x V || framework_failure_
cp V/key exp-key || framework_failure_
v_st ()
{
  stat -c '%n %i %a %u:%g %Y' V V/x V/key
}
v_st > exp-v || framework_failure_
v_intact ()
{
  v_st > got-v || framework_failure_
  compare exp-v got-v || { echo "$1: V changed"; return 1; }
  expect_entries_ V key x || { echo "$1: V has new entries"; return 1; }
  compare exp-key V/key || return 1
}

# The other user's directory and link; the caller's links through it.
mkdir p || framework_failure_
if uid_is_privileged_; then
  chown "$NON_ROOT_USERNAME" p && chmod 755 p || framework_failure_
  as_unprivileged_ ln -s "$PWD/V" p/l || framework_failure_
  owner_opts="-o $NON_ROOT_USERNAME"
else
  chmod 777 p && ln -s "$PWD/V" p/l || framework_failure_
  owner_opts=
fi
mkdir T && chmod 755 T || framework_failure_
ln -s "$PWD/p/l" T/l && ln -s ../p/l T/rel || framework_failure_

# (a)
for opts in '-m 777' "-m 777 $owner_opts"; do
  for operand in T/l T/l/ T/rel; do
    returns_ 1 ainstall -d $opts $operand > out 2> err || fail=1
    compare /dev/null out || fail=1
    echo "ainstall: not following '$operand': a symbolic link that other" \
      "users may replace" > exp || framework_failure_
    compare exp err || fail=1
    v_intact "(a) $opts $operand" || fail=1
  done
done

# (b)
for operand in T/l/. T/l/x; do
  returns_ 1 ainstall -d -m 777 $owner_opts $operand > out 2> err || fail=1
  compare /dev/null out || fail=1
  echo "ainstall: not changing '$operand': a symbolic link on its path may" \
    "be another user's" > exp || framework_failure_
  compare exp err || fail=1
  v_intact "(b) $operand" || fail=1
done

# (c)
mkdir ROOT && chmod 755 ROOT && ln -s "$PWD/p/l" ROOT/lib \
  || framework_failure_
mkdir img img/lib img/other || framework_failure_
echo 'image key' > img/lib/key && echo o > img/other/o || framework_failure_
returns_ 1 ainstall -R img ROOT > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: not following 'ROOT/lib': a symbolic link that other users" \
  "may replace" > exp || framework_failure_
compare exp err || fail=1
v_intact "(c)" || fail=1
test "$(readlink ROOT/lib)" = "$PWD/p/l" || fail=1
echo o > exp && compare exp ROOT/other/o || fail=1
expect_entries_ img/lib key || fail=1

# Trusted links only: followed.
mkdir T2 && chmod 755 T2 && ln -s "$PWD/V" T2/l && ln -s "$PWD/T2/l" T/m \
  || framework_failure_
returns_ 0 ainstall -d -m 750 T/m > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c %a V)" = 750 || { echo "trusted chain not followed"; fail=1; }
rm -rf ROOT && mkdir ROOT && chmod 755 ROOT && ln -s "$PWD/T/m" ROOT/lib \
  || framework_failure_
returns_ 0 ainstall -R img ROOT > out 2> err || fail=1
compare /dev/null err || fail=1
echo 'image key' > exp && compare exp V/key || fail=1

Exit $fail
