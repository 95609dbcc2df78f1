#!/bin/sh
# Runs the CLI on every minimal input and writes OUTPUT.txt with its exact output
# (indicators --format csv for every file; headings for b01/b02; title+meta from parse for b16).
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s30/baogao-h0}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f" >> OUTPUT.txt
  cat "$f" >> OUTPUT.txt
  echo "--- $B indicators --format csv $f" >> OUTPUT.txt
  "$B" indicators --format csv "$f" >> OUTPUT.txt 2>&1
  case "$f" in b01_*|b02_*)
    echo "--- $B headings --format csv $f" >> OUTPUT.txt
    "$B" headings --format csv "$f" >> OUTPUT.txt 2>&1 ;;
  esac
  case "$f" in b16_*)
    echo "--- $B parse --format json $f | title, meta" >> OUTPUT.txt
    "$B" parse --format json "$f" 2>&1 | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d[0] if isinstance(d,list) else d; print(json.dumps({"title": d.get("title"), "meta": d.get("meta")}, ensure_ascii=False))' >> OUTPUT.txt ;;
  esac
  echo >> OUTPUT.txt
done
cat OUTPUT.txt
