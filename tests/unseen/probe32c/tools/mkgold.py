#!/usr/bin/env python3
"""Build gold/NAME.json from spec/NAME.spec and src/NAME.txt (my own annotation; no parser output used).

Spec lines (| separated):
  TITLE | text
  META key | value          (dateline, speaker, published, source; *_line via 'line=N' appended)
  CLOSE signature|date | value | line
  H line | level | marker | title [| inline]
  I line | text | label [| opts]      opts: k=kind d=up/down a=approx v=value(or a,b) from=x u=unit m=mult per=.. t(table) n=occurrence
  T line | text | why [| n=occurrence]
  NOTE | text
"""
import json, re, sys, os, unicodedata

CN = {'零':0,'〇':0,'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}
UNITS = {'十':10,'百':100,'千':1000}
def cn2num(s):
    if not s: return None
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in CN: num = CN[ch]
        elif ch in UNITS:
            sec += (num if num else 1) * UNITS[ch]; num = 0
        elif ch == '万':
            total += (sec + num) * 10000; sec = num = 0
        elif ch == '亿':
            total += (sec + num) * 100000000; sec = num = 0
        else: return None
    return total + sec + num

MULT = {'万亿':1e12,'千万':1e7,'百万':1e6,'亿':1e8,'万':1e4}
PRE = ['不少于','不低于','不超过','高于','低于','至少','超过','突破','不足','不到','最高','最长','约','近','超','逾']
SUF = ['及以上','以上','以内','以下','左右']

def parse(text):
    s = unicodedata.normalize('NFKC', text)
    approx = None
    for p in PRE:
        if s.startswith(p): approx, s = p, s[len(p):]; break
    m = re.match(r'([0-9]+(?:\.[0-9]+)?)', s)
    if m:
        val = float(m.group(1)); s = s[m.end():]
    else:
        m = re.match(r'([零〇一二两三四五六七八九十百千]+)', s)
        if not m: return None
        val = cn2num(m.group(1)); s = s[m.end():]
    for q in ('多','余'):
        if s.startswith(q): approx = approx or q; s = s[1:]
    mult = None
    for k in MULT:
        if s.startswith(k) and len(s) > len(k): mult, s = k, s[len(k):]; break
    for q in ('多','余'):
        if s.startswith(q): approx = approx or q; s = s[1:]
    for q in SUF:
        if s.endswith(q): approx = approx or q; s = s[:-len(q)]; break
    unit = s if s else None
    if val is not None and val == int(val): val = int(val)
    return val, mult, unit, approx

def tidy(x):
    if abs(x - round(x)) < 1e-6 * max(1, abs(x)): return int(round(x))
    return round(x, 10)

def build(name, root):
    text = open(os.path.join(root,'src',name+'.txt'), encoding='utf-8').read()
    lines = text.split('\n')
    g = {"file": name+'.txt', "title": None, "meta": {}, "closing": {"signature": None, "date": None},
         "headings": [], "indicators": [], "exhaustive_indicators": True, "non_indicators": [], "notes": ""}
    cursor = {}
    tcursor = {}
    def find(line, s, n, cur):
        L = lines[line-1]
        if n:
            at = -1
            for _ in range(n):
                at = L.find(s, at+1)
                if at < 0: raise SystemExit(f'{name}:{line}: {s!r} occurrence {n} not found')
            return at
        at = L.find(s, cur.get(line, 0))
        if at < 0: at = L.find(s)
        if at < 0: raise SystemExit(f'{name}:{line}: {s!r} not found in line: {L[:60]}')
        return at
    for raw in open(os.path.join(root,'spec',name+'.spec'), encoding='utf-8'):
        raw = raw.rstrip('\n')
        if not raw.strip() or raw.lstrip().startswith('#'): continue
        parts = [p.strip() for p in raw.split('|')]
        head = parts[0].split()
        tag = head[0]
        if tag == 'TITLE': g['title'] = parts[1]; g['title_line'] = int(head[1]) if len(head)>1 else 1
        elif tag == 'META': g['meta'][head[1]] = parts[1]
        elif tag == 'CLOSE': g['closing'][head[1]] = parts[1]; g['closing'][head[1]+'_line'] = int(parts[2])
        elif tag == 'NOTE': g['notes'] += parts[1] + '\n'
        elif tag == 'H':
            line = int(head[1]); level = int(parts[1]); marker = parts[2]; title = parts[3]
            L = lines[line-1]
            assert L.startswith(marker) and L[len(marker):].lstrip(' \u3000').startswith(title), (name, line, marker, title, L[:40])
            inline = len(L[len(marker):].lstrip(' \u3000')) > len(title) + 1
            g['headings'].append({"level": level, "marker": marker, "title": title, "line": line, "inline_body": inline})
        elif tag == 'I':
            line = int(head[1]); s = parts[1]; label = parts[2]
            opts = {}
            for o in (parts[3].split() if len(parts) > 3 else []):
                if '=' in o: k, v = o.split('=',1); opts[k] = v
                else: opts[o] = True
            n = int(opts['n']) if 'n' in opts else None
            col = find(line, s, n, cursor)
            cursor[line] = col + len(s)
            p = parse(s) if not s.startswith(('由','从')) else None
            if p is None: p = (None, None, None, None)
            val, mult, unit, approx = p
            MW = '个家所名套批处条项件户座'
            COMPOUND = ('个百分点','个工作日','个月','人次','户次','家次','批次','件次','场次','项次','名次')
            if unit and len(unit) > 1 and unit[0] in MW and not unit.startswith(COMPOUND) and 'u' not in opts:
                cut = len(unit) - 1
                s = s[:len(s) - cut]
                unit = unit[0]
            if 'v' in opts:
                vs = opts['v'].split(',')
                val = [float(x) for x in vs] if len(vs) > 1 else float(vs[0])
                if isinstance(val, float) and val == int(val): val = int(val)
            if 'u' in opts: unit = None if opts['u'] in ('null','none') else opts['u']
            if 'm' in opts: mult = None if opts['m'] in ('null','none') else opts['m']
            if 'a' in opts: approx = None if opts['a'] in ('null','none') else opts['a']
            mul = MULT.get(mult, 1) if mult else 1
            if isinstance(val, list):
                norm = [tidy(x*mul) for x in val]
            else:
                norm = None if val is None else tidy(val*mul)
            if 'nz' in opts:
                norm = float(opts['nz']); norm = int(norm) if norm == int(norm) else norm
            kind = opts.get('k')
            if not kind:
                if isinstance(val, list): kind = 'range'
                elif unit == '个百分点': kind = 'percentage_points'
                elif 'd' in opts: kind = 'change'
                elif unit == '元': kind = 'money'
                elif unit == '%': kind = 'percent'
                else: kind = 'count'
            it = {"text": s, "line": line, "col": col, "label": label, "value": val, "unit": unit,
                  "multiplier": mult, "normalized": norm, "approx": approx, "kind": kind}
            if 'd' in opts: it['direction'] = opts['d']
            if 'from' in opts:
                f = float(opts['from']); it['from'] = int(f) if f == int(f) else f
            if 'per' in opts: it['per'] = opts['per']
            if 't' in opts: it['table'] = True
            g['indicators'].append(it)
        elif tag == 'T':
            line = int(head[1]); s = parts[1]; why = parts[2] if len(parts) > 2 else ''
            n = None
            if len(parts) > 3 and parts[3].startswith('n='): n = int(parts[3][2:])
            col = find(line, s, n, tcursor)
            tcursor[line] = col + len(s)
            g['non_indicators'].append({"text": s, "line": line, "col": col, "why": why})
        else:
            raise SystemExit('bad spec line: ' + raw)
    json.dump(g, open(os.path.join(root,'gold',name+'.json'),'w',encoding='utf-8'), ensure_ascii=False, indent=1)
    return g, lines

if __name__ == '__main__':
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for name in sys.argv[1:]:
        g, lines = build(name, root)
        print(name, 'headings', len(g['headings']), 'indicators', len(g['indicators']), 'traps', len(g['non_indicators']))
