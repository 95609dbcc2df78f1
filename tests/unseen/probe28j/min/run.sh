#!/bin/sh
# Re-run every minimal input with the probe binary; OUTPUT.txt holds the exact `indicators --format jsonl` output.
cd "$(dirname "$0")"; B=${BIN:-/tmp/baogao-t12}; [ -x "$B" ] || { cp /work/notes/s28/baogao-t12 /tmp/baogao-t12; B=/tmp/baogao-t12; }
: > OUTPUT.txt
for f in j*.txt; do
  echo "== $f" >> OUTPUT.txt; sed -n '3,$p' "$f" | grep -v '^$' | sed 's/^/## /' >> OUTPUT.txt
  echo "\$ baogao-t12 indicators --format jsonl min/$f" >> OUTPUT.txt
  "$B" indicators --format jsonl "$f" >> OUTPUT.txt; echo >> OUTPUT.txt
done
