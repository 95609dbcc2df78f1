#!/bin/sh
# Run the CLI on every src/*.txt; write out/NAME.jsonl and out/view_NAME.txt.
cd "$(dirname "$0")/.."
B=${BIN:-/work/notes/s28/baogao-t12}
for f in src/*.txt; do
  n=$(basename "$f" .txt)
  "$B" indicators --format jsonl "$f" > "out/$n.jsonl"
  python3 tools/view.py "$f" "out/$n.jsonl" > "out/view_$n.txt"
done
