#!/bin/sh
# SUMMARY per document and overall, for a gold dir ($1) and part ($2: all|prose|tables)
G=${1:-gold}; P=${2:-all}; B=/work/notes/s29/baogao-h1
for n in r1 r2 r3 r4; do
  d=$(mktemp -d); cp $G/$n.json $d/
  printf '%-4s' $n; python3 /work/shared/eval/score.py --bin $B --gold $d --texts src --part $P | grep '^SUMMARY'
  rm -r $d
done
printf '%-4s' all; python3 /work/shared/eval/score.py --bin $B --gold $G --texts src --part $P | grep '^SUMMARY'
