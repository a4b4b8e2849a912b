#!/bin/sh
# ainstall names itself in messages and in --help by the last component
# of the name it was invoked by: a symlink "ginstall" or "install" to it,
# run by a path such as ./bin/ginstall, says "ginstall: missing file
# operand" and "Try 'ginstall --help' for more information." (exit
# status 1), and its --help usage lines read "Usage: ginstall ...".

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir bin || framework_failure_
ln -s "$abs_top_builddir/src/ainstall" bin/ginstall || framework_failure_
ln -s "$abs_top_builddir/src/ainstall" bin/install || framework_failure_

for name in ginstall install; do
  # A fresh source a each time: in link mode a destination is its source's
  # inode, in rename mode the source is consumed.
  rm -f a && printf 'content\n' > a || framework_failure_
  returns_ 1 ./bin/$name > out 2> err || fail=1
  compare /dev/null out || fail=1
  printf '%s\n' "$name: missing file operand" \
    "Try '$name --help' for more information." > exp || framework_failure_
  compare exp err || fail=1

  # Other diagnostics and -v lines too.
  returns_ 1 "$PWD/bin/$name" -v -d a > out 2> err || fail=1
  compare /dev/null out || fail=1
  echo "$name: cannot create directory 'a': File exists" > exp \
    || framework_failure_
  compare exp err || fail=1
  returns_ 0 ./bin/$name -v -D a x-$name/f > out 2> err || fail=1
  printf '%s\n' "$name: creating directory 'x-$name'" "'a' -> 'x-$name/f'" \
    > exp \
    || framework_failure_
  compare exp out || fail=1
  compare /dev/null err || fail=1

  returns_ 0 ./bin/$name --help > out 2> err || fail=1
  compare /dev/null err || fail=1
  cat > exp <<EOF || framework_failure_
Usage: $name [OPTION]... [-T] SOURCE DEST
  or:  $name [OPTION]... SOURCE... DIRECTORY
  or:  $name [OPTION]... -t DIRECTORY SOURCE...
  or:  $name [OPTION]... -d DIRECTORY...
EOF
  sed -n 1,4p out > out-usage || framework_failure_
  compare exp out-usage || fail=1
done

# Found through PATH, the name is the same.
returns_ 1 env PATH="$PWD/bin:$PATH" ginstall > out 2> err || fail=1
compare /dev/null out || fail=1
printf '%s\n' "ginstall: missing file operand" \
  "Try 'ginstall --help' for more information." > exp || framework_failure_
compare exp err || fail=1

Exit $fail
