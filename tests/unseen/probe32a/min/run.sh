#!/bin/sh
# Runs the CLI on every minimal input and writes OUTPUT.txt with its exact output:
# indicators --format csv (label,value,multiplier,normalized,unit,approx,kind,direction,text columns kept);
# for a10* also the headings; for a11*/a12* also title and meta from parse --format json.
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s32/baogao-h0}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f" >> OUTPUT.txt
  cat "$f" >> OUTPUT.txt
  echo "--- $B indicators --format csv $f | cut -d, -f7-14,25" >> OUTPUT.txt
  "$B" indicators --format csv "$f" 2>&1 | cut -d, -f7-14,25 >> OUTPUT.txt
  case "$f" in a10*)
    echo "--- $B headings --format json $f | line level marker title" >> OUTPUT.txt
    "$B" headings --format json "$f" 2>&1 | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d.get("headings",d) if isinstance(d,dict) else d; [print(h["line"],h["level"],repr(h.get("marker")),h.get("title")) for h in d]' >> OUTPUT.txt ;;
  a11*|a12*)
    echo "--- $B parse --format json $f | title, meta" >> OUTPUT.txt
    "$B" parse --format json "$f" 2>&1 | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d[0] if isinstance(d,list) else d; m=d.get("meta") or {}; print(json.dumps({"title": (d.get("title") or {}).get("text"), "published": m.get("published"), "source": m.get("source")}, ensure_ascii=False))' >> OUTPUT.txt ;;
  esac
  echo >> OUTPUT.txt
done
