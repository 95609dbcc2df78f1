#!/bin/sh
# exact CLI output on each minimal repro (.docx and its .txt twin): headings, indicators, tables (table format)
BIN=${BIN:-/work/notes/s28/baogao-t7}
cd "$(dirname "$0")/.."
for d in min/*.docx; do
  t=${d%.docx}.txt
  echo "################ $d"
  for f in "$d" "$t"; do
    echo "\$ baogao headings --format tsv $f"; "$BIN" headings --format tsv "$f" 2>&1 | cut -f1-9
    echo "\$ baogao indicators --format table $f"; "$BIN" indicators --format table "$f" 2>&1
    echo "\$ baogao tables --format tsv $f"; "$BIN" tables --format tsv "$f" 2>&1 | cut -f1-4,9-14
  done
  echo "\$ baogao parse --format json $d | title / closing"
  "$BIN" parse --format json "$d" 2>&1 | python3 -c "import json,sys
try:
  d=json.load(sys.stdin)[0];print('title:',(d['title'] or {}).get('text'),'| closing:',d['closing'] and (d['closing']['signature'],d['closing']['date']))
except Exception as e: print('(no json)')"
done
