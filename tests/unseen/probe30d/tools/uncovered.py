#!/usr/bin/env python3
"""Numerals in a section that neither a spec row nor a parser row covers (my exhaustiveness check)."""
import csv, re, sys, os
def src(n):
    p=f"/work/shared/unlabeled/{n}.txt"
    return p if os.path.exists(p) else f"/work/main/tests/unseen/{n}.txt"
name, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
text = open(src(name), encoding="utf-8").read(); lines = text.split("\n")
starts = [0]
for l in lines[:-1]: starts.append(starts[-1] + len(l) + 1)
cov = {}
for r in csv.DictReader(open(f"out/{name}.indicators.csv", encoding="utf-8")):
    ln = int(r["line"])
    if lo <= ln <= hi: cov.setdefault(ln, []).append((int(r["char_start"]) - starts[ln-1], int(r["char_end"]) - starts[ln-1]))
pos = {}
for l in open(f"spec/{name}.spec", encoding="utf-8"):
    if not l.strip(): continue
    f = l.rstrip("\n").split("\t"); ln = int(f[0]); s = lines[ln-1].find(f[1], pos.get(ln, 0)); pos[ln] = s + len(f[1])
    cov.setdefault(ln, []).append((s, s + len(f[1])))
pat = re.compile(r"[0-9０-９][0-9０-９.．]*|[零〇一二两三四五六七八九十百千万亿]+")
for ln in range(lo, hi + 1):
    for m in pat.finditer(lines[ln-1]):
        if not any(a < m.end() and b > m.start() for a, b in cov.get(ln, [])):
            print(ln, m.group(), "…" + lines[ln-1][max(0, m.start()-8):m.end()+6] + "…")
