#!/bin/sh
# prints the CLI output for every minimal input (min/OUTPUT.txt)
B=${BAOGAO:-/work/notes/s30/baogao-t2}
cd "$(dirname "$0")"
for f in c0*; do
  echo "=== $f"
  $B indicators --format csv "$f" | cut -d, -f7-15
  $B headings --format csv "$f" | cut -d, -f3-9
  $B parse --format json "$f" | python3 -c "import json,sys; d=json.load(sys.stdin)[0]; print('title:', (d['title'] or {}).get('text')); m=d['meta']; print('meta:', {k: m.get(k) for k in ('published','source','author','editor')}); c=d['closing']; print('closing:', c and {k: c.get(k) for k in ('signature','date')}); print('diagnostics:', [x['message'] for x in d['diagnostics']])"
done
echo "=== ../src/d1.html (gio checks; C07)"
$B gio ../src/d1.html | python3 -c "import json,sys; d=json.load(sys.stdin); d=d[0] if isinstance(d,list) else d; [print(c) for c in d.get('checks',[]) if not c.get('ok')]"
