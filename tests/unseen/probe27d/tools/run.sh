#!/bin/sh
# Rebuild s*.txt (title, blank, one sentence per paragraph) from src/, run the binary, write views.
cd "$(dirname "$0")/.."
B=/work/notes/s27/baogao-head2
for f in src/s*.txt; do
  n=$(basename "$f" .txt)
  { echo "$n"; while IFS= read -r l; do echo; echo "$l"; done < "$f"; } > "$n.txt"
  $B indicators --format csv "$n.txt" > "out/$n.csv"
  python3 tools/view.py "$n.txt" "out/$n.csv" > "out/view_$n.txt"
done
