#!/bin/sh
# Check the release as a distribution packager would ("make check-packaging").
#
# In a scratch directory of the build tree, this script
#  1. makes the release tarball twice and checks that the bytes are the same;
#  2. builds it with "./configure && make", runs "make install DESTDIR=...",
#     checks the installed files, and that nothing was written under the
#     configured prefix itself; "make uninstall" must remove them all;
#  3. builds the Debian package from the tarball with dist/debian/ as
#     debian/ ("dpkg-buildpackage -us -uc -b"), runs lintian, and checks the
#     package's files, dependencies and control files;
#  4. builds the binary and source RPMs with "rpmbuild -ta" on the tarball,
#     runs rpmlint, and checks the packages' files and dependencies;
#  5. checks the Gentoo ebuild's shell syntax and metadata.xml.
# Each package's program is unpacked and run.  The package builds skip
# their test suites, since CI has just run it; CHECK_PACKAGING_TESTS=yes
# runs them.  As root with CI=true, the .deb is also installed with dpkg,
# tried, and purged again.
#
# Environment (set by the make rule): MAKE, PACKAGE, VERSION, srcdir and
# builddir (both absolute), scratch (the scratch directory).

set -u

fail () { echo "check-packaging: FAIL: $*" >&2; exit 1; }
say () { echo "check-packaging: $*"; }
step_start=
step () { step_start=$(date +%s); echo; say "== $*"; }
step_done () { say "   ($(( $(date +%s) - step_start )) s)"; }
nproc=$(nproc 2>/dev/null || echo 1)

# Print the log $1 and fail with the message $2.
fail_log () { sed 's/^/  | /' "$1" >&2; fail "$2"; }

# Compare the file list in $2 with the expected one in $2.expected; $1
# names the list.
compare_list ()
{
  LC_ALL=C sort "$2.expected" > "$2.expected-sorted"
  LC_ALL=C sort "$2" > "$2.sorted"
  if ! diff -u "$2.expected-sorted" "$2.sorted" > "$2.diff"; then
    cat "$2.diff" >&2
    fail "$1: the files are not the expected ones (- expected, + found)"
  fi
  say "$1: $(wc -l < "$2") files, as expected:"
  sed 's/^/    /' "$2.sorted"
}

# The translations, from po/LINGUAS: one .mo file each, under $1.
linguas=$(sed -e 's/#.*//' "$srcdir/po/LINGUAS")
locale_files ()
{
  for lang in $linguas; do
    echo "$1/share/locale/$lang/LC_MESSAGES/$PACKAGE.mo"
  done
}

# Check that the program $1 runs and installs a file, in the directory $2.
try_program ()
{
  "$1" --version | sed 1q | grep "$VERSION" > /dev/null \
    || fail "$1 --version does not say $VERSION"
  mkdir -p "$2/try" && echo hello > "$2/try/src" &&
  "$1" -D -m 640 "$2/try/src" "$2/try/a/b/dest" \
    && test "$(stat -c %a "$2/try/a/b/dest")" = 640 \
    && cmp -s "$2/try/src" "$2/try/a/b/dest" \
    || fail "$1 did not install a file"
  say "$1 runs and installs a file"
}

## Tools.
missing=
for tool in dpkg-buildpackage dpkg-deb dpkg-parsechangelog dh lintian \
            rpmbuild rpm rpm2archive rpmlint xmllint xz tar; do
  command -v $tool > /dev/null || missing="$missing $tool"
done
test -z "$missing" || fail "missing tools:$missing.  On Debian:
  apt-get install devscripts debhelper lintian rpm rpmlint libxml2-utils"

## The packaging must be for this version.
deb_version=$(dpkg-parsechangelog -l "$srcdir/dist/debian/changelog" -S Version)
case $deb_version in
  "$VERSION"-*) ;;
  *) fail "dist/debian/changelog is at $deb_version, not $VERSION-N: add an entry (dch -c dist/debian/changelog -v $VERSION-1)" ;;
esac
ebuild=$srcdir/dist/gentoo/sys-apps/$PACKAGE/$PACKAGE-$VERSION.ebuild
test -f "$ebuild" \
  || fail "no $ebuild: rename the ebuild for version $VERSION"

rm -rf "$scratch" && mkdir -p "$scratch" || fail "cannot make $scratch"
tarball=$PACKAGE-$VERSION.tar.xz

## 1. The tarball, twice.
step "1. make dist, twice: the same bytes"
cd "$builddir" || fail "no $builddir"
for i in 1 2; do
  $MAKE dist > "$scratch/dist-$i.log" 2>&1 \
    || fail_log "$scratch/dist-$i.log" "make dist failed"
  sha=$(sha256sum "$tarball") || fail "no $tarball"
  say "make dist #$i: $sha"
  eval "sha_$i=\$sha"
