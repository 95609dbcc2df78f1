#!/bin/sh
# Run every minimal input with `indicators --format csv` and write OUTPUT.txt (exact CLI output).
cd "$(dirname "$0")"
B=${BIN:-/work/notes/s28/baogao-t12}
for f in k*.txt q*.txt variants.txt; do
  echo "===== $f"; cat "$f"; echo "----- $B indicators --format csv $f"; "$B" indicators --format csv "$f"; echo
done > OUTPUT.txt
