#!/bin/sh
# Runs the CLI on every minimal input and writes OUTPUT.txt with its exact output
# (indicators --format csv for every file; also parse --format json for l12, the meta case).
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s29/baogao-h0}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f" >> OUTPUT.txt
  cat "$f" >> OUTPUT.txt
  echo "--- $B indicators --format csv $f" >> OUTPUT.txt
  "$B" indicators --format csv "$f" >> OUTPUT.txt 2>&1
  case "$f" in l12_*)
    echo "--- $B parse --format json $f | meta" >> OUTPUT.txt
    "$B" parse --format json "$f" 2>&1 | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d[0] if isinstance(d,list) else d; print(json.dumps({"title": d.get("title"), "meta": d.get("meta")}, ensure_ascii=False))' >> OUTPUT.txt ;;
  esac
  echo >> OUTPUT.txt
done
