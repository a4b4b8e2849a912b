#!/bin/sh
# The tag "ainstall.context=CONTEXT" holds an entry's SELinux context.
# --verify compares it with the entry's security.selinux attribute, raw
# (SELinux need not be enabled), without the null byte that may end it;
# for a symbolic link, the link's own.  A difference reads "PATH:
# ainstall.context expected system_u:object_r:bin_t:s0, found
# system_u:object_r:etc_t:s0", or "found (none)" for no context.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
command -v setfattr > /dev/null || skip_ "setfattr is missing (package attr)"
if selinuxenabled 2> /dev/null; then
  skip_ "SELinux is enabled; this test writes raw contexts without it"
fi

bin=system_u:object_r:bin_t:s0
lib=system_u:object_r:lib_t:s0
mkdir root && echo a > root/f && echo b > root/nul && ln -s f root/l \
  || framework_failure_
setfattr -n security.selinux -v $bin root/f \
  || skip_ "cannot set security.selinux here"
# The context as SELinux stores it, with a null byte at its end.
setfattr -n security.selinux \
  -v 0x$(printf '%s\0' $bin | od -An -tx1 | tr -d ' \n') root/nul \
  || framework_failure_
have_link_context=false
setfattr -h -n security.selinux -v $lib root/l 2> /dev/null \
  && have_link_context=true
{
  echo '#mtree'
  echo "./f type=file tags=ainstall.context=$bin"
  echo "./nul type=file tags=ainstall.context=$bin"
  $have_link_context && echo "./l type=link tags=ainstall.context=$lib"
} > M || framework_failure_

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

setfattr -n security.selinux -v system_u:object_r:etc_t:s0 root/f \
  && setfattr -x security.selinux root/nul || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<EOT || framework_failure_
./f: ainstall.context expected $bin, found system_u:object_r:etc_t:s0
./nul: ainstall.context expected $bin, found (none)
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

# The link's own context counts, not its target's.
if $have_link_context; then
  echo "./l type=link tags=ainstall.context=system_u:object_r:etc_t:s0" > M \
    || framework_failure_
  returns_ 1 ainstall --verify=M root > out 2> err || fail=1
  echo "./l: ainstall.context expected system_u:object_r:etc_t:s0," \
    "found $lib" > exp || framework_failure_
  compare exp out || fail=1
  compare /dev/null err || fail=1
else
  echo "no security.selinux on symbolic links here: that part is skipped"
fi

Exit $fail
