#!/usr/bin/env python3
"""score.py with one change: a line whose cells are separated by runs of 2+ spaces, or that ends in two or more
space-separated numbers, is a table line (score.py counts only '|' rows and tab rows). Everything else is
/work/shared/eval/score.py as it is (imported, not copied)."""
import importlib.util
import re
import sys

spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
_orig = score.is_table_line


def is_table_line(line):
    s = line.strip()
    return (_orig(line) or bool(re.search(r"\S {2,}\S", s))
            or bool(re.search(r"(?:^|\s)-?\d+(?:\.\d+)?(?:[ ]+-?\d+(?:\.\d+)?)+$", s)))


score.is_table_line = is_table_line
if __name__ == "__main__":
    score.main()
