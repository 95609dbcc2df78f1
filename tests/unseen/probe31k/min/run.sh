#!/bin/sh
# Minimal inputs of PROBE-K (my own sentences); exact CLI output into OUTPUT.txt.
cd "$(dirname "$0")"
B=${B:-/work/notes/s31/baogao-h0}
{ echo "# $($B --version) $(sha256sum $B | cut -c1-16)"
for f in k*.txt; do echo "=== $f"; cat "$f"; echo "--- indicators --format json (fields: line label value mult unit kind dir from low high approx text)";
  $B indicators --format json "$f" | python3 -c '
import json,sys
for r in json.load(sys.stdin): print("\t".join(str(r[k]) for k in ["line","label","value","multiplier","unit","kind","direction","from","low","high","approx","text"]))'
  echo "--- raw"; $B indicators --format json "$f"; done; } > OUTPUT.txt 2>&1
