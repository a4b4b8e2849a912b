#!/bin/sh
# ainstall names itself in messages, -v lines and --help exactly as it
# was invoked, as GNU install does (argv[0], directory included): a
# symlink "install" to it run as ./bin/install says "./bin/install:
# missing file operand" and "Try './bin/install --help' for more
# information." (exit status 1); run by an absolute name, messages carry
# that name; found through PATH, the bare name.  Build logs of "make
# install" with /usr/bin/install therefore stay byte for byte the same.
# Where GNU install is available, its output is compared too.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir bin || framework_failure_
ln -s "$abs_top_builddir/src/ainstall" bin/ginstall || framework_failure_
ln -s "$abs_top_builddir/src/ainstall" bin/install || framework_failure_

for name in ./bin/ginstall ./bin/install "$PWD/bin/install"; do
  # A fresh source a each time: in link mode a destination is its source's
  # inode, in rename mode the source is consumed.
  rm -rf a x && printf 'content\n' > a || framework_failure_
  returns_ 1 $name > out 2> err || fail=1
  compare /dev/null out || fail=1
  printf '%s\n' "$name: missing file operand" \
    "Try '$name --help' for more information." > exp || framework_failure_
  compare exp err || fail=1

  # Other diagnostics and -v lines too.
  returns_ 1 $name -v -d a > out 2> err || fail=1
  compare /dev/null out || fail=1
  echo "$name: cannot create directory 'a': File exists" > exp \
    || framework_failure_
  compare exp err || fail=1
  returns_ 0 $name -v -D a x/f > out 2> err || fail=1
  printf '%s\n' "$name: creating directory 'x'" "'a' -> 'x/f'" > exp \
    || framework_failure_
  compare exp out || fail=1
  compare /dev/null err || fail=1

  returns_ 0 $name --help > out 2> err || fail=1
  compare /dev/null err || fail=1
  cat > exp <<EOF2 || framework_failure_
Usage: $name [OPTION]... [-T] SOURCE DEST
  or:  $name [OPTION]... SOURCE... DIRECTORY
  or:  $name [OPTION]... -t DIRECTORY SOURCE...
  or:  $name [OPTION]... -d DIRECTORY...
EOF2
  sed -n 1,4p out > out-usage || framework_failure_
  compare exp out-usage || fail=1
done

# Found through PATH, the name is the bare name.
returns_ 1 env PATH="$PWD/bin:$PATH" ginstall > out 2> err || fail=1
compare /dev/null out || fail=1
printf '%s\n' "ginstall: missing file operand" \
  "Try 'ginstall --help' for more information." > exp || framework_failure_
compare exp err || fail=1

# The same bytes as GNU install run by the same absolute name.
if gnu=$(command -v install) && "$gnu" --version 2>/dev/null \
     | grep 'GNU coreutils' > /dev/null; then
  mkdir gnu || framework_failure_
  ln -s "$gnu" gnu/install || framework_failure_
  for prog in "$PWD/gnu/install" "$PWD/bin/install"; do
    rm -rf a x && printf 'content\n' > a || framework_failure_
    $prog -v -D a x/f > out-v 2>&1
    $prog > out-usage 2>&1
    sed "s|$prog|PROG|g" out-v out-usage > "result-$(basename "$(dirname "$prog")")"
  done
  compare result-gnu result-bin || fail=1
fi

Exit $fail
