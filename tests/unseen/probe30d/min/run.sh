#!/bin/sh
# Exact CLI output of baogao-t2 on every minimal input; writes min/OUTPUT.txt.
cd "$(dirname "$0")"
B=/work/notes/s30/baogao-t2
{
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f"
  cat "$f"
  echo "--- indicators --format csv (label,value,multiplier,normalized,unit,approx,kind,direction,from,to,low,high,basis,line,…,text)"
  $B indicators --format csv "$f" | cut -d, -f7- 
done
} > OUTPUT.txt 2>&1
cat OUTPUT.txt
