#!/usr/bin/env python3
"""Compact CLI output of one minimal input: headings, indicators, and (for chunks/meta probes) chunks count, meta, closing."""
import json, subprocess, sys
B = sys.argv[1]; f = sys.argv[2]
def cli(*a):
    p = subprocess.run([B, *a], capture_output=True)
    if p.returncode: return {'error': p.stderr.decode()[:200]}
    return json.loads(p.stdout)
h = cli('headings', '--format', 'json', f)
i = cli('indicators', '--format', 'json', f)
c = cli('chunks', '--format', 'json', f)
d = cli('parse', '--format', 'json', f)
d = d[0] if isinstance(d, list) else d
print('headings:', [f"{x['level']} {x['marker']}{x['title']}" for x in h] if isinstance(h, list) else h)
print('indicators:', [f"{x['text']}={x.get('value')}{x.get('multiplier') or ''}{x.get('unit') or ''} [{x.get('label')}]" for x in i] if isinstance(i, list) else i)
print('chunks:', len(c) if isinstance(c, list) else c, '| title:', (d.get('title') or {}).get('text'), '| meta:', {k: v for k, v in (d.get('meta') or {}).items() if k != 'lines' and v},
      '| closing:', {k: v for k, v in (d.get('closing') or {}).items() if k in ('signature', 'date')})
