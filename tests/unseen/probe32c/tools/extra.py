#!/usr/bin/env python3
"""Beyond score.py: for matched items, compare kind, direction, approx/bounds, from, multiplier, and list
labels that pass score.py's substring test but differ from the gold (pass-but-different)."""
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
        gk, pk = g.get('kind'), p.get('kind')
        tag=[]
        if gk != pk and not (gk=='count' and pk in ('count','money','percent')) and not (gk in('money','percent') and pk in ('money','percent','count')):
            tag.append(f'KIND gold={gk} pred={pk}')
        if g.get('direction') and g['direction'] != p.get('direction'): tag.append(f'DIR gold={g["direction"]} pred={p.get("direction")}')
        if g.get('from') is not None and not S.close(p.get('from'), g['from']): tag.append(f'FROM gold={g["from"]} pred={p.get("from")}')
        if g.get('approx') and not p.get('approx') and p.get('low') is None and p.get('high') is None: tag.append(f'APPROX gold={g["approx"]} pred=none')
        if S.label_ok(p,g) and not g.get('table') and S.norm(p.get('label'))!=S.norm(g['label']): tag.append(f'LABEL~ gold[{g["label"]}] pred[{p.get("label")}]')
        if tag: print(f'{name} L{g["line"]} «{g["text"]}» ' + '; '.join(tag))
