#!/usr/bin/env python3
"""List every digit run and Chinese-numeral run not covered by a gold indicator, trap or heading marker
(my own exhaustiveness check of the gold; it does not use the parser)."""
import json, re, sys, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = ['一般','进一步','统一','一直','一批','一些','一线','之一','一方面','一致','一体','唯一','同一','一是','二是','三是','四是','五是','六是','一年来','一道','万家','一流','一起','一件事一次办','一同','一律','一并','一以贯之','一定','不一','一切','一带','一把手','一级','一手','千方百计','一年一度','第一，','第二，','第三，','第四，','第五，','一心一意','一张蓝图','一名','一次性','一二三','万象','单一','清零','化整为零','零售','单位：万','十四五','一体化','万无一失','一站式','一网通办','一案一档','一村一','一社区一','一乡一','三安全一稳定','三类','四类','一案','一线','一网','一窗','不一','千家万户','百姓','这一','第三方','下一步','一律']
for name in sys.argv[1:]:
    g = json.load(open(os.path.join(root,'gold',name+'.json'), encoding='utf-8'))
    lines = open(os.path.join(root,'src',name+'.txt'), encoding='utf-8').read().split('\n')
    cov = {}
    for it in g['indicators'] + g['non_indicators']:
        cov.setdefault(it['line'], []).append((it['col'], it['col'] + len(it['text'])))
    for h in g['headings']:
        cov.setdefault(h['line'], []).append((0, len(h['marker'])))
    for i, L in enumerate(lines, 1):
        spans = list(cov.get(i, []))
        for w in LEX:
            for m in re.finditer(re.escape(w), L): spans.append((m.start(), m.end()))
        # table rows (tab or 2+ spaces): a row-label marker at a cell start is an implicit marker
        if '\t' in L or '  ' in L:
            at = 0
            for cell in re.split(r'(\t|\s{2,})', L):
                m0 = re.match(r'\s*(?:其中：)?((?:（[一二三四五六七八九十]+）)|[一二三四五六七八九十]+、|[0-9]+\.)', cell)
                if m0: spans.append((at, at + m0.end()))
                at += len(cell)
        for m in re.finditer(r'[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+', L):
            if not any(a <= m.start() and m.end() <= b for a, b in spans) and not any(a < m.end() and m.start() < b for a, b in spans if (a,b) in cov.get(i, [])):
                print(f'{name}:{i}:{m.start()} {m.group()!r}  …{L[max(0,m.start()-8):m.end()+8]}…')
