#!/usr/bin/env python3
"""Strict per-field comparison of matched pairs (score.py's matching, imported): unit, multiplier, normalized,
approx, kind, direction, from, per; and labels that pass score.py but differ from the gold (pass-but-bad)."""
import json, sys, os
sys.path.insert(0, '/work/shared/eval')
import score as S
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gdir = sys.argv[1] if len(sys.argv) > 1 else 'gold'
def U(u, m): return (m or '') + (u or '')
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
        used.add(hit); p = pred[hit]; diffs = []
        if U(g.get('unit'), g.get('multiplier')) != U(p.get('unit'), p.get('multiplier')) and not (g.get('unit') is None and not g.get('table')):
            diffs.append(f"unit {U(g.get('unit'),g.get('multiplier'))!r}≠{U(p.get('unit'),p.get('multiplier'))!r}")
        gn, pn = g.get('normalized'), p.get('normalized')
        if not isinstance(gn, list) and gn is not None and not S.close(pn, gn): diffs.append(f'norm {gn}≠{pn}')
        if (g.get('approx') or None) != (p.get('approx') or None): diffs.append(f"approx {g.get('approx')}≠{p.get('approx')}")
        if g.get('direction') != p.get('direction') and g.get('kind') in ('change','percentage_points'): diffs.append(f"dir {g.get('direction')}≠{p.get('direction')}")
        if g.get('from') is not None and not S.close(p.get('from'), g['from']): diffs.append(f"from {g['from']}≠{p.get('from')}")
        if g.get('kind') != p.get('kind'): diffs.append(f"kind {g.get('kind')}≠{p.get('kind')}")
        lab = '' if S.norm(p.get('label')) == S.norm(g.get('label')) else f"  label gold[{g['label']}] pred[{p.get('label')}]" + ('' if S.label_ok(p, g) else ' FAIL')
        if diffs or lab:
            print(f"{name} L{g['line']} «{g['text']}» " + ' '.join(diffs) + lab)
