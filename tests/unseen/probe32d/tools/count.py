#!/usr/bin/env python3
"""count verdicts per section over expect/*.tsv. Verdicts: ok, poor (passes score.py's label_ok but poorer than CONVENTIONS),
wrong (label or value/unit fails), missed, trap (a listed trap taken), EXTRA, AMBIG (CONVENTIONS does not decide), ok-trap."""
import glob, collections
tot = collections.Counter(); per = collections.OrderedDict()
for f in sorted(glob.glob("expect/*.tsv")):
    name = f.split("/")[-1][:-4]
    c = per.setdefault(name, collections.Counter())
    for l in open(f, encoding="utf-8").readlines()[1:]:
        x = l.rstrip("\n").split("\t"); v = x[6].split("(")[0]
        v = {"LABEL-FAIL": "wrong", "VALUE": "wrong", "ATTR": "wrong", "MISSED": "missed", "TRAP": "trap"}.get(v, v)
        c[v] += 1
        if x[5] or x[7]: c["parser rows"] += 1
        if x[2] and x[2] not in "-?": c["judged"] += 1
        if x[2] == "-": c["traps listed"] += 1
        if x[2] == "?" and x[7]: c["AMBIG taken"] += 1
keys = ["parser rows", "judged", "ok", "poor", "wrong", "missed", "traps listed", "trap", "EXTRA", "AMBIG", "AMBIG taken"]
print("section\t" + "\t".join(keys))
for n, c in per.items():
    print(n + "\t" + "\t".join(str(c[k]) for k in keys)); tot.update(c)
print("total\t" + "\t".join(str(tot[k]) for k in keys))
