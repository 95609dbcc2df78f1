#!/usr/bin/env python3
"""Matched indicators whose label passes score.py only because the parser's label is a fragment of
mine (p in g) — mostly PDF-wrap fragments in d4 — or contains mine with extra words. Reads out/."""
import json, sys, os
sys.path.insert(0, '/work/shared/eval')
import score as S
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name in ['d1','d2','d3','d4']:
    gold = json.load(open(os.path.join(root, 'gold', name+'.json')))
    doc = S.Doc(os.path.join(root,'src',name+'.txt'))
    pred = json.load(open(os.path.join(root,'out',name+'.indicators.json')))
    if isinstance(pred, dict): pred = pred.get('indicators', [])
    pr = [doc.pred_range(p) for p in pred]; used = set()
    for g in gold['indicators']:
        hit = None
        for gs, ge in doc.gold_ranges(g):
            for j, r in enumerate(pr):
                if j not in used and r and r[0] < ge and gs < r[1]: hit = j; break
            if hit is not None: break
        if hit is None: continue
        used.add(hit); p = pred[hit]
        gl, pl = S.norm(g['label']), S.norm(p.get('label'))
        if S.label_ok(p, g) and gl != pl and not g.get('table'):
            kind = 'FRAGMENT' if pl in gl else 'LONGER'
            print(f"{name} L{g['line']} {kind} «{g['text']}» gold[{g['label']}] pred[{p.get('label')}]")
