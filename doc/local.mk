## doc/local.mk: the manual and the man page.  Included by ../Makefile.am.

info_TEXINFOS = doc/ainstall.texi
doc_ainstall_TEXINFOS = doc/fdl.texi

# The man page comes from --help through help2man, and is distributed, so
# that building from a release tarball never needs help2man.  The program
# is an order-only prerequisite: a recursive make here would race with the
# main build under -j.
dist_man_MANS = doc/ainstall.1
EXTRA_DIST += doc/ainstall.x
doc/ainstall.1: doc/ainstall.x src/ainstall.c src/options.c configure.ac \
  | src/ainstall$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) doc && \
	LC_ALL=C $(HELP2MAN) --no-info --include=$(srcdir)/doc/ainstall.x \
	  --output=$@-t ./src/ainstall$(EXEEXT) && mv -f $@-t $@
