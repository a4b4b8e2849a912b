#!/bin/sh
# An attack on -s: a user owns the destination directory d/; root runs
# "ainstall -s -o root -m 4755 prog d/prog".  A strip program opens the
# name it is given more than once (binutils' strip reads the file, then
# opens the name again to write it), so a user who could swap that name
# between the two would have root write where the user wants, or make
# the user's file set-user-ID root.  ainstall stages the file in a
# private directory (mode 700, root's) and hands the strip program its
# name through that directory's descriptor, /proc/self/fd/N/.prog.XXXXXX:
# whatever the user does with the names in d/ while the strip program
# runs (moving the private directory away and putting a directory of
# their own in its place, or a symbolic link to a directory of root's),
# the strip program reads and writes ainstall's file, which is installed
# as asked: exit status 0, d/prog root's, mode 4755, with the stripped
# content.  Root's directory and the user's files are untouched, and no
# set-user-ID file of the user's appears.  Needs root.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_

# The strip program, run by ainstall as root: it reads the file, says
# which name it was given, waits for the attacker, then writes the file
# through the same name again.
cat > two-step-strip <<'EOF2' || framework_failure_
#!/bin/sh
top=${0%/*}
content=$(cat "$1") || exit 1
echo "$1" > "$top/ready.tmp" && mv "$top/ready.tmp" "$top/ready" || exit 1
i=0
while test ! -e "$top/go"; do
  test $i -lt 100 || exit 1
  sleep .1
  i=$((i + 1))
done
printf '%s\nstripped\n' "$content" > "$1"
EOF2
chmod +x two-step-strip || framework_failure_

printf '#!/bin/sh\necho prog\nstripped\n' > exp-prog || framework_failure_

# Root's directory, which a symbolic link may point at.
mkdir victim || framework_failure_
echo 'root: secret' > victim/f || framework_failure_
victim_before=$(ls -A victim; stat -c '%i %h %a %U %y %s' victim/f) \
  || framework_failure_
mkdir h || framework_failure_
chown "$NON_ROOT_USERNAME" h || framework_failure_

for how in own-directory symlink; do
  rm -rf d ready go h/* || framework_failure_
  # A fresh source each time: rename mode consumes it.
  printf '#!/bin/sh\necho prog\n' > prog || framework_failure_
  mkdir d && echo old > d/prog || framework_failure_
  chown "$NON_ROOT_USERNAME" d || framework_failure_
  ainstall -s --strip-program="$PWD/two-step-strip" -o root -m 4755 \
    prog d/prog > out 2> err &
  ainstall_pid=$!
  wait_for_file_ ready || framework_failure_ "the strip program did not start"
  grep -Ex '/proc/self/fd/[0-9]+/\.prog\.[A-Za-z0-9]{6}' ready > /dev/null \
    || { cat ready; fail=1; }
  private=$(ls -A d | grep -Ex '\.prog\.[A-Za-z0-9]{6}') \
    || framework_failure_ "no private directory in d/"
  test "$(stat -c '%a %U' "d/$private")" = '700 root' || fail=1
  case $how in
    own-directory)
      as_unprivileged_ sh -c "mv d/$private d/moved && mkdir d/$private &&
        printf 'evil\n' > d/$private/evil && chmod 755 d/$private/evil" \
        || framework_failure_ ;;
    symlink)
      as_unprivileged_ sh -c "mv d/$private d/moved &&
        ln -s $PWD/victim d/$private" || framework_failure_ ;;
  esac
  touch go || framework_failure_
  wait $ainstall_pid
  status=$?
  ainstall_pid=
  test $status = 0 || { echo "$how: status $status"; cat err; fail=1; }
  compare /dev/null out || fail=1
  compare /dev/null err || fail=1
  compare exp-prog d/prog || fail=1
  test "$(stat -c '%a %U %h' d/prog)" = '4755 root 1' || fail=1
  test "$(ls -A victim; stat -c '%i %h %a %U %y %s' victim/f)" \
    = "$victim_before" \
    || { echo "$how: root's directory changed"; fail=1; }
  if test $how = own-directory; then
    test "$(stat -c '%a %U' d/$private/evil)" = "755 $NON_ROOT_USERNAME" \
      || fail=1
    echo evil > exp && compare exp d/$private/evil || fail=1
  fi
  find . -type f -perm -4000 ! -path ./d/prog > setuid || framework_failure_
  compare /dev/null setuid || fail=1
done

Exit $fail
