#!/bin/sh
# print the CLI output (indicators csv: label,value,multiplier,normalized,unit,approx,kind,direction,from,to,low,high,…,line,text) for each minimal input
B=${B:-/work/notes/s30/baogao-t9}
cd "$(dirname "$0")"
for f in f*.txt; do
  echo "=== $f"; cat "$f"; echo "--- indicators"
  $B indicators --format csv "$f" | cut -d, -f7-18,20,25-
  case $f in f08*|f09*|f12*) echo "--- headings"; $B headings --format csv "$f";; esac
done
