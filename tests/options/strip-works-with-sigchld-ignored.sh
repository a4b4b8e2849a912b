#!/bin/sh
# -s works even when ainstall is started with SIGCHLD ignored (which
# would make the kernel reap the strip process itself, so that it could
# not be waited for): the strip program runs, ainstall waits for it and
# sees its exit status, as GNU install does.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

# env --ignore-signal (coreutils 8.31 and later) starts a program with
# SIGCHLD ignored; check that it does, on Linux, where SIGCHLD is 17.
env --ignore-signal=CHLD true 2>/dev/null \
  || skip_ 'env cannot start a program with a signal ignored'
if test -r /proc/self/status; then
  mask=$(env --ignore-signal=CHLD cat /proc/self/status \
           | sed -n 's/^SigIgn:[[:space:]]*//p')
  test -n "$mask" && test $(( 0x$mask & 0x10000 )) != 0 \
    || skip_ 'env --ignore-signal=CHLD does not ignore SIGCHLD here'
fi

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source a: rename mode consumes its source, even
# with -s (which copies it).
fresh_a () { rm -f a && cp content a || framework_failure_; }
cat > s <<'EOF' || framework_failure_
#!/bin/sh
echo stripped >> "$1"
EOF
cat > fail-strip <<'EOF' || framework_failure_
#!/bin/sh
exit 1
EOF
chmod +x s fail-strip || framework_failure_

fresh_a
returns_ 0 env --ignore-signal=CHLD ainstall -s --strip-program=./s a b \
  > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
printf 'content\nstripped\n' > exp || framework_failure_
compare exp b || fail=1

# The failure of the strip program is still seen.
fresh_a
returns_ 1 env --ignore-signal=CHLD ainstall -s --strip-program=./fail-strip \
  a b > out 2> err || fail=1
compare /dev/null out || fail=1
echo 'ainstall: strip process terminated abnormally' > exp-err \
  || framework_failure_
compare exp-err err || fail=1
compare exp b || fail=1

Exit $fail