done
test "$sha_1" = "$sha_2" || fail "make dist is not reproducible"
cp "$tarball" "$scratch/" || fail "cannot copy $tarball"
tarball=$scratch/$tarball
step_done

## 2. The tarball: ./configure && make && make install DESTDIR=...
step "2. ./configure && make && make install DESTDIR=... from the tarball"
plain=$scratch/tarball
mkdir "$plain" && tar -xJf "$tarball" -C "$plain" || fail "cannot unpack"
prefix=$plain/prefix      # must stay absent: everything goes to DESTDIR
destdir=$plain/destdir
(cd "$plain/$PACKAGE-$VERSION" &&
 ./configure --prefix="$prefix" &&
 $MAKE -j"$nproc" &&
 $MAKE install DESTDIR="$destdir") > "$plain/build.log" 2>&1 \
  || fail_log "$plain/build.log" "the build from the tarball failed"
test ! -e "$prefix" || fail "make install wrote under the prefix, not DESTDIR"
(cd "$destdir" && find . ! -type d | sed 's,^\.,,') > "$plain/files"
{
  echo "$prefix/bin/$PACKAGE"
  echo "$prefix/share/info/$PACKAGE.info"
  echo "$prefix/share/man/man1/$PACKAGE.1"
  locale_files "$prefix"
  # Automake's install-info rule adds the manual to the dir file when
  # install-info is present, as with every GNU package.
  if command -v install-info > /dev/null; then
    echo "$prefix/share/info/dir"
  fi
} > "$plain/files.expected"
compare_list "make install DESTDIR" "$plain/files"
if test -f "$destdir$prefix/share/info/dir"; then
  grep "^\* $PACKAGE: ($PACKAGE)" "$destdir$prefix/share/info/dir" \
    > /dev/null \
    || fail "the info dir file has no entry for $PACKAGE"
  say "the info dir file has the entry for $PACKAGE"
fi
try_program "$destdir$prefix/bin/$PACKAGE" "$plain"
(cd "$plain/$PACKAGE-$VERSION" && $MAKE uninstall DESTDIR="$destdir") \
  > "$plain/uninstall.log" 2>&1 \
  || fail_log "$plain/uninstall.log" "make uninstall failed"
left=$(cd "$destdir" && find . ! -type d)
test -z "$left" || fail "make uninstall left: $left"
say "make uninstall DESTDIR removes every file"
step_done

## 3. Debian.
step "3. dpkg-buildpackage -us -uc -b, from the tarball"
deb=$scratch/deb
mkdir "$deb" && tar -xJf "$tarball" -C "$deb" \
  && cp -R "$deb/$PACKAGE-$VERSION/dist/debian" "$deb/$PACKAGE-$VERSION/debian" \
  || fail "cannot unpack for Debian"
if test "${CHECK_PACKAGING_TESTS-}" = yes; then
  deb_options=parallel=$nproc deb_profiles=
else
  deb_options="nocheck parallel=$nproc" deb_profiles=nocheck
fi
(cd "$deb/$PACKAGE-$VERSION" &&
 DEB_BUILD_OPTIONS=$deb_options DEB_BUILD_PROFILES=$deb_profiles \
   dpkg-buildpackage -us -uc -b) > "$deb/build.log" 2>&1 \
  || fail_log "$deb/build.log" "dpkg-buildpackage failed"
if test "${CHECK_PACKAGING_TESTS-}" = yes; then
  grep '^# [A-Z]*: ' "$deb/build.log" | sed 's/^/    /'
fi
arch=$(dpkg --print-architecture)
debfile=$deb/${PACKAGE}_${deb_version}_$arch.deb
test -f "$debfile" || fail "no $debfile"
say "built $(cd "$deb" && ls *.deb | tr '\n' ' ')"
# Every tag, pedantic and informational ones too, and the overridden ones
# with the reason given for each; errors and warnings that are not
# overridden fail the check.
say "lintian:"
lintian --display-info --pedantic --show-overrides \
  "$deb/${PACKAGE}_${deb_version}_$arch.changes" > "$deb/lintian.log" 2>&1 \
  || fail_log "$deb/lintian.log" "lintian failed"
sed 's/^/    /' "$deb/lintian.log"
! grep '^[EW]: ' "$deb/lintian.log" > /dev/null \
  || fail "lintian found errors or warnings"
