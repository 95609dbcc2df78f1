#!/bin/sh
# Build clean reports from src/, run the CLI, write out/NAME.jsonl and out/view_NAME.txt, then a summary.
cd "$(dirname "$0")/.."
B=${BIN:-/tmp/baogao-t12}; [ -x "$B" ] || { cp /work/notes/s28/baogao-t12 /tmp/baogao-t12; B=/tmp/baogao-t12; }
mkdir -p docs out
for f in src/s*.txt; do
  n=$(basename "$f" .txt)
  python3 tools/build.py "$f" "docs/$n.txt" "out/$n.marks.json"
  "$B" indicators --format jsonl "docs/$n.txt" > "out/$n.jsonl"
  python3 tools/view.py "docs/$n.txt" "out/$n.jsonl" "out/$n.marks.json" > "out/view_$n.txt"
done
python3 - <<'PY'
import json, glob
tot = {}
for v in sorted(glob.glob('out/view_*.txt')):
    s = json.loads(open(v, encoding='utf-8').read().rsplit('STATS ', 1)[1])
    print(v, s)
    for k, x in s.items(): tot[k] = tot.get(k, 0) + x
print('TOTAL', tot)
PY
