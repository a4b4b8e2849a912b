#!/bin/sh
# "ainstall -R --manifest" records every merged entry, in the walk's
# order (by name): ROOT itself and the directories it made (with the
# image's mode and time, which they get once filled), regular files with
# their digest, symbolic links with "link=", FIFOs, devices with
# "device=native,MAJOR,MINOR", both names of a hard-link group.  What
# mtree has no keyword for is in "tags": the capability in libcap's text
# form ("ainstall.caps=cap_net_raw\075ep", '=' escaped as mtree escapes
# it), other extended attributes in hexadecimal
# ("ainstall.xattr.user.pax.flags=0x656d"), the SELinux context
# ("ainstall.context=...").  An existing directory is not recorded.
# bsdtar reads the manifest back: "bsdtar -cf x.tar @M" in ROOT makes an
# archive of those entries, with those owners and modes.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
command -v setcap > /dev/null || skip_ "setcap is needed"
command -v setfattr > /dev/null || skip_ "setfattr is needed"

mkdir -p img/usr/bin img/etc img/dev root/etc || framework_failure_
printf 'tool\n' > img/usr/bin/tool && ln -s tool img/usr/bin/t \
  && ln img/usr/bin/tool img/etc/hard && mkfifo -m 640 img/etc/fifo \
  && mknod -m 600 img/dev/null1 c 1 3 || framework_failure_
chown 2:2 img/etc/fifo || framework_failure_
setcap cap_net_raw+ep img/usr/bin/tool || skip_ "cannot set capabilities"
setfattr -n user.pax.flags -v em img/usr/bin/tool \
  || skip_ "no user extended attributes here"
setfattr -h -n security.selinux -v 'system_u:object_r:bin_t:s0' img/usr/bin/t \
  2> /dev/null || echo "no security.selinux on symbolic links here"
touch -h -d '2001-02-03 04:05:06.123456789' img/usr/bin/t img/etc/fifo \
  img/dev/null1 img/usr/bin/tool img/usr/bin img/usr img/dev img/etc img \
  || framework_failure_
chmod 750 img/usr/bin || framework_failure_

# Rename mode consumes the image: its digest first.
sum=$(sha256sum < img/usr/bin/tool | cut -d' ' -f1) || framework_failure_
returns_ 0 ainstall -R --preserve=all --manifest=M --manifest-root=root \
  --digest=sha256 img root > out 2> err || fail=1
compare /dev/null err || fail=1

t=981173106.123456789
ctx=
if getfattr -h -n security.selinux root/usr/bin/t > /dev/null 2>&1; then
  ctx=' tags=ainstall.context=system_u:object_r:bin_t:s0'
fi
# Without libcap, capabilities are written in their raw form.
caps='cap_net_raw\075ep'
built_with_ libcap || caps=0x0100000200200000000000000000000000000000
file_tags="tags=ainstall.caps=$caps,ainstall.xattr.user.pax.flags=0x656d"
cat > exp <<EOT || framework_failure_
#mtree
./dev type=dir uname=root gname=root mode=0755 time=$t
./dev/null1 type=char uname=root gname=root mode=0600 device=native,1,3 time=$t
./etc/fifo type=fifo uname=bin gname=bin mode=0640 time=$t
./etc/hard type=file uname=root gname=root mode=0644 size=5 time=$t sha256digest=$sum $file_tags
./usr type=dir uname=root gname=root mode=0755 time=$t
./usr/bin type=dir uname=root gname=root mode=0750 time=$t
./usr/bin/t type=link uname=root gname=root link=tool time=$t$ctx
./usr/bin/tool type=file uname=root gname=root mode=0644 size=5 time=$t sha256digest=$sum $file_tags
EOT
compare exp M || fail=1

# bsdtar reads it.
if command -v bsdtar > /dev/null; then
  (cd root && bsdtar -cf ../x.tar @../M) || fail=1
  bsdtar -tvf x.tar | awk '{ print $1, $3, $4, $5, $NF }' > got \
    || framework_failure_
  cat > exp <<'EOT' || framework_failure_
drwxr-xr-x root root 0 ./dev/
crw------- root root 1,3 ./dev/null1
prw-r----- bin bin 0 ./etc/fifo
-rw-r--r-- root root 5 ./etc/hard
drwxr-xr-x root root 0 ./usr/
drwxr-x--- root root 0 ./usr/bin/
lrwxrwxrwx root root 0 tool
hrw-r--r-- root root 0 ./etc/hard
EOT
  compare exp got || fail=1
else
  echo "no bsdtar: the archive part is skipped"
fi

Exit $fail
