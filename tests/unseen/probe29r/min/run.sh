#!/bin/sh
# Runs baogao-h1 on every minimal input and writes the exact CLI output to OUTPUT.txt.
cd "$(dirname "$0")"
B=/work/notes/s29/baogao-h1
{
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "########## $f"
  echo "---- input"
  cat "$f"
  case "$f" in
    r0[123]_table*)
      echo "---- $ baogao tables --format csv $f"; $B tables --format csv "$f" ;;
  esac
  echo "---- $ baogao indicators --format csv $f"; $B indicators --format csv "$f"
  case "$f" in
    r12_*)
      echo "---- $ baogao headings --format json $f"; $B headings --format json "$f"
      echo "---- $ baogao parse --format json $f"; $B parse --format json "$f" ;;
  esac
  echo
done
} > OUTPUT.txt 2>&1
