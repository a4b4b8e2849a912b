#!/bin/sh
# Run the test suite again as an unprivileged user ("make check-unprivileged").
#
# CI runs the tests as root, where the root-only tests run.  This run
# proves the other half: as an ordinary user every test passes or skips
# with a reason, and no test depends on being root without saying so.
#
# Usage: run-unprivileged.sh TEST...   (from the top of the build tree)
# Environment: abs_top_builddir, abs_top_srcdir; NON_ROOT_USERNAME
# (default nobody).

user=${NON_ROOT_USERNAME-nobody}

if test "$(id -u)" != 0; then
  echo "run-unprivileged: already unprivileged; 'make check' was that run"
  exit 0
fi
if ! id "$user" >/dev/null 2>&1 || ! command -v setpriv >/dev/null; then
  echo "run-unprivileged: no user '$user' or no setpriv; nothing to do"
  exit 0
fi
group=$(id -g "$user")

# The tests make their scratch directories in the working directory, and
# the build tree may be out of the user's reach (under /root, say): give
# them a copy of the tests and the program in a directory they may write.
scratch=$(mktemp -d "${TMPDIR-/tmp}/ainstall-unpriv.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' 0
mkdir "$scratch/src" &&
cp "$abs_top_builddir/src/ainstall" "$scratch/src/" &&
cp -R "$abs_top_srcdir/tests" "$abs_top_srcdir/init.cfg" "$scratch/" &&
chmod -R a+rX "$scratch" && chown "$user" "$scratch" || exit 1

pass=0 skip=0 failed=
for t
do
  case $t in *.sh) ;; *) continue ;; esac
  log=$scratch/$(echo "$t" | tr / _).log
  t=${t#"$abs_top_srcdir/"}
  (cd "$scratch" &&
   setpriv --reuid="$user" --regid="$group" --clear-groups -- \
     env -u VERSION_CONTROL -u SIMPLE_BACKUP_SUFFIX LC_ALL=C TERM=dumb \
       srcdir="$scratch" abs_top_builddir="$scratch" \
       abs_top_srcdir="$scratch" PATH="$scratch/src:$PATH" \
       sh "$scratch/$t") > "$log" 2>&1
  case $? in
    0) pass=$((pass + 1)); echo "PASS: $t" ;;
    77) skip=$((skip + 1))
        echo "SKIP: $t ($(sed -n 's/.*skipped test: //p' "$log" | head -n 1))" ;;
    *) failed="$failed $t"; echo "FAIL: $t"; sed 's/^/  | /' "$log" ;;
  esac
done

n_failed=$(echo $failed | wc -w)
echo "unprivileged run as $user: $pass passed, $n_failed failed, $skip skipped"
test -z "$failed"
