#!/bin/sh
# Link and rename modes never adopt a source that someone has open for
# writing: that process could go on writing into the installed file, a
# program that root runs, maybe set-user-ID.  A process of the caller's
# opens the caller's own source s/f for writing (or maps s/g shared and
# writable, then closes its descriptor: the mapping alone still writes),
# in a private directory, with one link: everything else would let it be
# adopted.  "ainstall --debug --merge-mode=MODE s/f d/f" copies: exit
# status 0, nothing on stderr, and --debug says "d/f: merge mode 'MODE'
# not possible (the source is open for writing): copying" (", then
# removing the source" in rename mode, which removes s/f).  d/f is a new
# inode with one link and the content the source had; what the process
# writes afterwards reaches the source only (link mode: s/f, same inode,
# has it), never d/f.  Once no one has it open for writing, the same
# source is adopted ("hard-linked" or "moved").  Run by root, this is
# tried with root's files and root's process, then with the files of
# $NON_ROOT_USERNAME, its process and its ainstall; run by another user,
# with that user's.  The mapping is tried only where python3 can map.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

test "$(cat /proc/sys/fs/leases-enable 2>/dev/null)" = 0 \
  && skip_ "file leases are disabled (fs.leases-enable = 0)"
as_caller_ () { "$@"; }
runners=as_caller_
if uid_is_privileged_; then
  require_root_
  require_unprivileged_run_
  runners='as_caller_ as_unprivileged_'
fi
python=
for p in python3 /usr/bin/python3; do
  if as_unprivileged_ "$p" -c 'import mmap' > /dev/null 2>&1; then
    python=$p
    break
  fi
done
tmp_re='[A-Za-z0-9]{6}'

# The writer, started by RUN (as_caller_ or as_unprivileged_) on FILE, with
# WAY ("fd" or "mmap"): it says "ready" once it holds FILE, waits for
# "go", writes "evil" into it, then says "done".
start_writer ()
{
  run=$1 way=$2 file=$3
  case $way in
    fd)
      $run sh -c 'exec 3>> "$1" && echo ready > h/ready || exit 1
        i=0
        while test ! -e h/go; do
          test $i -lt 300 || exit 1; sleep .1; i=$((i + 1))
        done
        printf evil >&3 && echo done > h/done' sh "$file" &
      ;;
    mmap)
      $run "$python" -c '
import mmap, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR)
m = mmap.mmap(fd, 0, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
os.close(fd)
open("h/ready", "w").write("ready\n")
for i in range(300):
    if os.path.exists("h/go"):
        break
    time.sleep(.1)
m[0:4] = b"evil"
m.flush()
open("h/done", "w").write("done\n")
' "$file" &
      ;;
  esac
  writer=$!
  wait_for_file_ h/ready || framework_failure_ "the writer did not start"
}

for run in $runners; do
  for way in fd mmap; do
    if test $way = mmap && test -z "$python"; then
      echo "no python3 that can map a file: the mapping is not tried"
      continue
    fi
    for mode in link rename; do
      case $mode in
        link) tail= how=hard-linked ;;
        rename) tail=', then removing the source' how=moved ;;
      esac
      rm -rf s d h && mkdir s d h && chmod 755 s d || framework_failure_
      if test $run = as_unprivileged_; then
        chown "$NON_ROOT_USERNAME" s d h || framework_failure_
      fi
      $run sh -c 'printf "good\n" > s/f && chmod 644 s/f' || framework_failure_
      ino=$(stat -c %i s/f) || framework_failure_
      printf 'good\n' > exp || framework_failure_

      start_writer $run $way s/f
      returns_ 0 $run ainstall --debug --merge-mode=$mode s/f d/f \
        > out 2> err || fail=1
      compare /dev/null err || fail=1
      check_debug_output_ out "'s/f' -> 'd/f'" "$offload_re_" \
        "d/f: merge mode '$mode' not possible \(the source is open for writing\): copying$tail" \
        "$(copied_re_ d/f)" \
        || { echo "$run $way $mode"; fail=1; }
      touch h/go || framework_failure_
      wait_for_file_ h/done || { echo "$run $way $mode: no write"; fail=1; }
      wait $writer

      # The destination is a copy, which the writer never reached.
      test "$(stat -c '%h' d/f)" = 1 || fail=1
      test "$(stat -c %i d/f)" != "$ino" || fail=1
      compare exp d/f || { echo "$run $way $mode: d/f was written"; fail=1; }
      expect_entries_ d f || fail=1
      case $mode in
        link)
          test "$(stat -c '%i %h' s/f)" = "$ino 1" || fail=1
          case $way in
            fd) printf 'good\nevil' > exp-src ;;
            mmap) printf 'evil\n' > exp-src ;;
          esac
          compare exp-src s/f || fail=1 ;;
        rename)
          expect_entries_ s || fail=1 ;;
      esac

      # No writer any more: adopted.
      $run sh -c 'printf "good\n" > s/g && chmod 644 s/g' || framework_failure_
      g_ino=$(stat -c %i s/g) || framework_failure_
      returns_ 0 $run ainstall --debug --merge-mode=$mode s/g d/g \
        > out 2> err || fail=1
      compare /dev/null err || fail=1
      check_debug_output_ out "'s/g' -> 'd/g'" \
        "d/g: $how via temporary 'd/\.g\.$tmp_re', renamed into place" \
        || fail=1
      test "$(stat -c %i d/g)" = "$g_ino" || fail=1
      compare exp d/g || fail=1
    done
  done
done

Exit $fail