dpkg-deb --fsys-tarfile "$debfile" | tar -t | sed -n 's,^\./,/,; /[^/]$/p' \
  > "$deb/files"
{
  echo /usr/bin/$PACKAGE
  for f in NEWS.gz README.Debian README.gz changelog.Debian.gz changelog.gz \
           copyright; do
    echo /usr/share/doc/$PACKAGE/$f
  done
  echo /usr/share/info/$PACKAGE.info.gz
  echo /usr/share/lintian/overrides/$PACKAGE
  echo /usr/share/man/man1/$PACKAGE.1.gz
  locale_files /usr
} > "$deb/files.expected"
compare_list "$(basename "$debfile")" "$deb/files"
# No maintainer scripts, hence no diversion of /usr/bin/install.
mkdir "$deb/control" && dpkg-deb --control "$debfile" "$deb/control" \
  || fail "cannot read the control files"
control_files=$(cd "$deb/control" && ls | tr '\n' ' ')
test "$control_files" = "control md5sums " \
  || fail "unexpected control files: $control_files"
say "control files: $control_files(no maintainer scripts, no diversion)"
depends=$(dpkg-deb --field "$debfile" Depends)
say "Depends: $depends"
# ainstall loads these with dlopen, so dpkg-shlibdeps cannot see them:
# debian/control must name them.  ACLs need no library.
for lib in libattr1 libcap2 libselinux1; do
  case " $depends," in
    *" $lib,"* | *" $lib "*) ;;
    *) fail "the package does not depend on $lib, which ainstall loads" ;;
  esac
done
dpkg-deb --extract "$debfile" "$deb/root" || fail "cannot unpack the .deb"
try_program "$deb/root/usr/bin/$PACKAGE" "$deb"
if test "$(id -u)" = 0 && test "${CI-}" = true; then
  if dpkg-query -W "$PACKAGE" > /dev/null 2>&1; then
    say "$PACKAGE is installed already: not trying dpkg -i"
  else
    dpkg -i "$debfile" > "$deb/dpkg.log" 2>&1 \
      || fail_log "$deb/dpkg.log" "dpkg -i failed"
    try_program /usr/bin/$PACKAGE "$deb"
    owner=$(dpkg -S /usr/bin/install | sed 's/:.*//')
    diversions=$(dpkg-divert --list | grep -c "$PACKAGE")
    dpkg --purge "$PACKAGE" > "$deb/dpkg.log" 2>&1 \
      || fail_log "$deb/dpkg.log" "dpkg --purge failed"
    test "$owner" = coreutils && test "$diversions" = 0 \
      || fail "with $PACKAGE installed, /usr/bin/install belonged to $owner, with $diversions diversions"
    say "dpkg -i: /usr/bin/$PACKAGE works, /usr/bin/install is still coreutils', undiverted; purged again"
  fi
fi
step_done

## 4. RPM.
step "4. rpmbuild -ta $(basename "$tarball")"
rpmtop=$scratch/rpm
if test "${CHECK_PACKAGING_TESTS-}" = yes; then rpm_check=; else rpm_check=--nocheck; fi
# --nodeps: on Debian, rpm's database does not know dpkg's packages, so
# Fedora's BuildRequires cannot be checked here.
mkdir "$rpmtop" &&
rpmbuild -ta $rpm_check --nodeps --define "_topdir $rpmtop" "$tarball" \
  > "$rpmtop/build.log" 2>&1 \
  || fail_log "$rpmtop/build.log" "rpmbuild -ta failed"
if test "${CHECK_PACKAGING_TESTS-}" = yes; then
  grep '^# [A-Z]*: ' "$rpmtop/build.log" | sed 's/^/    /'
