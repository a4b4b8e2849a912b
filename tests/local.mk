## tests/local.mk: the test suite.  Included by ../Makefile.am.
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
TEST_SUITE_LOG = tests/test-suite.log
TESTS =
