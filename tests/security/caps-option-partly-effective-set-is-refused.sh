#!/bin/sh
# A file has one "effective" flag for all its capabilities, so a set in
# which some capabilities are effective and others not cannot be a file's
# (setcap refuses it: "Invalid file ... for capability operation").
# --caps='cap_net_raw+p cap_bpf+eip' must not be installed as something
# else, such as cap_net_raw made effective too: ainstall reports it (as
# invalid capabilities, or as capabilities it cannot set), exits 1 and
# installs nothing; the old destination is left as it was and no
# temporary is left.  Sets that a file can have are installed as asked:
# --caps=cap_net_raw+p gives cap_net_raw=p, not effective, and
# --caps='cap_net_raw,cap_bpf+eip' gives cap_net_raw,cap_bpf=eip.
# As root (so that no lack of privilege is the reason), in each merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libcap
require_root_
for prog in setcap getcap; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package libcap2-bin)"
done

cp /bin/true prog || framework_failure_
if setcap 'cap_net_raw+p cap_bpf+eip' prog 2> /dev/null; then
  skip_ "this setcap accepts a partly effective set"
fi
echo old > exp-old || framework_failure_
mkdir d || framework_failure_
text='cap_net_raw+p cap_bpf+eip'

for m in copy link rename; do
  rm -f s d/f && cp prog s && cp exp-old d/f || framework_failure_
  dest_st=$(stat -c '%i %h %a' d/f) || framework_failure_
  returns_ 1 ainstall --merge-mode=$m --caps="$text" s d/f > out 2> err \
    || { echo "$m: exit status"; getcap d/f; fail=1; }
  compare /dev/null out || fail=1
  test "$(wc -l < err)" = 1 || fail=1
  { grep -F -x -e "ainstall: invalid capabilities '$text'" err ||
    grep "^ainstall: cannot set the capabilities of 'd/f': " err; } \
    > /dev/null || { echo "$m: unexpected message:"; cat err; fail=1; }
  compare exp-old d/f || fail=1
  test "$(stat -c '%i %h %a' d/f)" = "$dest_st" || fail=1
  getcap d/f > got || fail=1
  compare /dev/null got || fail=1
  expect_entries_ d f || fail=1

  for ok in 'cap_net_raw+p=cap_net_raw=p' \
            'cap_net_raw,cap_bpf+eip=cap_net_raw,cap_bpf=eip'; do
    rm -f s && cp prog s || framework_failure_
    returns_ 0 ainstall --merge-mode=$m --caps="${ok%%=*}" s d/f \
      > out 2> err || { echo "$m ${ok%%=*}: exit status"; fail=1; }
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    echo "d/f ${ok#*=}" > exp || framework_failure_
    getcap d/f > got || fail=1
    compare exp got || fail=1
    expect_entries_ d f || fail=1
  done
done

Exit $fail
