#!/usr/bin/env python3
"""Match predictions to gold the way score.py does and print every disagreement, scored or not.

Usage: compare.py [--bin B] NAME...   (reads gold/NAME.json, src/NAME.txt; writes nothing)
"""
import json, subprocess, sys
sys.path.insert(0, '/work/shared/eval')
import score as S

B = '/work/notes/s29/baogao-h0'
args = sys.argv[1:]
if args and args[0] == '--bin':
    B, args = args[1], args[2:]

def show(p):
    keys = ('label', 'value', 'multiplier', 'unit', 'kind', 'direction', 'approx', 'from', 'to', 'low', 'high', 'basis')
    return ' '.join('%s=%s' % (k, p.get(k)) for k in keys if p.get(k) not in (None, ''))

for name in args:
    gold = json.load(open('gold/%s.json' % name))
    doc = S.Doc('src/%s.txt' % name)
    pred = S.run(B, 'indicators', 'src/%s.txt' % name, 'indicators')
    pr = [doc.pred_range(p) for p in pred]
    used = set()
    print('=====', name)
    for g in gold['indicators']:
        hit = None
        for gs, ge in doc.gold_ranges(g):
            for j, r in enumerate(pr):
                if j not in used and r and r[0] < ge and gs < r[1]:
                    hit = j; break
            if hit is not None: break
        if hit is None:
            print('MISS   L%d «%s» gold[%s]' % (g['line'], g['text'], g['label']))
            continue
        used.add(hit)
        p = pred[hit]
        notes = []
        if not S.value_ok(p, g): notes.append('VALUE')
        if S.label_ok(p, g) is False: notes.append('LABEL')
        gk, pk = g.get('kind'), p.get('kind')
        if gk != pk: notes.append('kind %s→%s' % (gk, pk))
        if (g.get('direction') or None) != (p.get('direction') or None): notes.append('dir %s→%s' % (g.get('direction'), p.get('direction')))
        ga, pa = g.get('approx'), p.get('approx')
        if (ga or None) != (pa or None): notes.append('approx %s→%s' % (ga, pa))
        if 'from' in g and not S.close(p.get('from'), g['from']): notes.append('from %s→%s' % (g['from'], p.get('from')))
        if not isinstance(g.get('value'), list):
            if (g.get('unit') or '') != (p.get('unit') or '') and g.get('unit') is not None: notes.append('unit %s→%s' % (g.get('unit'), p.get('unit')))
            if (g.get('multiplier') or None) != (p.get('multiplier') or None): notes.append('mult %s→%s' % (g.get('multiplier'), p.get('multiplier')))
            if g.get('normalized') is not None and not S.close(p.get('normalized'), g['normalized']): notes.append('norm %s→%s' % (g['normalized'], p.get('normalized')))
        ptext = p.get('text')
        if ptext != g['text']: notes.append('span «%s»' % ptext)
        if notes:
            print('DIFF   L%d «%s» gold[%s] | %s || %s' % (g['line'], g['text'], g['label'], '; '.join(notes), show(p)))
    for j, p in enumerate(pred):
        if j in used: continue
        trap = [t for t in gold['non_indicators'] if any(pr[j] and pr[j][0] < te and ts < pr[j][1] for ts, te in doc.gold_ranges(t))]
        print('EXTRA%s L%s «%s» %s' % (' TRAP' if trap else '', p.get('line'), p.get('text'), show(p)))
