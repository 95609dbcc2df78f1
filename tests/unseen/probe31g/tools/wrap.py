#!/usr/bin/env python3
"""Turn src/d4.para.txt (one paragraph a line) into src/d4.txt: hard-wrapped PDF text, lines of ~35
characters broken mid-sentence (never inside a figure with its unit), paragraphs indented with two
full-width spaces, a page number line like "— 3 —" at the foot of each page and the running header
on top of every page after the first."""
import re, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W, PAGE = 35, 24
HEADER = '浦阳区人民检察院2024年工作情况报告'
TOK = re.compile(r'\d[\d,.]*(?:个百分点|万人次|人次|件次|万元|万吨|万次|公斤|亿元|余条|余场|[万亿]?[元件人个名%次场家条份亩岁处项所吨])?|[一二三四五六七八九十]+是|“[^”]{1,8}”|《[^》]*》')
paras = open(os.path.join(root, 'src', 'd4.para.txt'), encoding='utf-8').read().rstrip('\n').split('\n')
body = []
for i, p in enumerate(paras):
    if i < 3:                       # title, dateline, speaker: centred, not indented
        body.append(p); continue
    p = '　　' + p
    protect = set()
    for m in TOK.finditer(p):
        protect.update(range(m.start() + 1, m.end()))   # no break before these positions
    at = 0
    while len(p) - at > W:
        cut = at + W
        while cut in protect and cut > at + 20: cut -= 1
        if p[cut] in '，。；、：）”%': cut += 1          # no line opens with closing punctuation (kinsoku)
        body.append(p[at:cut]); at = cut
    body.append(p[at:])
out, page = [], 1
for k in range(0, len(body), PAGE):
    if k: out.append(HEADER)
    out.extend(body[k:k + PAGE])
    out.append(f'— {page} —'); page += 1
open(os.path.join(root, 'src', 'd4.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out), 'lines', page - 1, 'pages')
