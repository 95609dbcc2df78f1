#!/usr/bin/env python3
"""src/NAME.txt (line 1 = title, then one marked-up paragraph per line) -> NAME.txt (clean report:
title, blank, paragraphs separated by blank lines) + out/NAME.marks.json.
Markup: ⟦x⟧ trap number (⟦?x⟧ = CONVENTIONS silent / judgement call), ⟪x⟫ or ⟪x@label⟫ real indicator."""
import json, re, sys, os
src, dst, marks = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(src, encoding='utf-8').read().rstrip('\n').split('\n')
out, items = [lines[0]], []
tok = re.compile(r'⟦(\??)(.*?)⟧|⟪(.*?)⟫')
for raw in lines[1:]:
    if not raw.strip():
        continue
    out.append('')
    ln = len(out) + 1  # 1-based line number of this paragraph
    text, pos = '', 0
    for m in tok.finditer(raw):
        text += raw[pos:m.start()]
        if m.group(2) is not None:
            t = m.group(2)
            items.append({'line': ln, 'start': len(text), 'end': len(text) + len(t), 'text': t,
                          'type': 'silent' if m.group(1) else 'trap'})
        else:
            t, _, lab = m.group(3).partition('@')
            items.append({'line': ln, 'start': len(text), 'end': len(text) + len(t), 'text': t,
                          'type': 'real', 'label': lab or None})
        text += t
        pos = m.end()
    text += raw[pos:]
    assert '⟦' not in text and '⟪' not in text and '⟧' not in text and '⟫' not in text, raw
    out.append(text)
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
json.dump(items, open(marks, 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
