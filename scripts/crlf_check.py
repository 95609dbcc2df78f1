#!/usr/bin/env python3
"""Windows line ends: the same reports with every line break written `\\r\\n` must give the same
indicators.

    python3 scripts/crlf_check.py BIN [FILES...]   # default files: as wrap_check.py

Text extracted on Windows (`pdftotext` writes the platform's line ends, Word's "save as text"
too) ends its lines with `\\r\\n`; PDF text's page markers (`\\r\\n— 12 —\\r\\n`) and hard wraps
must read through them as through `\\n`. Each file and its `\\r\\n` copy are parsed with
`BIN indicators --format jsonl`; the indicators are compared as (text, value, unit, label, kind)
with `\\r` removed. Prints every indicator that differs and a last line `total N differ M` on
stderr.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wrap_check  # noqa: E402 (the comparison loop and the default files)


def crlf(text):
    return text.replace("\n", "\r\n")


def indicators(binary, path):
    run = subprocess.run([binary, "indicators", "--format", "jsonl", path], capture_output=True, text=True)
    rows = [json.loads(x) for x in run.stdout.splitlines()]
    return [tuple(str(d.get(k)).replace("\r", "") for k in ("text", "value", "unit", "label", "kind"))
            for d in rows]


def main():
    wrap_check.compare(sys.argv[1], sys.argv[2:] or wrap_check.default_files(), crlf, indicators)


if __name__ == "__main__":
    main()
