#!/usr/bin/env python3
"""Tables as `pdftotext -layout` writes them: the devset's `| a | b |` rows with their columns
aligned by spaces instead, scored against the devset gold.

    python3 scripts/layout_check.py BIN [--keep DIR]

Every run of lines that start with `|` in /work/shared/devset/texts is rewritten as a layout
table: the pipes gone, each column padded to the widest cell of the run in display columns (a
CJK character is two wide), numbers right-aligned and other cells left-aligned, two spaces plus
one to four more (fixed per column, from a seeded generator) between columns; a row of one
cell (a caption such as `| 第二十条第（一）项 |`) is written as its text alone, and each table
under such a caption is laid out on its own. Prose is left as
it is, and every line keeps its number.

score.py locates a gold indicator by its line and its `col` (a character offset in the line),
and a predicted one by its byte span: the devset gold gives every item a `col`, so the gold is
rewritten too (each table item's `col` moved with its cell) into a temporary folder, and
score.py then runs on the layout texts and that gold with `--part tables`. score.py tells a
table line by its separators, which a layout row lacks: for the layout run its
`is_table_line` also accepts the rewritten rows (the same lines as the `|` rows). The SUMMARY line
it prints is given for both forms (`|` and layout). The indicators of each file are also
compared as rows (text, value, unit, label, kind) between the two forms, as crlf_check.py
does: the last line on stderr is `total N differ M`.
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata

DEVSET = "/work/shared/devset"
SCORE = "/work/shared/eval/score.py"
NUMBER = re.compile(r"^[-−+]?[0-9][0-9,.]*%?$")


def width(s):
    """Display width: 2 for wide (CJK, full-width) characters, 1 for others."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def cells_of(line):
    """The trimmed cells of a `| a | b |` row, each with its first character's offset in the line
    (the offset of the cell's place when it is empty)."""
    body = line.rstrip("\r")
    bars = [i for i, c in enumerate(body) if c == "|"]
    out = []
    for a, b in zip(bars, bars[1:]):
        raw = body[a + 1:b]
        lead = len(raw) - len(raw.lstrip())
        out.append((raw.strip(), a + 1 + lead))
    return out


def layout_block(rows, rng):
    """Rewrites a run of pipe rows; gives the new lines and, per line, a map from the old
    character offset of each cell to the new one."""
    cells = [cells_of(r) for r in rows]
    ncol = max(len(c) for c in cells)
    widths = [0] * ncol
    for row in cells:
        if len(row) < 2:
            continue
        for j, (t, _) in enumerate(row):
            widths[j] = max(widths[j], width(t))
    gaps = [2 + rng.randint(1, 4) for _ in range(ncol)]
    lines, maps = [], []
    for row in cells:
        if len(row) == 1:
            lines.append(row[0][0])
            maps.append({row[0][1]: (0, len(row[0][0]))})
            continue
        out, m = "", {}
        for j, (t, old) in enumerate(row):
            pad = widths[j] - width(t)
            if j:
                out += " " * gaps[j]
            if NUMBER.match(t):
                out += " " * pad
                m[old] = (len(out), len(t))
                out += t
            else:
                m[old] = (len(out), len(t))
                out += t + " " * pad
        lines.append(out.rstrip())
        maps.append(m)
    return lines, maps


def rewrite(text, seed):
    """The text with its pipe tables in layout form, and a map per line number (1-based) of
    cell offsets (old → (new, length))."""
    rng = random.Random(seed)
    lines = text.split("\n")
    out, maps = [], {}
    i = 0
    while i < len(lines):
        if not lines[i].lstrip().startswith("|"):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            j += 1
        # each table under its caption row is laid out on its own, as a PDF's tables are
        at = i
        while at < j:
            end = at + 1
            while end < j and len(cells_of(lines[end])) != 1:
                end += 1
            new, m = layout_block(lines[at:end], rng)
            for k, (line, mm) in enumerate(zip(new, m)):
                out.append(line)
                maps[at + k + 1] = mm
            at = end
        i = j
    return "\n".join(out), maps


