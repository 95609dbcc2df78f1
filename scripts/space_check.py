#!/usr/bin/env python3
"""PDF-text spacing robustness: the same reports, spaced as PDF text is, must give the same
indicators.

    python3 scripts/space_check.py BIN [FILES...]   # default files: ../shared/{corpus,devset/texts,
                                                    # unlabeled} and tests/unseen

Text extracted from a PDF puts a space between an ideograph and a digit on either side, and none
next to punctuation (`2024 年 5 月`, `超 2300 万`, `45%至 50%`, `，2021 年`; devset 08 is such a
text). Every line of each file (tables and the first three lines left alone) is spaced so, and
the file and its spaced copy parsed with `BIN indicators --format jsonl`; the indicators are
compared as (text, value, unit, label, kind) with spaces removed. Prints every indicator that
differs (`-` close only, `+` spaced only) and a last line `total N differ M` on stderr.
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wrap_check  # noqa: E402 (the comparison loop and the default files)


def spaced(text):
    out = []
    for i, line in enumerate(text.split("\n")):
        if i < 3 or "|" in line:
            out.append(line)
            continue
        line = re.sub(r"(?<=[\u3400-\u9fff])([0-9])", r" \1", line)
        out.append(re.sub(r"([0-9])(?=[\u3400-\u9fff])", r"\1 ", line))
    return "\n".join(out)


def indicators(binary, path):
    run = subprocess.run([binary, "indicators", "--format", "jsonl", path], capture_output=True, text=True)
    rows = [json.loads(x) for x in run.stdout.splitlines()]
    return [tuple(str(d.get(k)).replace(" ", "") for k in ("text", "value", "unit", "label", "kind"))
            for d in rows]


def main():
    wrap_check.compare(sys.argv[1], sys.argv[2:] or wrap_check.default_files(), spaced, indicators)


if __name__ == "__main__":
    main()
