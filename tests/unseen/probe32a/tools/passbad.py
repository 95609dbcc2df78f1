#!/usr/bin/env python3
"""Matched items whose label passes score.py's lenient test but differs from the gold label (for reading)."""
import json, sys, os
sys.path.insert(0, '/work/shared/eval')
import score as S
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gdir = sys.argv[1] if len(sys.argv) > 1 else 'gold'
for name in ['d1','d2','d3','d4']:
    gold = json.load(open(os.path.join(root, gdir, name+'.json')))
    doc = S.Doc(os.path.join(root,'src',name+'.txt'))
    pred = json.load(open(os.path.join(root,'out',name+'.indicators.json')))
    if isinstance(pred, dict): pred = pred.get('indicators', [])
    pr = [doc.pred_range(p) for p in pred]; used=set()
    for g in gold['indicators']:
        hit=None
        for gs, ge in doc.gold_ranges(g):
            for j, r in enumerate(pr):
                if j not in used and r and r[0] < ge and gs < r[1]: hit=j; break
            if hit is not None: break
        if hit is None: continue
        used.add(hit); p=pred[hit]
        if S.label_ok(p,g) and S.norm(p.get('label'))!=S.norm(g['label']):
            print(f'{name} L{g["line"]} «{g["text"]}» gold[{g["label"]}] pred[{p.get("label")}] unit={p.get("unit")} kind={p.get("kind")}')
