#!/bin/sh
# "ainstall -R -v" prints, in the order of the walk (by name), GNU's
# lines for every entry merged: "PROG: creating directory 'ROOT/D'" for
# a directory it makes (ROOT itself too, and its leading directories),
# "'IMAGE/F' -> 'ROOT/F'" for a file, symbolic link or FIFO, after
# "removed 'ROOT/F'" when one is replaced; nothing for a directory that
# exists.  --debug adds how each one was made.  Nothing on stderr.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

mkdir -p img/d/e root0 || framework_failure_
echo a > img/d/f && ln -s f img/d/l && mkfifo img/d/p && echo x > img/top \
  || framework_failure_

returns_ 0 ainstall -v -R img root0/new > out 2> err || fail=1
compare /dev/null err || fail=1
cat > exp <<'EOF2' || framework_failure_
ainstall: creating directory 'root0/new'
ainstall: creating directory 'root0/new/d'
ainstall: creating directory 'root0/new/d/e'
'img/d/f' -> 'root0/new/d/f'
'img/d/l' -> 'root0/new/d/l'
'img/d/p' -> 'root0/new/d/p'
'img/top' -> 'root0/new/top'
EOF2
compare exp out || fail=1

# Again: the directories exist, every other entry is replaced.
rm -rf img && mkdir -p img/d/e || framework_failure_
echo a > img/d/f && ln -s f img/d/l && mkfifo img/d/p && echo x > img/top \
  || framework_failure_
returns_ 0 ainstall -v -R img root0/new > out 2> err || fail=1
compare /dev/null err || fail=1
cat > exp <<'EOF2' || framework_failure_
removed 'root0/new/d/f'
'img/d/f' -> 'root0/new/d/f'
removed 'root0/new/d/l'
'img/d/l' -> 'root0/new/d/l'
removed 'root0/new/d/p'
'img/d/p' -> 'root0/new/d/p'
removed 'root0/new/top'
'img/top' -> 'root0/new/top'
EOF2
compare exp out || fail=1

# --debug: the same lines, and how each one took its place.
rm -rf img && mkdir -p img && ln -s f img/l && echo a > img/f \
  || framework_failure_
returns_ 0 ainstall --debug --merge-mode=copy -R img root1 > out 2> err \
  || fail=1
compare /dev/null err || fail=1
check_debug_output_ out "ainstall: creating directory 'root1'" \
  "'img/f' -> 'root1/f'" "$offload_re_" "$(copied_re_ root1/f)" \
  "'img/l' -> 'root1/l'" \
  "root1/l: made anew via temporary 'root1/\.l\.[A-Za-z0-9]{6}', renamed into place" \
  || fail=1

Exit $fail
