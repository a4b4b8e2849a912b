#!/bin/sh
# A symbolic -m mode is applied to a file mode with no permission bits,
# not to the source's mode nor to 755: u=rw,go=r gives 644, +x gives
# 111, a=rwx,o-w gives 775, u+s,g+s gives 6000.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir w || framework_failure_
echo content > content || framework_failure_

for m in u=rw,go=r +x a=rwx,o-w u+s,g+s g+w; do
  # A fresh source of mode 640 each time: in link mode a destination shares
  # its source's inode (and so its mode), in rename mode the source is
  # consumed.
  rm -f src && cp content src && chmod 640 src || framework_failure_
  returns_ 0 ainstall -m "$m" src "w/$m" > out 2> err || { echo "$m"; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  # Some of these modes make the file unreadable: compare sizes only.
  test "$(stat -c %s "w/$m")" = "$(stat -c %s content)" || fail=1
done

(cd w && stat -c '%n %a' u=rw,go=r +x a=rwx,o-w u+s,g+s g+w) > modes || fail=1
cat > exp <<'EOF' || framework_failure_
u=rw,go=r 644
+x 111
a=rwx,o-w 775
u+s,g+s 6000
g+w 20
EOF
compare exp modes || fail=1

Exit $fail
