#!/usr/bin/env python3
"""Unscored fields of matched indicators (direction, from, approx/bounds, per, multiplier): where the
parser's differ from my gold. Uses score.py's matching (imported); reads saved output in out/."""
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
    pr = [doc.pred_range(p) for p in pred]; used = set()
    for g in gold['indicators']:
        hit = None
        for gs, ge in doc.gold_ranges(g):
            for j, r in enumerate(pr):
                if j not in used and r and r[0] < ge and gs < r[1]: hit = j; break
            if hit is not None: break
        if hit is None: continue
        used.add(hit); p = pred[hit]; bad = []
        if g.get('direction') != p.get('direction') and not (g.get('direction') is None and p.get('kind') != 'change'):
            bad.append(f"dir {g.get('direction')}≠{p.get('direction')}")
        if g.get('from') is not None and not S.close(p.get('from'), g['from']): bad.append(f"from {g['from']}≠{p.get('from')}")
        if bool(g.get('approx')) != bool(p.get('approx') or p.get('low') is not None or p.get('high') is not None) and not isinstance(g['value'], list):
            bad.append(f"approx {g.get('approx')}≠{p.get('approx')} low={p.get('low')} high={p.get('high')}")
        if (g.get('multiplier') or '') != (p.get('multiplier') or '') and not g.get('table'): bad.append(f"mult {g.get('multiplier')}≠{p.get('multiplier')}")
        if bad: print(f"{name} L{g['line']} «{g['text']}» [{p.get('label')}] " + '; '.join(bad))
