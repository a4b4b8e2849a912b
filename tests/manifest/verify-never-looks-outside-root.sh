#!/bin/sh
# A manifest cannot make --verify look outside ROOT.  A path with a ".."
# component is refused: "ainstall:M:2: invalid path './../outside/f':
# '..' is not allowed", exit status 1, the other lines still checked.
# Symbolic links in the tree are followed as if ROOT were "/": an
# absolute link, or a relative one that climbs past ROOT, leads into
# ROOT, never to the host's files (as in a staged root, where
# "lib -> /usr/lib" means ROOT/usr/lib).  A link within ROOT is followed
# as usual.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir -p root/sub root/usr/lib outside || framework_failure_
echo secret > outside/f && echo g > root/sub/g && echo l > root/usr/lib/l \
  || framework_failure_
ln -s "$PWD/outside" root/abs && ln -s ../../outside root/up \
  && ln -s sub root/in && ln -s /usr/lib root/lib || framework_failure_
cat > M <<'EOT' || framework_failure_
#mtree
./../outside/f type=file
./sub/../../outside/f type=file
./abs/f type=file
./up/f type=file
./in/g type=file size=2
./lib/l type=file size=2
./sub/g type=file size=3
EOT

returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./abs/f: missing
./up/f: missing
./sub/g: size expected 3, found 2
EOT
compare exp out || fail=1
cat > exp <<'EOT' || framework_failure_
ainstall:M:2: invalid path './../outside/f': '..' is not allowed
ainstall:M:3: invalid path './sub/../../outside/f': '..' is not allowed
EOT
compare exp err || fail=1

Exit $fail
