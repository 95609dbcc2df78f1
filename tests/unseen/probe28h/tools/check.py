#!/usr/bin/env python3
"""Runs baogao on every X.docx and its twin X.txt in a folder (docs/ by default) and diffs the results.

  python3 tools/check.py [DIR] [--bin PATH]

Compared per document: indicators as (value, multiplier+unit, label) multisets, headings (level, title),
title, meta, closing (signature, date), table cells (row label, column label, value).
`-` rows: in the text result only (lost in .docx); `+` rows: in the .docx result only (extra).
"""
import json, os, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = '/work/notes/s28/baogao-t7'
args = sys.argv[1:]
if '--bin' in args:
    i = args.index('--bin'); BIN = args[i + 1]; del args[i:i + 2]
DIR = args[0] if args else os.path.join(HERE, 'docs')


def run(*a):
    p = subprocess.run([BIN, *a], capture_output=True, text=True)
    return p.stdout, p.stderr


def val(v):
    if isinstance(v, list):
        return '[%s]' % ','.join(val(x) for x in v)
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def facts(path):
    out, err = run('parse', '--format', 'json', path)
    docs = json.loads(out) if out.strip() else []
    if not docs:
        return {'error': err.strip() or 'no output'}
    d = docs[0]
    f = {}
    f['ind'] = Counter((val(i['value']), (i.get('multiplier') or '') + (i.get('unit') or ''), i.get('label') or '') for i in d['indicators'])
    hs = []

    def walk(secs):
        for s in secs:
            h = s['heading']; hs.append((h['level'], (h['marker'] or {}).get('raw', ''), h['title']))
            walk(s.get('children', []))
    walk(d['sections'])
    f['head'] = Counter(hs)
    f['title'] = Counter([(d['title'] or {}).get('text')])
    m = {k: v for k, v in (d.get('meta') or {}).items() if k not in ('lines',)}
    f['meta'] = Counter([json.dumps(m, ensure_ascii=False, sort_keys=True)])
    c = d.get('closing') or {}
    f['closing'] = Counter([(c.get('signature'), c.get('date'))])
    cells = []
    for t in d.get('tables') or []:
        for r in t['rows']:
            for c in r['cells']:
                if c.get('value') is not None:
                    cells.append((c.get('row_label'), c.get('col_label'), val(c['value'])))
    f['cells'] = Counter(cells)
    f['_n'] = {'ind': len(d['indicators']), 'head': len(hs), 'cells': len(cells)}
    return f


def main():
    names = sorted(n[:-5] for n in os.listdir(DIR) if n.endswith('.docx'))
    tot = Counter()
    report = []
    for n in names:
        a = facts(os.path.join(DIR, n + '.txt'))
        b = facts(os.path.join(DIR, n + '.docx'))
        lines = []
        if 'error' in a or 'error' in b:
            lines.append('  ERROR txt=%s docx=%s' % (a.get('error'), b.get('error')))
            report.append('== %s\n%s' % (n, '\n'.join(lines)))
            tot['docs'] += 1; tot['err'] += 1
            continue
        for k in ('ind', 'head', 'cells', 'title', 'meta', 'closing'):
            lost = a[k] - b[k]; extra = b[k] - a[k]
            tot['rows_' + k] += sum(a[k].values())
            tot['diff_' + k] += sum(lost.values()) + sum(extra.values())
            for x, c in sorted(lost.items(), key=str):
                lines.append('  - %-7s %s%s' % (k, x, ' x%d' % c if c > 1 else ''))
            for x, c in sorted(extra.items(), key=str):
                lines.append('  + %-7s %s%s' % (k, x, ' x%d' % c if c > 1 else ''))
        tot['docs'] += 1
        if lines:
            tot['docs_differ'] += 1
        report.append('== %s  (txt: %d indicators, %d headings, %d cells; docx: %d, %d, %d)\n%s' % (
            n, a['_n']['ind'], a['_n']['head'], a['_n']['cells'], b['_n']['ind'], b['_n']['head'], b['_n']['cells'],
            '\n'.join(lines) if lines else '  (no difference)'))
    print('\n'.join(report))
    print('\n== totals')
    for k in sorted(tot):
        print('  %s %d' % (k, tot[k]))


if __name__ == '__main__':
    main()
