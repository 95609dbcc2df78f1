#!/bin/sh
# SUMMARY line per document and overall, for a gold directory (gold or gold_blind).
# usage: sh tools/per_doc.sh GOLD_DIR  (run from probe29n/)
B=${BIN:-/work/notes/s29/baogao-h0}
G=${1:-gold}
for n in g1 g2 g3 g4; do
  d=out/one_${G}_$n; rm -rf "$d"; mkdir -p "$d"; cp "$G/$n.json" "$d/"
  printf '%s ' "$n"; python3 /work/shared/eval/score.py --bin "$B" --gold "$d" --texts src | grep SUMMARY
done
printf 'all '; python3 /work/shared/eval/score.py --bin "$B" --gold "$G" --texts src | grep SUMMARY
