## dist/local.mk: the release tarball and the packaging examples.
## Included by ../Makefile.am.

## Reproducible tarballs.
# "make dist" twice from the same commit gives the same bytes: the members
# are listed in name order, owned by 0:0 (numbers, no names), with modes
# that do not depend on the umask of whoever ran "make dist", and all with
# one date.  That date is $SOURCE_DATE_EPOCH if set, else the date of the
# last commit in a git checkout, else the date of configure.ac, which in an
# unpacked release tarball is the date of every member, so that "make dist"
# there (as distcheck does) gives the date back.  The format stays
# Automake's default (v7); the options are GNU tar's.
dist_epoch = \
  { test -n "$${SOURCE_DATE_EPOCH-}" && echo "$$SOURCE_DATE_EPOCH"; } || \
  { test -e '$(srcdir)/.git' && git -C '$(srcdir)' log -1 --format=%ct; } || \
  stat -c %Y '$(srcdir)/configure.ac'
am__tar = $${TAR-tar} --create --dereference --format=v7 --file=- \
  --sort=name --owner=0 --group=0 --numeric-owner --mode=u+rwX,go=rX \
  --mtime=@$$($(dist_epoch)) "$$tardir"
# xz: Automake's level (-6e), in one thread, whatever the environment says
# (a multi-threaded xz writes other bytes).
export XZ_OPT = -6e --threads=1

## The packaging examples, shipped in the tarball.  configure makes
## ainstall.spec from dist/ainstall.spec.in; it is shipped at the top, where
## "rpmbuild -ta" looks for it.  The ebuild's name has the version in it;
## "make check-packaging" checks that it is this version.
EXTRA_DIST += \
  ainstall.spec \
  dist/ainstall.spec.in \
  dist/check-packaging.sh \
  dist/debian/README.Debian \
  dist/debian/ainstall.lintian-overrides \
  dist/debian/changelog \
  dist/debian/control \
  dist/debian/copyright \
  dist/debian/docs \
  dist/debian/rules \
  dist/debian/source/format \
  $(wildcard $(srcdir)/dist/gentoo/sys-apps/ainstall/*.ebuild) \
  dist/gentoo/sys-apps/ainstall/metadata.xml

## make check-packaging: build the tarball, the .deb and the RPMs as a
## packager would, in check-packaging.tmp/, and check what they install.
## Not part of "make check": it needs the Debian and RPM tools, and minutes.
.PHONY: check-packaging clean-check-packaging
check-packaging:
	$(AM_V_at)MAKE='$(MAKE)' PACKAGE='$(PACKAGE)' VERSION='$(VERSION)' \
	  srcdir='$(abs_top_srcdir)' builddir='$(abs_top_builddir)' \
	  scratch='$(abs_top_builddir)/check-packaging.tmp' \
	  $(SHELL) $(srcdir)/dist/check-packaging.sh
clean-local: clean-check-packaging
clean-check-packaging:
	-rm -rf check-packaging.tmp
