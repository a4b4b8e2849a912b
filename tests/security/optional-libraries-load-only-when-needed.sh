#!/bin/sh
# libselinux, libcap and libattr are loaded only when a run needs them,
# and POSIX ACLs need no library at all: installing a plain file opens
# none of libselinux, libcap, libacl, libattr or libpcre2 (which
# libselinux needs), and makes no prctl call (which libcap's constructor
# makes); nor does -Z without SELinux.  Each is loaded when its feature
# is used, and the feature works:
#   --caps=cap_net_raw+ep              loads libcap (capabilities set)
#   --caps, libcap missing             says so, installs nothing
#   --preserve=xattr, user.* attribute loads libattr (attribute copied)
#   --file-contexts=FILE               loads libselinux
#   --preserve=acl                     loads nothing (ACL copied)
# Each is checked as far as this build and system allow.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v strace > /dev/null || skip_ "strace is missing"
strace -o /dev/null -f true 2> /dev/null || skip_ "strace does not work here"
require_root_

printf 'content\n' > content || framework_failure_

# trace SETUP OPTION...: run SETUP on a fresh source s (":" for nothing),
# then install s as g with OPTION..., tracing in "trace" what ainstall
# opens and its prctl calls.
trace ()
{
  setup=$1; shift
  rm -f s g trace && cp content s && $setup s || framework_failure_
  returns_ 0 strace -f -o trace -e trace=open,openat,prctl \
    ainstall "$@" s g > out 2> err || { echo "$*: exit status"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  compare content g || fail=1
}

# loaded NAME: the trace shows the library NAME (libcap...) opened.
loaded ()
{
  grep -E "\"([^\"]*/)?$1\\.so[^\"/]*\"" trace | grep -v ENOENT > /dev/null
}

# no_optional_lib OPTION...: OPTION... loaded no optional library.
no_optional_lib ()
{
  for lib in libselinux libcap libacl libattr libpcre2-8; do
    if loaded $lib; then
      echo "$*: $lib loaded"; fail=1
    fi
  done
  if grep -E '^[0-9]+ +prctl\(' trace > /dev/null; then
    echo "$*: prctl called"; fail=1
  fi
}

trace :
no_optional_lib '(no option)'
trace : -m 644 -C
no_optional_lib -m 644 -C

if ! selinuxenabled 2> /dev/null; then
  trace : -Z
  no_optional_lib -Z
fi

# --caps: libcap reads the text.
if built_with_ libcap; then
  trace : --caps=cap_net_raw+ep
  loaded libcap || { echo "--caps: libcap not loaded"; fail=1; }
  if command -v getcap > /dev/null; then
    getcap g | grep cap_net_raw > /dev/null \
      || { echo "--caps: not set"; fail=1; }
  fi
fi

# --caps with libcap missing at run time: said, and nothing installed.
# A private mount hides the library.
lib=$(ldconfig -p 2> /dev/null | sed -n 's/^.*libcap\.so\.2 .*=> //p' | sed 1q)
if built_with_ libcap && test -n "$lib" && command -v unshare > /dev/null \
   && unshare -m true 2> /dev/null; then
  lib=$(readlink -f "$lib") || framework_failure_
  rm -f g || framework_failure_
  returns_ 1 unshare -m sh -c 'mount --bind /dev/null "$1" &&
    exec ainstall --caps=cap_net_raw+ep content g' sh "$lib" \
    > out 2> err-raw || fail=1
  # The loader's reason varies; the rest is ainstall's.
  sed 's/^\(ainstall: cannot load [^:]*\): [^:]*: /\1: REASON: /' err-raw \
    > err || framework_failure_
  cat > exp <<EOT || framework_failure_
ainstall: cannot load libcap.so.2: REASON: capabilities in text form are not available
ainstall: invalid capabilities 'cap_net_raw+ep': Operation not supported
EOT
  compare /dev/null out || fail=1
  compare exp err || fail=1
  test -e g && { echo "--caps without libcap: g installed"; fail=1; }
fi

# --preserve=xattr: libattr reads /etc/xattr.conf once there is an
# attribute to copy (a copy: a link or rename copies nothing).
set_user_attr () { setfattr -n user.test -v 1 "$1"; }
if built_with_ libattr && command -v setfattr > /dev/null \
   && command -v getfattr > /dev/null \
   && touch probe && set_user_attr probe 2> /dev/null; then
  trace set_user_attr --preserve=xattr --merge-mode=copy
  loaded libattr || { echo "--preserve=xattr: libattr not loaded"; fail=1; }
  test "$(getfattr --only-values -n user.test g)" = 1 \
    || { echo "--preserve=xattr: not copied"; fail=1; }
fi

# --file-contexts: libselinux reads the file, SELinux enabled or not.
if built_with_ selinux; then
  here=$(pwd -P) || framework_failure_
  printf '%s/g\tsystem_u:object_r:bin_t:s0\n' "$here" > fc \
    || framework_failure_
  trace : --file-contexts=fc
  loaded libselinux \
    || { echo "--file-contexts: libselinux not loaded"; fail=1; }
fi

# --preserve=acl: no library at all.
U=$(id -u "$NON_ROOT_USERNAME") || framework_failure_
set_acl () { setfacl -m u:$U:r "$1"; }
if built_with_ acl && command -v setfacl > /dev/null \
   && command -v getfacl > /dev/null \
   && touch probe && set_acl probe 2> /dev/null; then
  trace set_acl --preserve=acl --merge-mode=copy
  no_optional_lib --preserve=acl
  getfacl -c -n g | grep "^user:$U:r--" > /dev/null \
    || { echo "--preserve=acl: not copied"; fail=1; }
fi

Exit $fail
