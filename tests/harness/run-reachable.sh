#!/bin/sh
# Run one test (the harness's SH_LOG_COMPILER) where an unprivileged user
# can reach it.
#
# Tests that check what an ordinary user sees (permission errors, protected
# hard links, refused capabilities) drop root with setpriv.  When the build
# tree is out of that user's reach, as a clone under /root or in a
# "mktemp -d" directory is, those parts would have to skip, though root
# runs them in CI.  So the test then runs in a scratch directory the user
# can reach, with its own copy of the program; the scratch directory goes
# when the test ends.
#
# Usage: run-reachable.sh TEST   (from the top of the build tree)
# Environment: abs_top_builddir; in merge-mode runs
# AINSTALL_TEST_MERGE_MODE and AINSTALL_TEST_PROGRAM (tests/local.mk).

test=$1
user=${NON_ROOT_USERNAME-nobody}

# can_reach FILE: the user can reach FILE.
can_reach ()
{
  setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups -- \
    test -x "$1" 2>/dev/null
}

reachable ()
{
  test "$(id -u)" != 0 || test -n "$FAKEROOTKEY" \
    || ! command -v setpriv > /dev/null \
    || ! id "$user" > /dev/null 2>&1 \
    || can_reach "$abs_top_builddir/src/ainstall"
}

if reachable; then
  exec "${SHELL-/bin/sh}" "$test"
fi

case $test in
  /*) ;;
  *) test=$PWD/$test ;;
esac
# TMPDIR may be out of the user's reach too (a package manager's own, such
# as Portage's): then /tmp.
scratch=$(mktemp -d "${TMPDIR-/tmp}/ainstall-test.XXXXXX") || exit 99
chmod 755 "$scratch"
if ! can_reach "$scratch"; then
  rmdir "$scratch"
  scratch=$(mktemp -d /tmp/ainstall-test.XXXXXX) || exit 99
fi
trap 'rm -rf "$scratch"' 0
trap 'exit 129' 1; trap 'exit 130' 2; trap 'exit 143' 15
chmod 755 "$scratch" && mkdir "$scratch/src" &&
  cp "$abs_top_builddir/src/ainstall" "$scratch/src/" || exit 99
# In a merge-mode run, src/ainstall is the with-merge-mode wrapper: it
# needs its own reachable copy of the real program.
if test -n "$AINSTALL_TEST_MERGE_MODE"; then
  cp "$AINSTALL_TEST_PROGRAM" "$scratch/real-ainstall" || exit 99
  AINSTALL_TEST_PROGRAM=$scratch/real-ainstall
  export AINSTALL_TEST_PROGRAM
fi
(cd "$scratch" &&
 srcdir=$abs_top_srcdir abs_top_builddir=$scratch \
   PATH=$scratch/src:$PATH "${SHELL-/bin/sh}" "$test")
