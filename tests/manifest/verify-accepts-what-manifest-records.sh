#!/bin/sh
# What --manifest records, --verify accepts: a tree checked against the
# manifest of its own installation passes (no output, exit status 0),
# with the digests, capabilities, extended attributes, contexts and
# device numbers that -R --preserve=all records, a file installed twice
# included (its last line counts).  A change made afterwards is then
# reported, one line each.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

echo content > src && echo other > src2 || framework_failure_

# Installs of two forms, one file twice: its last line counts.
returns_ 0 ainstall --manifest=M --manifest-root=root --digest=sha512 \
  -D -m 644 src root/usr/share/f || fail=1
returns_ 0 ainstall --manifest=M --manifest-root=root --digest=sha512 \
  -d -m 750 root/var/lib/x || fail=1
returns_ 0 ainstall --manifest=M --manifest-root=root --digest=sha512 \
  -m 600 src2 root/usr/share/f || fail=1
returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

chmod 700 root/var/lib/x && echo changed > root/usr/share/f \
  && touch -d '2001-02-03 04:05:06 UTC' root/usr/share/f || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
# What the last line for the file recorded.
last=$(grep '^\./usr/share/f ' M | tail -n 1) || framework_failure_
old_time=$(echo "$last" | sed 's/.* time=\([^ ]*\).*/\1/') \
  && old512=$(echo "$last" | sed 's/.* sha512digest=\([^ ]*\).*/\1/') \
  && new512=$(sha512sum < root/usr/share/f | cut -d' ' -f1) \
  || framework_failure_
cat > exp <<EOT || framework_failure_
./var/lib/x: mode expected 0750, found 0700
./usr/share/f: size expected 6, found 8
./usr/share/f: time expected $old_time, found 981173106.000000000
./usr/share/f: sha512digest expected $old512, found $new512
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

# An image with every kind of entry and attribute, as root.
uid_is_privileged_ || { Exit $fail; }
command -v setcap > /dev/null && command -v setfattr > /dev/null \
  || { echo "no setcap or setfattr: the -R part is skipped"; Exit $fail; }
mkdir -p img/usr/bin img/dev || framework_failure_
printf 'tool\n' > img/usr/bin/tool && ln -s tool img/usr/bin/t \
  && mkfifo img/usr/fifo && mknod img/dev/null1 c 1 3 \
  || framework_failure_
setcap cap_net_raw+ep img/usr/bin/tool \
  && setfattr -n user.pax.flags -v em img/usr/bin/tool \
  && setfattr -n security.selinux -v system_u:object_r:bin_t:s0 \
       img/usr/bin/tool \
  || { echo "no capabilities or attributes: the -R part is skipped"
       Exit $fail; }
# The image's times, kept: rename mode consumes the image.
touch -r img/dev/null1 ref-null1 && touch -r img/dev ref-dev \
  || framework_failure_
returns_ 0 ainstall -R --preserve=all --manifest=M2 --manifest-root=img2 \
  --digest=sha256 img img2 || fail=1
returns_ 0 ainstall --verify=M2 img2 > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

setcap -r img2/usr/bin/tool \
  && setfattr -n user.pax.flags -v m img2/usr/bin/tool \
  && rm img2/dev/null1 && mknod img2/dev/null1 c 1 5 \
  && touch -r ref-null1 img2/dev/null1 && touch -r ref-dev img2/dev \
  || framework_failure_
returns_ 1 ainstall --verify=M2 img2 > out 2> err || fail=1
caps='cap_net_raw\075ep'
built_with_ libcap || caps=0x0100000200200000000000000000000000000000
cat > exp <<EOT || framework_failure_
./dev/null1: device expected native,1,3, found native,1,5
./usr/bin/tool: ainstall.caps expected $caps, found (none)
./usr/bin/tool: ainstall.xattr.user.pax.flags expected 0x656d, found 0x6d
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
