#!/usr/bin/env python3
"""ann/NAME.ann -> src/NAME.txt + gold/NAME.json (my own drafts; written for probe 29R).

Markup (one paragraph per line):
  {{FIG|LABEL|opts}}  an indicator (FIG stays in the text). LABEL '^' = the previous label.
      opts, ';'-separated: +  -  (change up/down)   pp / pp+ / pp- (个百分点)   t (table cell)
      k=KIND v=VALUE(a,b)  u=UNIT  m=MULT  n=NORM(a,b)  a=APPROX  f=FROM  per=PER  d=up|down  note=...
  [[TEXT|why]]        a trap (non_indicator)
  @N  at line start   a heading of level N; @N= for an unmarked standalone title (marker "")
  #KEY value          header lines (TITLE, SOURCE, PUBLISHED, SPEAKER, DATELINE, SALUTATION, SIGNATURE, DATE, NOTES, ENUM line:m1,m2)
  #LEX word,word      lexical words holding a numeral (for tools/uncovered.py)
"""
import json
import re
import sys
from decimal import Decimal

CN_DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}
CN = '零〇一二两三四五六七八九十百千点'
MULT = {'万亿': Decimal(10) ** 12, '千万': Decimal(10) ** 7, '百万': Decimal(10) ** 6, '亿': Decimal(10) ** 8, '万': Decimal(10) ** 4}
PRE = ['不低于', '不少于', '不超过', '不到', '超过', '突破', '超', '逾', '约', '近', '达']
SUF = ['以上', '以内', '以下', '左右', '余', '多']


def cn2num(s):
    if '点' in s:
        a, b = s.split('点', 1)
        return Decimal(str(cn2num(a) if a else 0) + '.' + ''.join(str(CN_DIG[c]) for c in b))
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIG:
            cur = CN_DIG[ch]
        elif ch in CN_UNIT:
            total += (cur or 1) * CN_UNIT[ch]
            cur = 0
    return Decimal(total + cur)


def jn(d):
    if d is None:
        return None
    d = Decimal(d)
    return int(d) if d == d.to_integral_value() else float(d)


NUM = r'(百分之[%s]+|-?\d+(?:\.\d+)?|[%s]+)' % (CN, CN)


def one(f):
    """value, mult, unit, approx of one figure such as 约1.2万余人 or 6.5%左右."""
    approx = None
    for p in PRE:
        if f.startswith(p):
            approx, f = p, f[len(p):]
            break
    m = re.match(NUM, f)
    if not m:
        raise ValueError('no number in %r' % f)
    ns, rest = m.group(1), f[m.end():]
    pct = ns.startswith('百分之')
    if pct:
        ns = ns[3:]
    val = Decimal(ns) if re.fullmatch(r'-?[\d.]+', ns) else cn2num(ns)
    mult = None
    for k in MULT:
        if rest.startswith(k) and not rest.startswith('万元/') :
            mult, rest = k, rest[len(k):]
            break
    for s in SUF:
        if rest.endswith(s):
            approx, rest = s, rest[:-len(s)]
            break
        if rest.startswith(s):
            approx, rest = s, rest[len(s):]
            break
    for s in SUF:
        if rest.endswith(s):
            approx, rest = s, rest[:-len(s)]
    unit = '%' if pct else rest.strip().replace('％', '%')
    return val, mult, unit, approx


def parse_fig(fig, o):
    f = fig
    out = {}
    rng = re.split(r'—|－|～|~|至|(?<=[\d%])-(?=\d)', f) if not o.get('f') else [f]
    if len(rng) == 2 and re.search(r'\d|[%s]' % CN, rng[0]) and 'v' not in o:
        a, b = one(rng[0]), one(rng[1])
        unit = b[2] or a[2]
        mult = b[1] or a[1]
        lo, hi = a[0], b[0]
        out.update(value=[jn(lo), jn(hi)], unit=unit, multiplier=mult, approx=b[3], kind='range')
        mm = MULT[mult] if mult else 1
        out['normalized'] = [jn(lo * mm), jn(hi * mm)]
        return out
    if o.get('f'):
        nums = list(re.finditer(NUM, f))
        last = nums[-1]
        v, m, u, a = one(f[last.start():])
    else:
        v, m, u, a = one(f)
    mm = MULT[m] if m else 1
    out.update(value=jn(v), unit=u, multiplier=m, normalized=jn(v * mm), approx=a)
    if u == '%':
        out['kind'] = 'percent'
    elif u == '个百分点':
        out['kind'] = 'percentage_points'
    elif u == '元':
        out['kind'] = 'money'
    elif '/' in (u or ''):
        out['kind'] = 'rate'
    else:
        out['kind'] = 'count'
    return out


