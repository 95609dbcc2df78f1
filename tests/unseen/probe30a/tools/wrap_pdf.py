#!/usr/bin/env python3
"""Make src/d4.txt from work/d4_clean.txt: hard wraps at a display width (CJK = 2 columns) like PDF text,
never splitting a run of ASCII digits/letters (Word keeps a Latin 'word' together), first line of each
paragraph indented by two ideographic spaces' width (not written: pdf text drops indent), page number
'— N —' and a running header every PAGE lines. Title on two lines; signature/date right-aligned."""
import re, unicodedata, sys
W = int(sys.argv[1]) if len(sys.argv) > 1 else 72
PAGE = 26
HEADER = '临江市生态环境局2025年法治政府建设年度报告'
def w(s): return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)
def tokens(s):
    return re.findall(r'[0-9A-Za-z.%]+|.', s)
def wrap(par, width):
    out, cur = [], ''
    for t in tokens(par):
        if t == '¦':
            out.append(cur); cur = ''; continue
        if w(cur + t) > width and cur:
            # keep closing punctuation on the line (line-start prohibition)
            if t in '，。；：、）》”' :
                cur += t; out.append(cur); cur = ''; continue
            out.append(cur); cur = t
        else:
            cur += t
    if cur: out.append(cur)
    return out
src = open('work/d4_clean.txt', encoding='utf-8').read().rstrip('\n').split('\n')
body = ['临江市生态环境局', '2025年法治政府建设年度报告']
for i, par in enumerate(src[1:], 1):
    if par in ('临江市生态环境局',) or re.match(r'^\d{4}年\d+月\d+日$', par):
        body.append(' ' * 40 + par); continue
    body.extend(wrap(par, W))
out, page, n = [], 1, 0
for ln in body:
    out.append(ln); n += 1
    if n == PAGE:
        out.append(f'— {page} —'); page += 1; out.append(HEADER); n = 0
out.append(f'— {page} —')
open('src/d4.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out), 'lines', page, 'pages')
