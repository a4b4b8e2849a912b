#!/bin/sh
# An attack on -R: IMAGE is looked up once, and the directory found is
# the one walked.  u/ is $NON_ROOT_USERNAME's; u/img is first a regular
# file, and while ainstall looks it up (each system call that names it,
# held in turn with strace), the user replaces it with a symbolic link to
# root's directory R/, holding root's private file f.  Whatever the
# timing, root's file keeps its inode, its one link, its owner and mode:
# link mode never adopts it and rename mode never moves it, with or
# without -o.  ainstall either says "cannot merge 'u/img': Not a
# directory" and exits 1, or merges a copy (and, in rename mode, says it
# is not removing root's file, and exits 1).

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall
require_root_
require_unprivileged_run_
require_strace_delay_

mkdir R u && chmod 755 R && chown "$NON_ROOT_USERNAME" u || framework_failure_
echo 'root: secret' > R/f && chmod 600 R/f || framework_failure_
r_f=$(stat -c '%i %h %U %a' R/f) || framework_failure_

fresh ()
{
  rm -rf ROOT u/img || framework_failure_
  as_unprivileged_ sh -c 'echo decoy > u/img' || framework_failure_
}

# The system calls that name the image.
fresh
strace -o probe -e trace=openat,newfstatat,statx,readlinkat,readlink \
  ainstall -R --merge-mode=link u/img ROOT > /dev/null 2>&1
grep -n '"\(u/\)\{0,1\}img"' probe > lookups || framework_failure_
test -s lookups || framework_failure_ "no lookup of u/img: $(cat probe)"

while IFS=: read line call_args; do
  call=${call_args%%(*}
  nth=$(head -n "$line" probe | grep -c "^$call(")
  for mode in link rename; do
    for owner in '' '-o nobody'; do
      fresh
      start_held_call_ $call $nth 500000 \
        ainstall -R --merge-mode=$mode $owner u/img ROOT
      as_unprivileged_ sh -c "rm u/img && ln -s '$PWD/R' u/img" \
        || framework_failure_
      end_held_call_
      what="$mode $owner, $call #$nth"
      test "$(stat -c '%i %h %U %a' R/f)" = "$r_f" \
        || { echo "$what: R/f is $(stat -c '%i %h %U %a' R/f)"; fail=1; }
      echo 'root: secret' > exp || framework_failure_
      compare exp R/f || { echo "$what: R/f changed"; fail=1; }
      if test $held_status = 1 && test ! -e ROOT; then
        # Looked up before the swap: a regular file.
        echo "ainstall: cannot merge 'u/img': Not a directory" > exp-err \
          || framework_failure_
        compare exp-err err || fail=1
      else
        # Looked up after it: through the other user's link, so a copy,
        # and in rename mode, nothing removed.
        test "$(stat -c %h ROOT/f)" = 1 \
          || { echo "$what: ROOT/f is root's file"; fail=1; }
        if test $mode = rename; then
          echo "ainstall: not removing 'u/img/f', as a symbolic link on its" \
            "path may be another user's" > exp-err || framework_failure_
          test $held_status = 1 || fail=1
        else
          : > exp-err
          test $held_status = 0 || fail=1
        fi
        compare exp-err err || fail=1
      fi
    done
  done
done < lookups

Exit $fail
