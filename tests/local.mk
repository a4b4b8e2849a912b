## tests/local.mk: the test suite.  Included by ../Makefile.am.
## Every test is a shell script in gnulib's init.sh style, run by
## Automake's parallel harness from the top of the build tree.

TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL) $(srcdir)/tests/harness/run-reachable.sh
TEST_SUITE_LOG = tests/test-suite.log

# Where the tests find ainstall, as $abs_top_builddir/src/ainstall and
# first in PATH: the build tree; for check-merge-modes, a directory whose
# src/ainstall is the with-merge-mode wrapper, which runs the real
# program ($AINSTALL_TEST_PROGRAM) in the mode AINSTALL_TEST_MERGE_MODE.
tested_builddir = $(abs_top_builddir)
AINSTALL_TEST_MERGE_MODE =

# The environment every test starts from: the C locale, the programs just
# built first in PATH, and nothing that would change install's defaults.
TESTS_ENVIRONMENT = \
  unset VERSION_CONTROL SIMPLE_BACKUP_SUFFIX POSIXLY_CORRECT; \
  LC_ALL=C; TERM=dumb; \
  export LC_ALL TERM; \
  AINSTALL_TEST_MERGE_MODE='$(AINSTALL_TEST_MERGE_MODE)'; \
  AINSTALL_TEST_PROGRAM='$(abs_top_builddir)/src/ainstall$(EXEEXT)'; \
  export AINSTALL_TEST_MERGE_MODE AINSTALL_TEST_PROGRAM; \
  AINSTALL_FEATURES='$(AINSTALL_FEATURES)'; export AINSTALL_FEATURES; \
  export VERSION='$(VERSION)' srcdir='$(srcdir)' \
    abs_top_builddir='$(tested_builddir)' \
    abs_top_srcdir='$(abs_top_srcdir)' \
    PATH='$(tested_builddir)/src$(PATH_SEPARATOR)'"$$PATH";

# Programs the harness and the tests run: the merge-mode wrapper, and
# swap-names, which races a test's names with renameat2 exchanges.
check_PROGRAMS += tests/harness/with-merge-mode tests/harness/swap-names
tests_harness_with_merge_mode_CFLAGS = $(AM_CFLAGS) $(WARN_CFLAGS) \
  $(WERROR_CFLAGS)
tests_harness_swap_names_CFLAGS = $(AM_CFLAGS) $(WARN_CFLAGS) \
  $(WERROR_CFLAGS)

