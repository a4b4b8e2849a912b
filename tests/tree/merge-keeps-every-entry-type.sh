#!/bin/sh
# "ainstall -R IMAGE ROOT" places every entry of IMAGE where "cp -a
# IMAGE/. ROOT/" would, and keeps what the image says of it, in every
# merge mode, on the same file system and onto another one (a tmpfs):
# regular files with their content, mode (set-user-ID too), owner, group
# and nanosecond timestamps; a hard-link group whose names sit in two
# directories stays one inode; relative, absolute and dangling symbolic
# links keep their targets, owner and timestamps; a FIFO and a character
# device (as root); directories with modes 0750 (owned by nobody:adm, as
# root) and 1777, with their timestamps.  With --preserve=all also
# extended attributes (user., and trusted. as root), a file capability
# and an ACL.  The merged tree is described entry by entry exactly as the
# image was.  ROOT is made with its leading directories.  All of it holds
# with --sync too, which parks files until they are synced.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v getfattr > /dev/null || skip_ "getfattr is needed (package attr)"

# make_image DIR: the image, with as much as this user can make.
make_image ()
{
  mkdir -p "$1/usr/bin" "$1/usr/lib/x" "$1/etc" "$1/var/lib/empty" \
    "$1/var/tmp" || return 1
  printf '#!/bin/sh\necho hello\n' > "$1/usr/bin/hello" &&
  chmod 755 "$1/usr/bin/hello" &&
  printf 'set-uid\n' > "$1/usr/bin/suid" && chmod 4755 "$1/usr/bin/suid" &&
  printf 'library\n' > "$1/usr/lib/libx.so.1" &&
  chmod 644 "$1/usr/lib/libx.so.1" &&
  ln -s libx.so.1 "$1/usr/lib/libx.so" &&
  ln -s /usr/lib/libx.so.1 "$1/usr/lib/x/abs" &&
  ln -s ../nowhere "$1/usr/lib/x/dangling" &&
  printf 'shared\n' > "$1/usr/bin/one" &&
  ln "$1/usr/bin/one" "$1/usr/bin/two" &&
  ln "$1/usr/bin/one" "$1/usr/lib/x/three" &&
  printf 'conf\n' > "$1/etc/x.conf" && chmod 600 "$1/etc/x.conf" &&
  : > "$1/var/lib/empty/.keep" &&
  mkfifo "$1/var/lib/fifo" &&
  chmod 750 "$1/var/lib/empty" && chmod 1777 "$1/var/tmp" || return 1
  touch -h -d '2001-02-03 04:05:06.123456789' "$1/usr/lib/x/abs" \
    "$1/usr/bin/suid" "$1/usr/lib/libx.so.1" "$1/usr/bin/one" || return 1
  if command -v setfattr > /dev/null; then
    setfattr -n user.pax.flags -v em "$1/usr/bin/hello" 2> /dev/null
  fi
  if uid_is_privileged_; then
    mknod "$1/var/lib/null" c 1 3 &&
    chown "$NON_ROOT_USERNAME:adm" "$1/var/lib/empty" &&
    chown "$NON_ROOT_USERNAME" "$1/etc/x.conf" || return 1
    chown -h "$NON_ROOT_USERNAME" "$1/usr/lib/x/abs" || return 1
    setfattr -n trusted.overlay.x -v 1 "$1/etc/x.conf" 2> /dev/null
    if command -v setcap > /dev/null; then
      setcap cap_net_raw+ep "$1/usr/bin/hello" 2> /dev/null
    fi
  fi
  # A build without ACL support copies none.
  if built_with_ acl && command -v setfacl > /dev/null; then
    setfacl -m u:"$(id -u "$NON_ROOT_USERNAME" 2>/dev/null || echo 65534)":r \
      "$1/usr/lib/libx.so.1" 2> /dev/null
  fi
  # Directories last: making their entries changed their timestamps.
  touch -d '2002-03-04 05:06:07.987654321' "$1/usr/lib/x" "$1/var/tmp" \
    "$1/var/lib/empty"
}

targets=.
if uid_is_privileged_ && mkdir tmpfs \
   && mount -t tmpfs -o size=16m ainstall-test tmpfs 2> /dev/null; then
  mounts_="$mounts_ $PWD/tmpfs"
  targets=". tmpfs"
fi

for top in $targets; do
  for mode in copy link rename copy--sync link--sync rename--sync; do
    sync=
    case $mode in
      *--sync) mode=${mode%--sync} sync=--sync ;;
    esac
    rm -rf img && make_image img || framework_failure_
    describe_tree_ img > exp || framework_failure_
    dest=$top/new/leading/root-$mode$sync
    returns_ 0 ainstall -R --merge-mode=$mode --preserve=all $sync img \
      "$dest" > out 2> err || fail=1
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    describe_tree_ "$dest" > got || framework_failure_
    compare exp got || { echo "mode $mode$sync onto $top differs"; fail=1; }
    # ROOT itself was made with the image's mode, its parents 755.
    test "$(stat -c %a "$top/new/leading")" = 755 || fail=1
    test "$(stat -c %a "$dest")" = "$(stat -c %a img)" || fail=1
    case $mode in
      rename)
        # The image's entries are gone; its directories stay, empty.
        test -z "$(find img ! -type d)" || { find img; fail=1; } ;;
      *)
        # The image is as it was.
        describe_tree_ img > got-img || framework_failure_
        compare exp got-img || fail=1 ;;
    esac
    # No temporary is left anywhere.
    test -z "$(find "$dest" -name '.*.??????')" || fail=1
  done
done

Exit $fail
