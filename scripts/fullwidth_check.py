#!/usr/bin/env python3
"""Full-width digits robustness: the same reports, typed in a full-width input mode, must give the
same indicators.

    python3 scripts/fullwidth_check.py BIN [FILES...]   # default files: as wrap_check.py

Word files and older web pages often hold digits, the decimal point and the percent sign in their
full-width forms (`２０２３年`, `８．５％`). Every line of each file (tables and the first three
lines left alone) is so rewritten: ASCII digits and `%` become full-width, a `.` between two
digits `．`. The file and its rewritten copy are parsed with `BIN indicators --format jsonl`;
the indicators are compared as (text, value, unit, label, kind) with full-width forms folded
back. Prints every indicator that differs (`-` ASCII only, `+` full-width only) and a last line
`total N differ M` on stderr.
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wrap_check  # noqa: E402 (the comparison loop and the default files)

WIDE = {ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789%"}
NARROW = {chr(ord(c) + 0xFEE0): c for c in "0123456789.%"}


def widened(text):
    out = []
    for i, line in enumerate(text.split("\n")):
        if i < 3 or "|" in line:
            out.append(line)
            continue
        line = re.sub(r"(?<=[0-9])\.(?=[0-9])", "\uff0e", line)
        out.append(line.translate(WIDE))
    return "\n".join(out)


def narrow(s):
    return "".join(NARROW.get(c, c) for c in s)


def indicators(binary, path):
    run = subprocess.run([binary, "indicators", "--format", "jsonl", path], capture_output=True, text=True)
    rows = [json.loads(x) for x in run.stdout.splitlines()]
    return [tuple(narrow(str(d.get(k))) for k in ("text", "value", "unit", "label", "kind")) for d in rows]


def main():
    wrap_check.compare(sys.argv[1], sys.argv[2:] or wrap_check.default_files(), widened, indicators)


if __name__ == "__main__":
    main()
