#!/usr/bin/env python3
"""spec/NAME.src (fields separated by '|') -> spec/NAME.spec (tab-separated, as cmp.py reads).
A literal with several [figures] (traps only) becomes one row per figure, each literal running from the end of the previous figure."""
import sys, re
for n in sys.argv[1:]:
    out = []
    for l in open(f"spec/{n}.src", encoding="utf-8"):
        l = l.rstrip("\n")
        if not l.strip() or l.startswith("#"): out.append(l); continue
        f = [x.strip() for x in l.split("|")]
        lit = f[0]
        parts = re.split(r"(\[[^\]]*\])", lit)
        figs = [i for i, p in enumerate(parts) if p.startswith("[")]
        if len(figs) <= 1:
            out.append("\t".join(f)); continue
        prev = 0
        for j, i in enumerate(figs):
            s = "".join(parts[prev:i + 1]) + ("".join(parts[i + 1:]) if j == len(figs) - 1 else "")
            out.append("\t".join([s] + f[1:])); prev = i + 1
    open(f"spec/{n}.spec", "w", encoding="utf-8").write("\n".join(out) + "\n")
