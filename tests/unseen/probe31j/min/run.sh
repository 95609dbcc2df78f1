#!/bin/sh
# Runs the CLI on every minimal input and writes OUTPUT.txt with its exact output (indicators --format csv; for j10* also the title and meta from parse --format json).
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s31/baogao-h0}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f" >> OUTPUT.txt
  cat "$f" >> OUTPUT.txt
  echo "--- $B indicators --format csv $f" >> OUTPUT.txt
  "$B" indicators --format csv "$f" >> OUTPUT.txt 2>&1
  case "$f" in j10*)
    echo "--- $B parse --format json $f | title, meta" >> OUTPUT.txt
    "$B" parse --format json "$f" 2>&1 | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d[0] if isinstance(d,list) else d; m=d.get("meta") or {}; print(json.dumps({"title": (d.get("title") or {}).get("text"), "published": m.get("published"), "source": m.get("source")}, ensure_ascii=False))' >> OUTPUT.txt ;;
  esac
  echo >> OUTPUT.txt
done
