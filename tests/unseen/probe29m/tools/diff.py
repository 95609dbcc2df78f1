#!/usr/bin/env python3
"""Every disagreement between gold/NAME.json and the parser, matched as score.py matches (overlap, gold order),
over the whole file. Prints: MISS (gold not found), EXTRA (prediction matched to no gold; TRAP if it covers a
trap), LABEL (score.py label_ok fails), VALUE (value_ok fails), and the strict fields score.py does not check:
UNIT, MULT, KIND, DIR, FROM, NORM. Usage: diff.py GOLD_DIR NAME..."""
import importlib.util
import json
import subprocess
import sys

spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
BIN = "/work/notes/s29/baogao-h0"


def norm_unit(u):
    return score.norm(u) if u else ""


def main():
    gdir = sys.argv[1]
    for name in sys.argv[2:]:
        gold = json.load(open(f"{gdir}/{name}.json"))
        doc = score.Doc(f"src/{name}.txt")
        pred = score.run(BIN, "indicators", f"src/{name}.txt", "indicators")
        pr = [doc.pred_range(p) for p in pred]
        used = {}
        for gi, g in enumerate(gold["indicators"]):
            hit = None
            for gs, ge in doc.gold_ranges(g):
                for j, r in enumerate(pr):
                    if j not in used and r and r[0] < ge and gs < r[1]:
                        hit = j
                        break
                if hit is not None:
                    break
            tag = "T" if g.get("table") else "P"
            loc = f"{name}:{g['line']}:{tag}"
            if hit is None:
                print(f"{loc} MISS {g['text']} | {g['label']}")
                continue
            used[hit] = gi
            p = pred[hit]
            issues = []
            if not score.value_ok(p, g):
                issues.append(f"VALUE {p.get('value')} {p.get('unit')} (low {p.get('low')} high {p.get('high')})")
            lk = score.label_ok(p, g)
            if lk is False:
                issues.append(f"LABEL got「{p.get('label')}」want「{g['label']}」")
            gu, pu = g.get("unit"), p.get("unit")
            if isinstance(g.get("value"), list) is False and norm_unit(gu) != norm_unit(pu) and not (gu is None and not pu):
                issues.append(f"UNIT got {pu!r} want {gu!r}")
            if (g.get("multiplier") or None) != (p.get("multiplier") or None):
                issues.append(f"MULT got {p.get('multiplier')!r} want {g.get('multiplier')!r}")
            gk, pk = g.get("kind"), p.get("kind")
            if gk != pk:
                issues.append(f"KIND got {pk} want {gk}")
            if (g.get("direction") or None) != (p.get("direction") or None):
                issues.append(f"DIR got {p.get('direction')} want {g.get('direction')}")
            if g.get("from") is not None and not score.close(p.get("from"), g["from"]):
                issues.append(f"FROM got {p.get('from')} want {g['from']}")
            gn = g.get("normalized")
            if gn is not None and not isinstance(gn, list) and not score.close(p.get("normalized"), gn):
                issues.append(f"NORM got {p.get('normalized')} want {gn}")
            if issues:
                print(f"{loc} {g['text']} | " + " ; ".join(issues) + f" | pred text「{p.get('text')}」")
        traps = [(t, doc.gold_ranges(t)) for t in gold.get("non_indicators", [])]
        for j, p in enumerate(pred):
            if j in used:
                continue
            r = pr[j]
            why = [t["text"] for t, rs in traps if r and any(r[0] < te and ts < r[1] for ts, te in rs)]
            kind = "TRAP" if why else "EXTRA"
            print(f"{name}:{p.get('line')}:{'T' if score.is_table_line(doc.lines[int(p.get('line'))-1]) else 'P'} {kind} "
                  f"「{p.get('text')}」 {p.get('value')} {p.get('unit')} label「{p.get('label')}」 kind {p.get('kind')}"
                  + (f" covers trap {why}" if why else ""))


main()
