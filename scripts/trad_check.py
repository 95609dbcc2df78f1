#!/usr/bin/env python3
"""Traditional-character robustness: the same reports, written in traditional characters, must
give the same indicators, labels and headings.

    python3 -m venv /work/notes/trad19-venv && /work/notes/trad19-venv/bin/pip install opencc-purepy
    /work/notes/trad19-venv/bin/python scripts/trad_check.py [--config s2hk] BIN [FILES...]
        # default files: ../shared/{corpus,devset/texts,unlabeled}/*.txt and tests/unseen/*.txt
        # default config s2t (OpenCC's; s2hk: Hong Kong variants, s2tw: Taiwan's)

(`pip install opencc` works too: the script uses whichever of `opencc_purepy` and `opencc` it
finds.) Each file is converted to traditional characters with OpenCC's `s2t` and both forms are
parsed with `BIN parse --format json`. The indicators are paired by the character offset of their
span (s2t keeps the number of characters, which the script checks; a file where it does not is
paired by order). Counted per file and in total:

- rows: indicators of either form without a partner at the same place, or whose value, unit,
  kind, direction or multiplier differ;
- labels: paired indicators whose labels differ once the traditional label is read back to
  simplified (character by character, through the conversion of this very file);
- headings: heading titles (in document order) that differ, read back the same way, and headings
  of either form beyond the other's count;
- simplified: labels and heading titles of the traditional form still holding a character that
  s2t writes otherwise (a string not given back in the source's characters; s2t converts some
  phrases by context, so a few can be counted that are as written).

Prints one line per file with a difference and a last line
`total files F indicators N rows R labels L headings H simplified S` (N: indicators of the simplified form).
"""
import glob
import json
import os
import subprocess
import sys


def converter(config="s2t"):
    try:
        from opencc_purepy import OpenCC

        return OpenCC(config).convert
    except ImportError:
        import opencc

        c = opencc.OpenCC(config)
        return c.convert


def default_files():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    shared = os.path.join(root, "..", "shared")
    pats = [
        os.path.join(shared, "corpus", "*.txt"),
        os.path.join(shared, "devset", "texts", "*.txt"),
        os.path.join(shared, "unlabeled", "*.txt"),
        os.path.join(root, "tests", "unseen", "*.txt"),
    ]
    return [f for p in pats for f in sorted(glob.glob(p))]


def parse(binary, text):
    out = subprocess.run(
        [binary, "parse", "--format", "json", "-"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=True,
    ).stdout
    report = json.loads(out)
    return report[0] if isinstance(report, list) else report


def char_offsets(text):
    """Byte offset → character offset, for every character start."""
    at, out = 0, {}
    for k, c in enumerate(text):
        out[at] = k
        at += len(c.encode("utf-8"))
    out[at] = len(text)
    return out


def back_map(simp, trad):
    """Traditional character → the simplified characters it stands for in this file."""
    back = {}
    if len(simp) == len(trad):
        for s, t in zip(simp, trad):
            back.setdefault(t, set()).add(s)
    return back


def same_reading(s, t, back):
    """Whether the traditional string `t` reads back as the simplified `s`."""
    if s is None or t is None:
        return s == t
    return len(s) == len(t) and all(a == b or a in back.get(b, ()) for a, b in zip(s, t))


FIELDS = ("value", "unit", "kind", "direction", "multiplier")


def keyed(report, text, aligned):
    offs = char_offsets(text)
    out = {}
    for k, ind in enumerate(report["indicators"]):
        key = offs.get(ind["span"]["start"], -1) if aligned else k
        out.setdefault(key, ind)
    return out


def headings(sections, out):
    for s in sections:
        out.append(s["heading"]["title"])
        headings(s["children"], out)
    return out


def check(binary, path, convert):
    with open(path, encoding="utf-8") as f:
        simp = f.read()
    trad = convert(simp)
    aligned = len(simp) == len(trad)
    back = back_map(simp, trad)
    rs, rt = parse(binary, simp), parse(binary, trad)
    ks, kt = keyed(rs, simp, aligned), keyed(rt, trad, aligned)
    rows = labels = 0
    for key in set(ks) | set(kt):
        a, b = ks.get(key), kt.get(key)
        if a is None or b is None or any(a[f] != b[f] for f in FIELDS):
            rows += 1
        elif not same_reading(a["label"], b["label"], back):
            labels += 1
    hs, ht = headings(rs["sections"], []), headings(rt["sections"], [])
    heads = abs(len(hs) - len(ht)) + sum(
        not same_reading(a, b, back) for a, b in zip(hs, ht)
    )
    strings = [i["label"] for i in rt["indicators"]] + ht
    simplified = sum(convert(x) != x for x in strings)
    return len(rs["indicators"]), rows, labels, heads, simplified, aligned


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    args = sys.argv[1:]
    config = "s2t"
    if args[0] == "--config":
        config, args = args[1], args[2:]
    binary, files = args[0], args[1:] or default_files()
    convert = converter(config)
    total = [0, 0, 0, 0, 0]
    for path in files:
        n, rows, labels, heads, simplified, aligned = check(binary, path, convert)
        for k, v in enumerate((n, rows, labels, heads, simplified)):
            total[k] += v
        if rows or labels or heads or simplified:
            note = "" if aligned else " (paired by order)"
            print(
                f"{os.path.basename(path)}: indicators {n} rows {rows} labels {labels} "
                f"headings {heads} simplified {simplified}{note}"
            )
    print(
        "total files {} indicators {} rows {} labels {} headings {} simplified {}".format(
            len(files), *total
        )
    )


if __name__ == "__main__":
    main()
