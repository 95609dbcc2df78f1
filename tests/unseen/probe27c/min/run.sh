#!/bin/sh
# Re-run every minimal document: tables, then indicators (table lines), then gio for m09*.
B=${B:-/work/notes/s27/baogao-head}
cd "$(dirname "$0")"
for f in m* n* s*; do
  [ "$f" = run.sh ] && continue
  echo "== $f"
  $B tables --format csv "$f" | cut -d, -f8-15
  echo "-- indicators"
  $B indicators --format csv "$f" | cut -d, -f7-13
  case $f in m09*) echo "-- gio review cells: $($B gio --format csv "$f" | grep -c ',review,')";; esac
done
