#!/bin/sh
# Runs the CLI on every minimal input and writes OUTPUT.txt with its exact output
# (indicators --format csv for every file; parse --format json meta for h15*; score.py's label_ok for s01).
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s31/baogao-h0}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f" >> OUTPUT.txt
  cat "$f" >> OUTPUT.txt
  echo "--- $B indicators --format csv $f" >> OUTPUT.txt
  "$B" indicators --format csv "$f" >> OUTPUT.txt 2>&1
  case "$f" in h15*)
    echo "--- $B parse --format json $f | title, meta" >> OUTPUT.txt
    "$B" parse --format json "$f" 2>&1 | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d[0] if isinstance(d,list) else d; m=d.get("meta") or {}; print(json.dumps({"title": (d.get("title") or {}).get("text"), "meta": {k: m.get(k) for k in ("published","source","views","lines")}}, ensure_ascii=False))' >> OUTPUT.txt ;;
  s01_*)
    echo "--- score.py label_ok(pred, gold) for the 因公出国（境）费 row (gold label as CONVENTIONS writes it)" >> OUTPUT.txt
    "$B" indicators --format json "$f" | python3 -c '
import json, sys
sys.path.insert(0, "/work/shared/eval")
import score as S
p = json.load(sys.stdin); p = p.get("indicators", p) if isinstance(p, dict) else p
for x in p:
    if x["line"] == 4:
        for g in ("因公出国（境）费 / 预算数", "因公出国（境）费 / 决算数"):
            print(repr(x["label"]), "vs gold", repr(g), "label_ok =", S.label_ok(x, {"label": g, "table": True}))
        break' >> OUTPUT.txt ;;
  esac
  echo >> OUTPUT.txt
done
