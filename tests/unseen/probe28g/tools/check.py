#!/usr/bin/env python3
"""Run the CLI on each clean original (src/NAME.txt) and its PDF forms (docs/NAME.FORM.txt); diff.

    python3 tools/check.py [BIN] [NAME.FORM ...]   (default BIN /work/notes/s28/baogao-t1)

Compared per (document, form), as multisets:
  indicators  (value, multiplier+unit, label)            from `indicators --format jsonl`
  headings    (level, title)                             from `headings --format jsonl`
  tables      (row_label, col_label, value)              from `tables --format jsonl`
  title text, closing (signature, date)                  from `parse --format json`
An indicator present on both sides with the same value/unit whose labels differ only so that the
scorer's containment rule accepts it (every part of the clean label, split at ' / ' and spaces,
NFKC-folded, contained in the form's NFKC-folded space-free label) is counted as `label~` (harmless).
Writes out/NAME.FORM.diff.txt, out/summary.tsv and prints every difference.
"""
import collections, glob, json, os, re, subprocess, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = sys.argv[1:]
BIN = args.pop(0) if args and os.path.isfile(args[0]) and not args[0].endswith(".txt") else "/work/notes/s28/baogao-t1"


def run(*a):
    r = subprocess.run([BIN, *a], capture_output=True, text=True)
    return r.stdout


def jl(s):
    return [json.loads(l) for l in s.splitlines() if l.strip()]


def fold(s):
    return unicodedata.normalize("NFKC", s or "")


def num(v):
    return json.dumps(v, ensure_ascii=False)


def get(path):
    ind = jl(run("indicators", "--format", "jsonl", path))
    hd = jl(run("headings", "--format", "jsonl", path))
    tb = jl(run("tables", "--format", "jsonl", path))
    pr = json.loads(run("parse", "--format", "json", path))[0]
    return dict(
        ind=[(num(i["value"]), (i.get("multiplier") or "") + (i.get("unit") or ""), i["label"], i["line"], i["text"]) for i in ind],
        hd=[(h["level"], h["title"], h["line"]) for h in hd],
        tb=[(t["row_label"], t["col_label"], num(t["value"]), t["line"]) for t in tb],
        title=(pr.get("title") or {}).get("text"),
        closing=None if not pr.get("closing") else (pr["closing"].get("signature"), pr["closing"].get("date")),
        ntables=len({t["table"] for t in tb}),
    )


def parts(label):
    label = re.sub(r"[（(][^）)]*[）)]", "", fold(label))
    return [p for p in re.split(r" / |\s+", label) if p]


def accepts(clean_label, form_label):
    f = re.sub(r"\s+", "", re.sub(r"[（(][^）)]*[）)]", "", fold(form_label)))
    return all(p in f for p in parts(clean_label))


def msdiff(a, b, key):
    ca = collections.Counter(key(x) for x in a)
    cb = collections.Counter(key(x) for x in b)
    lost = ca - cb
    extra = cb - ca
    return lost, extra


def compare(clean, form):
    res = {}
    k = lambda x: x[:3]
    lost, extra = msdiff(clean["ind"], form["ind"], k)
    lost_l, extra_l = list(lost.elements()), list(extra.elements())
    soft = []
    for x in list(lost_l):
        for y in extra_l:
            if x[0] == y[0] and x[1] == y[1] and accepts(x[2], y[2]):
                soft.append((x, y)); lost_l.remove(x); extra_l.remove(y); break
    res["ind_lost"], res["ind_extra"], res["ind_soft"] = lost_l, extra_l, soft
    hk = lambda x: (x[0], fold(x[1]))
    l, e = msdiff(clean["hd"], form["hd"], hk)
    res["hd_lost"], res["hd_extra"] = list(l.elements()), list(e.elements())
    tk = lambda x: (fold(x[0]), fold(x[1]), x[2])
    l, e = msdiff(clean["tb"], form["tb"], tk)
    res["tb_lost"], res["tb_extra"] = list(l.elements()), list(e.elements())
    res["title"] = None if fold(clean["title"]) == fold(form["title"]) else (clean["title"], form["title"])
    res["closing"] = None if clean["closing"] == form["closing"] else (clean["closing"], form["closing"])
    return res


