#!/bin/sh
# The strip program runs on a hidden temporary file, but what it says
# names the destination, as when GNU install runs it on the destination
# itself: build logs read the same.  A strip program that complains about
# its operand ("strip: d/x: file format not recognized") has the
# temporary's name replaced by the destination's, also for a name in the
# working directory and one that starts with "-" (passed as "./-x").
# With the real strip and a file that is not a program, ainstall's
# messages are GNU install's, byte for byte, where GNU install and strip
# are installed.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

cat > complain <<'EOF2' || framework_failure_
#!/bin/sh
echo "complain: $1: file format not recognized" >&2
echo "complain: done with $1" >&2
exit 1
EOF2
chmod +x complain || framework_failure_
printf 'not a program\n' > a || framework_failure_
mkdir w w/d || framework_failure_
cd w || framework_failure_

for dest in d/x x ./y -z; do
  case $dest in
    -*) shown=./$dest ;;
    *) shown=$dest ;;
  esac
  returns_ 1 ainstall -s --strip-program=../complain -- ../a "./$dest" \
    > ../out 2> ../err || fail=1
  compare /dev/null ../out || fail=1
  printf '%s\n' "complain: ./$dest: file format not recognized" \
    "complain: done with ./$dest" \
    "ainstall: strip process terminated abnormally" > ../exp \
    || framework_failure_
  compare ../exp ../err || fail=1
  returns_ 1 ainstall -s --strip-program=../complain -- ../a "$dest" \
    > ../out 2> ../err || fail=1
  printf '%s\n' "complain: $shown: file format not recognized" \
    "complain: done with $shown" \
    "ainstall: strip process terminated abnormally" > ../exp \
    || framework_failure_
  compare ../exp ../err || fail=1
done
cd .. || framework_failure_
expect_entries_ w d || fail=1
expect_entries_ w/d || fail=1

# The real strip, compared with GNU install.
if command -v strip > /dev/null \
   && gnu=$(command -v install) && "$gnu" --version 2>/dev/null \
       | grep 'GNU coreutils' > /dev/null; then
  mkdir g o || framework_failure_
  ln -s "$gnu" g/install && ln -s "$(command -v ainstall)" o/install \
    || framework_failure_
  (cd g && ./install -s ../a out-x) > /dev/null 2> gnu-err
  (cd o && ./install -s ../a out-x) > /dev/null 2> our-err
  compare gnu-err our-err || fail=1
fi

Exit $fail