fi
srpm=$rpmtop/SRPMS/$PACKAGE-$VERSION-1.src.rpm
test -f "$srpm" || fail "no $srpm"
rpmfile=$(ls "$rpmtop"/RPMS/*/$PACKAGE-$VERSION-1.*.rpm)
test -f "$rpmfile" || fail "no binary RPM"
say "built $(basename "$rpmfile") and $(basename "$srpm")"
# rpm lists the directories a package owns too.  Left out of the
# comparison: the build-id links (/usr/lib/.build-id/NN/HASH), named after
# the binary's hash.
rpm -qlp "$rpmfile" | grep -v '^/usr/lib/\.build-id' > "$rpmtop/files" \
  || fail "cannot list $rpmfile"
# The documentation directory is %{NAME}-%{VERSION} by rpm's default, as
# on Debian, and %{NAME} on Fedora, which sets %_docdir_fmt.  rpm's
# brp-compress gzips man and info pages, but it fails on Debian 12 (it
# needs bash's "read -d", and /bin/sh is dash): allow both.
docdir_fmt=$(rpm --eval '%{?_docdir_fmt}')
test -n "$docdir_fmt" || docdir_fmt='%{NAME}-%{VERSION}'
docdir=$(rpm -qp --qf "$docdir_fmt" "$rpmfile")
gz=
if grep "/man1/$PACKAGE\\.1\\.gz\$" "$rpmtop/files" > /dev/null; then
  gz=.gz
fi
{
  echo /usr/bin/$PACKAGE
  echo /usr/share/doc/$docdir
  for f in AUTHORS ChangeLog NEWS README; do
    echo /usr/share/doc/$docdir/$f
  done
  echo /usr/share/info/$PACKAGE.info$gz
  echo /usr/share/licenses/$docdir
  echo /usr/share/licenses/$docdir/COPYING
  echo /usr/share/man/man1/$PACKAGE.1$gz
  locale_files /usr
} > "$rpmtop/files.expected"
compare_list "$(basename "$rpmfile")" "$rpmtop/files"
rpm -qlp "$srpm" > "$rpmtop/srpm-files" || fail "cannot list $srpm"
printf '%s\n' "$PACKAGE-$VERSION.tar.xz" "$PACKAGE.spec" \
  > "$rpmtop/srpm-files.expected"
compare_list "$(basename "$srpm")" "$rpmtop/srpm-files"
requires=$(rpm -qp --requires "$rpmfile" | tr '\n' ' ')
say "Requires: $requires"
# As for the .deb: the spec must name what ainstall loads with dlopen.
for lib in libattr.so.1 libcap.so.2 libselinux.so.1; do
  case " $requires" in
    *" $lib("* | *" $lib "*) ;;
    *) fail "the RPM does not require $lib, which ainstall loads" ;;
  esac
done
# rpmlint's defaults are openSUSE's, and Debian's rpm is not Fedora's:
# these filters drop the messages that do not apply, each for the reason
# above it.
cat > "$rpmtop/rpmlintrc" <<'EOF'
# Packages are signed by a distribution's build system, not by rpmbuild -ta.
addFilter(r" no-signature$")
# Fedora's guidelines drop the Group, Packager and BuildRoot tags.
addFilter(r" no-(group|packager|buildroot)-tag$")
# Since Fedora 28 the info package's file trigger keeps the info dir file;
# packages no longer run install-info in scriptlets.
addFilter(r" info-files-without-install-info-post(in|un) ")
# Debian's rpmlint 2.4 has an old list of licence names; these are SPDX
# names, which Fedora's list has.
addFilter(r" invalid-license (GPL-3\.0-or-later|LGPL-2\.1-or-later|LGPL-3\.0-or-later|GFDL-1\.3-no-invariants-or-later)$")
# Debian's rpm: brp-compress fails (see above), so the pages stay
# uncompressed and rpmlint finds no "ainstall.1.*"; brp-strip only strips
# debugging information, and no debuginfo package takes it.
addFilter(r" (manpage|infopage)-not-compressed ")
addFilter(r" no-manual-page-for-binary ainstall$")
addFilter(r" unstripped-binary-or-object /usr/bin/ainstall$")
EOF
say "rpmlint, with these filters:"
grep -v '^#' "$rpmtop/rpmlintrc" | sed 's/^/    /'
rpmlint --rpmlintrc "$rpmtop/rpmlintrc" "$srpm" "$rpmfile" \
  > "$rpmtop/rpmlint.log" 2>&1
rpmlint_status=$?
sed 's/^/    /' "$rpmtop/rpmlint.log"
test $rpmlint_status = 0 \
  && ! grep ': [EW]: ' "$rpmtop/rpmlint.log" > /dev/null \
  || fail "rpmlint found errors or warnings"
mkdir "$rpmtop/root" &&
(cd "$rpmtop/root" && rpm2archive - < "$rpmfile" | tar -xz) \
  || fail "cannot unpack $rpmfile"
try_program "$rpmtop/root/usr/bin/$PACKAGE" "$rpmtop"
step_done

## 5. Gentoo.
step "5. the Gentoo ebuild and metadata.xml"
bash -n "$ebuild" || fail "bash -n $ebuild"
say "bash -n $(basename "$ebuild"): the syntax is valid"
xmllint --nonet --noout "$srcdir/dist/gentoo/sys-apps/$PACKAGE/metadata.xml" \
  || fail "metadata.xml is not well-formed"
say "metadata.xml is well-formed XML"
step_done

echo
say "all checks passed; the packages are in $scratch"
