#!/bin/sh
# An entry of another type than its line's type= is reported by that
# one line, "PATH: type expected file, found dir": its other keywords
# would only repeat it.  Types are mtree's words: file, dir, link, fifo,
# char, block, socket.  A FIFO in a file's place is not opened, so
# --verify does not block on it.  A keyword that says nothing about an
# entry's type (size= of a directory, link= of a file, when type= is
# not given) is not checked.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir -p root/d root/e && mkfifo root/p && echo a > root/f \
  && echo b > root/g || framework_failure_
chmod 755 root/d root/e && chmod 644 root/g || framework_failure_
sum=$(sha256sum < root/f | cut -d' ' -f1) || framework_failure_
cat > M <<EOT || framework_failure_
#mtree
./d type=file mode=0644 size=2 sha256digest=$sum uname=nobody-at-all
./p type=file size=2 sha256digest=$sum
./f type=link link=elsewhere
./e size=99 link=elsewhere sha256digest=$sum mode=0755
./g link=elsewhere mode=0644 device=native,1,3
EOT

returns_ 1 timeout 10 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./d: type expected file, found dir
./p: type expected file, found fifo
./f: type expected link, found file
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
