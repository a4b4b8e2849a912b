#!/bin/sh
# With -s, the strip program never gets a file name that starts with "-"
# (it would take it for an option): it gets the staged temporary
# ".NAME.XXXXXX" through the descriptor of its private directory,
# "/proc/self/fd/N/.NAME.XXXXXX", also for a destination named "-dest"
# and for one in a directory "-d".  The file is stripped and installed,
# exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

printf 'content\n' > content || framework_failure_
# Each install gets a fresh source src: rename mode consumes its source,
# even with -s (which copies it).
fresh_src () { rm -f src && cp content src || framework_failure_; }

# A strip program that refuses an argument starting with "-", as a real
# strip would take it for an option.
cat > s <<'EOF' || framework_failure_
#!/bin/sh
top=${0%/*}
printf '%s\n' "$1" > "$top/arg"
case $1 in
  -*) echo "strip: unknown option: $1" >&2; exit 1 ;;
esac
echo stripped >> "$1"
EOF
chmod +x s || framework_failure_
printf 'content\nstripped\n' > exp || framework_failure_

# check_stripped FILE ARG_RE: FILE was stripped, via an argument matching
# the extended regular expression ARG_RE.
check_stripped ()
{
  compare exp "$1" && grep -Ex "$2" arg > /dev/null \
    || { echo "strip argument: $(cat arg)"; return 1; }
}

# A destination in the current directory named "-dest".
fresh_src
returns_ 0 ainstall -s --strip-program=./s src -- -dest > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
check_stripped ./-dest '/proc/self/fd/[0-9]+/\.-dest\.[A-Za-z0-9]{6}' || fail=1

# Replacing it.
printf 'old\n' > ./-dest || framework_failure_
fresh_src
returns_ 0 ainstall -s --strip-program=./s src -- -dest > out 2> err || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
check_stripped ./-dest '/proc/self/fd/[0-9]+/\.-dest\.[A-Za-z0-9]{6}' || fail=1

# A destination in a directory named "-d".
mkdir ./-d || framework_failure_
fresh_src
returns_ 0 ainstall -s --strip-program="$PWD/s" src -- -d/f > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
check_stripped ./-d/f '/proc/self/fd/[0-9]+/\.f\.[A-Za-z0-9]{6}' || fail=1

# Into the directory "-d" with -t.
fresh_src
returns_ 0 ainstall -s --strip-program="$PWD/s" -t -d src > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
check_stripped ./-d/src '/proc/self/fd/[0-9]+/\.src\.[A-Za-z0-9]{6}' || fail=1

# With -D making the directories "-n/sub".
fresh_src
returns_ 0 ainstall -D -s --strip-program="$PWD/s" src -- -n/sub/g > out 2> err \
  || fail=1
compare /dev/null out || fail=1
compare /dev/null err || fail=1
check_stripped ./-n/sub/g '/proc/self/fd/[0-9]+/\.g\.[A-Za-z0-9]{6}' || fail=1

expect_entries_ ./-d f src || fail=1
expect_entries_ ./-n/sub g || fail=1

Exit $fail
