## tests/local.mk: the test suite.  Included by ../Makefile.am.
## Every test is a shell script in gnulib's init.sh style, run by
## Automake's parallel harness from the top of the build tree.

TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
TEST_SUITE_LOG = tests/test-suite.log

# The environment every test starts from: the C locale, the programs just
# built first in PATH, and nothing that would change install's defaults.
TESTS_ENVIRONMENT = \
  unset VERSION_CONTROL SIMPLE_BACKUP_SUFFIX POSIXLY_CORRECT; \
  LC_ALL=C; TERM=dumb; \
  export LC_ALL TERM; \
  export VERSION='$(VERSION)' srcdir='$(srcdir)' \
    abs_top_builddir='$(abs_top_builddir)' \
    abs_top_srcdir='$(abs_top_srcdir)' \
    PATH='$(abs_top_builddir)/src$(PATH_SEPARATOR)'"$$PATH";

all_tests = \
  tests/atomic/unwritable-dir-leaves-old-file.sh \
  tests/compat/gnu-differential.sh

TESTS = $(all_tests)
EXTRA_DIST += $(all_tests) tests/init.sh

# The suite again, as an unprivileged user, when run as root.
EXTRA_DIST += tests/run-unprivileged.sh
.PHONY: check-unprivileged
check-unprivileged: all
	$(AM_V_at)abs_top_builddir='$(abs_top_builddir)' \
	  abs_top_srcdir='$(abs_top_srcdir)' \
	  $(SHELL) $(srcdir)/tests/run-unprivileged.sh $(TESTS)
