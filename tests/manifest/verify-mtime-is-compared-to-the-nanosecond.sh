#!/bin/sh
# --verify compares time=SECONDS.NANOSECONDS with the entry's own
# modification time (a symbolic link's, not its target's), exactly:
# "PATH: time expected 981173106.123456789, found 981173106.123456790".
# mtree writes nine digits of nanoseconds; a shorter fraction is a
# decimal fraction all the same (".5" is half a second), and none is
# ".000000000".  Both sides are printed with nine digits.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir root && echo a > root/f && echo b > root/whole && ln -s f root/l \
  && ln -s f root/half || framework_failure_
touch -h -d '2001-02-03 04:05:06.123456789 UTC' root/f root/l \
  && touch -h -d '2001-02-03 04:05:06 UTC' root/whole \
  && touch -h -d '2001-02-03 04:05:06.5 UTC' root/half || framework_failure_
cat > M <<'EOT' || framework_failure_
#mtree
./f type=file time=981173106.123456789
./l type=link link=f time=981173106.123456789
./whole type=file time=981173106
./half type=link time=981173106.5
EOT

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

touch -d '2001-02-03 04:05:06.12345679 UTC' root/f \
  && touch -h -d '2001-02-03 04:05:07 UTC' root/l root/whole root/half \
  || framework_failure_
returns_ 1 ainstall --verify=M root > out 2> err || fail=1
cat > exp <<'EOT' || framework_failure_
./f: time expected 981173106.123456789, found 981173106.123456790
./l: time expected 981173106.123456789, found 981173107.000000000
./whole: time expected 981173106.000000000, found 981173107.000000000
./half: time expected 981173106.500000000, found 981173107.000000000
EOT
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
