#!/bin/sh
# A second merge of a changed image over the first, as a package update
# does: changed files are replaced and new ones added; files the new
# image no longer has stay in ROOT; a file under --protect that the
# administrator edited is kept and the new version written beside it as
# ._cfg0000_NAME (-v says "protected: 'ROOT/NAME'" before the usual
# line), while an unedited protected file (identical to the new one) is
# left alone; a file where ROOT now has a directory, and a directory
# where ROOT has a file, are conflicts: "cannot overwrite directory
# 'ROOT/X' with non-directory 'IMAGE/X'" and "cannot overwrite
# non-directory 'ROOT/Y' with directory 'IMAGE/Y'"; those entries (and
# what is under the directory) are not merged, everything else is, the
# exit status is 1 and nothing in ROOT is lost.  In every merge mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

for mode in copy link rename; do
  rm -rf img root && mkdir -p img/etc img/usr/bin img/usr/share/doc \
    || framework_failure_
  echo 'v1' > img/usr/bin/prog || framework_failure_
  echo 'old only' > img/usr/bin/removed-later || framework_failure_
  echo 'edited later' > img/etc/edited.conf || framework_failure_
  echo 'same' > img/etc/same.conf || framework_failure_
  echo 'readme' > img/usr/share/doc/README || framework_failure_
  returns_ 0 ainstall -R --merge-mode=$mode --protect=/etc img root \
    > out 2> err || fail=1
  compare /dev/null err || fail=1

  # The administrator edits a file, makes a directory where the package
  # has a file, and a file where it has a directory.
  echo 'admin' > root/etc/edited.conf || framework_failure_
  mkdir root/usr/bin/becomes-dir && echo mine > root/usr/bin/becomes-dir/f \
    || framework_failure_
  echo 'a file' > root/usr/share/data || framework_failure_

  # The update.
  rm -rf img && mkdir -p img/etc img/usr/bin img/usr/share/doc \
    img/usr/share/data || framework_failure_
  echo 'v2' > img/usr/bin/prog || framework_failure_
  echo 'new' > img/usr/bin/added || framework_failure_
  echo 'edited later, v2' > img/etc/edited.conf || framework_failure_
  echo 'same' > img/etc/same.conf || framework_failure_
  echo 'readme' > img/usr/share/doc/README || framework_failure_
  echo 'pkg' > img/usr/bin/becomes-dir || framework_failure_
  echo 'under the conflict' > img/usr/share/data/g || framework_failure_

  returns_ 1 ainstall -v -R --merge-mode=$mode --protect=/etc img root \
    > out 2> err || fail=1
  LC_ALL=C sort err > got-err || framework_failure_
  printf '%s\n' \
    "ainstall: cannot overwrite directory 'root/usr/bin/becomes-dir' with non-directory 'img/usr/bin/becomes-dir'" \
    "ainstall: cannot overwrite non-directory 'root/usr/share/data' with directory 'img/usr/share/data'" \
    > exp-err || framework_failure_
  compare exp-err got-err || fail=1
  grep -Fx "protected: 'root/etc/edited.conf'" out > /dev/null \
    || { cat out; fail=1; }
  grep -Fx "'img/etc/edited.conf' -> 'root/etc/._cfg0000_edited.conf'" out \
    > /dev/null || { cat out; fail=1; }
  returns_ 1 grep -F same.conf out || fail=1

  echo v2 > exp && compare exp root/usr/bin/prog || fail=1
  echo new > exp && compare exp root/usr/bin/added || fail=1
  echo 'old only' > exp && compare exp root/usr/bin/removed-later || fail=1
  echo admin > exp && compare exp root/etc/edited.conf || fail=1
  echo 'edited later, v2' > exp \
    && compare exp root/etc/._cfg0000_edited.conf || fail=1
  echo same > exp && compare exp root/etc/same.conf || fail=1
  echo mine > exp && compare exp root/usr/bin/becomes-dir/f || fail=1
  echo 'a file' > exp && compare exp root/usr/share/data || fail=1
  expect_entries_ root/etc ._cfg0000_edited.conf edited.conf same.conf \
    || fail=1
  expect_entries_ root/usr/bin added becomes-dir prog removed-later || fail=1
  expect_entries_ root/usr/share data doc || fail=1
  # What could not be merged is still in the image.
  test -f img/usr/bin/becomes-dir && test -f img/usr/share/data/g || fail=1
done

Exit $fail
