#!/bin/sh
# ainstall behaves as the system's GNU install: for each case below, both
# programs run the same command in identical fresh trees, and their
# standard output, standard error, exit status and resulting trees
# (names, types, modes, owners, sizes, contents, link targets) must be
# identical.  Both run under the name "install", so even the program
# name in messages must agree.
#
# The cases are those on which GNU install 9.1 (Debian 12) and current
# GNU install (9.11 and later) agree; where they differ, ainstall follows
# the current release and other tests check that behaviour exactly.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
# Compares with GNU install, whose semantics are copy mode's.
require_copy_mode_
require_gnu_install_

mkdir gnu-bin our-bin || framework_failure_
ln -s "$gnu_install" gnu-bin/install || framework_failure_
ln -s "$abs_top_builddir/src/ainstall" our-bin/install || framework_failure_

# A strip program that marks the file it was given, for -s cases.
cat > fake-strip <<'EOF' || framework_failure_
#!/bin/sh
echo stripped >> "$1"
EOF
chmod +x fake-strip || framework_failure_
fake_strip=$PWD/fake-strip

# Print a description of the tree under the current directory.
snapshot ()
{
  find . -mindepth 1 -printf '%P|%y|%m|%u:%g|%s|%l|' -exec sh -c '
    if test -f "$1" && test ! -L "$1"; then
      { cksum < "$1"; } 2>/dev/null || echo unreadable
    else
      echo
    fi
  ' sh {} \; | LC_ALL=C sort
}

# Run the shell command $3 in a tree made by the shell commands $2, with
# the implementation whose "install" is in directory $4; leave the
# results in directory $5.
run_impl ()
{
  setup=$2 command=$3 bin=$4 out=$5
  mkdir "$out" "$out/tree" || framework_failure_
  (cd "$out/tree" && eval "$setup") || framework_failure_
  (cd "$out/tree" && PATH="$bin:$PATH" && eval "$command") \
    > "$out/stdout" 2> "$out/stderr"
  echo $? > "$out/status"
  (cd "$out/tree" && snapshot) > "$out/snapshot"
}

n_cases=0
# dcase NAME SETUP COMMAND: one differential case.
dcase ()
{
  n_cases=$(expr $n_cases + 1)
  run_impl "$@" "$PWD/gnu-bin" "gnu-$1"
  run_impl "$@" "$PWD/our-bin" "our-$1"
  for f in stdout stderr status snapshot; do
    compare "gnu-$1/$f" "our-$1/$f" || { echo "case $1: $f differs"; fail=1; }
  done
}

basic='echo content > a && echo other > b0 && mkdir dir && touch -d 2001-02-03 a'

# Forms and verbose output.
dcase new-file "$basic" 'install a b'
dcase new-file-v "$basic" 'install -v a b'
dcase replace-v "$basic; cp b0 b" 'install -v a b'
dcase c-ignored "$basic" 'install -c a b'
dcase into-dir "$basic" 'install -v a b0 dir'
dcase into-dir-t "$basic" 'install -v -t dir a b0'
dcase into-dot "$basic" 'cd dir && install -v ../a .'
dcase no-target "$basic; mkdir d2" 'install -T a b'
dcase same-name-twice "$basic; mkdir d1 d2; echo 1 > d1/f; echo 2 > d2/f" \
  'install -v d1/f d2/f dir'
dcase some-missing "$basic" 'install a missing b0 dir'

# Modes.
dcase mode-644 "$basic" 'install -m 644 a b'
dcase mode-symbolic "$basic" 'install -m u=rw,go=r a b'
dcase mode-plus-x "$basic" 'install -m +x a b'
dcase mode-setuid "$basic" 'install -m 4755 a b'
dcase mode-sticky-dir "$basic" 'install -d -m 1777 t'
dcase mode-invalid "$basic" 'install -m 9999 a b'
dcase mode-invalid-word "$basic" 'install -m rwx a b'

# Directories.
dcase dir-d "$basic" 'install -d x/y/z'
dcase dir-d-v "$basic" 'install -v -d x//y/ z'
dcase dir-existing-mode "$basic; mkdir e" 'install -d -m 700 e'
dcase dir-setgid-parent "$basic; mkdir -m 2755 sg" \
  'install -d sg/a sg/b/c && install -d -m 755 sg/d'
dcase dir-file-exists "$basic" 'install -d a'
dcase dir-ancestor-file "$basic" 'install -d a/x/y'
dcase dir-many "$basic" 'install -v -d p q/r a s'
dcase leading-D "$basic" 'install -v -D a x//y/z'
dcase leading-D-t "$basic" 'install -v -D -t new/sub a b0'
dcase leading-D-t-existing "$basic" 'install -v -D -t dir a b0'
dcase leading-D-file "$basic" 'install -D a a/y/z'

# Destinations of every kind.
dcase dest-symlink "$basic; ln -s b0 l" 'install a l'
dcase dest-dangling "$basic; ln -s nowhere l" 'install -v a l'
dcase dest-symlink-to-dir "$basic; ln -s dir l" 'install a l'
dcase dest-dir-slash "$basic" 'install a nodir/'
dcase dest-file-slash "$basic" 'install a b0/'
dcase dest-in-file "$basic" 'install a b0/x'
dcase dest-no-dir "$basic" 'install a nodir/x'

