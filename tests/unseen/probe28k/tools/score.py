#!/usr/bin/env python3
"""Compare the CLI rows (out/NAME.jsonl) with my expectations (expect/NAME.tsv).
Label rule: score.py's label_ok (gold ⊂ pred or pred ⊂ gold after norm()); unit rule: score.py's unit_ok
(expected unit may carry the multiplier). Prints every failing row and the totals.
Usage: tools/score.py [--all]   (--all also lists labels that pass but differ from mine)"""
import csv, json, os, sys, importlib.util
here = os.path.dirname(os.path.abspath(__file__)); root = os.path.join(here, '..')
sys.path.insert(0, here)
from view import load
spec = importlib.util.spec_from_file_location('score', '/work/shared/eval/score.py')
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)

def unit_ok(pred_row, gold_unit):
    pu = (pred_row.get('multiplier') or '') + (pred_row.get('unit') or '')
    return S.unit_ok(pu, gold_unit) or S.unit_ok(pred_row.get('unit'), gold_unit) or S.norm(pu) == S.norm(gold_unit)

tot = dict(sent=0, rows=0, exp=0, label_fail=0, unit_fail=0, kind_fail=0, missed=0, extra=0, differ=0)
show_all = '--all' in sys.argv
for f in sorted(os.listdir(os.path.join(root, 'src'))):
    n = f[:-4]
    sents, rows = load(os.path.join(root, 'src', f), os.path.join(root, 'out', n + '.jsonl'))
    tot['sent'] += len(sents); tot['rows'] += len(rows)
    exp = list(csv.DictReader(open(os.path.join(root, 'expect', n + '.tsv'), encoding='utf-8'), delimiter='\t'))
    used = set()
    for e in exp:
        hit = None
        for j, r in enumerate(rows):
            if j in used or r['sid'] != e['sid']:
                continue
            if S.overlaps(r['text'], e['text']):
                hit = j; break
        if e['label'] == '-':
            if hit is not None:
                used.add(hit); tot['extra'] += 1
                print(f"EXTRA  {n} {e['sid']} «{e['text']}» cli=[{rows[hit]['label']}]")
            continue
        tot['exp'] += 1
        if hit is None:
            tot['missed'] += 1
            print(f"MISSED {n} {e['sid']} «{e['text']}» want=[{e['label']}]")
            continue
        used.add(hit); r = rows[hit]
        ok = S.label_ok(r, {'label': e['label']})
        if not ok:
            tot['label_fail'] += 1
            print(f"LABEL  {n} {e['sid']} #{r['id']} «{e['text']}» cli=[{r['label']}] want=[{e['label']}]")
        elif S.norm(r['label']) != S.norm(e['label']):
            tot['differ'] += 1
            if show_all:
                print(f"passes {n} {e['sid']} #{r['id']} «{e['text']}» cli=[{r['label']}] want=[{e['label']}]")
        if e['unit'] and not unit_ok(r, e['unit']):
            tot['unit_fail'] += 1
            print(f"UNIT   {n} {e['sid']} #{r['id']} «{e['text']}» cli={(r.get('multiplier') or '')}{r.get('unit') or ''} want={e['unit']}")
        if (e['kind'] and e['kind'] != r['kind']) or (e['approx'] and e['approx'] != (r.get('approx') or '')):
            tot['kind_fail'] += 1
            print(f"KIND   {n} {e['sid']} #{r['id']} «{e['text']}» cli={r['kind']}/{r.get('approx')} want={e['kind'] or r['kind']}/{e['approx']}")
    for j, r in enumerate(rows):
        if j not in used:
            tot['extra'] += 1
            print(f"UNEXP  {n} {r['sid']} #{r['id']} «{r['text']}» cli=[{r['label']}] (no expectation)")
print('TOTAL', ' '.join(f'{k}={v}' for k, v in tot.items()))
