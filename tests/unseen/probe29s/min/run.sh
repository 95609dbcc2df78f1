#!/bin/sh
# Exact CLI output of baogao-h1 on every minimal input; writes min/OUTPUT.txt.
cd "$(dirname "$0")"
B=/work/notes/s29/baogao-h1
{
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f"
  cat "$f"
  echo "--- indicators --format csv"
  $B indicators --format csv "$f" | cut -d, -f7- 
done
} > OUTPUT.txt 2>&1
