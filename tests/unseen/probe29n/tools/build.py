#!/usr/bin/env python3
"""Build src/NAME.txt and gold/NAME.json from ann/NAME.ann (my own annotated drafts).

Markup in ann files (one paragraph per line):
  ⟪FIG|LABEL⟫ or ⟪FIG|LABEL|opts⟫   an indicator; FIG is the exact text that stays in the document.
      opts (';'-separated): + / - (change up/down), pp+ / pp- / pp (个百分点), k=KIND, v=VALUE (a,b for a range),
      u=UNIT, m=MULT, n=NORMALIZED (a,b), a=APPROX, f=FROM, d=up|down, unsure=NOTE
  ⟦TEXT|why⟧                     a trap (non_indicator)
  §N at line start                a heading of level N (marker and title computed from the line)
  #META key=value                 a meta line (not in the document)
"""
import json
import re
import sys
from decimal import Decimal

CN_DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}
CN_CHARS = '零〇一二两三四五六七八九十百千点'
MULTS = ['万亿', '千万', '百万', '亿', '万']
MULT_VAL = {'万亿': Decimal(10) ** 12, '千万': Decimal(10) ** 7, '百万': Decimal(10) ** 6, '亿': Decimal(10) ** 8, '万': Decimal(10) ** 4}
PREFIX = ['不低于', '不少于', '不超过', '不到', '超过', '突破', '超', '逾', '约', '近', '达']
SUFFIX = ['以上', '以内', '以下', '左右']


def cn2num(s):
    if '点' in s:
        a, b = s.split('点', 1)
        ip = cn2num(a) if a else Decimal(0)
        frac = ''.join(str(CN_DIG[c]) for c in b)
        return Decimal(str(ip) + '.' + frac)
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIG:
            cur = CN_DIG[ch]
        elif ch in CN_UNIT:
            total += (cur or 1) * CN_UNIT[ch]
            cur = 0
    return Decimal(total + cur)


def num(s):
    s = s.strip()
    if re.fullmatch(r'[\d.]+', s):
        return Decimal(s)
    return cn2num(s)


def jnum(d):
    if d is None:
        return None
    d = Decimal(d)
    if d == d.to_integral_value():
        return int(d)
    return float(d)


NUM_RE = r'(百分之[%s]+|[\d.]+|[%s]+)' % (CN_CHARS, CN_CHARS)


def parse_simple(fig):
    """value, unit, multiplier, approx of a single figure."""
    approx = None
    f = fig
    for p in PREFIX:
        if f.startswith(p):
            approx, f = p, f[len(p):]
            break
    for s in SUFFIX:
        if f.endswith(s):
            approx, f = s, f[:-len(s)]
            break
    if f[:1] in ('万', '亿'):
        f = '一' + f
    m = re.match(NUM_RE, f)
    if not m:
        raise ValueError('no number in %r' % fig)
    ns = m.group(1)
    rest = f[m.end():]
    if ns.startswith('百分之'):
        return num(ns[3:]) if ns[3:] != '百' else Decimal(100), '%', None, approx
    val = num(ns)
    if rest[:1] in ('余', '多'):
        approx = approx or rest[0]
        rest = rest[1:]
    mult = None
    for mm in MULTS:
        if rest.startswith(mm) and len(rest) > len(mm) or rest == mm:
            # 千万 only as a multiplier when followed by a unit that is not 千瓦 (一千万千瓦 = 1000 万 千瓦)
            if mm == '千万' and rest.startswith('千瓦'):
                continue
            mult, rest = mm, rest[len(mm):]
            break
    if rest[:1] in ('余', '多') and approx is None:
        approx = rest[0]
        rest = rest[1:]
    return val, rest, mult, approx


