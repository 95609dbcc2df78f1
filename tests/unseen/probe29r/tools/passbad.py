#!/usr/bin/env python3
"""Matched rows whose label passes score.py's rule but differs from the gold label (for reading)."""
import json, sys
sys.path.insert(0, '/work/shared/eval')
import score
gdir = sys.argv[1]
for name in sys.argv[2:]:
    gold = json.load(open('%s/%s.json' % (gdir, name)))
    doc = score.Doc('src/%s.txt' % name)
    pred = json.load(open('out/%s.indicators.json' % name))
    pred = pred['indicators'] if isinstance(pred, dict) else pred
    pr = [doc.pred_range(p) for p in pred]
    used = set()
    for g in gold['indicators']:
        hit = None
        for gs, ge in doc.gold_ranges(g):
            for j, r in enumerate(pr):
                if j not in used and r and r[0] < ge and gs < r[1]:
                    hit = j; break
            if hit is not None: break
        if hit is None: continue
        used.add(hit)
        p = pred[hit]
        if score.label_ok(p, g) and score.norm(p.get('label')) != score.norm(g['label']) and not g.get('table'):
            print('%s L%d %s | pred [%s] | gold [%s]' % (name, g['line'], g['text'], p.get('label'), g['label']))
