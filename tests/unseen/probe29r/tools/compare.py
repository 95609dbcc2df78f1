#!/usr/bin/env python3
"""Every disagreement between gold/NAME.json and out/NAME.indicators.json, matched the way score.py
matches (its own functions imported): misses, extra rows, wrong values, failing labels, and the
unscored fields (unit, multiplier, approx, direction, from, kind). Usage: compare.py GOLD_DIR r1 r2 ..."""
import json
import sys

sys.path.insert(0, '/work/shared/eval')
import score  # noqa: E402


def load(path):
    d = json.load(open(path, encoding='utf-8'))
    return d['indicators'] if isinstance(d, dict) else d


def main():
    gdir, names = sys.argv[1], sys.argv[2:]
    for name in names:
        gold = json.load(open('%s/%s.json' % (gdir, name), encoding='utf-8'))
        doc = score.Doc('src/%s.txt' % name)
        pred = load('out/%s.indicators.json' % name)
        pr = [doc.pred_range(p) for p in pred]
        used = set()
        print('=====', name)
        for g in gold['indicators']:
            hit = None
            for gs, ge in doc.gold_ranges(g):
                for j, r in enumerate(pr):
                    if j not in used and r and r[0] < ge and gs < r[1]:
                        hit = j
                        break
                if hit is not None:
                    break
            tag = 'T ' if g.get('table') else '  '
            if hit is None:
                print('%sMISS  L%d %s | gold %s' % (tag, g['line'], g['text'], g['label']))
                continue
            used.add(hit)
            p = pred[hit]
            probs = []
            if not score.value_ok(p, g):
                probs.append('VALUE %s%s n=%s (gold %s %s n=%s)' % (p.get('value'), p.get('unit') or '', p.get('normalized'), g.get('value'), g.get('unit'), g.get('normalized')))
            lk = score.label_ok(p, g)
            if lk is False:
                probs.append('LABEL [%s] (gold %s)' % (p.get('label'), g['label']))
            un = []
            gu = g.get('unit')
            if gu is not None and not score.unit_ok(p.get('unit'), gu) and not isinstance(g.get('value'), list):
                un.append('unit %s (gold %s)' % (p.get('unit'), gu))
            if (g.get('approx') or None) != (p.get('approx') or None):
                un.append('approx %s (gold %s)' % (p.get('approx'), g.get('approx')))
            if g.get('direction') and p.get('direction') != g.get('direction'):
                un.append('direction %s (gold %s)' % (p.get('direction'), g.get('direction')))
            if g.get('from') is not None and not score.close(p.get('from'), g['from']):
                un.append('from %s (gold %s)' % (p.get('from'), g['from']))
            if g.get('kind') and p.get('kind') != g.get('kind'):
                un.append('kind %s (gold %s)' % (p.get('kind'), g.get('kind')))
            if probs or un:
                print('%s%s L%d %s | pred text %r | %s%s' % (tag, 'FAIL ' if probs else 'note ', g['line'], g['text'], p.get('text'), '; '.join(probs), (' || ' + '; '.join(un)) if un else ''))
        traps = gold.get('non_indicators', [])
        for j, p in enumerate(pred):
            if j in used:
                continue
            r = pr[j]
            trap = [t['text'] for t in traps if r and any(r[0] < te and ts < r[1] for ts, te in doc.gold_ranges(t))]
            print('   EXTRA L%s %r [%s] %s%s%s' % (p.get('line'), p.get('text'), p.get('label'), p.get('value'), p.get('unit') or '', (' TRAP ' + ','.join(trap)) if trap else ''))


if __name__ == '__main__':
    main()
