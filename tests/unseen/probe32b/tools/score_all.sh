#!/bin/sh
# per-document and overall SUMMARY lines (blind and fixed gold; --part tables for d2, d3) -> out/summary_per_doc.txt
cd "$(dirname "$0")/.."
B=${BAOGAO:-/work/notes/s32/baogao-h0}
S=/work/shared/eval/score.py
: > out/summary_per_doc.txt
for g in gold_blind gold; do
  echo "== $g" >> out/summary_per_doc.txt
  for d in d1 d2 d3 d4; do
    mkdir -p out/per_$g/$d; cp $g/$d.json out/per_$g/$d/
    echo "$d  $(python3 $S --bin $B --gold out/per_$g/$d --texts src | grep SUMMARY)" >> out/summary_per_doc.txt
  done
  echo "all $(python3 $S --bin $B --gold $g --texts src | grep SUMMARY)" >> out/summary_per_doc.txt
  for d in d2 d4; do for part in tables prose; do
    echo "$d --part $part  $(python3 $S --bin $B --gold out/per_$g/$d --texts src --part $part | grep SUMMARY)" >> out/summary_per_doc.txt
  done; done
done
python3 $S --bin $B --gold gold_blind --texts src > out/score_blind.txt
python3 $S --bin $B --gold gold --texts src > out/score_fixed.txt
python3 $S --bin $B --gold gold --texts src --json > out/score_fixed.json
cat out/summary_per_doc.txt