# Sources of every kind.
dcase src-missing "$basic" 'install missing b'
dcase src-dir "$basic" 'install dir b'
dcase src-dot "$basic" 'install . dir'
dcase src-symlink "$basic; ln -s a la" 'install la b'
dcase src-dev-null "$basic" 'install /dev/null empty'
dcase src-empty "$basic; : > e" 'install e f'

# The same file.
dcase same-file "$basic" 'install a a'
dcase same-file-dot "$basic" 'install ./a a'
dcase same-hard-link "$basic; ln a h" 'install a h'
dcase same-symlink "$basic; ln -s a la" 'install la a'
dcase same-backup "$basic" 'install -b a a'
dcase same-hard-link-b "$basic; ln a h" 'install -b a h'

# Backups.
dcase backup-simple "$basic; cp b0 b" 'install -v -b a b && install -v -b b0 b'
dcase backup-suffix "$basic; cp b0 b" 'install -v -S .bak a b'
dcase backup-numbered "$basic; cp b0 b" \
  'install -v --backup=numbered a b && install -v --backup=t b0 b'
dcase backup-existing "$basic; cp b0 b; cp b0 b.~3~" \
  'install -v --backup=existing a b'
dcase backup-none "$basic; cp b0 b" 'install -v --backup=none a b'
dcase backup-env "$basic; cp b0 b" \
  'VERSION_CONTROL=numbered SIMPLE_BACKUP_SUFFIX=.old install -v -b a b &&
   VERSION_CONTROL=simple SIMPLE_BACKUP_SUFFIX=.old install -v -b b0 b'
dcase backup-invalid "$basic; cp b0 b" 'install --backup=foo a b'
dcase backup-env-invalid "$basic; cp b0 b" 'VERSION_CONTROL=foo install -b a b'
dcase backup-no-dest "$basic" 'install -v -b a b'
dcase backup-symlink "$basic; ln -s b0 b" 'install -b a b'
dcase backup-onto-dir "$basic; cp b0 b; mkdir b~" 'install -b a b'
dcase backup-destroys-source "$basic; cp b0 b; cp a b~" 'install -b b~ b'

# -C
dcase compare-new "$basic" 'install -C -v a b'
dcase compare-same "$basic; install -m 755 a b" 'install -C -v a b'
dcase compare-differs "$basic; echo x > b" 'install -C -v a b'
dcase compare-mode "$basic; install -m 644 a b" 'install -C -v a b'
dcase compare-strip "$basic" 'install -C -s a b'
dcase compare-special "$basic" 'install -C -m 4755 a b'

# -p
dcase preserve-times "$basic" 'install -p a b && install -p a dir'

# -s
dcase strip "$basic" "install -s --strip-program=$fake_strip a b"
dcase strip-program-unused "$basic" "install --strip-program=$fake_strip a b"
dcase strip-d "$basic" 'install -d -s x'

# Usage errors.
dcase no-operand "$basic" 'install'
dcase one-operand "$basic" 'install a'
dcase extra-operand "$basic" 'install -T a b c'
dcase t-and-T "$basic" 'install -t dir -T a'
dcase d-and-t "$basic" 'install -d -t dir x'
dcase two-t "$basic" 'install -t dir -t dir a'
dcase target-missing "$basic" 'install a b0 nodir'
dcase target-file "$basic" 'install a b0 b0'
dcase t-missing "$basic" 'install -t nodir a'
dcase t-file "$basic" 'install -t a b0'
dcase bad-option "$basic" 'install -q a b'
dcase bad-long-option "$basic" 'install --foo a b'
dcase bad-user "$basic" 'install -o no-such-user a b'
dcase bad-group "$basic" 'install -g no-such-group a b'
dcase bad-numeric-user "$basic" 'install -o 4294967296 a b'

# SELinux options on a system without SELinux.
if ! selinuxenabled 2>/dev/null; then
  dcase context-Z "$basic" 'install -Z a b'
  dcase context-value "$basic" 'install --context=system_u:object_r:bin_t:s0 a b'
  dcase preserve-context "$basic" 'install --preserve-context a b'
fi

# Owners (root only: others cannot give files away).
if uid_is_privileged_; then
  dcase owner-numeric "$basic" 'install -o 1 -g 2 a b'
  dcase owner-name "$basic" 'install -o nobody -g nogroup a b'
  dcase owner-dir "$basic" 'install -d -o 1 -g 2 -m 2750 x/y'
fi

# Permission failures, as an unprivileged user.
require_unprivileged_run_
if uid_is_privileged_; then
  nr=$NON_ROOT_USERNAME
  ro="$basic; mkdir ro; echo old > ro/f; chmod 555 ro; chmod a+rwx ."
  ro="$ro; chown -R $nr . 2>/dev/null || true"
  setpriv_="setpriv --reuid=$nr --regid=$(non_root_gid_) --clear-groups --"
  dcase ro-dir "$ro" "$setpriv_ install a ro/f; $setpriv_ install a ro/g"
  dcase unreadable "$ro; chmod 0 a" "$setpriv_ install a c"
else
  ro="$basic; mkdir ro; echo old > ro/f; chmod 555 ro"
  dcase ro-dir "$ro" 'install a ro/f; install a ro/g'
  dcase unreadable "$ro; chmod 0 a" 'install a c'
fi

echo "$n_cases cases compared with $gnu_install ($gnu_install_version)"
Exit $fail
