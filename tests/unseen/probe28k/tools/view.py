#!/usr/bin/env python3
"""Print each sentence of a document with the CLI rows whose figure falls in it.
Sentence ids: P<paragraph>.<n> where n counts 。-ended sentences inside the paragraph (paragraph 1 = first body line)."""
import json, sys, re

def sentences(path):
    """Yield (sid, line, char_start, char_end, text) for every 。-ended sentence of the body."""
    lines = open(path, encoding='utf-8').read().split('\n')
    p = 0
    for ln, l in enumerate(lines, 1):
        if ln == 1 or not l.strip():
            continue
        p += 1
        start, n = 0, 0
        for m in re.finditer(r'[^。]*(。|$)', l):
            if not m.group(0).strip():
                continue
            n += 1
            yield (f"P{p}.{n}", ln, m.start(), m.end(), m.group(0))

def rows(path):
    return [json.loads(x) for x in open(path, encoding='utf-8') if x.strip()]

def sid_of(sents, r):
    for s in sents:
        if s[1] == r['line'] and s[2] <= r['char_start'] - line_off(r) < s[3]:
            return s[0]
    return '?'

_lineoff = {}
def line_off(r):
    return _lineoff.get(r['line'], 0)

def fmt(r):
    extra = []
    for k in ('direction', 'approx', 'basis', 'from', 'to', 'low', 'high', 'parent', 'base'):
        if r.get(k) is not None:
            extra.append(f"{k}={r[k]}")
    return f"#{r['id']} [{r['label']}] {r['value']} {r.get('multiplier') or ''}{r.get('unit') or ''} {r['kind']} {' '.join(extra)} «{r['text']}»"

def load(txt, jl):
    text = open(txt, encoding='utf-8').read()
    lines = text.split('\n')
    off = 0
    for i, l in enumerate(lines, 1):
        _lineoff[i] = off
        off += len(l) + 1
    sents = list(sentences(txt))
    rs = rows(jl)
    for r in rs:
        r['sid'] = sid_of(sents, r)
    return sents, rs

if __name__ == '__main__':
    sents, rs = load(sys.argv[1], sys.argv[2])
    for s in sents:
        print(f"{s[0]} L{s[1]}: {s[4]}")
        for r in rs:
            if r['sid'] == s[0]:
                print('   ' + fmt(r))
    lost = [r for r in rs if r['sid'] == '?']
    for r in lost:
        print('?? ' + fmt(r))
