#!/bin/sh
# --preserve=ownership gives the destination the source's owner and group
# instead of the caller's, in every merge mode; it preserves nothing else
# (mode 755).  -o and -g still win over it, each for its own part.  Needs
# root, to own files as another user.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_

nuid=$(id -u "$NON_ROOT_USERNAME") || framework_failure_
ngid=$(id -g "$NON_ROOT_USERNAME") || framework_failure_
mkdir d || framework_failure_
fresh ()
{
  echo content > "s-$1" && chmod 600 "s-$1" \
    && chown "$nuid:$ngid" "s-$1" || framework_failure_
}

# run NAME MODE WANT OPTION...: install s-NAME to d/NAME; d/NAME then
# shows "MODE-BITS UID:GID" WANT.
run ()
{
  n_=$1; m_=$2; want_=$3; shift 3
  fresh $n_
  returns_ 0 ainstall --merge-mode=$m_ "$@" s-$n_ d/$n_ > out 2> err \
    || return 1
  compare /dev/null out || return 1
  compare /dev/null err || return 1
  test "$(stat -c '%a %u:%g' d/$n_)" = "$want_" \
    || { echo "$n_: $(stat -c '%a %u:%g' d/$n_), not $want_"; return 1; }
}

for mode in copy link rename; do
  run $mode $mode "755 $nuid:$ngid" --preserve=ownership || fail=1
  run $mode-o $mode "755 0:$ngid" --preserve=ownership -o 0 || fail=1
  run $mode-g $mode "755 $nuid:0" --preserve=ownership -g 0 || fail=1
  run $mode-og $mode "640 0:0" --preserve=ownership -o 0 -g 0 -m 640 \
    || fail=1
done

# Without --preserve, a copy belongs to the caller.
run copy-none copy "755 0:0" || fail=1

expect_entries_ d copy copy-o copy-g copy-og copy-none link link-o link-g \
  link-og rename rename-o rename-g rename-og || fail=1

Exit $fail