all_tests = \
  tests/atomic/close-failure-keeps-old-file.sh \
  tests/atomic/concurrent-reader-never-sees-partial-file.sh \
  tests/atomic/cross-device-source-installs.sh \
  tests/atomic/dangling-symlink-destination-is-replaced.sh \
  tests/atomic/directory-destination-is-not-overwritten.sh \
  tests/atomic/every-terminating-signal-leaves-old-file.sh \
  tests/atomic/failed-strip-leaves-old-file.sh \
  tests/atomic/fatal-signal-during-strip-leaves-old-file.sh \
  tests/atomic/invalid-mode-installs-nothing.sh \
  tests/atomic/missing-source-leaves-old-file.sh \
  tests/atomic/name-max-destination-installs.sh \
  tests/atomic/reflink-on-btrfs.sh \
  tests/atomic/reflink-on-xfs.sh \
  tests/atomic/reflink-unsupported-on-ext4.sh \
  tests/atomic/refused-chown-leaves-old-file.sh \
  tests/atomic/replaced-program-never-fails-with-text-busy.sh \
  tests/atomic/same-file-is-refused.sh \
  tests/atomic/source-shorter-than-its-size-is-not-padded.sh \
  tests/atomic/sparse-source-keeps-holes-on-tmpfs.sh \
  tests/atomic/sparse-source-keeps-holes.sh \
  tests/atomic/staged-file-is-private-until-renamed.sh \
  tests/atomic/symlink-destination-is-replaced-not-followed.sh \
  tests/atomic/unknown-owner-installs-nothing.sh \
  tests/atomic/unrunnable-strip-leaves-old-file.sh \
  tests/atomic/unwritable-dir-leaves-old-file.sh \
  tests/backup/backup-is-a-hard-link-to-old-file.sh \
  tests/backup/backup-that-would-destroy-source-is-refused.sh \
  tests/backup/destination-never-disappears-during-backup.sh \
  tests/backup/existing-is-numbered-only-if-numbered-backups-exist.sh \
  tests/backup/failed-backup-prints-no-verbose-line.sh \
  tests/backup/failed-install-leaves-no-new-backup.sh \
  tests/backup/invalid-backup-type-is-rejected.sh \
  tests/backup/invalid-version-control-variable-is-rejected.sh \
  tests/backup/longest-names-are-backed-up-every-time.sh \
  tests/backup/no-backup-when-destination-is-missing.sh \
  tests/backup/none-and-off-make-no-backup.sh \
  tests/backup/numbered-backup-never-replaces-an-existing-file.sh \
  tests/backup/numbered-backups-count-up.sh \
  tests/backup/old-simple-backup-is-replaced.sh \
  tests/backup/signal-after-backup-link-leaves-no-backup.sh \
  tests/backup/simple-and-never-make-simple-backups.sh \
  tests/backup/simple-backup-suffix-variable-sets-suffix.sh \
  tests/backup/suffix-ending-in-slash-cannot-back-up.sh \
  tests/backup/suffix-option-names-simple-backups.sh \
  tests/backup/verbose-names-backup-with-its-directory.sh \
  tests/backup/version-control-variable-selects-backup-type.sh \
  tests/compat/gnu-differential.sh \
  tests/forms/dir-ancestors-get-755-last-gets-mode.sh \
  tests/forms/dir-existing-directory-gets-the-mode.sh \
  tests/forms/dir-existing-swapped-for-symlink-is-not-followed.sh \
  tests/forms/dir-failing-operand-does-not-stop-the-others.sh \
  tests/forms/dir-file-ancestor-is-named-in-error.sh \
  tests/forms/dir-in-read-only-directory-is-permission-denied.sh \
  tests/forms/dir-over-dangling-symlink-says-file-exists.sh \
  tests/forms/dir-over-regular-file-fails.sh \
  tests/forms/dir-owner-and-group-keep-set-gid-mode.sh \
  tests/forms/dir-relative-mode-starts-from-no-permissions.sh \
  tests/forms/dir-setgid-parent-bit-cleared-unless-numeric-mode.sh \
  tests/forms/dir-swapped-for-roots-directory-is-refused.sh \
  tests/forms/dir-swapped-while-made-is-not-given-owner.sh \
  tests/forms/dir-through-untrusted-symlink-is-not-changed.sh \
  tests/forms/dir-trusted-link-through-untrusted-link-is-not-followed.sh \
  tests/forms/dir-verbose-reports-each-created-directory.sh \
  tests/forms/directory-form-creates-every-operand.sh \
  tests/forms/leading-D-creates-missing-parents-with-mode-755.sh \
  tests/forms/leading-D-stops-at-a-file-in-the-way.sh \
  tests/forms/leading-D-with-target-directory-creates-all-of-it.sh \
  tests/forms/mode-invalid-is-rejected.sh \
  tests/forms/mode-is-not-masked-by-umask.sh \
  tests/forms/mode-numeric-is-applied-exactly.sh \
  tests/forms/mode-set-id-bits-are-kept-on-files.sh \
  tests/forms/mode-sticky-bit-on-directories.sh \
  tests/forms/mode-symbolic-starts-from-no-permissions.sh \
  tests/forms/no-target-directory-rejects-extra-operand.sh \
  tests/forms/no-target-directory-treats-dest-as-file.sh \
  tests/forms/owner-and-group-by-name-and-number.sh \
  tests/forms/owner-change-refused-to-unprivileged-user.sh \
  tests/forms/owner-invalid-user-and-group-are-rejected.sh \
  tests/forms/source-dest-copies-with-mode-755-and-caller-owner.sh \
  tests/forms/sources-into-directory-keep-their-names.sh \
  tests/forms/target-directory-option-installs-every-source.sh \
  tests/forms/usage-last-operand-must-be-a-directory.sh \
  tests/forms/usage-missing-destination-operand.sh \
  tests/forms/usage-missing-file-operand.sh \
  tests/forms/usage-multiple-target-directories.sh \
  tests/forms/usage-strip-not-allowed-with-directory.sh \
  tests/forms/usage-t-and-T-cannot-be-combined.sh \
  tests/forms/usage-target-directory-must-exist.sh \
  tests/forms/usage-target-directory-not-allowed-with-directory.sh \
  tests/forms/usage-unknown-option-is-rejected.sh \
  tests/manifest/concurrent-writers-lose-and-mix-nothing.sh \
  tests/manifest/digests-match-sha256sum-in-every-mode.sh \
  tests/manifest/lines-for-each-form.sh \
  tests/manifest/odd-names-round-trip-through-bsdtar.sh \
  tests/manifest/tree-records-every-entry-type.sh \
  tests/manifest/unprivileged-records-what-root-would-set.sh \
  tests/manifest/unwritable-manifest-installs-nothing.sh \
  tests/manifest/verify-accepts-what-manifest-records.sh \
  tests/manifest/verify-capabilities-are-compared.sh \
  tests/manifest/verify-changed-content-is-reported.sh \
  tests/manifest/verify-changed-mode-is-reported.sh \
  tests/manifest/verify-changed-owner-is-reported.sh \
  tests/manifest/verify-changed-symlink-is-reported.sh \
  tests/manifest/verify-context-is-compared.sh \
  tests/manifest/verify-device-numbers-are-compared.sh \
  tests/manifest/verify-invalid-lines-are-reported.sh \
  tests/manifest/verify-last-entry-wins.sh \
  tests/manifest/verify-missing-entry-is-reported-alone.sh \
  tests/manifest/verify-mtime-is-compared-to-the-nanosecond.sh \
  tests/manifest/verify-never-looks-outside-root.sh \
  tests/manifest/verify-odd-names-are-escaped.sh \
  tests/manifest/verify-set-gives-defaults.sh \
  tests/manifest/verify-type-difference-is-reported-alone.sh \
  tests/manifest/verify-unreadable-file-is-an-error.sh \
  tests/manifest/verify-unreadable-manifest-is-an-error.sh \
  tests/manifest/verify-untouched-tree-passes.sh \
  tests/manifest/verify-xattrs-are-compared.sh \
  tests/merge-mode/compare-onto-itself-keeps-the-file.sh \
  tests/merge-mode/copy-mode-makes-a-new-inode.sh \
  tests/merge-mode/destination-linked-to-source-gets-a-copy.sh \
  tests/merge-mode/link-mode-across-file-systems-copies.sh \
  tests/merge-mode/link-mode-backup-is-the-old-destination.sh \
  tests/merge-mode/link-mode-compare-identical-changes-nothing.sh \
  tests/merge-mode/link-mode-failed-backup-removes-the-temporary-link.sh \
  tests/merge-mode/link-mode-hard-links-the-source-inode.sh \
  tests/merge-mode/link-mode-metadata-is-shared-with-the-source.sh \
  tests/merge-mode/link-mode-refused-chown-leaves-everything.sh \
  tests/merge-mode/link-mode-same-name-is-refused.sh \
  tests/merge-mode/link-mode-source-in-shared-directory-is-copied.sh \
  tests/merge-mode/link-mode-strip-copies-and-leaves-source.sh \
  tests/merge-mode/link-mode-symlink-destination-is-replaced.sh \
  tests/merge-mode/link-mode-too-many-links-copies.sh \
  tests/merge-mode/link-mode-unprivileged-user-copies-root-files.sh \
  tests/merge-mode/link-mode-works-with-D-t-T-and-many-sources.sh \
  tests/merge-mode/merge-mode-invalid-value-is-rejected.sh \
  tests/merge-mode/merge-mode-variable-is-ignored.sh \
  tests/merge-mode/preserve-invalid-list-is-rejected.sh \
  tests/merge-mode/preserve-mode-takes-the-source-mode.sh \
  tests/merge-mode/preserve-ownership-takes-the-source-owner.sh \
  tests/merge-mode/preserve-ownership-unprivileged-keeps-own-owner.sh \
  tests/merge-mode/preserve-timestamps-takes-the-source-times.sh \
  tests/merge-mode/preserve-without-list-or-all-takes-every-attribute.sh \
  tests/merge-mode/rename-mode-across-file-systems-copies-then-removes-source.sh \
  tests/merge-mode/rename-mode-backup-is-the-old-destination.sh \
  tests/merge-mode/rename-mode-compare-identical-removes-source.sh \
  tests/merge-mode/rename-mode-failed-backup-moves-source-back.sh \
  tests/merge-mode/rename-mode-failed-commit-moves-source-back.sh \
  tests/merge-mode/rename-mode-failed-strip-keeps-source.sh \
  tests/merge-mode/rename-mode-fatal-signal-after-move-moves-source-back.sh \
  tests/merge-mode/rename-mode-moves-the-source-inode.sh \
  tests/merge-mode/rename-mode-never-puts-the-source-where-others-rename.sh \
  tests/merge-mode/rename-mode-refused-chmod-moves-source-back.sh \
  tests/merge-mode/rename-mode-refused-chown-moves-source-back.sh \
  tests/merge-mode/rename-mode-same-name-is-refused.sh \
  tests/merge-mode/rename-mode-sigterm-during-strip-keeps-source.sh \
  tests/merge-mode/rename-mode-strip-copies-then-removes-source.sh \
  tests/merge-mode/rename-mode-swapped-source-directory-removes-nothing-else.sh \
  tests/merge-mode/rename-mode-swapped-source-leaves-nothing-of-the-users.sh \
  tests/merge-mode/rename-mode-symlink-destination-is-replaced.sh \
  tests/merge-mode/rename-mode-symlink-source-copies-target-and-removes-link.sh \
  tests/merge-mode/rename-mode-unwritable-directory-keeps-source.sh \
  tests/merge-mode/rename-mode-works-with-D-t-T-and-many-sources.sh \
  tests/merge-mode/running-program-keeps-its-own-image.sh \
  tests/merge-mode/signal-after-metadata-restores-source-inode.sh \
  tests/merge-mode/source-of-another-user-is-copied.sh \
  tests/merge-mode/source-open-for-writing-is-copied.sh \
  tests/merge-mode/source-through-untrusted-symlink-is-copied-and-kept.sh \
  tests/merge-mode/source-with-other-hard-links-is-copied.sh \
  tests/merge-mode/source-writable-by-others-is-copied.sh \
  tests/merge-mode/symlink-source-is-copied-never-adopted.sh \
  tests/options/c-option-is-ignored.sh \
  tests/options/compare-differing-content-copies.sh \
  tests/options/compare-differing-mode-copies.sh \
  tests/options/compare-differing-owner-copies.sh \
  tests/options/compare-follows-symlink-source.sh \
  tests/options/compare-identical-changes-nothing.sh \
  tests/options/compare-identical-in-readonly-directory.sh \
  tests/options/compare-never-blocks-on-a-fifo.sh \
  tests/options/compare-owner-is-real-uid.sh \
  tests/options/compare-preserve-differing-copies.sh \
  tests/options/compare-preserve-identical-sets-times.sh \
  tests/options/compare-special-mode-warns-and-copies.sh \
  tests/options/compare-with-strip-is-error.sh \
  tests/options/debug-explains-copy.sh \
  tests/options/help-lists-every-option.sh \
  tests/options/preserve-timestamps-after-strip.sh \
  tests/options/preserve-timestamps-nanoseconds.sh \
  tests/options/program-name-is-argv0-as-given.sh \
  tests/options/selinux-Z-ignored-without-selinux.sh \
  tests/options/selinux-context-warns-without-selinux.sh \
  tests/options/selinux-preserve-context-warns-without-selinux.sh \
  tests/options/strip-cannot-be-redirected-by-swapping-names.sh \
  tests/options/strip-failure-keeps-old-destination.sh \
  tests/options/strip-leading-hyphen-destination.sh \
  tests/options/strip-leaves-unreadable-file-installed.sh \
  tests/options/strip-messages-name-the-destination.sh \
  tests/options/strip-program-may-replace-file.sh \
  tests/options/strip-program-not-runnable.sh \
  tests/options/strip-program-without-s-warns.sh \
  tests/options/strip-runs-on-staged-temporary.sh \
  tests/options/strip-works-with-sigchld-ignored.sh \
  tests/options/verbose-D-reports-created-directories.sh \
  tests/options/verbose-backup-names-backup.sh \
  tests/options/verbose-d-reports-created-directories.sh \
  tests/options/verbose-new-file.sh \
  tests/options/verbose-replace-says-removed.sh \
  tests/options/version-names-program.sh \
  tests/security/Z-labels-with-the-policy-default-context.sh \
  tests/security/caps-and-setid-bits-survive-owner-change.sh \
  tests/security/caps-option-empty-removes-capabilities.sh \
  tests/security/caps-option-partly-effective-set-is-refused.sh \
  tests/security/caps-option-sets-capabilities.sh \
  tests/security/caps-refused-unprivileged-keeps-old-destination.sh \
  tests/security/compare-checks-acl-with-preserve-acl.sh \
  tests/security/compare-checks-capabilities.sh \
  tests/security/compare-checks-file-contexts-label.sh \
  tests/security/compare-checks-preserved-context.sh \
  tests/security/compare-checks-xattrs-with-preserve-xattr.sh \
  tests/security/concurrent-reader-never-sees-file-without-caps.sh \
  tests/security/concurrent-reader-never-sees-file-without-context.sh \
  tests/security/default-acl-masking-the-mode-is-undone.sh \
  tests/security/failed-link-or-rename-keeps-source-capabilities.sh \
  tests/security/file-contexts-labels-directories-made-by-d-and-D.sh \
  tests/security/file-contexts-labels-installed-files.sh \
  tests/security/file-contexts-unreadable-is-an-error.sh \
  tests/security/help-describes-security-options.sh \
  tests/security/inherited-default-acl-is-dropped-without-preserve-acl.sh \
  tests/security/invalid-caps-text-installs-nothing.sh \
  tests/security/label-root-looks-up-destinations-as-if-root.sh \
  tests/security/optional-libraries-load-only-when-needed.sh \
  tests/security/preserve-acl-copies-source-access-acl.sh \
  tests/security/preserve-acl-keeps-the-install-mode.sh \
  tests/security/preserve-all-takes-every-security-attribute.sh \
  tests/security/preserve-caps-keeps-source-capabilities.sh \
  tests/security/preserve-caps-refused-unprivileged-keeps-old-destination.sh \
  tests/security/preserve-context-copies-the-source-label.sh \
  tests/security/preserve-xattr-copies-user-trusted-and-security-attributes.sh \
  tests/security/preserve-xattr-leaves-selinux-caps-and-acl-to-their-options.sh \
  tests/security/preserve-xattr-refused-attribute-keeps-old-destination.sh \
  tests/security/preserve-xattr-skips-excluded-and-xattr-conf-names.sh \
  tests/sync/failed-fsync-keeps-the-old-file.sh \
  tests/sync/files-are-synced-before-their-rename.sh \
  tests/sync/many-files-with-few-descriptors.sh \
  tests/sync/sigkill-during-a-copy-leaves-nothing.sh \
  tests/tree/concurrent-reader-never-sees-missing-or-partial-file.sh \
  tests/tree/entry-swapped-for-symlink-is-skipped.sh \
  tests/tree/failure-half-way-loses-nothing.sh \
  tests/tree/fifo-swapped-in-is-never-opened.sh \
  tests/tree/files-are-read-ahead-and-opened-once.sh \
  tests/tree/image-swapped-while-looked-up-is-not-adopted.sh \
  tests/tree/image-through-untrusted-symlink-adopts-and-removes-nothing.sh \
  tests/tree/link-from-users-image-is-not-followed-later.sh \
  tests/tree/link-group-swapped-first-name-is-not-linked.sh \
  tests/tree/merge-keeps-every-entry-type.sh \
  tests/tree/owner-and-group-options-apply-to-every-entry.sh \
  tests/tree/protect-follows-config-protect-rules.sh \
  tests/tree/root-inside-image-is-not-merged-into-itself.sh \
  tests/tree/root-through-untrusted-symlink-is-refused.sh \
  tests/tree/second-merge-updates-protects-and-reports-conflicts.sh \
  tests/tree/sockets-are-skipped-with-a-warning.sh \
  tests/tree/symlink-to-directory-is-merged-through.sh \
  tests/tree/unprivileged-merge-fills-read-only-directories.sh \
  tests/tree/unreadable-file-is-reported-and-the-rest-merged.sh \
  tests/tree/usage-errors-of-recursive.sh \
  tests/tree/verbose-prints-a-line-per-entry.sh

