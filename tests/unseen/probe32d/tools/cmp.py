#!/usr/bin/env python3
"""Join my blind spec (spec/NAME.spec) with the parser's JSON rows (out/NAME.ind.json) in a line range.
Spec rows (tab-separated), in text order: literal  label('-'=trap, '?'=ambig)  value  unit  attrs  note
 literal: text searched forward from the cursor (NFKC); `ab[cd]ef` = figure is cd inside that literal.
 value: number, or lo~hi for a range; attrs: + / - (change up/down), pp, ~ (approx), lo, hi, from=X, ratio.
Overrides spec/NAME.verdict: `n<TAB>verdict<TAB>note` (n = spec row number, 1-based) or `x<TAB>text<TAB>verdict<TAB>note` for extras."""
import json, sys, unicodedata, os
def N(s): return "".join(c if len(unicodedata.normalize("NFKC", c)) != 1 else unicodedata.normalize("NFKC", c) for c in (s or ""))
def norm(s):
    s = N(str(s)) if s is not None else ""
    return "".join(ch for ch in s if not ch.isspace() and ch not in "()[]（）【】")
def label_ok(p, g):
    if " / " in g:  # table cell: every part of mine (split at " / " and spaces) inside the parser's label
        parts = [x for y in g.split(" / ") for x in y.split(" ") if x]
        return bool(p) and all(norm(x) in norm(p) for x in parts)
    g, p = norm(g), norm(p); return bool(p) and (g in p or p in g)
def close(a, b):
    try: a, b = float(a), float(b)
    except (TypeError, ValueError): return False
    return abs(a-b) <= 1e-6*max(1.0, abs(b))
name, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
tag = name + (sys.argv[4] if len(sys.argv) > 4 else "")
import os.path as _o
src = f"/work/shared/unlabeled/{name}.txt" if _o.exists(f"/work/shared/unlabeled/{name}.txt") else f"/work/main/tests/unseen/{name}.txt"
text = open(src, encoding="utf-8").read()
lines = text.split("\n"); starts=[0]
for l in lines[:-1]: starts.append(starts[-1]+len(l)+1)
s0, s1 = starts[lo-1], starts[hi-1]+len(lines[hi-1])
sec = N(text[s0:s1])
assert len(sec) == s1-s0
rows = [r for r in json.load(open(f"out/{name}.ind.json")) if lo <= r["line"] <= hi]
over = {}
if os.path.exists(f"spec/{tag}.verdict"):
    for l in open(f"spec/{tag}.verdict", encoding="utf-8"):
        if l.strip() and not l.startswith("#"):
            f = l.rstrip("\n").split("\t")
            if f[0] == "x": over[("x", f[1])] = (f[2], f[3] if len(f)>3 else "")
            else: over[int(f[0])] = (f[1], f[2] if len(f)>2 else "")
def lineof(off): 
    import bisect; return bisect.bisect_right(starts, off)
cur, used, out, k = 0, set(), [], 0
specspans = []
def desc(p):
    return (f"{p['value']}{p['multiplier'] or ''}{p['unit'] or ''} {p['kind']}" + (f" {p['direction']}" if p['direction'] else "")
        + (f" from={p['from']}" if p['from'] is not None else "") + (f" low={p['low']}" if p['low'] is not None else "")
        + (f" high={p['high']}" if p['high'] is not None else "") + (f" approx={p['approx']}" if p['approx'] else "") + f" «{p['text']}»")
