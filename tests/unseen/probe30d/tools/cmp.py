#!/usr/bin/env python3
"""Join my spec (spec/NAME.spec, written before reading the parser's labels) with the parser's CSV rows
(out/NAME.indicators.csv) for the section's lines; write expect/NAME.tsv with an automatic verdict.
Overrides: spec/NAME.verdict lines `line<TAB>figure[#n]<TAB>verdict<TAB>note` (#n = nth spec row with that figure on the line) replace the automatic verdict.
Spec columns: line, figure, label ('-' = trap), value, unit, note. value: number, 'lo~hi' (range).
Extra parser rows on the section's lines that no spec row covers are listed as EXTRA (to be judged)."""
import csv, re, sys, os, unicodedata
def src(n):
    p=f"/work/shared/unlabeled/{n}.txt"
    return p if os.path.exists(p) else f"/work/main/tests/unseen/{n}.txt"

def norm(s):
    if s is None: return ""
    s = unicodedata.normalize("NFKC", str(s))
    return "".join(ch for ch in s if not ch.isspace() and ch not in "()[]（）【】")

def label_ok(p, g):
    g, p = norm(g), norm(p)
    return bool(p) and (g in p or p in g)

def close(a, b):
    try: a, b = float(a), float(b)
    except (TypeError, ValueError): return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))

MULT = ("万亿", "千万", "百万", "十万", "万", "亿", "千", "百")
def unit_ok(p, g):
    if not g: return True
    p, g = norm(p), norm(g)
    if p == g or (p and p.endswith(g)): return True
    return any(g.startswith(m) and len(g) > len(m) and p == g[len(m):] for m in MULT)

name = sys.argv[1]
lo_line, hi_line = int(sys.argv[2]), int(sys.argv[3])
text = open(src(name), encoding="utf-8").read()
lines = text.split("\n")
starts = [0]
for l in lines[:-1]: starts.append(starts[-1] + len(l) + 1)
preds = [r for r in csv.DictReader(open(f"out/{name}.indicators.csv", encoding="utf-8"))
         if lo_line <= int(r["line"]) <= hi_line]
for r in preds:
    ln = int(r["line"]); r["c0"] = int(r["char_start"]) - starts[ln - 1]; r["c1"] = int(r["char_end"]) - starts[ln - 1]
over = {}
try:
    for l in open(f"spec/{name}.verdict", encoding="utf-8"):
        if l.strip() and not l.startswith("#"):
            f = l.rstrip("\n").split("\t"); fig, _, k = f[1].partition("#")
            over[(int(f[0]), fig, int(k or 1))] = (f[2], f[3] if len(f) > 3 else "")
except FileNotFoundError: pass
used, out, pos, occ = set(), [], {}, {}
for l in open(f"spec/{name}.spec", encoding="utf-8"):
    if not l.strip() or l.startswith("#"): continue
    f = (l.rstrip("\n").split("\t") + [""] * 6)[:6]
    ln, fig, lab, val, unit, note = int(f[0]), f[1], f[2], f[3].strip(), f[4].strip(), f[5]
    s = lines[ln - 1].find(fig, pos.get(ln, 0))
    if s < 0: sys.exit(f"not found (rows must be in text order): {ln} {fig}")
    pos[ln] = s + len(fig)
    e = s + len(fig)
    cands = [r for r in preds if int(r["line"]) == ln and r["c0"] < e and r["c1"] > s and id(r) not in used]
    cands.sort(key=lambda r: -(min(e, r["c1"]) - max(s, r["c0"])))
    p = cands[0] if cands else None
    if p: used.add(id(p))
    plab = p["label"] if p else ""
    pval = (f"{p['value']}{p['multiplier']}{p['unit']}" + (f" {p['kind']}" if p['kind'] else "") + (f" {p['direction']}" if p['direction'] else "")
            + (f" from={p['from']}" if p['from'] else "") + (f" low={p['low']}" if p['low'] else "") + (f" high={p['high']}" if p['high'] else "")
            + (f" approx={p['approx']}" if p['approx'] else "") + f" «{p['text']}»") if p else ""
    if lab == "-":
        v = "TRAP" if p else "ok"
    elif not p:
        v = "MISSED"
    else:
        if "~" in val:
            a, b = val.split("~"); vok = close(p["low"] or p["from"], a) and close(p["high"] or p["to"], b)
        else:
            vok = close(p["value"], val) or close(p["to"], val)
        if not vok: v = "VALUE"
        elif not unit_ok(p["unit"], unit) and not unit_ok(p["multiplier"] + p["unit"], unit): v = "UNIT"
        elif not label_ok(plab, lab): v = "LABEL-FAIL"
        else: v = "ok"
    auto = v
    occ[(ln, fig)] = occ.get((ln, fig), 0) + 1
    if (ln, fig, occ[(ln, fig)]) in over: v, onote = over[(ln, fig, occ[(ln, fig)])]; note = (note + "; " + onote).strip("; ")
    out.append([str(ln), fig, lab, unit, plab, v, pval, note, auto])
for r in preds:
    if id(r) not in used:
        key = (int(r["line"]), r["text"], 1)
        v, onote = over.get(key, ("EXTRA", ""))
        out.append([r["line"], r["text"], "?", "", r["label"], v,
                    f"{r['value']}{r['multiplier']}{r['unit']} {r['kind']} {r['direction']}".strip() + f" «{r['text']}»", onote, "EXTRA"])
out.sort(key=lambda x: (int(x[0]),))
with open(f"expect/{name}.tsv", "w", encoding="utf-8") as fh:
    fh.write("line\tfigure\tmy_label\tunit\tparser_label\tverdict\tparser_value\tnote\tauto\n")
    for r in out: fh.write("\t".join(x.replace("\n", "⏎") for x in r) + "\n")
from collections import Counter
c = Counter(r[5] for r in out)
print(name, f"lines {lo_line}-{hi_line}", dict(c))
