#!/bin/sh
# Runs the CLI on every minimal input and writes OUTPUT.txt with its exact output (indicators --format csv; for b11* the title and meta from parse --format json).
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s32/baogao-h0}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f" >> OUTPUT.txt
  cat "$f" >> OUTPUT.txt
  case "$f" in
  b11*)
    echo "--- $B parse --format json $f | title, meta" >> OUTPUT.txt
    "$B" parse --format json "$f" 2>&1 | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d[0] if isinstance(d,list) else d; m=d.get("meta") or {}; print(json.dumps({"title": (d.get("title") or {}).get("text"), **{k: m.get(k) for k in ("published","delivered","dateline","speaker","salutation")}}, ensure_ascii=False))' >> OUTPUT.txt ;;
  *)
    echo "--- $B indicators --format csv $f | label,value,multiplier,normalized,unit,approx,kind,direction,from,to,low,high,basis,line" >> OUTPUT.txt
    "$B" indicators --format csv "$f" 2>&1 | tail -n +2 | cut -d, -f7-20 >> OUTPUT.txt ;;
  esac
  echo >> OUTPUT.txt
done
