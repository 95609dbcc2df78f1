#!/usr/bin/env python3
"""One-off: write expect/NAME.tsv from the CLI rows (out/NAME.jsonl) and my reading (tools/overrides.py).
Columns: sid, figure text, expected label ("-" = not an indicator), expected unit (with multiplier), expected kind
(blank = not checked), expected approx (blank = not checked), note. Rows I agree with keep the CLI label (leading
verbs and scope words that CONVENTIONS would strip were removed by hand in overrides.py where I noticed them)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from view import load
from overrides import OV, MISSED
KIND = {('e09_zhujian', 51): ('', '左右'), ('e01_shengtai', 43): ('', '约'), ('e14_gzbg', 25): ('', '多')}
root = os.path.join(os.path.dirname(__file__), '..')
for f in sorted(os.listdir(os.path.join(root, 'src'))):
    n = f[:-4]
    sents, rows = load(os.path.join(root, 'src', f), os.path.join(root, 'out', n + '.jsonl'))
    ov = OV.get(n, {})
    out = []
    for r in rows:
        lab, unit = r['label'], (r.get('multiplier') or '') + (r.get('unit') or '')
        note = ''
        if r['id'] in ov:
            v = ov[r['id']]
            if isinstance(v, tuple):
                lab, u = v
                if u:
                    unit = u
            else:
                lab = v
            note = 'cli=' + r['label'] if lab != r['label'] else ''
        kind, approx = KIND.get((n, r['id']), ('', ''))
        out.append((r['sid'], r['text'], lab, unit if lab != '-' else '', kind, approx, note))
    for sid, text, lab, unit in MISSED.get(n, []):
        out.append((sid, text, lab, unit or '', '', '', 'missed by CLI'))
    out.sort(key=lambda t: (int(t[0][1:].split('.')[0]), int(t[0].split('.')[1])))
    with open(os.path.join(root, 'expect', n + '.tsv'), 'w', encoding='utf-8') as w:
        w.write('sid\ttext\tlabel\tunit\tkind\tapprox\tnote\n')
        for t in out:
            w.write('\t'.join(t) + '\n')
