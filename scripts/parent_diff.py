#!/usr/bin/env python3
"""Parent links of two builds side by side: the indicators whose `parent` differs.

    python3 scripts/parent_diff.py OLD_BIN NEW_BIN [FILES...]   # default files:
                                                                # ../shared/{corpus,devset/texts,unlabeled}
                                                                # and tests/unseen (the 84 texts)

Each file is parsed with `BIN parse --format json` by both binaries. For every indicator whose
parent differs prints `file  text  [label]  old parent  ->  new parent  |  …the words before it`
(a parent as its text and [label]); any other difference (another field of an indicator, the
number of indicators, the outline) is printed as OTHER. Last line on stderr:
`parent changes N, other differences M`.
"""
import glob
import json
import os
import subprocess
import sys


def parse(binary, path):
    out = subprocess.run([binary, "parse", "--format", "json", path], check=True,
                         capture_output=True).stdout
    return json.loads(out)[0]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    old_bin, new_bin = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.path.join(here, "..", "..", "shared")
    files = sys.argv[3:] or sorted(
        glob.glob(os.path.join(shared, "corpus", "*.txt"))
        + glob.glob(os.path.join(shared, "devset", "texts", "*.txt"))
        + glob.glob(os.path.join(shared, "unlabeled", "*.txt"))
        + glob.glob(os.path.join(here, "..", "tests", "unseen", "*.txt")))
    parents = others = 0
    for path in files:
        a, b = parse(old_bin, path), parse(new_bin, path)
        name = os.path.basename(path)
        rest = lambda r: {k: v for k, v in r.items() if k != "indicators"}
        if rest(a) != rest(b):
            print(f"{name}\tOTHER outline or metadata")
            others += 1
        ia, ib = a["indicators"], b["indicators"]
        if len(ia) != len(ib):
            print(f"{name}\tOTHER {len(ia)} -> {len(ib)} indicators")
            others += 1
            continue
        text = open(path, encoding="utf-8").read().encode()
        show = lambda inds, p: None if p is None else f"{inds[p]['text']}[{inds[p]['label']}]"
        for x, y in zip(ia, ib):
            if {k: v for k, v in x.items() if k != "parent"} != {k: v for k, v in y.items() if k != "parent"}:
                print(f"{name}\tOTHER {x['text']} [{x['label']}]")
                others += 1
            if x["parent"] != y["parent"]:
                parents += 1
                s, e = x["span"]["start"], x["span"]["end"]
                before = text[max(0, s - 150):e].decode("utf-8", "ignore").replace("\n", "⏎")[-60:]
                print(f"{name}\t{x['text']}\t[{x['label']}]\t{show(ia, x['parent'])}\t->\t"
                      f"{show(ib, y['parent'])}\t|\t…{before}")
    print(f"parent changes {parents}, other differences {others}", file=sys.stderr)


if __name__ == "__main__":
    main()
