#!/bin/sh
# --sync holds the staged files of a batch open until they are synced;
# a batch never takes more descriptors than there are.  With "ulimit -n
# 256", 5,000 files in one call (the directory form) and an -R merge of
# 5,000 files in 10 directories succeed, every file whole.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir orig dst img || framework_failure_
i=0
while test $i -lt 5000; do
  echo "file $i" > orig/f$i || framework_failure_
  i=$((i + 1))
done
# Copies to install from: rename mode takes them.
cp -a orig src || framework_failure_
(ulimit -n 256 && cd src && ainstall --sync -m 644 f* ../dst) > out 2> err \
  || fail=1
compare /dev/null err || fail=1
test "$(ls dst | wc -l)" = 5000 || fail=1
diff -r orig dst || fail=1

d=0
while test $d -lt 10; do
  mkdir img/d$d orig-img/d$d -p && (cd orig && cp f$d* ../img/d$d/ \
    && cp f$d* ../orig-img/d$d/) || framework_failure_
  d=$((d + 1))
done
(ulimit -n 256 && ainstall --sync -R img root) > out 2> err || fail=1
compare /dev/null err || fail=1
diff -r orig-img root || fail=1

Exit $fail
