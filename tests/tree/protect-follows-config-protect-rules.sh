#!/bin/sh
# --protect and --protect-mask mean what Portage's CONFIG_PROTECT and
# CONFIG_PROTECT_MASK mean, with names seen from ROOT: an entry covers a
# directory and everything below it, or one file; the longest entry that
# covers a file decides, a mask entry of the same length winning.  A
# protected file that exists in ROOT with other content is kept, and the
# new version written as ._cfgNNNN_NAME with the first free NNNN from
# 0000 (a pending update with the same content is reused: nothing new);
# an identical one, or one missing from ROOT, is installed as usual.
# Empty files named .keep* are never protected; symbolic links are.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir -p root/etc/env.d root/etc/foo/bar root/usr/share img/etc/env.d \
  img/etc/foo/bar img/usr/share || framework_failure_
for f in etc/a etc/env.d/e etc/foo/y etc/foo/bar/x usr/share/x.conf \
         usr/share/other etc/.keep_d; do
  echo "admin $f" > root/$f || framework_failure_
  echo "package $f" > img/$f || framework_failure_
done
: > img/etc/.keep_d || framework_failure_
echo 'package etc/new' > img/etc/new || framework_failure_
ln -s a root/etc/link && ln -s b img/etc/link || framework_failure_
# Pending updates of etc/a: 0000 and 0002 taken, with other content.
echo older > root/etc/._cfg0000_a && echo old > root/etc/._cfg0002_a \
  || framework_failure_

returns_ 0 ainstall -R --protect=/etc// --protect-mask=/etc/env.d \
  --protect-mask=/etc/foo --protect=/etc/foo/bar \
  --protect=usr/share/x.conf img root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

# Kept, the new version aside.
for f in etc/a etc/foo/bar/x usr/share/x.conf; do
  echo "admin $f" > exp && compare exp root/$f || fail=1
done
echo 'package etc/a' > exp && compare exp root/etc/._cfg0001_a || fail=1
echo 'package etc/foo/bar/x' > exp \
  && compare exp root/etc/foo/bar/._cfg0000_x || fail=1
echo 'package usr/share/x.conf' > exp \
  && compare exp root/usr/share/._cfg0000_x.conf || fail=1
test "$(readlink root/etc/link)" = a || fail=1
test "$(readlink root/etc/._cfg0000_link)" = b || fail=1

# Replaced: masked, not covered, exempt, or new.
for f in etc/env.d/e etc/foo/y usr/share/other etc/new; do
  echo "package $f" > exp && compare exp root/$f || fail=1
done
compare /dev/null root/etc/.keep_d || fail=1

expect_entries_ root/etc ._cfg0000_a ._cfg0001_a ._cfg0002_a ._cfg0000_link \
  .keep_d a env.d foo link new || fail=1

# Again: the pending updates already hold the new versions.
returns_ 0 ainstall -R --protect=/etc --protect=/usr/share/x.conf \
  --protect-mask=/etc/foo --protect=/etc/foo/bar img root > out 2> err \
  || fail=1
compare /dev/null err || fail=1
expect_entries_ root/etc ._cfg0000_a ._cfg0001_a ._cfg0002_a ._cfg0000_link \
  .keep_d a env.d foo link new || fail=1
expect_entries_ root/etc/foo/bar ._cfg0000_x x || fail=1

# A changed package version goes to the next free number.  (A new file:
# in link mode the old one is the pending update itself.)
rm -f img/etc/a && echo 'package etc/a, v3' > img/etc/a || framework_failure_
returns_ 0 ainstall -R --protect=/etc img root > out 2> err || fail=1
echo 'package etc/a, v3' > exp && compare exp root/etc/._cfg0003_a || fail=1

# Protection needs -R: without it the options are ignored, with a warning.
echo x > f || framework_failure_
returns_ 0 ainstall --protect=/etc f g > out 2> err || fail=1
echo "ainstall: WARNING: ignoring --protect and --protect-mask options as -R option was not specified" > exp || framework_failure_
compare exp err || fail=1

Exit $fail
