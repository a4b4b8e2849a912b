#!/bin/sh
# With -R, -o and -g give every merged entry (files, symbolic links,
# FIFOs, directories made) that owner and group instead of the image's;
# the modes and timestamps stay the image's (set-user-ID bits too, set
# again after the change of owner).  Directories that exist keep their
# own.  Needs root.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_

mkdir -p img/d root/old || framework_failure_
echo a > img/d/f && ln -s f img/d/l && mkfifo img/d/p && mkdir img/old \
  || framework_failure_
chown -R "$NON_ROOT_USERNAME" img || framework_failure_
chown -h "$NON_ROOT_USERNAME" img/d/l || framework_failure_
# After the chown, which clears it.
chmod 4755 img/d/f || framework_failure_
touch -h -d '2001-02-03 04:05:06.123456789' img/d/l img/d/f \
  || framework_failure_

f_time=$(stat -c %y img/d/f) && l_time=$(stat -c %y img/d/l) \
  || framework_failure_
returns_ 0 ainstall -R -o root -g adm img root > out 2> err || fail=1
compare /dev/null err || fail=1
for f in d d/f d/l d/p; do
  test "$(stat -c %U:%G root/$f)" = root:adm \
    || { echo "root/$f: $(stat -c %U:%G root/$f)"; fail=1; }
done
test "$(stat -c %a root/d/f)" = 4755 || fail=1
test "$(stat -c %y root/d/f)" = "$f_time" || fail=1
test "$(stat -c %y root/d/l)" = "$l_time" || fail=1
test "$(stat -c %U:%G root/old)" = root:root || fail=1

Exit $fail