def build(name):
    src = open('ann/%s.ann' % name, encoding='utf-8').read().rstrip('\n').split('\n')
    head, body = {}, []
    enums, lex = [], []
    for ln in src:
        if ln.startswith('#'):
            k, _, v = ln[1:].partition(' ')
            if k == 'ENUM':
                enums.append(v)
            elif k == 'LEX':
                lex += [w for w in v.split(',') if w]
            else:
                head[k] = v
        else:
            body.append(ln)
    lines, inds, traps, heads = [], [], [], []
    last_label = None
    tok = re.compile(r'\{\{(.*?)\}\}|\[\[(.*?)\]\]')
    for i, raw in enumerate(body, 1):
        level, unmarked = None, False
        m = re.match(r'@(\d)(=?) ?', raw)
        if m:
            level, unmarked = int(m.group(1)), bool(m.group(2))
            raw = raw[m.end():]
        out = ''
        pos = 0
        for t in tok.finditer(raw):
            out += raw[pos:t.start()]
            col = len(out)
            if t.group(1) is not None:
                parts = t.group(1).split('|')
                fig, label = parts[0], parts[1]
                opts = {}
                for o in (parts[2].split(';') if len(parts) > 2 and parts[2] else []):
                    k, _, v = o.partition('=')
                    opts[k] = v if _ else True
                if label == '^':
                    label = last_label
                last_label = label
                item = {'text': fig, 'line': i, 'col': col, 'label': label}
                item.update(parse_fig(fig, opts))
                if '+' in opts or 'pp+' in opts:
                    item['direction'] = 'up'
                if '-' in opts or 'pp-' in opts:
                    item['direction'] = 'down'
                if ('+' in opts or '-' in opts) and item['kind'] not in ('range',):
                    item['kind'] = 'change'
                if any(x in opts for x in ('pp', 'pp+', 'pp-')):
                    item['kind'] = 'percentage_points'
                for k, field in (('k', 'kind'), ('u', 'unit'), ('m', 'multiplier'), ('a', 'approx'), ('per', 'per'), ('d', 'direction'), ('note', 'note')):
                    if k in opts:
                        item[field] = opts[k] if opts[k] != 'null' else None
                if 'v' in opts:
                    vs = [Decimal(x) for x in opts['v'].split(',')]
                    item['value'] = jn(vs[0]) if len(vs) == 1 else [jn(x) for x in vs]
                    mm = MULT[item['multiplier']] if item.get('multiplier') else 1
                    item['normalized'] = jn(vs[0] * mm) if len(vs) == 1 else [jn(x * mm) for x in vs]
                if 'm' in opts and 'v' not in opts and 'n' not in opts and item.get('multiplier'):
                    mm = MULT[item['multiplier']]
                    val = item['value']
                    item['normalized'] = [jn(Decimal(str(x)) * mm) for x in val] if isinstance(val, list) else jn(Decimal(str(val)) * mm)
                    if item.get('unit') == '元' and item['kind'] == 'count':
                        item['kind'] = 'money'
                if 'n' in opts:
                    ns = [Decimal(x) for x in opts['n'].split(',')]
                    item['normalized'] = jn(ns[0]) if len(ns) == 1 else [jn(x) for x in ns]
                if 'f' in opts:
                    item['from'] = jn(Decimal(opts['f']))
                if 't' in opts:
                    item['table'] = True
                inds.append(item)
                out += fig
            else:
                text, why = t.group(2).split('|', 1)
                traps.append({'text': text, 'line': i, 'col': col, 'why': why})
                out += text
            pos = t.end()
        out += raw[pos:]
        if '{{' in out or '[[' in out or '}}' in out or ']]' in out:
            raise SystemExit('%s:%d unbalanced markup: %s' % (name, i, out[:80]))
        lines.append(out)
        if level:
            if unmarked:
                marker, rest = '', out
            else:
                mm = re.match(r'(第[一二三四五六七八九十]+[章节条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.．、]|（\d+）|\(\d+\)|[①②③④⑤⑥⑦⑧⑨⑩])', out)
                if not mm:
                    raise SystemExit('%s:%d no marker: %s' % (name, i, out[:40]))
                marker, rest = mm.group(1), out[mm.end():]
            tm = re.search(r'[。；]', rest)
            title = rest[:tm.start()] if tm else rest
            body_after = rest[tm.end():] if tm else ''
            heads.append({'level': level, 'marker': marker, 'title': title.strip(), 'line': i, 'inline_body': bool(body_after.strip())})
    # check cols
    for it in inds + traps:
        assert lines[it['line'] - 1][it['col']:it['col'] + len(it['text'])] == it['text'], it
    gold = {
        'file': name + '.txt',
        'title': head.get('TITLE'),
        'meta': {'source': head.get('SOURCE'), 'published': head.get('PUBLISHED'), 'dateline': head.get('DATELINE'),
                 'speaker': head.get('SPEAKER'), 'salutation': head.get('SALUTATION')},
        'closing': {'signature': head.get('SIGNATURE'), 'date': head.get('DATE')},
        'headings': heads,
        'enumerations': [{'line': int(e.split(':')[0]), 'markers': e.split(':')[1].split(',')} for e in enums],
        'indicators': inds,
        'exhaustive_indicators': True,
        'non_indicators': traps,
        'lexical': lex,
        'notes': head.get('NOTES', ''),
    }
    open('src/%s.txt' % name, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    json.dump(gold, open('gold/%s.json' % name, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    txt = '\n'.join(lines)
    print('%s: %d chars (%d non-space), %d lines, %d headings, %d indicators (%d table), %d traps' % (
        name, len(txt), len(re.sub(r'\s', '', txt)), len(lines), len(heads), len(inds), sum(1 for x in inds if x.get('table')), len(traps)))


if __name__ == '__main__':
    for n in sys.argv[1:]:
        build(n)
