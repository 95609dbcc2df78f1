#!/usr/bin/env python3
"""Carry gold_clean/dN.json (written from spec/dN.spec on the clean text) onto the noisy src/dN.txt through
the char map of tools/noise.py. No parser output is used. Writes gold/dN.json (d3: the second copy of the
article is NOT annotated: it is a duplicate the reader should take once) and gold_dup/d3.json (both copies
annotated, to see the other noise apart from the duplication)."""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STRIP = ' \t\u3000'

def load(name):
    text = open(os.path.join(ROOT, 'src', name + '.txt'), encoding='utf-8').read()
    src = json.load(open(os.path.join(ROOT, 'src', name + '.map.json')))
    extra = json.load(open(os.path.join(ROOT, 'src', name + '.extra.json')))
    clean = open(os.path.join(ROOT, 'clean', name + '.txt'), encoding='utf-8').read()
    g = json.load(open(os.path.join(ROOT, 'gold_clean', name + '.json'), encoding='utf-8'))
    return text, src, extra, clean, g

def build(name, copies):
    text, src, extra, clean, g = load(name)
    cstart = [0]
    for L in clean.split('\n')[:-1]: cstart.append(cstart[-1] + len(L) + 1)
    nstart = [0]
    for L in text.split('\n')[:-1]: nstart.append(nstart[-1] + len(L) + 1)
    pos = {}
    for i, s in enumerate(src):
        if s >= 0: pos.setdefault(s, []).append(i)
    def span(a, b, copy):
        ps = [p for c in range(a + copy * 10**6, b + copy * 10**6) for p in pos.get(c, [])]
        if not ps: return None
        return min(ps), max(ps) + 1
    def lc(p):
        import bisect
        ln = bisect.bisect_right(nstart, p)
        return ln, p - nstart[ln - 1]
    out = dict(g); out['indicators'] = []; out['non_indicators'] = []; out['headings'] = []
    out['file'] = name + '.txt'
    for copy in copies:
        for it in g['indicators'] + g['non_indicators']:
            a = cstart[it['line'] - 1] + it['col']; sp = span(a, a + len(it['text']), copy)
            if sp is None: raise SystemExit(f'{name}: lost {it["text"]}')
            ln, col = lc(sp[0])
            n = dict(it); n.update(text=text[sp[0]:sp[1]], line=ln, col=col)
            if n['text'] != it['text']: n['clean_text'] = it['text']
            (out['indicators'] if it in g['indicators'] else out['non_indicators']).append(n)
        for h in g['headings']:
            a = cstart[h['line'] - 1]; m = len(h['marker']); t = len(h['title'])
            msp = span(a, a + m, copy) if m else None
            tsp = span(a + m, a + m + t, copy)
            marker = text[msp[0]:msp[1]].strip(STRIP) if msp else ''
            title = text[tsp[0]:tsp[1]].replace('\n', '')
            ln, _ = lc((msp or tsp)[0])
            n = dict(h); n.update(line=ln, marker=marker, title=title)
            out['headings'].append(n)
    for tr in extra['traps']:
        at = -1
        for _ in range(tr['n']):
            at = text.find(tr['text'], at + 1)
        if at < 0: raise SystemExit(f'{name}: trap {tr} not found')
        ln, col = lc(at)
        out['non_indicators'].append({"text": tr['text'], "line": ln, "col": col, "why": "page chrome / footnote (noise)"})
    for k in ('title_line',):
        if k in g:
            a = cstart[g[k] - 1]; sp = span(a, a + 1, copies[0]); out[k] = lc(sp[0])[0]
    return out

if __name__ == '__main__':
    outdir = sys.argv[1] if len(sys.argv) > 1 else 'gold'
    for name in ['d1', 'd2', 'd3', 'd4']:
        o = build(name, [0])
        json.dump(o, open(os.path.join(ROOT, outdir, name + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print(name, 'headings', len(o['headings']), 'indicators', len(o['indicators']), 'traps', len(o['non_indicators']))
    os.makedirs(os.path.join(ROOT, 'gold_dup'), exist_ok=True)
    o = build('d3', [0, 1])
    json.dump(o, open(os.path.join(ROOT, 'gold_dup', 'd3.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('gold_dup/d3', len(o['headings']), len(o['indicators']))
