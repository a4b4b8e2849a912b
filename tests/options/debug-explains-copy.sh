#!/bin/sh
# --debug (long only) implies -v: after the "'SRC' -> 'DEST'" line it
# prints how the data was copied ("copy offload: X, reflink: Y, sparse
# detection: Z"; for a plain non-empty file on ext4: "yes, unsupported,
# no"), then ainstall's own line: for a new file "DEST: copied via an
# unnamed temporary file, linked into place", for a file replaced "DEST:
# copied via an unnamed temporary file, linked as 'DIR/.NAME.XXXXXX' and
# renamed into place" (on a file system without unnamed files, "DEST:
# copied via temporary 'DIR/.NAME.XXXXXX', renamed into place").  All of
# it goes to stdout, nothing to stderr, the exit status is 0, and the
# temporary it names is gone.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
# A test of copy mode: its --debug lines ("copy offload", "copied via").
require_copy_mode_

printf 'some content\n' > a || framework_failure_
mkdir d || framework_failure_

# On ext2/3/4 the copy details are known exactly; elsewhere only their form.
case $(stat -f -c %T .) in
  ext2/ext3) offload_re_='copy offload: yes, reflink: unsupported, sparse detection: no' ;;
esac

# A new file.
returns_ 0 ainstall --debug a b > out 2> err || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "'a' -> 'b'" "$offload_re_" "$(copied_re_ b)" \
  || fail=1
compare a b || fail=1
test "$(stat -c %a b)" = 755 || fail=1

# Replacing a file: the "removed" line comes first, as with -v.
returns_ 0 ainstall --debug a b > out 2> err || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "removed 'b'" "'a' -> 'b'" "$offload_re_" \
  "$(copied_re_ b replaced)" || fail=1
compare a b || fail=1

# The temporary it names no longer exists.
tmp=$(sed -n "4s/^b: .*'\(.*\)'.*$/\1/p" out)
test -n "$tmp" || fail=1
test ! -e "$tmp" || { echo "temporary $tmp still exists"; fail=1; }

# Into a directory: the temporary is in that directory.
returns_ 0 ainstall --debug a d > out 2> err || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "'a' -> 'd/a'" "$offload_re_" "$(copied_re_ d/a)" \
  || fail=1
compare a d/a || fail=1

# --debug with -v says the same, once.
returns_ 0 ainstall -v --debug -t d a > out 2> err || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "removed 'd/a'" "'a' -> 'd/a'" "$offload_re_" \
  "$(copied_re_ d/a replaced)" || fail=1

# There is no short form: -debug is -d -e..., an invalid option.
returns_ 1 ainstall -debug a c > out 2> err || fail=1
compare /dev/null out || fail=1
printf '%s\n' "ainstall: invalid option -- 'e'" \
  "Try 'ainstall --help' for more information." > exp || framework_failure_
compare exp err || fail=1

# No temporary file is left anywhere.
# expect_entries_ writes its two lists here: have them exist before it lists.
: > exp-entries_ && : > out-entries_ || framework_failure_
expect_entries_ . a b d out err exp exp-entries_ out-entries_ || fail=1
expect_entries_ d a || fail=1

Exit $fail
