#!/bin/sh
# An invalid or empty --preserve list is an error: status 1, nothing on
# stdout, nothing installed, and on stderr "ainstall: invalid argument 'X'
# for '--preserve'", the valid arguments (mode, ownership, timestamps,
# xattr, caps, context, acl, all), and the "Try" line.  In a list, the
# first invalid item is named.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir d || framework_failure_
echo content > a || framework_failure_

# check BAD-ITEM LIST
check ()
{
  returns_ 1 ainstall --merge-mode=copy --preserve="$2" a d/f > out 2> err \
    || return 1
  compare /dev/null out || return 1
  printf '%s\n' "ainstall: invalid argument '$1' for '--preserve'" \
    'Valid arguments are:' "  - 'mode'" "  - 'ownership'" "  - 'timestamps'" \
    "  - 'xattr'" "  - 'caps'" "  - 'context'" "  - 'acl'" \
    "  - 'all'" "Try 'ainstall --help' for more information." > exp \
    || framework_failure_
  compare exp err
}

check q q || fail=1
check '' '' || fail=1
check Mode Mode || fail=1
check q mode,q || fail=1
check bogus bogus,all || fail=1
check links timestamps,links,mode || fail=1

# In every merge mode, and nothing is consumed.
for mode in link rename; do
  returns_ 1 ainstall --merge-mode=$mode --preserve=q a d/f > out 2> err \
    || fail=1
  compare /dev/null out || fail=1
  head -n 1 err > got || framework_failure_
  echo "ainstall: invalid argument 'q' for '--preserve'" > exp \
    || framework_failure_
  compare exp got || fail=1
done

echo content > exp || framework_failure_
compare exp a || fail=1
test "$(stat -c %h a)" = 1 || fail=1
expect_entries_ d || fail=1

Exit $fail
