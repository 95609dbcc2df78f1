#!/usr/bin/env python3
"""List numerals in src/NAME.txt that no gold indicator or trap covers (to review exhaustiveness)."""
import json, re, sys
for name in sys.argv[1:]:
    g = json.load(open('gold/%s.json' % name))
    lines = open('src/%s.txt' % name).read().split('\n')
    cov = {}
    for it in g['indicators'] + g['non_indicators']:
        for c in range(it['col'], it['col'] + len(it['text'])):
            cov[(it['line'], c)] = 1
    for i, ln in enumerate(lines, 1):
        for m in re.finditer(r'[\d.%]+|[零〇一二两三四五六七八九十百千万亿]+', ln):
            if any((i, c) in cov for c in range(m.start(), m.end())):
                continue
            print('%s:%d:%d %s   …%s…' % (name, i, m.start(), m.group(), ln[max(0, m.start()-6):m.end()+6]))
