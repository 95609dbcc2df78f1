#!/usr/bin/env python3
"""Headings the parser gives on a section's lines: tools/heads.py NAME FIRST LAST"""
import json, sys
n, a, b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
h = json.load(open(f"out/{n}.headings.json")); h = h["headings"] if isinstance(h, dict) else h
for x in h:
    if a <= x["line"] <= b: print(x["line"], x["level"], repr(x.get("marker")), (x.get("title") or "")[:60])
