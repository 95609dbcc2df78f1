#!/bin/sh
# per-document SUMMARY lines: tools/perdoc.sh GOLD_DIR TAG  (writes out/per_TAG/dN/ and prints the lines)
G=$1; T=$2; B=/work/notes/s31/baogao-m0; S=/work/shared/eval/score.py
cd "$(dirname "$0")/.."
for d in d1 d2 d3 d4; do
  mkdir -p out/per_$T/$d; cp $G/$d.json out/per_$T/$d/
  for part in all prose tables; do
    case "$d:$part" in d3:tables|d4:tables) continue;; esac
    printf '%s %-6s ' $d $part; python3 $S --bin $B --gold out/per_$T/$d --texts src --part $part | grep SUMMARY
  done
done
for part in all prose tables; do printf 'all %-6s ' $part; python3 $S --bin $B --gold $G --texts src --part $part | grep SUMMARY; done