def parse_fig(fig, opts):
    out = {}
    kind = None
    direction = None
    frm = None
    m = re.match(r'^[由从](.+?)(增加|提高|下降|降|减少|上升|缩短|压减|压降|压缩|扩大|增长|缩减)?(到|至)(.+)$', fig)
    rng = re.match(r'^(.+?)[—\-～~至到](.+)$', fig)
    if m and not fig.startswith('由上年'):
        fv, fu, fm, _ = parse_simple(m.group(1))
        val, unit, mult, approx = parse_simple(m.group(4))
        frm = fv
        verb = m.group(2) or ''
        direction = 'down' if verb in ('下降', '降', '减少', '缩短', '压减', '压降', '压缩', '缩减') else 'up'
        if not verb:
            direction = 'up' if (fv * MULT_VAL.get(fm, 1)) < (val * MULT_VAL.get(mult, 1)) else 'down'
        kind = 'change'
        normalized = val * MULT_VAL.get(mult, 1)
        out.update(value=jnum(val), unit=unit, multiplier=mult, normalized=jnum(normalized), approx=approx,
                   kind=kind, direction=direction, **{'from': jnum(fv)})
        if fm and fm != mult:
            out['from_multiplier'] = fm
    elif rng and not fig.startswith(tuple(PREFIX)) and re.match(NUM_RE, rng.group(1)) and re.match(NUM_RE, rng.group(2)) \
            and re.fullmatch(NUM_RE + r'%?', rng.group(1)):
        lo_s = rng.group(1).rstrip('%')
        hv, unit, mult, approx = parse_simple(rng.group(2))
        lo = num(lo_s)
        mv = MULT_VAL.get(mult, 1)
        out.update(value=[jnum(lo), jnum(hv)], unit=unit, multiplier=mult,
                   normalized=[jnum(lo * mv), jnum(hv * mv)], approx=approx, kind='range')
    elif 'v=' in opts and not re.search(r'[\d]', fig) and fig.startswith(('翻', '提高')):
        out.update(value=None, unit=None, multiplier=None, normalized=None, approx=None)
    else:
        val, unit, mult, approx = parse_simple(fig)
        normalized = val * MULT_VAL.get(mult, 1)
        out.update(value=jnum(val), unit=unit, multiplier=mult, normalized=jnum(normalized), approx=approx)
    # options
    for o in [x for x in opts.split(';') if x]:
        if o in ('+', '-'):
            if out.get('kind') != 'range':
                out['kind'] = 'change'
            out['direction'] = 'up' if o == '+' else 'down'
        elif o.startswith('pp'):
            out['kind'] = 'percentage_points'
            if o[2:] == '+':
                out['direction'] = 'up'
            elif o[2:] == '-':
                out['direction'] = 'down'
        elif '=' in o:
            k, v = o.split('=', 1)
            key = {'k': 'kind', 'v': 'value', 'u': 'unit', 'm': 'multiplier', 'n': 'normalized', 'a': 'approx',
                   'f': 'from', 'd': 'direction', 'unsure': 'unsure'}[k]
            if key in ('value', 'normalized', 'from'):
                if ',' in v:
                    v = [jnum(Decimal(x)) for x in v.split(',')]
                elif v in ('null', ''):
                    v = None
                else:
                    v = jnum(Decimal(v))
            elif v == 'null':
                v = None
            out[key] = v
        else:
            raise ValueError('bad opt %r' % o)
    if 'kind' not in out:
        u = out.get('unit') or ''
        if u == '%':
            out['kind'] = 'percent'
        elif u == '个百分点':
            out['kind'] = 'percentage_points'
        elif '元' in u:
            out['kind'] = 'money'
        elif u in ('倍', '成'):
            out['kind'] = 'ratio'
        else:
            out['kind'] = 'count'
    return out


HEAD_RE = re.compile(r'^(第[一二三四五六七八九十]+(?:部分|章|节|条)\s*|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.．、]|（\d+）|\(\d+\)|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫])')


def heading(line, level, lineno):
    m = HEAD_RE.match(line)
    marker = m.group(1).strip() if m else ''
    body = line[m.end():] if m else line
    t = re.split(r'[。；]', body, maxsplit=1)
    title = t[0].strip()
    inline = len(t) > 1 and t[1].strip() != ''
    return {'level': level, 'marker': marker, 'title': title, 'line': lineno, 'inline_body': inline}


TOKEN = re.compile(r'⟪([^⟫]*)⟫|⟦([^⟧]*)⟧')


def build(name):
    src = open('ann/%s.ann' % name, encoding='utf-8').read().rstrip('\n').split('\n')
    meta, lines, inds, traps, heads = {}, [], [], [], []
    for raw in src:
        if raw.startswith('#META '):
            k, v = raw[6:].split('=', 1)
            meta[k.strip()] = v.strip()
            continue
        level = None
        hm = re.match(r'^§(\d) ', raw)
        if hm:
            level = int(hm.group(1))
            raw = raw[hm.end():]
        lineno = len(lines) + 1
        out, pos = '', 0
        for t in TOKEN.finditer(raw):
            out += raw[pos:t.start()]
            col = len(out)
            if t.group(1) is not None:
                parts = t.group(1).split('|')
                fig, label = parts[0], parts[1]
                opts = parts[2] if len(parts) > 2 else ''
                item = {'text': fig, 'line': lineno, 'col': col, 'label': label}
                try:
                    item.update(parse_fig(fig, opts))
                except Exception as exc:
                    sys.exit('%s line %d: %s: %s' % (name, lineno, fig, exc))
                inds.append(item)
                out += fig
            else:
                parts = t.group(2).split('|')
                traps.append({'text': parts[0], 'line': lineno, 'col': col, 'why': parts[1] if len(parts) > 1 else ''})
                out += parts[0]
            pos = t.end()
        out += raw[pos:]
        if '⟪' in out or '⟫' in out or '⟦' in out or '⟧' in out or '|' in out:
            sys.exit('%s line %d: stray markup: %s' % (name, lineno, out[:80]))
        if level:
            heads.append(heading(out, level, lineno))
        lines.append(out)
    text = '\n'.join(lines) + '\n'
    open('src/%s.txt' % name, 'w', encoding='utf-8').write(text)
    # check cols
    for it in inds + traps:
        ln = lines[it['line'] - 1]
        assert ln[it['col']:it['col'] + len(it['text'])] == it['text'], it
    gold = {
        'file': name + '.txt',
        'title': lines[0],
        'meta': {k: meta[k] for k in meta if k != 'notes'},
        'closing': {'signature': None, 'date': None},
        'headings': heads,
        'indicators': inds,
        'exhaustive_indicators': True,
        'non_indicators': traps,
        'notes': meta.get('notes', ''),
    }
    json.dump(gold, open('gold/%s.json' % name, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    nchar = sum(len(x) for x in lines)
    print('%s: %d lines, %d chars (no newlines), %d headings, %d indicators, %d traps'
          % (name, len(lines), nchar, len(heads), len(inds), len(traps)))


if __name__ == '__main__':
    for n in sys.argv[1:]:
        build(n)
