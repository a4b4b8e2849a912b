#!/bin/sh
# A socket belongs to a running program: "ainstall -R" does not merge
# one, says "warning: 'IMAGE/S' is a socket: not merged" on stderr, merges
# everything else, and exits 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
command -v perl > /dev/null || skip_ "perl is needed to make a socket"

mkdir img || framework_failure_
perl -e 'use Socket; socket (my $s, PF_UNIX, SOCK_STREAM, 0) or die;
         bind ($s, pack_sockaddr_un ("img/sock")) or die' \
  || skip_ "cannot make a socket here"
test -S img/sock || skip_ "cannot make a socket here"
echo a > img/f || framework_failure_

returns_ 0 ainstall -R img root > out 2> err || fail=1
compare /dev/null out || fail=1
echo "ainstall: warning: 'img/sock' is a socket: not merged" > exp \
  || framework_failure_
compare exp err || fail=1
expect_entries_ root f || fail=1

Exit $fail
