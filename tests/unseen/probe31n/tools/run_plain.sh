#!/bin/sh
# CLI output on the plain reference texts (saved for tools/diff.py) and score.py's SUMMARY, per file and all
cd "$(dirname "$0")/.."
B=${BAOGAO:-/work/notes/s31/baogao-m0}
G=${1:-gold}
for d in d1 d2 d3 d4; do
  $B indicators --format json src/$d.txt > out/$d.txt.indicators.json
  $B headings --format json src/$d.txt > out/$d.txt.headings.json
  mkdir -p out/g_$d; cp $G/$d.json out/g_$d/
  printf '%s ' $d; python3 /work/shared/eval/score.py --bin $B --gold out/g_$d --texts src | grep SUMMARY
done
printf 'all '; python3 /work/shared/eval/score.py --bin $B --gold $G --texts src | grep SUMMARY