TESTS = $(all_tests)
EXTRA_DIST += $(all_tests) tests/init.sh tests/harness/run-reachable.sh

# The suite again in the other merge modes: every test runs, or skips
# saying why it makes sense in copy mode only.
.PHONY: check-merge-modes
check-merge-modes: all $(check_PROGRAMS)
	$(AM_V_at)for mode in link rename; do \
	  dir=tests/in-$$mode-mode; \
	  rm -rf $$dir && $(MKDIR_P) $$dir/src $$dir/tests/harness && \
	  cp tests/harness/with-merge-mode$(EXEEXT) \
	    $$dir/src/ainstall$(EXEEXT) && \
	  cp tests/harness/swap-names$(EXEEXT) $$dir/tests/harness/ && \
	  $(MAKE) $(AM_MAKEFLAGS) check AINSTALL_TEST_MERGE_MODE=$$mode \
	    tested_builddir='$(abs_top_builddir)'/$$dir \
	    TEST_SUITE_LOG=tests/test-suite-$$mode.log || exit 1; \
	done
MOSTLYCLEANFILES += tests/test-suite-link.log tests/test-suite-rename.log
MOSTLYCLEANDIRS += tests/in-link-mode tests/in-rename-mode

# The suite again, as an unprivileged user, when run as root.
EXTRA_DIST += tests/harness/run-unprivileged.sh
.PHONY: check-unprivileged
check-unprivileged: all
	$(AM_V_at)abs_top_builddir='$(abs_top_builddir)' \
	  abs_top_srcdir='$(abs_top_srcdir)' \
	  AINSTALL_FEATURES='$(AINSTALL_FEATURES)' \
	  $(SHELL) $(srcdir)/tests/harness/run-unprivileged.sh $(TESTS)
