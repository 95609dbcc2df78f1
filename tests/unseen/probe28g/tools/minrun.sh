#!/bin/sh
# Run the CLI on every min/*.txt (PDF form and clean counterpart): indicators, headings, tables, title/closing.
BIN=${1:-/work/notes/s28/baogao-t1}
cd "$(dirname "$0")/../min"
for f in *.txt; do
  echo "=================== min/$f"
  echo "--- indicators (label | value | multiplier unit | kind)"
  $BIN indicators --format jsonl "$f" | python3 -c 'import sys,json
for l in sys.stdin:
    d=json.loads(l); print(repr(d["label"]),"|",d["value"],"|",(d["multiplier"] or "")+(d["unit"] or ""),"|",d["kind"],"| line",d["line"])'
  echo "--- headings"
  $BIN headings --format jsonl "$f" | python3 -c 'import sys,json
for l in sys.stdin:
    d=json.loads(l); print("L%s"%d["level"], repr(d["title"]), "line", d["line"])'
  echo "--- tables (row_label | col_label | value)"
  $BIN tables --format jsonl "$f" | python3 -c 'import sys,json
for l in sys.stdin:
    d=json.loads(l); print(repr(d["row_label"]),"|",repr(d["col_label"]),"|",d["value"],(d["multiplier"] or "")+(d["unit"] or ""))'
  echo "--- title / closing"
  $BIN parse --format json "$f" | python3 -c 'import sys,json
d=json.load(sys.stdin)[0]; print("title", repr((d["title"] or {}).get("text"))); c=d["closing"]; print("closing", None if not c else (c["signature"], c["date"]))'
done
