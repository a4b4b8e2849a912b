# cfg.mk: configuration of gnulib's maint.mk ("make syntax-check").
# Copyright (C) 2026 The ainstall authors.
# This file is free software; the ainstall authors give unlimited
# permission to copy and/or distribute it, with or without modifications.

# gnulib is Debian's package, not a submodule.
gnulib_dir = $(or $(GNULIB_SRCDIR),/usr/share/gnulib)

# Checks that do not fit this project, one reason each:
local-checks-to-skip = \
  sc_indent \
  sc_tight_scope \
  sc_GPL_version \
  sc_immutable_NEWS \
  sc_prohibit_gnu_make_extensions

# sc_indent: GNU indent is not a build dependency.
# sc_tight_scope: perl fails on its rule under make here; -Wmissing-
#   declarations in the warnings already checks the same.
# sc_GPL_version: our sources say "version 3 or later", as checked below.
# sc_immutable_NEWS: no release has been made yet.
# sc_prohibit_gnu_make_extensions: Automake fragments may use them.

# Test scripts are not translated.
exclude_file_name_regexp--sc_bindtextdomain = ^tests/
exclude_file_name_regexp--sc_unmarked_diagnostics = ^tests/

# Every diagnostic names files through quoteaf/quotef, as coreutils does.
sc_error_quotes_file_names:
	@prohibit='error \(.*[^a-z_]quote \(.*(name|file|dest|source)' \
	in_vc_files='^src/.*\.c$$' \
	exclude='invalid mode|cannot create directory|change permissions' \
	halt='quote file names with quoteaf in diagnostics' \
	  $(_sc_search_regexp)

# Tests: never "cmd && fail=1" (hides crashes), never "|| fail" alone.
sc_tests_and_fail_1:
	@prohibit='&& fail=1' in_vc_files='^tests/.*\.sh$$' \
	halt='use returns_ or "|| fail=1", not "&& fail=1"' \
	  $(_sc_search_regexp)
sc_tests_or_fail:
	@prohibit='\|\| fail$$' in_vc_files='^tests/.*\.sh$$' \
	halt='use "|| fail=1"' $(_sc_search_regexp)

# Every test script in the tree is listed in tests/local.mk, and the
# other way round (tests/harness/ holds the harness's own scripts).
sc_tests_list_consistency:
	@listed=$$(sed -n 's,^ *\(tests/[^ ]*/[^ ]*\.sh\).*,\1,p' \
	    $(srcdir)/tests/local.mk | sort); \
	present=$$(cd $(srcdir) && git ls-files 'tests/*/*.sh' \
	  | grep -v '^tests/harness/' | sort); \
	test "$$listed" = "$$present" || { \
	  echo '$(ME): tests/local.mk and tests/*/ disagree:' 1>&2; \
	  echo "listed: $$listed" 1>&2; echo "present: $$present" 1>&2; \
	  exit 1; }

# Optional libraries are known in exactly one file each.
sc_optional_library_ifdefs:
	@prohibit='^# *if.*(USE_SELINUX|USE_LIBCAP|HAVE_SELINUX|HAVE_LIBCAP)' \
	in_vc_files='^src/.*\.[ch]$$' \
	halt='keep #if USE_SELINUX/USE_LIBCAP in their wrapper files' \
	  $(_sc_search_regexp)
exclude_file_name_regexp--sc_optional_library_ifdefs = \
  ^src/(security-label|file-caps)\.[ch]$$

# streq is defined with strcmp.
exclude_file_name_regexp--sc_prohibit_strcmp = ^src/system\.h$$

# Shell continuation lines, not usage text.
exclude_file_name_regexp--sc_two_space_separator_in_usage = ^bootstrap$$

# bench/'s C programs are stand-alone measuring tools, built by their
# scripts with plain cc: not ainstall's code, so not held to its rules.
VC_LIST_ALWAYS_EXCLUDE_REGEX = ^bench/.*\.c$$
