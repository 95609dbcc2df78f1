#!/bin/sh
# Runs the CLI on every minimal input and writes OUTPUT.txt with its exact output
# (indicators --format csv for every file; headings --format json for m01, the heading case).
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s31/baogao-m0}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f" >> OUTPUT.txt
  cat "$f" >> OUTPUT.txt
  echo "--- $B indicators --format csv $f" >> OUTPUT.txt
  "$B" indicators --format csv "$f" >> OUTPUT.txt 2>&1
  case "$f" in m01_*)
    echo "--- $B headings --format json $f" >> OUTPUT.txt
    "$B" headings --format json "$f" >> OUTPUT.txt 2>&1 ;;
  esac
  echo >> OUTPUT.txt
done
