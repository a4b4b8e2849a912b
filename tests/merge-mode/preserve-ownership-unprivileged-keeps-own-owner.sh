#!/bin/sh
# An unprivileged user cannot give files away: --preserve=ownership for a
# source owned by someone else silently keeps the user's own owner and
# group, as cp does (status 0, nothing on stderr), and still preserves the
# rest (--preserve: mode and times).  An explicit -o to another user
# still fails with GNU's message, status 1, and leaves the old destination
# intact with no temporary.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_

mkdir d || framework_failure_
chmod 777 d || framework_failure_
ids=$(as_unprivileged_ id -u):$(as_unprivileged_ id -g) || framework_failure_

# A readable source owned by another user: made by root, or else a
# system file.
if uid_is_privileged_; then
  echo content > src || framework_failure_
  chmod 644 src || framework_failure_
  touch -d '2001-02-03 04:05:06' src || framework_failure_
else
  src=/etc/passwd
  test -r $src && test "$(stat -c %u $src)" != "$(id -u)" \
    || skip_ "no readable file owned by another user"
  ln -s $src src || framework_failure_
fi
test "$(stat -L -c %u:%g src)" != "$ids" || framework_failure_
src_mode=$(stat -L -c %a src) || framework_failure_

returns_ 0 as_unprivileged_ ainstall --merge-mode=copy --preserve=ownership \
  src d/f > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%a %u:%g' d/f)" = "755 $ids" || fail=1
compare src d/f || fail=1

# (Reading the source may have changed its access time.)
src_times=$(stat -L -c '%x|%y' src) || framework_failure_
returns_ 0 as_unprivileged_ ainstall --merge-mode=copy --preserve src d/g \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
test "$(stat -c '%a %u:%g %x|%y' d/g)" = "$src_mode $ids $src_times" \
  || { echo "d/g: $(stat -c '%a %u:%g %x|%y' d/g)"; fail=1; }

# -o to another user (root, or the source's owner) is not ignored.
other=$(stat -L -c %u src) || framework_failure_
dest_st=$(stat -c '%i %a %u:%g' d/f) || framework_failure_
cp d/f exp-f || framework_failure_
returns_ 1 as_unprivileged_ ainstall --merge-mode=copy --preserve=ownership \
  -o "$other" src d/f > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: cannot change ownership of 'd/f': Operation not permitted" \
  > exp || framework_failure_
compare exp err || fail=1
test "$(stat -c '%i %a %u:%g' d/f)" = "$dest_st" || fail=1
compare exp-f d/f || fail=1
expect_entries_ d f g || fail=1

Exit $fail
