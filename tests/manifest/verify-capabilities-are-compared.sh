#!/bin/sh
# The tag "ainstall.caps=TEXT" holds a file's capabilities, in libcap's
# text form with '=' escaped as mtree escapes it ("cap_net_raw\075ep"),
# or "0x" and the raw security.capability attribute; an empty TEXT means
# none.  --verify compares capabilities, not their spelling
# ("cap_net_raw+ep" is "cap_net_raw=ep"), and reports a difference as
# "PATH: ainstall.caps expected cap_net_raw\075ep, found (none)", both in
# libcap's form, escaped; "(none)" for no capabilities.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap
require_root_
command -v setcap > /dev/null \
  || skip_ "setcap is missing (package libcap2-bin)"
command -v getfattr > /dev/null || skip_ "getfattr is missing (package attr)"

mkdir root && echo a > root/f || framework_failure_
printf '%s\n' '#mtree' './f type=file tags=ainstall.caps=cap_net_raw\075ep' \
  > M || framework_failure_

# No capabilities yet.
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
printf '%s\n' './f: ainstall.caps expected cap_net_raw\075ep, found (none)' \
  > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

setcap cap_net_raw+ep root/f || skip_ "cannot set capabilities here"
returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

setcap cap_chown+ep root/f || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
printf '%s\n' \
  './f: ainstall.caps expected cap_net_raw\075ep, found cap_chown\075ep' \
  > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

# Other spellings of the same capabilities, and of none.
raw=$(getfattr -e hex -n security.capability root/f \
        | sed -n 's/^security.capability=//p') || framework_failure_
printf '%s\n' '#mtree' './f type=file tags=ainstall.caps=cap_chown+ep' \
  "./g type=file tags=ainstall.caps=$raw" \
  './h type=file tags=other=1,ainstall.caps=' > M || framework_failure_
cp -p root/f root/g && echo h > root/h && setcap cap_chown+ep root/g \
  || framework_failure_
returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

setcap cap_chown+ep root/h || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
printf '%s\n' './h: ainstall.caps expected (none), found cap_chown\075ep' \
  > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
