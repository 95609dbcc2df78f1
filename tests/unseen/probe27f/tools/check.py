#!/usr/bin/env python3
"""Run the binary on docs/NAME.txt, compare with exp/NAME.json, write out/NAME.show.txt, print diffs."""
import json, os, subprocess, sys, unicodedata, re
B = '/work/notes/s27/baogao-head4'
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def norm(s):
    s = unicodedata.normalize('NFKC', str(s or ''))
    return ''.join(c for c in s if not c.isspace() and c not in '()[]（）【】').rstrip('。；;，,:：')
def run(verb, p):
    return json.loads(subprocess.run([B, verb, '--format', 'json', p], capture_output=True).stdout)
tot = {'docs': 0, 'hexp': 0, 'hpred': 0, 'tp': 0, 'titleok': 0}
for name in sys.argv[1:]:
    p = os.path.join(root, 'docs', name + '.txt')
    exp = json.load(open(os.path.join(root, 'exp', name + '.json'), encoding='utf-8'))
    src = open(p, encoding='utf-8').read().split('\n')
    hs = run('headings', p)
    hs = hs['headings'] if isinstance(hs, dict) else hs
    d = run('parse', p)[0]
    diffs = []
    def key(h):
        return (h['line'], h['level'])
    pk = {}
    for h in hs:
        pk.setdefault(key(h), []).append(h)
    gk = {}
    for h in exp['headings']:
        gk.setdefault(key(h), []).append(h)
    for k, gl in gk.items():
        pl = pk.get(k, [])
        for i, g in enumerate(gl):
            tot['hexp'] += 1
            if i < len(pl):
                tot['tp'] += 1
                if norm(pl[i]['title']) == norm(g['title']):
                    tot['titleok'] += 1
                else:
                    diffs.append(f"h4 TITLE line{k[0]} L{k[1]} got [{pl[i]['marker']}]'{pl[i]['title']}' want [{g['marker']}]'{g['title']}'")
            else:
                other = [h for h in hs if h['line'] == k[0]]
                if other:
                    diffs.append(f"h3 LEVEL line{k[0]} want L{k[1]} [{g['marker']}]'{g['title']}' got " + ', '.join(f"L{h['level']} [{h['marker']}]'{h['title']}'" for h in other))
                else:
                    diffs.append(f"h1 MISS line{k[0]} L{k[1]} [{g['marker']}]'{g['title']}'")
    for k, pl in pk.items():
        for i, h in enumerate(pl):
            tot['hpred'] += 1
            if i >= len(gk.get(k, [])):
                if any(g['line'] == k[0] for g in exp['headings']):
                    continue  # reported as level
                diffs.append(f"h2 FALSE line{k[0]} L{k[1]} [{h['marker']}]'{h['title']}'")
    tt = d.get('title') or {}
    want_t = exp['fields'].get('title') or ''.join(src[i - 1].strip() for i in exp['title'])
    if norm(tt.get('text')) != norm(want_t) or (exp['title'] and tt.get('lines') != exp['title']):
        diffs.append(f"t TITLE got {tt.get('text')!r} {tt.get('lines')} want {want_t!r} {exp['title']}")
    meta = d.get('meta') or {}
    ml = sorted(x['line'] for x in meta.get('lines', []))
    if ml != sorted(exp['meta_lines']):
        diffs.append(f"m METALINES got {ml} want {exp['meta_lines']}")
    for f, v in exp['fields'].items():
        if f == 'title':
            continue
        if f in ('signature', 'date'):
            got = (d.get('closing') or {}).get(f)
        else:
            got = meta.get(f)
        if norm(got) != norm(v if v != 'null' else None):
            diffs.append(f"m FIELD {f} got {got!r} want {v!r}")
    bl = sorted(set(x['line'] for x in d.get('boilerplate', [])))
    want_c = sorted(exp['chrome'])
    if bl != want_c:
        miss = [l for l in want_c if l not in bl]
        extra = [l for l in bl if l not in want_c]
        diffs.append(f"c CHROME missed {[(l, src[l-1][:30]) for l in miss]} extra {[(l, src[l-1][:30]) for l in extra]}")
    cl = d.get('closing') or {}
    if sorted(cl.get('lines', [])) != sorted(exp['closing']):
        diffs.append(f"x CLOSING got {cl.get('signature')!r}/{cl.get('date')!r} {cl.get('lines')} want {exp['closing']}")
    # show
    with open(os.path.join(root, 'out', name + '.show.txt'), 'w', encoding='utf-8') as o:
        for i, l in enumerate(src[:-1] if src[-1] == '' else src, 1):
            o.write(f"{i:3} {l}\n")
        o.write(f"\nTITLE {tt.get('text')!r} {tt.get('lines')}\nMETA " + json.dumps({k: v for k, v in meta.items() if v and k != 'lines'}, ensure_ascii=False) + f" lines {ml}\n")
        o.write(f"PREAMBLE {[b.get('line') for b in d.get('preamble', [])]}\n")
        for h in hs:
            o.write(f"H {'  '*(h['level']-1)}L{h['level']} line{h['line']} [{h['marker']}] {h['title']!r}{' +body' if h.get('inline_body') else ''}\n")
        o.write(f"CLOSING {cl.get('signature')!r} {cl.get('date')!r} {cl.get('lines')}\nBOILERPLATE {bl}\nDIAG {json.dumps(d.get('diagnostics'), ensure_ascii=False)[:600]}\n")
        o.write('\nDIFFS\n' + '\n'.join(diffs) + '\n')
    tot['docs'] += 1
    print(f"== {name}: {len(diffs)} diffs")
    for x in diffs:
        print('   ', x)
print(tot)
