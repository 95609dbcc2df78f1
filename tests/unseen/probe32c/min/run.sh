#!/bin/sh
# Runs the CLI on every minimal input and writes OUTPUT.txt with its exact output (indicators --format csv).
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s32/baogao-h0}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f" >> OUTPUT.txt
  cat "$f" >> OUTPUT.txt
  echo "--- $B indicators --format csv $f" >> OUTPUT.txt
  "$B" indicators --format csv "$f" >> OUTPUT.txt 2>&1
  echo >> OUTPUT.txt
done
