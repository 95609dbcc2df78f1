#!/usr/bin/env python3
"""List every digit run and Chinese-numeral run not covered by a gold indicator, trap or heading marker
(my own exhaustiveness check of the gold; it does not use the parser)."""
import json, re, sys, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = ['一般','进一步','统一','一直','一批','一些','一线','之一','一方面','一致','一体','唯一','同一','一是','二是','三是','四是','五是','六是','一年来','一道','万家','一流','一起','一件事一次办','一同','一律','一并','一以贯之','一定','不一','一切','一带','一把手','一级','一手','千方百计','一年一度','第一，','第二，','第三，','第四，','第五，','一心一意','一张蓝图','一名','一次性','一二三','万象','单一','清零','化整为零','关键一年','重要一年','市县两级','两委','千家万户','万众一心','一体化','一户一策','一村一品','一站式','一网通办','一张图','一对一','百姓','千克','百分点','万元','一线','一把手','一起','一季度','千瓦','一般性','四舍五入','万公里','公里/百平方公里','万座','亿人次','亿人公里','亿吨','亿吨公里','万TEU','万标箱','第三方','每万人口','每千人口','（亿元）','（万人）','（万吨）','零售','下一步','二氧化碳','量力而行','亿元地区生产总值','一次全面督查','每月召开一次','第一，','第二，','第三，','第四，','上半年','下半年','镇村两级','一要','二要','三要','招一个、带一串、聚一群','一老一小','第一责任人','第一平台','一并','第一，','第二，','第三，','第四，','万人次','亿元','万元','万平方米'] + ['第五，','一年','这一','零部件','二级单位','上一学年']
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
        for m in re.finditer(r'[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+', L):
            if not any(a <= m.start() and m.end() <= b for a, b in spans) and not any(a < m.end() and m.start() < b for a, b in spans if (a,b) in cov.get(i, [])):
                print(f'{name}:{i}:{m.start()} {m.group()!r}  …{L[max(0,m.start()-8):m.end()+8]}…')
