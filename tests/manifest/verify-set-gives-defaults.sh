#!/bin/sh
# "/set KEYWORD=VALUE..." gives the lines after it those keywords unless
# they have their own; "/unset KEYWORD..." takes them back, "/unset all"
# every one (FreeBSD's mtree form).  --verify checks an entry against
# its line over those defaults.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir -p root/e && for f in a b c d; do echo 1 > root/$f || framework_failure_
done
chmod 644 root/a && chmod 600 root/b && chmod 700 root/c \
  && chmod 755 root/d || framework_failure_
cat > M <<'EOT' || framework_failure_
#mtree
/set type=file mode=0644 size=2 nlink=1
./a
./b mode=0600
/unset mode nlink
./c
/set mode=0755
./d
/unset all
./e
EOT

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

chmod 600 root/a && chmod 711 root/c && chmod 700 root/d && rm root/b \
  && mkdir root/b && echo 10 > root/c || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./a: mode expected 0644, found 0600
./b: type expected file, found dir
./c: size expected 2, found 3
./d: mode expected 0755, found 0700
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
