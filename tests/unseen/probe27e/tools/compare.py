import json, subprocess, sys, os, csv, io, re
from collections import Counter
B = '/work/notes/s27/baogao-head3'
D = os.path.join(os.path.dirname(__file__), '..')
def run(*a):
    r = subprocess.run([B, *a], capture_output=True)
    return r.stdout.decode('utf-8', 'replace'), r.stderr.decode('utf-8', 'replace'), r.returncode
def load(f):
    out = {}
    s, e, rc = run('parse', '--format', 'json', f); out['parse'] = json.loads(s)[0] if rc == 0 else {'err': e}
    s, e, rc = run('chunks', '--max-chars', '100000', f); out['chunks'] = [json.loads(l) for l in s.splitlines() if l.strip()]
    s, e, rc = run('indicators', '--format', 'csv', f); out['ind'] = list(csv.DictReader(io.StringIO(s)))
    s, e, rc = run('headings', '--format', 'csv', f); out['head'] = list(csv.DictReader(io.StringIO(s)))
    s, e, rc = run('tables', '--format', 'csv', f); out['tab'] = list(csv.DictReader(io.StringIO(s)))
    s, e, rc = run('gio', f); out['gio'] = s if rc == 0 else 'ERR ' + e
    return out
CHROME = ['ICP', '8812345', '浏览', '点击', '访问量', '阅读', '上一篇', '下一篇', '打印', '关闭', '分享', '相关', '首页', '网站地图', '访客', '无障碍', '当前位置', '位置：', '字号', '字体', '搜索', '技术支持', '版权', '扫一扫', '公网安备', '在看', '青禾要闻', '部门动态', '责任编辑', '网站标识码', '返回', '收藏']
def norm(s): return re.sub(r'[\s\u3000\xa0]+', '', s)
def body_lines(o):
    return [l for c in o['chunks'] for l in c['text'].split('\n') if norm(l) and not l.lstrip().startswith('|')]
def main(names):
    for n in names:
        h = load(os.path.join(D, 'pages', n + '.html')); t = load(os.path.join(D, 'pages', n + '.txt'))
        json.dump({'html': h, 'txt': t}, open(os.path.join(D, 'out', n + '.json'), 'w'), ensure_ascii=False, indent=1)
        print('=' * 20, n)
        ph, pt = h['parse'], t['parse']
        if 'err' in ph: print('HTML ERR', ph['err']); continue
        ti = lambda p: (p.get('title') or {}).get('text')
        if ti(ph) != ti(pt): print('TITLE html=%r txt=%r' % (ti(ph), ti(pt)))
        for k in ['published', 'source', 'author', 'editor']:
            if ph['meta'].get(k) != pt['meta'].get(k): print('META %s html=%r txt=%r' % (k, ph['meta'].get(k), pt['meta'].get(k)))
        if ph.get('closing') != pt.get('closing'):
            c1, c2 = ph.get('closing') or {}, pt.get('closing') or {}
            if (c1.get('signature'), c1.get('date')) != (c2.get('signature'), c2.get('date')): print('CLOSING html=%r txt=%r' % ((c1.get('signature'), c1.get('date')), (c2.get('signature'), c2.get('date'))))
        bh, bt = body_lines(h), body_lines(t)
        nh, nt = Counter(map(norm, bh)), Counter(map(norm, bt))
        for l, c in (nh - nt).items(): print('BODY+ html only: %s%s' % (l[:110], '' if c == 1 else ' x%d' % c))
        for l, c in (nt - nh).items(): print('BODY- txt only : %s%s' % (l[:110], '' if c == 1 else ' x%d' % c))
        for l in nh:
            for m in CHROME:
                if m in l and m not in ''.join(nt): print('CHROME in body [%s]: %s' % (m, l[:100])); break
        print('boilerplate html: %s' % [b['text'][:40] for b in ph['boilerplate']])
        print('boilerplate txt : %s' % [b['text'][:40] for b in pt['boilerplate']])
        hk = lambda o: Counter((r['level'], r['marker'], r['title']) for r in o['head'])
        for k, c in (hk(h) - hk(t)).items(): print('HEAD+ html only', k)
        for k, c in (hk(t) - hk(h)).items(): print('HEAD- txt only ', k)
        ik = lambda o: Counter((r['label'], r['value'], r['multiplier'], r['unit'], r['kind']) for r in o['ind'])
        a, b = ik(h), ik(t)
        for k, c in (a - b).items(): print('IND+ html only', k, c)
        for k, c in (b - a).items(): print('IND- txt only ', k, c)
        tk = lambda o: Counter((r['row_label'], r['col_label'], r['value'], r['unit'], r['multiplier']) for r in o['tab'])
        a2, b2 = tk(h), tk(t)
        nd = sum(((a2 - b2) + (b2 - a2)).values())
        if nd: print('TABLE cells differ: %d (html %d, txt %d)' % (nd, len(h['tab']), len(t['tab'])))
        for k, c in list((a2 - b2).items())[:6]: print('  TAB+ html', k)
        for k, c in list((b2 - a2).items())[:6]: print('  TAB- txt ', k)
        g1, g2 = h['gio'].replace('.html', ''), t['gio'].replace('.txt', '')
        if g1 != g2: print('GIO differs', len(g1), len(g2))
        print('counts: ind html %d txt %d; head %d/%d; tab %d/%d' % (len(h['ind']), len(t['ind']), len(h['head']), len(t['head']), len(h['tab']), len(t['tab'])))
if __name__ == '__main__':
    names = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(D, 'pages')) if f.endswith('.html'))
    main(names)
