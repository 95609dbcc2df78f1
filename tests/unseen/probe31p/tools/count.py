#!/usr/bin/env python3
"""count verdicts per file over expect/*.tsv (spans of one file summed)"""
import glob, collections, re
tot = collections.Counter(); per = collections.OrderedDict()
for f in sorted(glob.glob("expect/*.tsv")):
    name = re.sub(r"[abcd]$", "", f.split("/")[-1][:-4])
    c = per.setdefault(name, collections.Counter())
    for l in open(f, encoding="utf-8").readlines()[1:]:
        x = l.rstrip("\n").split("\t"); v = x[6].split("(")[0]
        c[v] += 1
        if x[5] or x[7]: c["rows"] += 1
        if x[2] and x[2] not in "-?": c["mine"] += 1
        if x[2] == "-": c["traps"] += 1
keys = ["rows", "mine", "ok", "poor", "LABEL-FAIL", "VALUE", "MISSED", "TRAP", "EXTRA", "AMBIG", "traps"]
print("file\t" + "\t".join(keys))
for n, c in per.items():
    print(n + "\t" + "\t".join(str(c[k]) for k in keys)); tot.update(c)
print("total\t" + "\t".join(str(tot[k]) for k in keys))
