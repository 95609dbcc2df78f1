#!/bin/sh
# Run the minimal inputs of PROBE-D through the binary; write min/OUTPUT.txt (compact table, then raw JSON).
cd "$(dirname "$0")"
B=${B:-/work/notes/s32/baogao-h0}
{
echo "# binary: $B ($($B --version))"
for f in d*.txt; do
  echo; echo "## $f"; cat "$f"
  echo "-- baogao indicators --format json $f (line | text | label | value mult unit | kind dir | from low high)"
  $B indicators --format json "$f" | python3 -c '
import json,sys
for r in json.load(sys.stdin):
    print("  ", r["line"], "|", r["text"], "|", r["label"] or "<EMPTY>", "|", r["value"], r["multiplier"] or "", r["unit"] or "", "|", r["kind"], r["direction"] or "", "|", "from=%s low=%s high=%s" % (r["from"], r["low"], r["high"]))'
done
echo; echo "# raw JSON"
for f in d*.txt; do echo "## $f"; $B indicators --format json "$f"; echo; done
} > OUTPUT.txt 2>&1
