#!/bin/sh
# Runs the CLI on every minimal input and writes OUTPUT.txt with its exact output:
# indicators --format csv for every file; headings --format json for a10; gio checks (text rules) for a09.
cd "$(dirname "$0")"
B=${BAOGAO:-/work/notes/s30/baogao-h0}
: > OUTPUT.txt
for f in *.txt; do
  [ "$f" = OUTPUT.txt ] && continue
  echo "=== $f" >> OUTPUT.txt
  case "$f" in a09_*) echo "(first 2 lines shown; lines 3-30 are a 表三 in tabs)" >> OUTPUT.txt; head -2 "$f" >> OUTPUT.txt ;; *) cat "$f" >> OUTPUT.txt ;; esac
  case "$f" in
    a09_*)
      echo "--- $B gio $f | text checks" >> OUTPUT.txt
      "$B" gio "$f" 2>&1 | python3 -c 'import json,sys; d=json.load(sys.stdin)[0]; [print(c["rule"], "ok=%s lhs=%s rhs=%s" % (c["ok"], c["lhs"], c["rhs"])) for c in d["checks"] if c["rule"].startswith("text")]' >> OUTPUT.txt ;;
    a10_*)
      echo "--- $B headings --format json $f | level/line/title" >> OUTPUT.txt
      "$B" headings --format json "$f" 2>&1 | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d if isinstance(d,list) else d["headings"]; [print(h["level"], h["line"], h["marker"], h["title"]) for h in d]' >> OUTPUT.txt ;;
  esac
  case "$f" in a10_*) echo "--- $B tables --format csv $f (line column)" >> OUTPUT.txt; "$B" tables --format csv "$f" >> OUTPUT.txt 2>&1 ;; esac
  echo "--- $B indicators --format csv $f" >> OUTPUT.txt
  "$B" indicators --format csv "$f" >> OUTPUT.txt 2>&1
  echo >> OUTPUT.txt
done