for l in open(f"spec/{tag}.spec", encoding="utf-8"):
    if not l.strip() or l.startswith("#"): continue
    k += 1
    f = (l.rstrip("\n").split("\t")+[""]*6)[:6]
    lit, lab, val, unit, attrs, note = f
    if "[" in lit: pre, rest = lit.split("[",1); fig, post = rest.split("]",1)
    else: pre, fig, post = "", lit, ""
    i = sec.find(N(pre+fig+post), cur)
    if i < 0: sys.exit(f"row {k}: not found after cursor: {lit}")
    a = s0+i+len(N(pre)); b = a+len(N(fig)); cur = i+len(N(pre+fig))
    ln = lineof(a)
    specspans.append((a, b))
    c = [p for p in rows if p["char_start"] < b and p["char_end"] > a and id(p) not in used]
    c.sort(key=lambda p: -(min(b,p["char_end"])-max(a,p["char_start"])))
    p = c[0] if c else None
    if p: used.add(id(p))
    at = attrs.split()
    if lab == "-": v = "TRAP" if p else "ok-trap"
    elif lab == "?": v = "AMBIG"
    elif not p: v = "MISSED"
    else:
        probs = []
        if "~" in val and not val.startswith("~"):
            x, y = val.split("~"); vok = close(p["low"] if p["low"] is not None else (p["value"][0] if isinstance(p["value"],list) else None), x) and close(p["high"] if p["high"] is not None else (p["value"][1] if isinstance(p["value"],list) else None), y)
        elif "ratio" in at: vok = isinstance(p["value"], list) and [float(z) for z in val.split(":")] == [float(z) for z in p["value"]]
        else: vok = close(p["value"], val) or close(p["to"], val) or close(p["low"], val) or close(p["high"], val)
        if not vok: probs.append("VALUE")
        if "+" in at and p["direction"] != "up": probs.append("dir")
        if "-" in at and p["direction"] != "down": probs.append("dir")
        if "pp" in at and p["unit"] != "个百分点": probs.append("pp")
        if "~" in at and not p["approx"]: probs.append("approx")
        if "lo" in at and p["low"] is None: probs.append("low")
        if "hi" in at and p["high"] is None: probs.append("high")
        for t in at:
            if t.startswith("from=") and not close(p["from"], t[5:]): probs.append("from")
        if unit and norm(unit) not in norm((p["multiplier"] or "")+(p["unit"] or "")): probs.append("unit")
        if not label_ok(p["label"], lab): probs.append("LABEL")
        v = "ok" if not probs else ("VALUE" if "VALUE" in probs else "LABEL-FAIL" if "LABEL" in probs else "ATTR") + ("("+",".join(probs)+")" if probs else "")
    auto = v
    if k in over: v, on = over[k]; note = (note+"; "+on).strip("; ")
    out.append([ln, fig, lab, unit, attrs, p["label"] if p else "", v, desc(p) if p else "", note, auto])
for p in rows:
    if id(p) not in used:
        v, on = over.get(("x", p["text"]), ("EXTRA", ""))
        out.append([p["line"], p["text"], "", "", "", p["label"], v, desc(p), on, "EXTRA"])
out.sort(key=lambda r: r[0])
os.makedirs("expect", exist_ok=True)
with open(f"expect/{tag}.tsv","w",encoding="utf-8") as fh:
    fh.write("line\tfigure\tmy_label\tunit\tattrs\tparser_label\tverdict\tparser_value\tnote\tauto\n")
    for r in out: fh.write("\t".join(str(x).replace("\n","⏎") for x in r)+"\n")
import re
LEX = ['批零','刺五加','四川','一般','两岸','一年','进一步','统一','一批','一些','一线','之一','一方面','一致','一体','唯一','同一','一道','万家','一流','一起','一律','一并','一定','一切','一把手','一级','一次性','单一','千家万户','万众一心','一体化','一站式','第三方','零售','下一步','上半年','下半年','百姓','百分点','万元','亿元','千瓦','万人','一季度','万亩','万吨','一网通办','百强','万物','一手','一带','一路','一大批','五湖四海','一系列','一张','千方百计','一心一意','三农','一村一品','一站','一窗','一系列']
unc = []
for m in re.finditer(r'[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万亿]+', sec):
    a, b = s0 + m.start(), s0 + m.end()
    if any(x < b and a < y for x, y in specspans): continue
    if any(p["char_start"] < b and a < p["char_end"] for p in rows): continue
    if any(sec.find(w, max(0, m.start()-len(w)), m.end()+len(w)) >= 0 and sec.find(w, max(0, m.start()-len(w)), m.end()+len(w)) <= m.start() < sec.find(w, max(0, m.start()-len(w)), m.end()+len(w)) + len(w) for w in LEX): continue
    unc.append(f"{lineof(a)}\t{m.group()}\t…{sec[max(0,m.start()-10):m.end()+10]}…")
with open(f"expect/{tag}.uncov", "w", encoding="utf-8") as fh: fh.write("\n".join(unc) + ("\n" if unc else ""))
from collections import Counter
c = Counter(r[6].split("(")[0] for r in out)
print(tag, f"{lo}-{hi}", "rows", len(rows), dict(c), "uncovered", len(unc))