def moved_col(item, maps):
    """The gold item's `col` in the rewritten line (unchanged on prose lines)."""
    m = maps.get(item.get("line"))
    if m is None or "col" not in item:
        return item.get("col")
    col = item["col"]
    for old, (new, n) in m.items():
        if old <= col < old + max(n, 1):
            return new + (col - old)
    return col


def indicators(binary, path):
    run = subprocess.run([binary, "indicators", "--format", "jsonl", path], capture_output=True, text=True)
    rows = [json.loads(x) for x in run.stdout.split("\n") if x]
    return [tuple(str(d.get(k)) for k in ("text", "value", "unit", "label", "kind")) for d in rows]


# score.py tells a table line by its separators (`|`, ` | `, a tab), which a layout row has
# none of: its `is_table_line` is widened to the rewritten rows (by their text) for the layout run.
PATCHED = """
import json, runpy, sys
sys.path.insert(0, {eval_dir!r})
import score
rows = set(json.load(open({rows!r}, encoding="utf-8")))
plain = score.is_table_line
score.is_table_line = lambda line: plain(line) or line in rows
sys.argv = ["score.py"] + {args!r}
score.main()
"""


def summary(binary, gold, texts, rows=None):
    args = ["--bin", binary, "--gold", gold, "--texts", texts, "--part", "tables"]
    if rows is None:
        cmd = [sys.executable, SCORE] + args
    else:
        code = PATCHED.format(eval_dir=os.path.dirname(SCORE), rows=rows, args=args)
        cmd = [sys.executable, "-c", code]
    run = subprocess.run(cmd, capture_output=True, text=True)
    lines = [x for x in run.stdout.split("\n") if x.startswith("SUMMARY")]
    return lines[-1] if lines else run.stdout + run.stderr


def main():
    args = sys.argv[1:]
    binary = os.path.abspath(args[0])
    keep = args[args.index("--keep") + 1] if "--keep" in args else None
    tmp = keep or tempfile.mkdtemp(prefix="layout_check.")
    texts, gold = os.path.join(tmp, "texts"), os.path.join(tmp, "gold")
    os.makedirs(texts, exist_ok=True)
    os.makedirs(gold, exist_ok=True)
    total = differ = 0
    table_rows = []
    for name in sorted(os.listdir(os.path.join(DEVSET, "texts"))):
        if not name.endswith(".txt"):
            continue
        stem = name[:-4]
        src = os.path.join(DEVSET, "texts", name)
        text = open(src, encoding="utf-8").read()
        new, maps = rewrite(text, stem)
        lines = new.split("\n")
        table_rows += [lines[n - 1] for n in maps if lines[n - 1].strip()]
        dst = os.path.join(texts, name)
        open(dst, "w", encoding="utf-8").write(new)
        g = json.load(open(os.path.join(DEVSET, "gold", stem + ".json"), encoding="utf-8"))
        for key in ("indicators", "indicators_sample", "non_indicators"):
            for item in g.get(key, []) or []:
                if "col" in item:
                    item["col"] = moved_col(item, maps)
        json.dump(g, open(os.path.join(gold, stem + ".json"), "w", encoding="utf-8"), ensure_ascii=False)
        if maps:
            a, b = indicators(binary, src), indicators(binary, dst)
            total += len(a)
            sa, sb = set(a), set(b)
            for row in a:
                if row not in sb:
                    differ += 1
                    print(f"{name} - {row}")
            for row in b:
                if row not in sa:
                    print(f"{name} + {row}")
    print("pipe form:  ", summary(binary, os.path.join(DEVSET, "gold"), os.path.join(DEVSET, "texts")))
    rows = os.path.join(tmp, "table_rows.json")
    json.dump(table_rows, open(rows, "w", encoding="utf-8"), ensure_ascii=False)
    print("layout form:", summary(binary, gold, texts, rows))
    print(f"total {total} differ {differ}", file=sys.stderr)


if __name__ == "__main__":
    main()
