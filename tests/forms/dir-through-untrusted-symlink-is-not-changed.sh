#!/bin/sh
# "install -d P/LINK/X" follows the symbolic link P/LINK to make X, as GNU
# install does; but X may exist already, and then the mode (and owner)
# asked for would be given to whatever directory the link leads to.
# When a symbolic link on the way may be another user's (its directory
# is not the caller's or root's with no group or other write permission;
# nor sticky and the caller's or root's, with the link the caller's),
# ainstall makes missing directories through it but changes none that
# exists:
#   (a) "ainstall -d -m 755 P/LINK/X" (also with -o or -g, with a
#       trailing slash, or as "P/LINK/./X"), X an existing directory of
#       the caller's, mode 700, fails with status 1 and the single message
#       "ainstall: not changing 'OPERAND': a symbolic link on its path may
#       be another user's"; X keeps its inode, mode, owner and time;
#       other operands are still made;
#   (b) missing directories are made through it, as GNU makes them:
#       "ainstall -d -m 751 P/LINK/new/sub" exits 0 quietly, new has mode
#       755 and sub 751, both the caller's;
#   (c) a sticky directory makes a link trusted only if the directory
#       belongs to the caller or root: as root, the caller's own link in
#       $NON_ROOT_USERNAME's sticky directory (mode 1777) is not trusted:
#       "-d -m 755 S/LINK/X" fails as in (a), and "-d -m 755 S/LINK"
#       with "ainstall: not following 'S/LINK': a symbolic link that other
#       users may replace", nothing changed;
#   (d) a trusted link (the caller's, in a directory of the caller's, mode
#       755, or in a sticky one of the caller's) is followed: X gets the
#       mode, as GNU gives it.
# As root, P is $NON_ROOT_USERNAME's and so is the link; unprivileged, P is
# the caller's with mode 777 (others may write to it), which is just as
# untrustworthy, and (c) is not tried: only root can make a directory of
# another user's.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

if uid_is_privileged_; then
  require_root_
  require_unprivileged_run_
fi

# The caller's directory V, with an existing X, mode 700.
mkdir V && chmod 755 V && mkdir V/x && chmod 700 V/x || framework_failure_
touch -d '2001-02-03 04:05:06' V/x || framework_failure_
x_st=$(stat -c '%i %a %u:%g %Y' V/x) || framework_failure_
x_unchanged ()
{
  test "$(stat -c '%i %a %u:%g %Y' V/x)" = "$x_st" \
    || { echo "$1: V/x changed: $(stat -c '%i %a %u:%g %Y' V/x)"; return 1; }
}
not_changing ()
{
  echo "ainstall: not changing '$1': a symbolic link on its path may be" \
    "another user's"
}

# P: the other user's, or others may write to it.
mkdir p || framework_failure_
if uid_is_privileged_; then
  chown "$NON_ROOT_USERNAME" p && chmod 755 p || framework_failure_
else
  chmod 777 p || framework_failure_
fi
as_unprivileged_ ln -s "$PWD/V" p/l || framework_failure_

# (a)
for opts in '-m 755' '-m 755 -o 0' '-m 755 -g 0'; do
  for operand in p/l/x p/l/x/ p/l/./x; do
    returns_ 1 ainstall -d $opts $operand > out 2> err || fail=1
    compare /dev/null out || fail=1
    not_changing $operand > exp || framework_failure_
    compare exp err || fail=1
    x_unchanged "(a) $opts $operand" || fail=1
  done
done
returns_ 1 ainstall -d -m 755 p/l/x p/l/other > out 2> err || fail=1
compare /dev/null out || fail=1
not_changing p/l/x > exp || framework_failure_
compare exp err || fail=1
test "$(stat -c '%a %U' V/other)" = "755 $(id -un)" || fail=1
x_unchanged "(a) with another operand" || fail=1

# (b)
returns_ 0 ainstall -d -m 751 p/l/new/sub > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%a %U' V/new V/new/sub | tr '\n' ' ')" \
  = "755 $(id -un) 751 $(id -un) " || fail=1
test -h p/l || fail=1

# (c)
if uid_is_privileged_; then
  mkdir s && chown "$NON_ROOT_USERNAME" s && chmod 1777 s \
    || framework_failure_
  ln -s "$PWD/V" s/l || framework_failure_
  returns_ 1 ainstall -d -m 755 s/l/x > out 2> err || fail=1
  compare /dev/null out || fail=1
  not_changing s/l/x > exp || framework_failure_
  compare exp err || fail=1
  chmod 700 V && touch -d '2001-02-03 04:05:06' V || framework_failure_
  v_st=$(stat -c '%i %a %u:%g %Y' V) || framework_failure_
  returns_ 1 ainstall -d -m 755 s/l > out 2> err || fail=1
  compare /dev/null out || fail=1
  echo "ainstall: not following 's/l': a symbolic link that other users" \
    "may replace" > exp || framework_failure_
  compare exp err || fail=1
  test "$(stat -c '%i %a %u:%g %Y' V)" = "$v_st" || fail=1
  chmod 755 V || framework_failure_
  x_unchanged "(c)" || fail=1
  test -h s/l || fail=1
fi

# (d)
mkdir mine && chmod 755 mine || framework_failure_
mkdir sticky && chmod 1777 sticky || framework_failure_
ln -s "$PWD/V" mine/l && ln -s "$PWD/V" sticky/l || framework_failure_
for link in mine/l sticky/l; do
  chmod 700 V/x || framework_failure_
  returns_ 0 ainstall -d -m 751 $link/x > out 2> err || fail=1
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  test "$(stat -c '%i %a' V/x)" = "${x_st%% *} 751" \
    || { echo "(d) $link: not followed"; fail=1; }
done

Exit $fail
