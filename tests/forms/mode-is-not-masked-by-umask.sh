#!/bin/sh
# Modes are exactly the default or the -m mode, whatever the umask: with
# umask 077, files get 755 (or -m 644, 777), directories of -d get 755,
# and the leading directories of -d and -D get 755.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo content > content || framework_failure_

umask 077 || framework_failure_
for args in 'src w/f755' '-m 644 src w/f644' '-m 777 src w/f777' \
            '-d w/d/e' '-d -m 1777 w/s' '-D src w/p/q/f' '-D -t w/t/u src'; do
  # A fresh source each time: in link mode a destination shares its
  # source's inode (and so its mode), in rename mode the source is consumed.
  rm -f src && cp content src || framework_failure_
  returns_ 0 ainstall $args > out 2> err || { echo "$args"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
done
umask 022 || framework_failure_

(cd w && find . -mindepth 1 -printf '%P %m\n') | LC_ALL=C sort > modes \
  || fail=1
cat > exp <<'EOF' || framework_failure_
d 755
d/e 755
f644 644
f755 755
f777 777
p 755
p/q 755
p/q/f 755
s 1777
t 755
t/u 755
t/u/src 755
EOF
compare exp modes || fail=1

Exit $fail
