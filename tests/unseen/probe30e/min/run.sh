#!/bin/sh
# Runs the CLI on every minimal input and writes OUTPUT.txt with its exact output
# (indicators --format csv for every file; tables --format csv too for the table cases e02/e03/e05).
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s30/baogao-t9}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f" >> OUTPUT.txt
  cat "$f" >> OUTPUT.txt
  echo "--- $B indicators --format csv $f" >> OUTPUT.txt
  "$B" indicators --format csv "$f" >> OUTPUT.txt 2>&1
  case "$f" in e02_*|e03_*|e05_*)
    echo "--- $B tables --format csv $f" >> OUTPUT.txt
    "$B" tables --format csv "$f" >> OUTPUT.txt 2>&1 ;;
  esac
  echo >> OUTPUT.txt
done
cat OUTPUT.txt
