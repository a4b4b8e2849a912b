#!/bin/sh
# --unprivileged, for building an image without root (FreeBSD's -U): the
# caller cannot give files away, set capabilities or labels, so ainstall
# sets none of them, and the manifest records what was asked instead:
# owner and group from -o and -g, the mode with its set-ID bits, the
# capabilities of --caps.  "bsdtar -cf x.tar
# @METALOG" in the DESTDIR then makes an archive whose entries have those
# owners and modes: a root-owned set-user-ID file, made by nobody.
# --unprivileged needs --manifest.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_unprivileged_run_
command -v bsdtar > /dev/null || skip_ "bsdtar is needed (libarchive-tools)"

mkdir d && chmod 777 d || framework_failure_
cd d || framework_failure_
as_unprivileged_ sh -c 'echo tool > tool' || framework_failure_
me=$(as_unprivileged_ id -un) && my_group=$(as_unprivileged_ id -gn) \
  || framework_failure_
# --caps needs libcap.
caps=--caps=cap_net_raw+ep
case " ${AINSTALL_FEATURES-libcap} " in
  *' libcap '*) ;;
  *) caps= ;;
esac

returns_ 0 as_unprivileged_ ainstall --manifest=META --unprivileged \
  --manifest-root=img -D -o root -g root -m 4755 $caps tool \
  img/usr/bin/tool > out 2> err || fail=1
compare /dev/null out || fail=1
returns_ 0 as_unprivileged_ ainstall --manifest=META --unprivileged \
  --manifest-root=img -d -o root -g root -m 0750 img/etc || fail=1

# Nothing was given away, nothing was labelled.
test "$(stat -c %U:%G img/usr/bin/tool)" = "$me:$my_group" || fail=1
test "$(stat -c %U:%G img/etc)" = "$me:$my_group" || fail=1
test "$(stat -c %a img/usr/bin/tool)" = 4755 || fail=1

# What was asked, in the manifest; the leading directories are the
# caller's.
tags=
test -n "$caps" && tags=' tags=ainstall.caps=cap_net_raw\075ep'
cut -d' ' -f1-6 META > got || framework_failure_
cat > exp <<EOT || framework_failure_
#mtree
. type=dir uname=$me gname=$my_group mode=0755
./usr type=dir uname=$me gname=$my_group mode=0755
./usr/bin type=dir uname=$me gname=$my_group mode=0755
./usr/bin/tool type=file uname=root gname=root mode=04755 size=5
./etc type=dir uname=root gname=root mode=0750
EOT
compare exp got || fail=1
case $(grep '^\./usr/bin/tool ' META) in
  *" time="*[0-9]"$tags") ;;
  *) echo "no$tags in: $(cat META)"; fail=1 ;;
esac

# bsdtar makes a root-owned set-user-ID file of it.
(cd img && bsdtar -cf ../x.tar @../META) || fail=1
bsdtar -tvf x.tar | awk '{ print $1, $3, $4, $NF }' > got \
  || framework_failure_
cat > exp <<EOT || framework_failure_
drwxr-xr-x $me $my_group ./
drwxr-xr-x $me $my_group ./usr/
drwxr-xr-x $me $my_group ./usr/bin/
-rwsr-xr-x root root ./usr/bin/tool
drwxr-x--- root root ./etc/
EOT
compare exp got || fail=1

# --unprivileged alone is a usage error, and installs nothing.
returns_ 1 ainstall --unprivileged tool x > out 2> err || fail=1
echo "ainstall: option --unprivileged requires --manifest" > exp \
  || framework_failure_
head -n 1 err > err1
compare exp err1 || fail=1
test ! -e x || fail=1

Exit $fail