def line_of(form, kind, key):
    for x in form[kind]:
        if x[:len(key)] == tuple(key):
            return x[-1] if kind != "ind" else x[3]
    return "?"


def main():
    os.makedirs(os.path.join(ROOT, "out"), exist_ok=True)
    forms = sorted(glob.glob(os.path.join(ROOT, "docs", "*.txt")))
    if args:
        forms = [os.path.join(ROOT, "docs", a + ".txt") for a in args]
    cache = {}
    summary = ["doc\tform\tind_clean\tind_form\tind_lost\tind_extra\tind_soft\thd_clean\thd_lost\thd_extra\ttb_clean\ttb_lost\ttb_extra\ttitle\tclosing"]
    tot = collections.Counter()
    for f in forms:
        base = os.path.basename(f)[:-4]
        name, form_name = base.split(".", 1)
        if name not in cache:
            cache[name] = get(os.path.join(ROOT, "src", name + ".txt"))
        c = cache[name]
        fr = get(f)
        r = compare(c, fr)
        out = [f"== {base}"]
        for x in r["ind_lost"]:
            out.append(f"  IND- {x}")
        for x in r["ind_extra"]:
            ln = next((y[3] for y in fr["ind"] if y[:3] == x), "?")
            txt = next((y[4] for y in fr["ind"] if y[:3] == x), "?")
            out.append(f"  IND+ {x}  [form line {ln}: {txt!r}]")
        for x, y in r["ind_soft"]:
            out.append(f"  LBL~ {x[2]!r} -> {y[2]!r}  ({x[0]} {x[1]})")
        for x in r["hd_lost"]:
            out.append(f"  HD-  {x}")
        for x in r["hd_extra"]:
            ln = next((y[2] for y in fr["hd"] if (y[0], fold(y[1])) == x), "?")
            out.append(f"  HD+  {x}  [form line {ln}]")
        for x in r["tb_lost"]:
            out.append(f"  TB-  {x}")
        for x in r["tb_extra"]:
            out.append(f"  TB+  {x}")
        if r["title"]:
            out.append(f"  TITLE {r['title'][0]!r} -> {r['title'][1]!r}")
        if r["closing"]:
            out.append(f"  CLOSING {r['closing'][0]} -> {r['closing'][1]}")
        text = "\n".join(out)
        print(text)
        open(os.path.join(ROOT, "out", base + ".diff.txt"), "w").write(text + "\n")
        row = [name, form_name, len(c["ind"]), len(fr["ind"]), len(r["ind_lost"]), len(r["ind_extra"]), len(r["ind_soft"]),
               len(c["hd"]), len(r["hd_lost"]), len(r["hd_extra"]), len(c["tb"]), len(r["tb_lost"]), len(r["tb_extra"]),
               int(bool(r["title"])), int(bool(r["closing"]))]
        summary.append("\t".join(map(str, row)))
        tot.update(dict(docs=1, ind=len(c["ind"]), ind_lost=len(r["ind_lost"]), ind_extra=len(r["ind_extra"]), soft=len(r["ind_soft"]),
                        hd=len(c["hd"]), hd_lost=len(r["hd_lost"]), hd_extra=len(r["hd_extra"]), tb=len(c["tb"]),
                        tb_lost=len(r["tb_lost"]), tb_extra=len(r["tb_extra"]), title=int(bool(r["title"])), closing=int(bool(r["closing"])),
                        clean_docs=int(not any([r["ind_lost"], r["ind_extra"], r["hd_lost"], r["hd_extra"], r["tb_lost"], r["tb_extra"], r["title"], r["closing"]]))))
    open(os.path.join(ROOT, "out", "summary.tsv"), "w").write("\n".join(summary) + "\n")
    print("TOTAL", dict(tot))


main()
