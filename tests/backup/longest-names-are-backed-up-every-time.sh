#!/bin/sh
# A destination whose name is 254 or 255 bytes long has no room for the
# backup suffix: gnulib's backupfile then cuts the backup's name short
# (the last byte becomes "~").  That shortened simple backup is replaced
# at each install, as GNU install replaces it: with -b, every install
# succeeds, and the backup holds the previous version.  (ainstall used to
# take the shortened name for a numbered backup and fail from the third
# install on with "cannot backup ...: File exists".)

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

for len in 254 255; do
  name=$(printf "%${len}s" | tr ' ' n)
  test ${#name} = $len || framework_failure_
  mkdir d$len || framework_failure_
  for i in 1 2 3 4; do
    # A new source each time: in link mode the last one is the
    # destination's file.
    rm -f src && echo "version $i" > src || framework_failure_
    returns_ 0 ainstall -b src "d$len/$name" > out 2> err || fail=1
    compare /dev/null out || fail=1
    compare /dev/null err || fail=1
    echo "version $i" > exp || framework_failure_
    compare exp "d$len/$name" || fail=1
    if test $i -gt 1; then
      echo "version $((i - 1))" > exp || framework_failure_
      backup=$(ls d$len | grep -v "^$name\$")
      test "$(echo "$backup" | wc -l)" = 1 \
        || { echo "$len: not one backup: $backup"; fail=1; }
      compare exp "d$len/$backup" || fail=1
    fi
  done
done

# GNU install leaves the same names, where it is there to ask.
if gnu=$(command -v install) && "$gnu" --version 2>/dev/null \
     | grep 'GNU coreutils' > /dev/null; then
  for len in 254 255; do
    name=$(printf "%${len}s" | tr ' ' n)
    mkdir g$len || framework_failure_
    for i in 1 2 3 4; do
      echo "version $i" > src && "$gnu" -b src "g$len/$name" || fail=1
    done
    ls g$len > exp-names && ls d$len > got-names || framework_failure_
    compare exp-names got-names || fail=1
  done
fi

Exit $fail
