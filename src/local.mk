## src/local.mk: the ainstall program.  Included by ../Makefile.am.

bin_PROGRAMS = src/ainstall

# Everything but main() is a library, so that unit tests link the very
# code the program runs.
noinst_LIBRARIES += src/libainstall.a
src_libainstall_a_SOURCES = \
  src/backup.c src/backup.h \
  src/batch.c src/batch.h \
  src/compare.c src/compare.h \
  src/copy-data.c src/copy-data.h \
  src/digest.c src/digest.h \
  src/durable.c src/durable.h \
  src/existing-dir.c src/existing-dir.h \
  src/file-caps.c src/file-caps.h \
  src/install-checks.c src/install-checks.h \
  src/install-file.c src/install-file.h \
  src/install-manifest.c src/install-manifest.h \
  src/install-source.c src/install-source.h \
  src/install-state.h \
  src/installed.c src/installed.h \
  src/link-groups.c src/link-groups.h \
  src/make-dirs.c src/make-dirs.h \
  src/manifest-reader.c src/manifest-reader.h \
  src/manifest-verify-tags.c src/manifest-verify-tags.h \
  src/manifest-verify.c src/manifest-verify.h \
  src/manifest.c src/manifest.h \
  src/merge.c src/merge.h \
  src/metadata.c src/metadata.h \
  src/mtree.c src/mtree.h \
  src/operands.c src/operands.h \
  src/optional-libs.c src/optional-libs.h \
  src/options.c src/options.h \
  src/owner.c src/owner.h \
  src/posix-acl.c src/posix-acl.h \
  src/protect.c src/protect.h \
  src/random-name.c src/random-name.h \
  src/report.c src/report.h \
  src/security-label.c src/security-label.h \
  src/stage.c src/stage.h \
  src/staged-file.c src/staged-file.h \
  src/strip.c src/strip.h \
  src/tree-files.c \
  src/tree-merge.c src/tree-merge.h \
  src/tree-prefetch.c \
  src/tree-special.c \
  src/trusted-path.c src/trusted-path.h \
  src/undo.c src/undo.h \
  src/usage.c \
  src/xattrs.c src/xattrs.h \
  src/system.h
src_libainstall_a_CFLAGS = $(AM_CFLAGS) $(WARN_CFLAGS) $(WERROR_CFLAGS)

src_ainstall_SOURCES = src/ainstall.c
src_ainstall_CFLAGS = $(AM_CFLAGS) $(WARN_CFLAGS) $(WERROR_CFLAGS)
# libselinux, libcap and libattr are loaded when needed (see
# src/optional-libs.h), and ACLs need no library (src/posix-acl.h).
ainstall_libs = src/libainstall.a lib/libgnu.a $(LIB_DL) \
  $(LIBINTL) $(LIB_CRYPTO) \
  $(LIB_CLOCK_GETTIME) $(LIB_GETRANDOM) $(LIB_MBRTOWC) $(LIB_POSIX_SPAWN) \
  $(LIBTHREAD) $(LIB_HARD_LOCALE) $(LIB_SETLOCALE_NULL) lib/libgnu.a
src_ainstall_LDADD = $(ainstall_libs)
