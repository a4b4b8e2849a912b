#!/bin/sh
# --digest=sha256 and --digest=sha512 add "sha256digest=" or
# "sha512digest=" with what sha256sum and sha512sum say of the installed
# content, in every merge mode; after -s, of the stripped content.  In
# copy mode the source is read once, by the copy (strace: no second
# read of it).  --digest=none adds nothing; a bad value is GNU's argmatch
# error; --digest without --manifest is a usage error.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

head -c 300000 /dev/urandom > big || framework_failure_
printf '' > empty || framework_failure_

for mode in copy link rename; do
  for kind in sha256 sha512; do
    rm -f M && cp big src && cp empty src0 || framework_failure_
    returns_ 0 ainstall --merge-mode=$mode --manifest=M --digest=$kind \
      src d-$mode-$kind || fail=1
    returns_ 0 ainstall --merge-mode=$mode --manifest=M --digest=$kind \
      src0 e-$mode-$kind || fail=1
    for f in d-$mode-$kind e-$mode-$kind; do
      want=$(${kind}sum < $f | cut -d' ' -f1)
      grep "^\./$f .* ${kind}digest=$want\$" M > /dev/null \
        || { echo "$mode: no ${kind}digest=$want for $f in: $(cat M)"
             fail=1; }
    done
  done
done

# Copy mode reads the source once.
if command -v strace > /dev/null; then
  rm -f M
  strace -y -o trace -e trace=read,pread64,copy_file_range,sendfile \
    ainstall --merge-mode=copy --manifest=M --digest=sha256 big once \
    || fail=1
  total=$(grep -E '^(read|pread64|copy_file_range|sendfile)\([0-9]+<[^>]*/big>' \
            trace | sed 's/.* = \([0-9]*\)$/\1/' \
          | awk '{ s += $1 } END { print s + 0 }')
  test "$total" = 300000 \
    || { echo "the source was read for $total bytes"; cat trace; fail=1; }
fi

# none, and errors.
rm -f M
returns_ 0 ainstall --manifest=M --digest=none big n || fail=1
returns_ 1 grep digest M || fail=1
returns_ 1 ainstall --manifest=M --digest=md5 big m > out 2> err || fail=1
head -n 1 err > err1
echo "ainstall: invalid argument 'md5' for '--digest'" > exp \
  || framework_failure_
compare exp err1 || fail=1
test ! -e m || fail=1
returns_ 1 ainstall --digest=sha256 big m > out 2> err || fail=1
head -n 1 err > err1
echo "ainstall: option --digest requires --manifest" > exp \
  || framework_failure_
compare exp err1 || fail=1

Exit $fail
