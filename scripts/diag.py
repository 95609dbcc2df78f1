#!/usr/bin/env python3
"""Per-item diagnostics on top of ../shared/eval/score.py: every gold indicator the CLI misses
(MISS), gets a wrong value (VALUE) or label (LABEL), traps taken (TRAP), extra indicators in files
whose gold is exhaustive (FP), and a COUNT line per scored label (whether the gold marks it
`label_paraphrase`). For reading what the SUMMARY line hides.

    cargo build --release -p baogao-cli
    python3 scripts/diag.py target/release/baogao ../shared/devset/gold ../shared/devset/texts prose
    python3 scripts/diag.py target/release/baogao ../shared/gold ../shared/corpus prose | grep LABEL

Arguments: BINARY GOLD_DIR TEXT_DIR [prose|tables] [FILE_NAME_PART].
"""
import sys, json, os, importlib.util
spec = importlib.util.spec_from_file_location("score", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "score.py"))
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
binary, gold_dir, text_dir = sys.argv[1], sys.argv[2], sys.argv[3]
part = sys.argv[4] if len(sys.argv) > 4 else "prose"
only = sys.argv[5] if len(sys.argv) > 5 else None
for name in sorted(os.listdir(gold_dir)):
    if only and only not in name: continue
    gold = json.load(open(os.path.join(gold_dir, name)))
    tp = os.path.join(text_dir, name[:-5] + ".txt")
    doc = S.Doc(tp)
    first, last = gold.get("annotated_lines") or (1, len(doc.lines))
    inside = lambda it: first <= int(it.get("line", 0) or 0) <= last
    pred = [p for p in S.run(binary, "indicators", tp, "indicators") if inside(p)]
    gi = gold.get("indicators", gold.get("indicators_sample", []))
    want = part == "tables"
    gi = [g for g in gi if bool(g.get("table")) == want]
    row = lambda p: S.is_table_line(doc.lines[int(p.get("line", 1) or 1) - 1])
    pred = [p for p in pred if row(p) == want]
    pr = [doc.pred_range(p) for p in pred]
    used = set()
    print("=====", name)
    for g in gi:
        hit = None
        for gs, ge in doc.gold_ranges(g):
            for j, r in enumerate(pr):
                if j not in used and r and r[0] < ge and gs < r[1]:
                    hit = j; break
            if hit is not None: break
        if hit is None:
            print(f"  MISS L{g.get('line')} {g['text']!r} label={g.get('label')!r}  | {doc.lines[g['line']-1][:80] if g.get('line') else ''}")
            continue
        used.add(hit); p = pred[hit]
        if not S.value_ok(p, g):
            print(f"  VALUE L{g.get('line')} {g['text']!r} gold={g.get('value')} {g.get('unit')} pred={p.get('value')} {p.get('unit')} kind={p.get('kind')} low={p.get('low')} high={p.get('high')}")
        lk = S.label_ok(p, g)
        if lk is not None:
            para = bool(g.get('label_paraphrase'))
            print(f"  COUNT para={para} ok={lk}")
        if lk is False:
            print(f"  LABEL L{g.get('line')} {g['text']!r} gold={g.get('label')!r} pred={p.get('label')!r}")
    for t in gold.get("non_indicators", []):
        ranges = doc.gold_ranges(t)
        for j, r in enumerate(pr):
            if j not in used and r and any(r[0] < te and ts < r[1] for ts, te in ranges):
                print(f"  TRAP L{t.get('line')} {t['text']!r} why={t.get('why')!r} pred={pred[j]['text']!r}"); break
    if gold.get("exhaustive") or gold.get("exhaustive_indicators"):
        for j, p in enumerate(pred):
            if j not in used:
                print(f"  FP L{p.get('line')} {p['text']!r} label={p.get('label')!r}")
