import csv, sys
txt, out = sys.argv[1], sys.argv[2]
lines = open(txt, encoding='utf-8').read().split('\n')
rows = list(csv.DictReader(open(out, encoding='utf-8')))
by = {}
for r in rows:
    by.setdefault(int(r['line']), []).append(r)
S = 0
for i, l in enumerate(lines, 1):
    if i < 3 or not l.strip():
        continue
    S += 1
    print(f"S{S} L{i}: {l}")
    for r in by.get(i, []):
        extra = []
        for k in ('direction', 'approx', 'basis', 'from', 'to', 'low', 'high', 'parent', 'base'):
            if r.get(k):
                extra.append(f"{k}={r[k]}")
        print(f"   #{r['id']} [{r['label']}] {r['value']} {r['multiplier']}{r['unit']} {r['kind']} {' '.join(extra)} «{r['text']}»")
