#!/bin/sh
# --preserve=xattr copies no attribute whose name matches a pattern of
# --exclude-xattr (an fnmatch glob; the option may be repeated, and every
# pattern applies), nor one that /etc/xattr.conf says to skip (there,
# security.evm and user.Beagle.*): from a source with user.a, trusted.b,
# security.foo, user.skip1, user.skip2, trusted.tmp, user.Beagle.idx and
# security.evm, --exclude-xattr='user.skip*' --exclude-xattr='trusted.t?p'
# installs a file with user.a, trusted.b and security.foo only.  Without
# the patterns, only xattr.conf's names are left out.  The source keeps
# all its attributes.
# Checked in copy mode on the test directory's file system (ext4 here)
# and on a tmpfs, and in link and rename modes from one of these file
# systems to the other, where they copy (rename then removes the source).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_built_with_ libattr
require_root_
for prog in setfattr getfattr; do
  command -v $prog > /dev/null || skip_ "$prog is missing (package attr)"
done
grep '^security\.evm[	 ]*skip' /etc/xattr.conf > /dev/null \
  && grep '^user\.Beagle\.\*[	 ]*skip' /etc/xattr.conf > /dev/null \
  || skip_ "/etc/xattr.conf does not skip security.evm and user.Beagle.*"
require_tmpfs_at_ tmpfs

# xattrs_of FILE: the extended attributes of FILE, NAME="VALUE" a line.
xattrs_of ()
{
  getfattr --absolute-names -h -d -m - -e text "$1" > xattrs-raw \
    || return 1
  sed '/^#/d;/^$/d' xattrs-raw | LC_ALL=C sort
}

all_names='user.a trusted.b security.foo user.skip1 user.skip2 trusted.tmp
           user.Beagle.idx security.evm'
# make_source FILE: a source with every attribute of $all_names.
make_source ()
{
  rm -f "$1" && printf 'content\n' > "$1" || framework_failure_
  for n in $all_names; do
    setfattr -n $n -v "v-$n" "$1" || framework_failure_ "cannot set $n"
  done
}

for n in $all_names; do echo "$n=\"v-$n\""; done | LC_ALL=C sort > exp-all \
  || framework_failure_
grep -E '^(user\.a|trusted\.b|security\.foo)=' exp-all > exp-excluded \
  || framework_failure_
grep -Ev '^(user\.Beagle\.idx|security\.evm)=' exp-all > exp-conf \
  || framework_failure_
printf 'content\n' > content || framework_failure_

# check SRC_TOP DEST_TOP MODE: install from SRC_TOP into DEST_TOP.
check ()
{
  src=$1/src-$3 dir=$2/d-$3
  mkdir -p $dir || framework_failure_

  make_source $src
  returns_ 0 ainstall --merge-mode=$3 --preserve=xattr \
    --exclude-xattr='user.skip*' --exclude-xattr='trusted.t?p' $src $dir/f \
    > out 2> err || { echo "$3: exit status"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  compare content $dir/f || fail=1
  xattrs_of $dir/f > got || fail=1
  compare exp-excluded got || { echo "$3 $1 -> $2: with patterns"; fail=1; }
  if test $3 = rename; then
    test ! -e $src || { echo "rename: source left"; fail=1; }
  else
    xattrs_of $src > got || fail=1
    compare exp-all got || { echo "$3: source changed"; fail=1; }
  fi

  make_source $src
  returns_ 0 ainstall --merge-mode=$3 --preserve=xattr $src $dir/f \
    > out 2> err || { echo "$3: exit status"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  xattrs_of $dir/f > got || fail=1
  compare exp-conf got || { echo "$3 $1 -> $2: xattr.conf"; fail=1; }
  expect_entries_ $dir f || fail=1
}

for top in . tmpfs; do
  echo "== copy mode on $(stat -f -c %T $top)"
  check $top $top copy
done
echo "== link and rename from $(stat -f -c %T .) to tmpfs and back"
for m in link rename; do
  check . tmpfs $m
  check tmpfs . $m
done

Exit $fail
