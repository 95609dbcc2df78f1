#!/usr/bin/env python3
"""print the parser's headings on lines FIRST..LAST of NAME (out/NAME.head.json)"""
import json, sys
name, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def walk(x):
    if isinstance(x, list):
        for y in x: yield from walk(y)
    elif isinstance(x, dict):
        yield x
        yield from walk(x.get("children", []))
for h in walk(json.load(open(f"out/{name}.head.json"))):
    if lo <= h["line"] <= hi:
        print(h["line"], "L%d" % h["level"], repr(h["marker"]), h["style"], h["title"][:40], "inline" if h["inline_body"] else "")
