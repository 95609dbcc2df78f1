#!/bin/sh
# Run the CLI on every minimal input and write the exact output to min/OUTPUT.txt.
# usage: sh min/run.sh   (from probe29n/, or from min/)
cd "$(dirname "$0")"
B=${BIN:-/work/notes/s29/baogao-h0}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  {
    echo "################ $f"
    cat "$f"
    echo "---------------- $B indicators --format csv $f"
    "$B" indicators --format csv "$f"
    echo
  } >> OUTPUT.txt 2>&1
done
echo "wrote $(pwd)/OUTPUT.txt"
