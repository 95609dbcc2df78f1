#!/usr/bin/env python3
"""Per-item disagreements, using score.py's own matching (imported), from saved parser output in out/."""
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
    ph = json.load(open(os.path.join(root,'out',name+'.headings.json')))
    if isinstance(ph, dict): ph = ph.get('headings', [])
    pk, gk = S.keyed(ph), S.keyed(gold['headings'])
    for k in gk:
        if k not in pk: print(f'{name} HEAD-MISS L{k[0]} lvl{k[1]} {gold["headings"][0]}')
        elif S.strip_title(pk[k].get('title')) != S.strip_title(gk[k].get('title')):
            print(f'{name} HEAD-TITLE L{k[0]} gold={gk[k]["title"]!r} pred={pk[k].get("title")!r}')
    for k in pk:
        if k not in gk: print(f'{name} HEAD-EXTRA L{k[0]} lvl{k[1]} {pk[k].get("marker")}{pk[k].get("title")}')
    pr = [doc.pred_range(p) for p in pred]
    used = set()
    for g in gold['indicators']:
        hit = None
        for gs, ge in doc.gold_ranges(g):
            for j, r in enumerate(pr):
                if j not in used and r and r[0] < ge and gs < r[1]:
                    hit = j; break
            if hit is not None: break
        if hit is None:
            print(f'{name} MISS L{g["line"]} «{g["text"]}» gold[{g["label"]}] {g["value"]}{g.get("multiplier") or ""}{g.get("unit") or ""}')
            continue
        used.add(hit); p = pred[hit]
        desc = f'pred[{p.get("label")}] {p.get("value")} {p.get("multiplier") or ""}{p.get("unit") or ""} {p.get("kind")} dir={p.get("direction")} from={p.get("from")} to={p.get("to")} low={p.get("low")} high={p.get("high")} approx={p.get("approx")} «{p.get("text")}»'
        if not S.value_ok(p, g):
            print(f'{name} VALUE L{g["line"]} «{g["text"]}» gold {g["value"]}{g.get("multiplier") or ""}{g.get("unit") or ""} | {desc}')
        if S.label_ok(p, g) is False:
            print(f'{name} LABEL L{g["line"]} «{g["text"]}» gold[{g["label"]}] | {desc}')
    for j, p in enumerate(pred):
        if j in used: continue
        r = pr[j]
        trap = [t['text'] for t in gold.get('non_indicators', []) if r and any(r[0] < te and ts < r[1] for ts, te in doc.gold_ranges(t))]
        print(f'{name} EXTRA L{p.get("line")} «{p.get("text")}» [{p.get("label")}] {p.get("value")} {p.get("multiplier") or ""}{p.get("unit") or ""} {p.get("kind")} low={p.get("low")} high={p.get("high")}' + (f'  TRAP {trap}' if trap else ''))
