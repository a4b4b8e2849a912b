#!/bin/sh
# --help prints, on stdout with nothing on stderr and exit status 0, the
# four usage forms under the program's name, a line for every option GNU
# install has (--backup, -b, -c, -C/--compare, -d/--directory, -D,
# --debug, -g/--group, -m/--mode, -o/--owner, -p/--preserve-timestamps,
# -s/--strip, --strip-program, -S/--suffix, -t/--target-directory,
# -T/--no-target-directory, -v/--verbose, --preserve-context, -Z,
# --context, --help, --version), and the note on backup suffixes and
# version control methods.  --help wins over any other argument.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

returns_ 0 ainstall --help > out 2> err || fail=1
compare /dev/null err || fail=1

cat > exp-usage <<'EOF' || framework_failure_
Usage: ainstall [OPTION]... [-T] SOURCE DEST
  or:  ainstall [OPTION]... SOURCE... DIRECTORY
  or:  ainstall [OPTION]... -t DIRECTORY SOURCE...
  or:  ainstall [OPTION]... -d DIRECTORY...
EOF
sed -n 1,4p out > out-usage || framework_failure_
compare exp-usage out-usage || fail=1

# Each option, at the start of its line as the help lays them out.
while IFS= read -r re; do
  grep -E "^$re" out > /dev/null || { echo "missing in --help: $re"; fail=1; }
done <<'EOF'
      --backup\[=CONTROL\] +[a-z]
  -b +[a-z]
  -c +\(ignored\)$
  -C, --compare +[a-z]
  -d, --directory +[a-z]
  -D +[a-z]
      --debug +[a-z]
  -g, --group=GROUP +[a-z]
  -m, --mode=MODE +[a-z]
  -o, --owner=OWNER +[a-z]
  -p, --preserve-timestamps +[a-z]
  -s, --strip +[a-z]
      --strip-program=PROGRAM +[a-z]
  -S, --suffix=SUFFIX +[a-z]
  -t, --target-directory=DIRECTORY +[a-z]
  -T, --no-target-directory +[a-z]
  -v, --verbose +[a-z]
      --preserve-context +[a-z]
  -Z +[a-z]
      --context\[=CTX\] +[a-z]
      --help +display this help and exit$
      --version +output version information and exit$
EOF

# The backup-suffix note, whole.
cat > exp-note <<'EOF' || framework_failure_
The backup suffix is '~', unless set with --suffix or SIMPLE_BACKUP_SUFFIX.
The version control method may be selected via the --backup option or through
the VERSION_CONTROL environment variable.  Here are the values:

  none, off       never make backups (even if --backup is given)
  numbered, t     make numbered backups
  existing, nil   numbered if numbered backups exist, simple otherwise
  simple, never   always make simple backups
EOF
sed -n '/^The backup suffix is/,/^  simple, never/p' out > out-note \
  || framework_failure_
compare exp-note out-note || fail=1

# --help with other options and operands still just prints the help.
returns_ 0 ainstall -v --help -s nonexistent > out2 2> err || fail=1
compare out out2 || fail=1
compare /dev/null err || fail=1

Exit $fail
