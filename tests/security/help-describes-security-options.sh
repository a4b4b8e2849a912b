#!/bin/sh
# --help describes ainstall's security options, each at the start of its
# line as the help lays them out: --preserve[=ATTR_LIST] with the list of
# attributes (mode, ownership, timestamps, xattr, caps, context, acl,
# all), --caps=CAPS, --exclude-xattr=PATTERN, --file-contexts=FILE and
# --label-root=DIR; on stdout, with nothing on stderr, exit status 0.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ ainstall

returns_ 0 ainstall --help > out 2> err || fail=1
compare /dev/null err || fail=1

while IFS= read -r re; do
  grep -E "^$re" out > /dev/null || { echo "missing in --help: $re"; fail=1; }
done <<'EOF2'
      --preserve\[=ATTR_LIST\] +[a-z]
      --caps=CAPS +[a-z]
      --exclude-xattr=PATTERN +[a-z]
      --file-contexts=FILE +[a-z]
      --label-root=DIR +[a-z]
EOF2

# Every attribute --preserve takes is named.
sed -n '/^      --preserve\[/,/^      --caps/p' out | tr -s ' \n,:()' '\n' \
  > words || framework_failure_
for attr in mode ownership timestamps xattr caps context acl all; do
  grep -x "$attr" words > /dev/null \
    || { echo "--preserve does not name '$attr'"; fail=1; }
done

Exit $fail
