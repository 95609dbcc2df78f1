#!/usr/bin/env python3
"""Label sanity on ../shared/unlabeled (real reports without gold), and label diffs between builds.

    python3 scripts/unlabeled_labels.py BIN             # shares of empty labels, labels ending in a
                                                         # verb or basis, labels with a digit
    python3 scripts/unlabeled_labels.py OLD_BIN NEW_BIN  # every (file, text, label) that changed

The tool behind the "N labels changed on the unlabeled set, read" figures of the label commits:
build the old binary in a second worktree (`git worktree add ../wt-base REV`), then read every
line of the diff before committing a label rule.
"""
import difflib
import glob
import json
import re
import subprocess
import sys

FILES = sorted(glob.glob("../shared/unlabeled/*.txt"))


def rows(binary):
    out = subprocess.run([binary, "indicators", "--format", "jsonl", *FILES], capture_output=True, check=True)
    return [json.loads(l) for l in out.stdout.decode().splitlines() if l.strip()]


def summary(rs):
    n = len(rs) or 1
    empty = sum(1 for r in rs if not r["label"])
    verb = sum(1 for r in rs if re.search(r"(同比|较上年|比上年|增长|下降|达到|为|占|提高到|超过)$", r["label"] or ""))
    digit = sum(1 for r in rs if re.search(r"[0-9]", r["label"] or ""))
    return f"indicators {len(rs)} empty {empty / n:.1%} verb/basis-end {verb / n:.1%} digit {digit / n:.1%}"


def keyed(rs):
    return [(r["file"].split("/")[-1], r["text"], r["label"]) for r in rs]


def main():
    if not FILES:
        sys.exit("no ../shared/unlabeled/*.txt beside the project root")
    if len(sys.argv) == 2:
        print(summary(rows(sys.argv[1])))
    elif len(sys.argv) == 3:
        old, new = rows(sys.argv[1]), rows(sys.argv[2])
        print("old:", summary(old))
        print("new:", summary(new))
        a, b = keyed(old), keyed(new)
        # Aligned as sequences, so that an indicator gained or lost shows as itself and does not
        # shift the pairing of every row after it.
        changed = 0
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if op == "equal":
                continue
            changed += max(i2 - i1, j2 - j1)
            for x in a[i1:i2]:
                print(f"< {x[0]} {x[1]} | {x[2]}")
            for y in b[j1:j2]:
                print(f"> {y[0]} {y[1]} | {y[2]}")
        print(f"indicators {len(a)} -> {len(b)}; rows changed, gained or lost: {changed}")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
