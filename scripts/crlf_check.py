#!/usr/bin/env python3
"""Other line ends: the same reports with every line break written `\\r\\n` (or `\\r` alone, NEL,
U+2028, U+2029) must give the same indicators.

    python3 scripts/crlf_check.py BIN [FILES...]          # default files: as wrap_check.py
    python3 scripts/crlf_check.py --break cr BIN [FILES...]  # crlf (default), cr, nel, ls, ps, trailing

Classic Mac text ends its lines with `\\r` alone; some exports use Unicode's line separators.
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


# `trailing`: the spaces PDF text often leaves at a line's end, before `\n`.
BREAKS = {"crlf": "\r\n", "cr": "\r", "nel": "\u0085", "ls": "\u2028", "ps": "\u2029", "trailing": "  \n"}


def normal(s, brk):
    return s.replace(brk, "\n") if brk != "\r\n" else s.replace("\r", "")


def main():
    args = sys.argv[1:]
    brk = BREAKS["crlf"]
    if args[:1] == ["--break"]:
        brk = BREAKS[args[1]]
        args = args[2:]

    def indicators(binary, path):
        run = subprocess.run([binary, "indicators", "--format", "jsonl", path], capture_output=True, text=True)
        rows = [json.loads(x) for x in run.stdout.split("\n") if x]
        return [tuple(normal(str(d.get(k)), brk) for k in ("text", "value", "unit", "label", "kind"))
                for d in rows]

    wrap_check.compare(args[0], args[1:] or wrap_check.default_files(), lambda t: t.replace("\n", brk),
                       indicators)


if __name__ == "__main__":
    main()
