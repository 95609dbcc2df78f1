#!/usr/bin/env python3
"""Hard-wrap robustness: the same reports, wrapped as PDF text is, must give the same indicators.

    python3 scripts/wrap_check.py BIN [WIDTH] [FILES...]    # default width 38, default files:
                                                            # ../shared/{corpus,devset/texts,unlabeled}
                                                            # and tests/unseen
    python3 scripts/wrap_check.py --snippet target/release/examples/snippet [WIDTH] [FILES...]
                                                            # the same through baogao::indicators()

Every line longer than WIDTH characters (tables and the first three lines left alone) is cut every
WIDTH characters, never inside a run of digits (a PDF page keeps a number whole; it does break
between a number and its unit, inside words and inside units). Each file and its wrapped copy are
parsed with `BIN indicators --format jsonl` (with `--snippet`, read by `baogao::indicators()`
through the `snippet` example), and the indicators compared as (text without line
breaks, value, unit, label, kind). Prints every indicator that differs (`-` unwrapped only, `+`
wrapped only) and a last line `total N differ M` on stderr: the figure of the PDF-text commits.
"""
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile


def wrapped(text, width):
    out = []
    for i, line in enumerate(text.split("\n")):
        if i < 3 or len(line) <= width or "|" in line:
            out.append(line)
            continue
        k = 0
        while k < len(line):
            e = min(len(line), k + width)
            number = lambda c: (c.isascii() and c != " ") or c in "．％０１２３４５６７８９"
            while e < len(line) and e > k + 1 and number(line[e - 1]) and number(line[e]):
                e -= 1
            out.append(line[k:e])
            k = e
    return "\n".join(out)


SNIPPET = "--snippet" in sys.argv


def indicators(binary, path):
    # (The snippet example prints baogao::indicators() of a file, as JSON lines.)
    command = [binary, path] if SNIPPET else [binary, "indicators", "--format", "jsonl", path]
    run = subprocess.run(command, capture_output=True, text=True)
    rows = [json.loads(x) for x in run.stdout.splitlines()]
    return [(d["text"].replace("\n", ""), str(d.get("value")), d.get("unit"),
             (d.get("label") or "").replace("\n", ""), d.get("kind")) for d in rows]


def default_files():
    return sorted(
        glob.glob("../shared/corpus/*.txt") + glob.glob("../shared/devset/texts/*.txt")
        + glob.glob("../shared/unlabeled/*.txt") + glob.glob("tests/unseen/*.txt"))


def compare(binary, files, transform, read):
    """Each file against `transform` of its text: `read(binary, path)` gives its indicators as
    tuples; prints those that differ and returns (total, differ). scripts/space_check.py too."""
    total = differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            w = os.path.join(tmp, os.path.basename(f))
            with open(f, encoding="utf-8") as src, open(w, "w", encoding="utf-8") as dst:
                dst.write(transform(src.read()))
            a = collections.Counter(read(binary, f))
            b = collections.Counter(read(binary, w))
            total += sum(a.values())
            differ += sum((a - b).values())
            name = os.path.basename(f)[:16]
            for k in a - b:
                print(name, "-", k)
            for k in b - a:
                print(name, "+", k)
    print(f"total {total} differ {differ}", file=sys.stderr)
    return total, differ


def main():
    args = [a for a in sys.argv[1:] if a != "--snippet"]
    binary = args[0]
    width = int(args[1]) if len(args) > 1 else 38
    compare(binary, args[2:] or default_files(), lambda t: wrapped(t, width), indicators)


if __name__ == "__main__":
    main()
