#!/bin/sh
# --verify reports an entry whose permissions differ from its mode= as
# "PATH: mode expected 0644, found 0600", both in octal with at least
# four digits as mtree writes modes, set-ID and sticky bits included
# ("04755", "01777").  Each difference is one line on standard output,
# in the manifest's order, and the exit status is 1.  A symbolic link's
# own mode means nothing: mode= on a link entry is not checked.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir -p root/d && echo a > root/f && echo b > root/s && ln -s f root/l \
  || framework_failure_
chmod 644 root/f && chmod 4755 root/s && chmod 755 root/d \
  || framework_failure_
cat > M <<'EOT' || framework_failure_
#mtree
./f type=file mode=0644
./s type=file mode=04755
./l type=link mode=0600
./d type=dir mode=755
EOT

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

chmod 600 root/f && chmod 755 root/s && chmod 1777 root/d \
  || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./f: mode expected 0644, found 0600
./s: mode expected 04755, found 0755
./d: mode expected 0755, found 01777
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
