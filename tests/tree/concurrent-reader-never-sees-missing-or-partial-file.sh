#!/bin/sh
# While "ainstall -R" merges a new version of an image over an old one,
# a reader that opens every file of ROOT over and over always finds it,
# whole: the old content or the new one, never a missing name, an empty
# or partial file, or a mode other than the image's.  In every merge
# mode.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

n=40
# make_image DIR VERSION: N files of 64 KiB, all holding VERSION.
make_image ()
{
  mkdir -p "$1/sub" || return 1
  i=0
  while test $i -lt $n; do
    head -c 65536 /dev/zero | tr '\0' "$2" > "$1/sub/f$i" || return 1
    chmod 640 "$1/sub/f$i" || return 1
    i=$((i + 1))
  done
}
head -c 65536 /dev/zero | tr '\0' a > exp-a || framework_failure_
head -c 65536 /dev/zero | tr '\0' b > exp-b || framework_failure_

# The reader: prints one line per anomaly, and "pass N" after each pass.
cat > reader <<'EOF2' || framework_failure_
#!/bin/sh
# Each file is read once, into snap, and that one reading is checked:
# two openings could rightly see two versions.
i=0
echo started > reader-started
while test ! -e stop-reader; do
  for f in root/sub/f*; do
    if ! cat "$f" > snap 2> /dev/null; then
      echo "cannot read: $f"
    elif ! cmp -s snap exp-a && ! cmp -s snap exp-b; then
      echo "bad content: $f"
    fi
    case $(stat -c %a "$f" 2>/dev/null) in
      640) ;;
      *) echo "bad mode: $f" ;;
    esac
  done
  j=0
  while test $j -lt 40; do
    test -e root/sub/f$j || echo "missing: root/sub/f$j"
    j=$((j + 1))
  done
  i=$((i + 1))
  echo "pass $i"
done
EOF2
chmod +x reader || framework_failure_

for mode in copy link rename; do
  rm -rf root stop-reader reader-started report && make_image root a \
    || framework_failure_
  ./reader > report 2>&1 &
  reader=$!
  wait_for_file_ reader-started || framework_failure_
  for round in 1 2 3 4 5 6; do
    case $round in
      1|3|5) v=b ;;
      *) v=a ;;
    esac
    rm -rf img && make_image img $v || framework_failure_
    returns_ 0 ainstall -R --merge-mode=$mode img root > out 2> err \
      || fail=1
    compare /dev/null err || fail=1
  done
  touch stop-reader
  wait $reader
  grep -v '^pass ' report > anomalies
  compare /dev/null anomalies || { echo "mode $mode"; fail=1; }
  test "$(grep -c '^pass ' report)" -ge 1 || fail=1
done

Exit $fail
