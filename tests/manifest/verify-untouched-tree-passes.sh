#!/bin/sh
# "ainstall --verify=MANIFEST ROOT" checks the tree under ROOT against an
# mtree manifest in the form --manifest writes: when every entry has the
# type, owner, mode, size, time, digest and link target its line says,
# it prints nothing and exits 0.  ROOT defaults to ".".  A path is
# relative to ROOT with or without "./" ("." is ROOT itself); comments,
# blank lines, and keywords that --verify does not check (flags=,
# nlink=, md5digest=) are ignored.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

# line PATH FILE: the manifest line for FILE, as --manifest writes it.
line ()
{
  case $(stat -c %F "$2") in
    'regular file'|'regular empty file')
      printf '%s type=file uname=%s gname=%s mode=%s size=%s time=%s' \
        "$1" $(stat -c '%U %G %#04a %s %.9Y' "$2")
      printf ' sha256digest=%s\n' "$(sha256sum < "$2" | cut -d' ' -f1)" ;;
    directory)
      printf '%s type=dir uname=%s gname=%s mode=%s time=%s\n' \
        "$1" $(stat -c '%U %G %#04a %.9Y' "$2") ;;
    'symbolic link')
      printf '%s type=link uname=%s gname=%s link=%s time=%s\n' \
        "$1" $(stat -c '%U %G' "$2") "$(readlink "$2")" \
        "$(stat -c %.9Y "$2")" ;;
    fifo)
      printf '%s type=fifo uname=%s gname=%s mode=%s time=%s\n' \
        "$1" $(stat -c '%U %G %#04a %.9Y' "$2") ;;
  esac
}

mkdir -p root/usr/bin root/etc || framework_failure_
printf 'tool\n' > root/usr/bin/tool && ln -s tool root/usr/bin/t \
  && mkfifo root/etc/fifo && : > root/etc/empty || framework_failure_
chmod 4755 root/usr/bin/tool && chmod 640 root/etc/fifo || framework_failure_
touch -h -d '2001-02-03 04:05:06.123456789 UTC' root/usr/bin/t \
  root/usr/bin/tool root/etc/fifo || framework_failure_

{
  echo '#mtree'
  echo '# A comment, then a blank line.'
  echo
  line . root
  line ./usr root/usr
  line ./usr/bin root/usr/bin
  line usr/bin/tool root/usr/bin/tool
  line ./usr/bin/t root/usr/bin/t
  line ./etc/fifo root/etc/fifo
  printf './etc/empty type=file flags=none nlink=1 %s %s\n' \
    md5digest=d41d8cd98f00b204e9800998ecf8427e \
    "sha512=$(sha512sum < root/etc/empty | cut -d' ' -f1)"
} > M || framework_failure_

returns_ 0 ainstall --verify=M root > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

# ROOT defaults to the working directory.
(cd root && returns_ 0 ainstall --verify=../M > ../out 2> ../err) || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1

Exit $fail
