#!/usr/bin/env python3
"""Split my annotated source spec/NAME.ann into src/NAME.txt (plain text) and spec/NAME.spec (mkgold input).
Markup (mine; written before the parser ran):
  {text|label}  {text|label|opts}   indicator (opts as in mkgold: d=up v=a,b u=.. m=.. a=.. k=.. from=.. t)
  <text> <text|why>                 trap (non-indicator)
  line prefix @LEVEL|MARKER|        heading; title = text after the marker up to the first 。 or ；
  %TITLE  %META key|value  %CLOSE signature|value  %CLOSE date|value  %NOTE text   (no text line; CLOSE refers to the next line)
  lines starting with '#' are comments."""
import re, sys, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOK = re.compile(r'\{([^{}|]+)\|([^{}|]*)(?:\|([^{}]*))?\}|<([^<>|]+)(?:\|([^<>]*))?>')
def occ(L, s, col):
    n, at = 0, -1
    while True:
        at = L.find(s, at + 1)
        if at < 0: raise SystemExit(f'occ fail {s!r}')
        n += 1
        if at == col: return n
for name in sys.argv[1:]:
    out, spec = [], []
    title_next = False
    for raw in open(os.path.join(root, 'spec', name + '.ann'), encoding='utf-8'):
        raw = raw.rstrip('\n')
        if not raw.strip() or raw.startswith('#'): continue
        if raw.startswith('%'):
            tag, _, rest = raw[1:].partition(' ')
            ln = len(out) + 1
            if tag == 'TITLE': title_next = True
            elif tag == 'META': spec.append(f'META {rest.split("|")[0].strip()} | {rest.split("|",1)[1].strip()}')
            elif tag == 'CLOSE':
                k, v = rest.split('|', 1); spec.append(f'CLOSE {k.strip()} | {v.strip()} | {ln}')
            elif tag == 'NOTE': spec.append('NOTE | ' + rest.replace('|', '/'))
            continue
        head = None
        m = re.match(r'@(\d)\|([^|]*)\|', raw)
        if m: head = (int(m.group(1)), m.group(2)); raw = raw[m.end():]; raw = m.group(2) + raw
        line, items, pos = '', [], 0
        for t in TOK.finditer(raw):
            line += raw[pos:t.start()]
            if t.group(1) is not None:
                items.append(('I', len(line), t.group(1), t.group(2), t.group(3) or ''))
                line += t.group(1)
            else:
                items.append(('T', len(line), t.group(4), t.group(5) or '', ''))
                line += t.group(4)
            pos = t.end()
        line += raw[pos:]
        assert '{' not in line and '}' not in line and '<' not in line and '>' not in line, (name, line)
        out.append(line); ln = len(out)
        if title_next: spec.append(f'TITLE {ln} | {line}'); title_next = False
        if head:
            lvl, mk = head; body = line[len(mk):]
            title = re.split(r'[。；]', body)[0]
            spec.append(f'H {ln} | {lvl} | {mk} | {title}')
        for kind, col, s, a, b in items:
            n = occ(line, s, col)
            if kind == 'I': spec.append(f'I {ln} | {s} | {a} | {b} n={n}'.replace('|  n=', '| n='))
            else: spec.append(f'T {ln} | {s} | {a or "trap"} | n={n}')
    open(os.path.join(root, 'src', name + '.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    open(os.path.join(root, 'spec', name + '.spec'), 'w', encoding='utf-8').write('\n'.join(spec) + '\n')
    cjk = sum(1 for ch in ''.join(out) if '\u4e00' <= ch <= '\u9fff')
    print(name, 'lines', len(out), 'cjk', cjk)
