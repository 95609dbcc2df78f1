#!/usr/bin/env python3
"""List every digit / Chinese-numeral run in src/NAME.txt that no gold item covers (indicator, trap,
heading marker, enumeration marker, lexical word). My exhaustiveness check before the first run."""
import json
import re
import sys

for name in sys.argv[1:]:
    g = json.load(open('gold/%s.json' % name, encoding='utf-8'))
    lines = open('src/%s.txt' % name, encoding='utf-8').read().split('\n')
    cov = {}
    for it in g['indicators'] + g['non_indicators']:
        s = cov.setdefault(it['line'], set())
        s.update(range(it['col'], it['col'] + len(it['text'])))
    for h in g['headings']:
        cov.setdefault(h['line'], set()).update(range(0, len(h['marker'])))
    lex = g.get('lexical', []) + ['一般', '进一步', '统一', '一体化', '一次性', '一些', '一方面', '另一方面', '万家', '千家万户', '一流', '一线', '一揽子', '第三方', '一件事', '一网通办', '之一', '一起', '同一', '唯一', '一致', '一直', '一定', '一项项', '一批', '万无一失', '一般性', '百姓', '千方百计', '一对一', '一站式', '一次', '不一', '一户一策', '一体', '一帮一']
    for i, ln in enumerate(lines, 1):
        c = set(cov.get(i, set()))
        for w in lex:
            for m in re.finditer(re.escape(w), ln):
                c.update(range(m.start(), m.end()))
        for m in re.finditer(r'(?:^|[，。；：、])([一二三四五六七八九十]是)', ln):
            c.update(range(m.start(1), m.end(1)))
        for m in re.finditer(r'[①②③④⑤⑥⑦⑧⑨⑩]', ln):
            c.update(range(m.start(), m.end()))
        for m in re.finditer(r'第[一二三四五六七八九十]+(?=，)', ln):
            c.update(range(m.start(), m.end()))
        for m in re.finditer(r'[0-9０-９]+|[零〇一二两三四五六七八九十百千万亿]+', ln):
            if not set(range(m.start(), m.end())) <= c:
                print('%s:%d:%d %s   …%s…' % (name, i, m.start(), m.group(), ln[max(0, m.start() - 8):m.end() + 8]))
