#!/usr/bin/env python3
"""view.py NAME.txt out/NAME.jsonl out/NAME.marks.json -> prints each paragraph (marks restored) with its rows.
Row tags follow score.py: reals are matched first (greedy, one row each, overlapping char range); a row left
unmatched that overlaps a ⟦trap⟧ is TRAP (score.py: trap hit); ⟦?silent⟧ -> SILENT; unmatched and unmarked -> EXTRA.
A real with no row is LOST; a real with an @label that fails score.py's label test is LABEL-FAIL."""
import json, sys, unicodedata
txt, jl, mk = sys.argv[1:4]
text = open(txt, encoding='utf-8').read()
lines = text.split('\n')
starts = [0]
for l in lines[:-1]:
    starts.append(starts[-1] + len(l) + 1)
b2c, b = {}, 0
for i, ch in enumerate(text):
    b2c[b] = i; b += len(ch.encode('utf-8'))
b2c[b] = len(text)
rows = [json.loads(l) for l in open(jl, encoding='utf-8') if l.strip()]
marks = json.load(open(mk, encoding='utf-8'))
def norm(s):
    s = unicodedata.normalize('NFKC', str(s or ''))
    return ''.join(c for c in s if not c.isspace() and c not in '()[]（）【】')
for r in rows:
    s, e = r['span']['start'], r['span']['end']
    r['_r'] = (b2c[s], b2c[e])
for m in marks:
    m['_r'] = (starts[m['line'] - 1] + m['start'], starts[m['line'] - 1] + m['end'])
ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
used = {}
for i, m in enumerate(marks):
    if m['type'] != 'real':
        continue
    for j, r in enumerate(rows):
        if j not in used and ov(r['_r'], m['_r']):
            used[j] = i; m['row'] = j; break
stats = {'para': 0, 'trap': 0, 'silent': 0, 'real': 0, 'trap_hit': 0, 'silent_hit': 0, 'lost': 0,
         'label_fail': 0, 'extra': 0, 'rows': len(rows), 'pure_trap_paras': 0, 'mixed_paras': 0}
tags = {}
for j, r in enumerate(rows):
    if j in used:
        m = marks[used[j]]
        g, p = norm(m.get('label')), norm(r['label'])
        if m.get('label') and not (p and (g in p or p in g)):
            tags[j] = 'LABEL-FAIL(gold %s)' % m['label']; stats['label_fail'] += 1
        else:
            tags[j] = 'ok'
        also = [t['text'] for t in marks if t['type'] != 'real' and ov(r['_r'], t['_r'])]
        if also:
            tags[j] += ' +covers-trap:' + ','.join(also)
        continue
    hit = [t for t in marks if t['type'] != 'real' and ov(r['_r'], t['_r'])]
    if any(t['type'] == 'trap' for t in hit):
        tags[j] = 'TRAP'; stats['trap_hit'] += 1
    elif hit:
        tags[j] = 'SILENT'; stats['silent_hit'] += 1
    else:
        real_hit = [t for t in marks if t['type'] == 'real' and ov(r['_r'], t['_r'])]
        tags[j] = 'DUP-ON-REAL' if real_hit else 'EXTRA'; stats['extra'] += 1
S = 0
for ln in range(3, len(lines) + 1):
    l = lines[ln - 1]
    if not l.strip():
        continue
    S += 1; stats['para'] += 1
    ms = sorted([m for m in marks if m['line'] == ln], key=lambda m: m['start'])
    shown, pos = '', 0
    for m in ms:
        shown += l[pos:m['start']]
        shown += ('⟦%s⟧' if m['type'] == 'trap' else '⟦?%s⟧' if m['type'] == 'silent' else '⟪%s⟫') % m['text']
        pos = m['end']
    shown += l[pos:]
    kinds = {m['type'] for m in ms}
    if 'real' in kinds: stats['mixed_paras'] += 1
    elif kinds: stats['pure_trap_paras'] += 1
    print(f"S{S} L{ln}: {shown}")
    for m in ms:
        stats[m['type']] += 1
        if m['type'] == 'real' and 'row' not in m:
            stats['lost'] += 1
            print(f"   !! LOST «{m['text']}»" + (f" (label {m['label']})" if m.get('label') else ''))
    for j, r in enumerate(rows):
        if r['line'] != ln:
            continue
        ex = ' '.join(f"{k}={r[k]}" for k in ('direction', 'approx', 'basis', 'from', 'to', 'low', 'high', 'parent', 'base') if r.get(k) is not None)
        flag = '' if tags[j] == 'ok' else '!! '
        print(f"   {flag}{tags[j]} #{r['id']} [{r['label']}] {r['value']} {r['multiplier'] or ''}{r['unit'] or ''} {r['kind']} {ex} «{r['text']}»")
print('STATS', json.dumps(stats, ensure_ascii=False))
