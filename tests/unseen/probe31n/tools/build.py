#!/usr/bin/env python3
"""Build the four documents from work/dN.src (my own markup, gold written inline, before any parser run).

Inline gold in a .src line:  ⟦text|label|opts⟧ an indicator (opts as mkgold: d= k= v= u= m= a= from=),
                              ⟪text|why⟫ a trap,  ¹ a footnote reference (d3; not in the reference text).
Block tags: #C chrome line, #T title, #M meta line, #P paragraph (#P+ joined to the previous block by <br>
in HTML), #H1/#H2 heading with its marker, #H0 an unmarked heading (level 1), #HI run-in heading
`head|body` (one line), #N1/#N2 Word auto-numbered headings (marker rendered in the text only),
#A attachment item (level-2 heading under #H0), #S signature, #TABLE caption … #END, #GIO3 #GIO4, #FOOTNOTE.

Writes src/dN.txt (reference reading: one block a line, tables as `| a | b |` rows, merged cells repeated),
spec/dN.spec (headings, indicators, traps, table cells), and src/d1.html (UTF-8 CMS page), src/d2.html
(UTF-8 bulletin), src/d3.docx (zipfile + XML), src/d4.html (GBK).
"""
import html, os, re, sys, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape
ANN = re.compile(r'⟦([^|⟧]*)\|([^|⟧]*)(?:\|([^⟧]*))?⟧|⟪([^|⟫]*)\|([^⟫]*)⟫|¹')
MARK = re.compile(r'^(第[一二三四五六七八九十]+[章节条]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[．.、]|（\d+）)')


def strip(t):
    """Clean text, indicators [(col,text,label,opts)], traps [(col,text,why)], footnote cols."""
    out, inds, traps, fns, pos = '', [], [], [], 0
    for m in ANN.finditer(t):
        out += t[pos:m.start()]; pos = m.end()
        if m.group(0) == '¹':
            fns.append(len(out)); continue
        if m.group(1) is not None:
            inds.append((len(out), m.group(1), m.group(2), m.group(3) or '')); out += m.group(1)
        else:
            traps.append((len(out), m.group(4), m.group(5))); out += m.group(4)
    out += t[pos:]
    return out, inds, traps, fns


def read_src(name):
    blocks, table = [], None
    for raw in open(os.path.join(ROOT, 'work', name + '.src'), encoding='utf-8'):
        raw = raw.rstrip('\n')
        if table is not None:
            if raw == '#END':
                blocks.append(dict(tag='table', cap=table[0], rows=table[1])); table = None
            else:
                table[1].append([parse_cell(c) for c in raw.split(' | ')])
            continue
        if not raw.strip():
            continue
        tag, _, text = raw.partition(' ')
        tag = tag[1:]
        if tag == 'TABLE':
            table = (text, [])
        else:
            join = tag.endswith('+')
            blocks.append(dict(tag=tag.rstrip('+'), raw=text, join=join))
    return blocks


def parse_cell(c):
    m = re.match(r'^(.*?)\{([rc0-9]+)\}$', c)
    rs = cs = 1
    if m:
        c = m.group(1)
        for k, v in re.findall(r'([rc])(\d+)', m.group(2)):
            if k == 'r': rs = int(v)
            else: cs = int(v)
    return (c, rs, cs)


def grid(rows):
    g, occupied = [], {}
    for r, row in enumerate(rows):
        out, c = [], 0
        it = iter(row)
        while True:
            while (r, c) in occupied:
                out.append(occupied.pop((r, c))); c += 1
            try:
                text, rs, cs = next(it)
            except StopIteration:
                break
            for dc in range(cs):
                out.append(text)
                for dr in range(1, rs):
                    occupied[(r + dr, c + dc)] = text
            c += cs
        g.append(out)
    return g


def cell_txt(c):
    return '' if c == '&nbsp;' else c


def pipe(cells):
    cells = [cell_txt(c) for c in cells]
    if len(set(cells)) == 1 and len(cells) > 1:
        cells = cells[:1]
    return '| ' + ' | '.join(cells) + ' |'


def cell_cols(line):
    cols, pos = [], 2
    parts = line.split(' | ')
    for i, p in enumerate(parts):
        p2 = p[2:] if i == 0 else p
        if i == len(parts) - 1: p2 = p2[:-2]
        cols.append((pos, p2))
        pos += len(p2) + 3
    return cols


# ---------------------------------------------------------------- GIO template tables (d1)
GIO3_COLS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']
GIO3 = [
    ('', '一、本年新收政府信息公开申请数量', [241, 27, 2, 3, 8, 2]),
    ('', '二、上年结转政府信息公开申请数量', [8, 1, 0, 0, 0, 0]),
    ('三、本年度办理结果', '（一）予以公开', [92, 11, 1, 2, 3, 1]),
    ('三、本年度办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [18, 2, 0, 0, 1, 0]),
    ('（三）不予公开', '1.属于国家秘密', [0, 0, 0, 0, 0, 0]),
    ('（三）不予公开', '2.其他法律行政法规禁止公开', [1, 0, 0, 0, 0, 0]),
    ('（三）不予公开', '3.危及“三安全一稳定”', [1, 0, 0, 0, 0, 0]),
    ('（三）不予公开', '4.保护第三方合法权益', [6, 2, 0, 0, 0, 0]),
    ('（三）不予公开', '5.属于三类内部事务信息', [2, 0, 0, 0, 0, 0]),
    ('（三）不予公开', '6.属于四类过程性信息', [3, 1, 0, 0, 0, 0]),
    ('（三）不予公开', '7.属于行政执法案卷', [4, 0, 0, 0, 0, 0]),
    ('（三）不予公开', '8.属于行政查询事项', [2, 0, 0, 0, 0, 0]),
    ('（四）无法提供', '1.本机关不掌握相关政府信息', [63, 7, 1, 1, 2, 1]),
    ('（四）无法提供', '2.没有现成信息需要另行制作', [9, 1, 0, 0, 0, 0]),
    ('（四）无法提供', '3.补正后申请内容仍不明确', [5, 1, 0, 0, 0, 0]),
    ('（五）不予处理', '1.信访举报投诉类申请', [11, 0, 0, 0, 1, 0]),
    ('（五）不予处理', '2.重复申请', [7, 2, 0, 0, 0, 0]),
    ('（五）不予处理', '3.要求提供公开出版物', [2, 0, 0, 0, 0, 0]),
    ('（五）不予处理', '4.无正当理由大量反复申请', [3, 0, 0, 0, 0, 0]),
    ('（五）不予处理', '5.要求行政机关确认或重新出具已获取信息', [1, 0, 0, 0, 0, 0]),
    ('（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [6, 1, 0, 0, 1, 0]),
    ('（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0]),
    ('（六）其他处理', '3.其他', [4, 0, 0, 0, 0, 0]),
]
NOTE3 = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'


def gio3_rows():
    res = GIO3[2:]
    tot = [sum(r[2][i] for r in res) for i in range(6)]
    recv, carry = GIO3[0][2], GIO3[1][2]
    left = [recv[i] + carry[i] - tot[i] for i in range(6)]
    assert all(x >= 0 for x in left), left
    return GIO3[:2], res, tot, left


def gio3_text():
    head, res, tot, left = gio3_rows()
    lines = [pipe([NOTE3] * 3 + ['申请人情况'] * 7), pipe([NOTE3] * 3 + ['自然人'] + ['法人或其他组织'] * 5 + ['总计']),
             pipe([NOTE3] * 3 + ['自然人'] + GIO3_COLS[1:] + ['总计'])]
    cells = []
    def add(row, label, vs):
        vals = vs + [sum(vs)]
        lines.append(pipe(row + [str(v) for v in vals]))
        cells.append((len(lines) - 1, label, vals))
    for g, r, vs in head: add([r] * 3, r, vs)
    for g, r, vs in res:
        if g == '三、本年度办理结果': add(['三、本年度办理结果', r, r], r, vs)
        else: add(['三、本年度办理结果', g, r], g + ' ' + r, vs)
    add(['三、本年度办理结果', '（七）总计', '（七）总计'], '（七）总计', tot)
    add(['四、结转下年度继续办理'] * 3, '四、结转下年度继续办理', left)
    return lines, cells, GIO3_COLS + ['总计']


GIO4 = [2, 2, 0, 1], [3, 0, 0, 1], [1, 0, 0, 0]
GIO4_LEAF = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']


def gio4_vals():
    out = []
    for vs in GIO4: out += vs + [sum(vs)]
    return out


def gio4_text():
    lines = [pipe(['行政复议'] * 5 + ['行政诉讼'] * 10),
             pipe(GIO4_LEAF + ['未经复议直接起诉'] * 5 + ['复议后起诉'] * 5),
             pipe(GIO4_LEAF + GIO4_LEAF * 2),
             pipe([str(v) for v in gio4_vals()])]
    labels = ['行政复议 / ' + x for x in GIO4_LEAF] + ['行政诉讼 未经复议直接起诉 / ' + x for x in GIO4_LEAF] + \
             ['行政诉讼 复议后起诉 / ' + x for x in GIO4_LEAF]
    return lines, labels


def td(text, rs=1, cs=1, extra=''):
    sp = (f' rowspan="{rs}"' if rs > 1 else '') + (f' colspan="{cs}"' if cs > 1 else '')
    if text == '&nbsp;':
        inner = '<p style="text-align:center"><span style="font-size:14px">&nbsp;</span></p>'
    else:
        ps = text.split('\n')  # a cell of two <p>s (Word paste)
        inner = ''.join(f'<p style="text-align:center;line-height:20px"><span style="font-family:宋体;font-size:14px">{E(p)}</span></p>' for p in ps)
    return f'<td{sp} valign="middle" style="border:1px solid #000;padding:2px 4px"{extra}>{inner}</td>'


def gio3_html():
    head, res, tot, left = gio3_rows()
    h = ['<div class="table-wrap" style="overflow-x:auto">', '<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">', '<tbody>',
         '<tr>' + td(NOTE3, 3, 3) + td('申请人情况', 1, 7) + '</tr>',
         '<tr>' + td('自然人', 2) + td('法人或其他组织', 1, 5) + td('总计', 2) + '</tr>',
         '<tr>' + ''.join(td(c) for c in GIO3_COLS[1:]) + '</tr>']
    val = lambda vs: ''.join(td(str(v)) for v in vs + [sum(vs)])
    for g, r, vs in head:
        h.append('<tr>' + td(r, 1, 3) + val(vs) + '</tr>')
    groups = {}
    for g, r, vs in res: groups.setdefault(g, []).append(r)
    first, seen = True, set()
    for g, r, vs in res:
        tds = ''
        if first:
            tds += td('三、本年度办理结果', len(res) + 1); first = False
        if g == '三、本年度办理结果':
            tds += td(r.replace('（区分', '\n（区分'), 1, 2)
        else:
            if g not in seen:
                tds += td(g, len(groups[g])); seen.add(g)
            tds += td(r)
        h.append('<tr>' + tds + val(vs) + '</tr>')
    h.append('<tr>' + td('（七）总计', 1, 2) + val(tot) + '</tr>')
    h.append('<tr>' + td('四、结转下年度继续办理', 1, 3) + val(left) + '</tr>')
    h += ['</tbody>', '</table>', '</div>']
    return '\n'.join(h)


def gio4_html():
    h = ['<div class="table-wrap" style="overflow-x:auto">', '<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">', '<tbody>',
         '<tr>' + td('行政复议', 1, 5) + td('行政诉讼', 1, 10) + '</tr>',
         '<tr>' + ''.join(td(c, 2) for c in GIO4_LEAF) + td('未经复议直接起诉', 1, 5) + td('复议后起诉', 1, 5) + '</tr>',
         '<tr>' + ''.join(td(c) for c in GIO4_LEAF * 2) + '</tr>',
         '<tr>' + ''.join(td(str(v)) for v in gio4_vals()) + '</tr>', '</tbody>', '</table>', '</div>']
    return '\n'.join(h)


# ---------------------------------------------------------------- reference text + spec
def unit_of(h):
    m = re.search(r'（(?:单位：)?([^）]*)）', h)
    if not m: return None, None
    u = m.group(1)
    if u[0] in '万亿' and len(u) > 1: return u[1:], u[0]
    return u, None


def ref_text(name, blocks):
    lines, spec = [], []
    n1 = n2 = 0
    def cellspec(li, col, text, label, unit=None, mult=None):
        o = f'c={col} t u={unit or "null"}'
        if mult: o += f' m={mult}'
        if text.startswith('-'): o += f' d=down v={text}'
        spec.append(f'I {li} | {text} | {label} | {o}')
    def add_line(raw, head=None):
        t, inds, traps, fns = strip(raw)
        lines.append(t)
        li = len(lines)
        if head: spec.append(f'H {li} | {head[0]} | {head[1]} | {head[2]}')
        for col, s, lab, opts in inds:
            spec.append(f'I {li} | {s} | {lab} | c={col} {opts}'.rstrip())
        for col, s, why in traps:
            spec.append(f'T {li} | {s} | {why}')
        return t
    for b in blocks:
        tag = b['tag']
        if tag in ('C', 'T', 'M', 'P', 'S'):
            add_line(b['raw'])
        elif tag in ('H1', 'H2', 'H3'):
            t, *_ = strip(b['raw'])
            m = MARK.match(t); mk = m.group(1)
            title = re.split('[。；]', t[len(mk):])[0]
            add_line(b['raw'], (int(tag[1]), mk, title))
        elif tag == 'H0':
            t, *_ = strip(b['raw'])
            add_line(b['raw'], (1, '', t))
        elif tag == 'A':
            t, *_ = strip(b['raw'])
            mk = MARK.match(t).group(1)
            add_line(b['raw'], (2, mk, t[len(mk):]))
        elif tag == 'PH':  # a paragraph opening with a marker: a run-in heading (its title up to the first 。)
            t, *_ = strip(b['raw'])
            mk = MARK.match(t).group(1)
            add_line(b['raw'], (2 if mk.startswith('（') else 1, mk, re.split('[。；]', t[len(mk):])[0]))
        elif tag == 'HI':
            head, body = b['raw'].split('|', 1) if '⟦' not in b['raw'].split('|', 1)[0] else (None, None)
            h, *_ = strip(head)
            mk = MARK.match(h).group(1)
            add_line(head + body, (int(2 if h.startswith('（') else 1), mk, h[len(mk):].rstrip('。')))
        elif tag in ('N1', 'N2'):
            if tag == 'N1':
                n1 += 1; n2 = 0; mk = '一二三四五六七八九十'[n1 - 1] + '、'
            else:
                n2 += 1; mk = '（' + '一二三四五六七八九十'[n2 - 1] + '）'
            t, *_ = strip(b['raw'])
            add_line(mk + b['raw'], (int(tag[1]), mk, t))
        elif tag == 'GIO3':
            rows, cells, cols = gio3_text()
            base = len(lines); lines += rows
            for ri, label, vals in cells:
                li = base + ri + 1
                cc = cell_cols(lines[li - 1])[-7:]
                for (col, txt), cname in zip(cc, cols):
                    assert txt == str(vals[cols.index(cname)])
                    cellspec(li, col, txt, f'{label} / {cname}')
        elif tag == 'GIO4':
            rows, labels = gio4_text()
            lines += rows; li = len(lines)
            for (col, txt), lab in zip(cell_cols(lines[-1]), labels):
                cellspec(li, col, txt, lab)
        elif tag == 'table':
            cap, rows = b['cap'], b['rows']
            if cap: add_line(cap)
            g = grid(rows)
            base = len(lines)
            lines += [pipe(r) for r in g]
            table_gold(name, g, base, lines, cellspec)
        elif tag == 'FOOTNOTE':
            pass
        else:
            raise SystemExit('tag ' + tag)
    return lines, spec


def table_gold(name, g, base, lines, cellspec):
    if name == 'd1':  # 表二
        header = None
        for i, row in enumerate(g):
            li = base + i + 1
            if row[0].startswith('第二十条'): continue
            if row[0] == '信息内容': header = row; continue
            cc = cell_cols(lines[li - 1])
            for k, (col, txt) in enumerate(cc[1:], 1):
                if not txt: continue
                if len(set(header[1:])) == 1 and k > 1: break
                h = header[k]
                if '万元' in h: cellspec(li, col, txt, f'{row[0]} / 本年收费金额', '元', '万')
                else: cellspec(li, col, txt, f'{row[0]} / {h}', '件' if '件数' in h else None)
        return
    head = g[0]
    ucol = head.index('单位') if '单位' in head else None
    for i, row in enumerate(g[1:], 1):
        li = base + i + 1
        cc = cell_cols(lines[li - 1])
        for k in range(1, len(row)):
            if k == ucol: continue
            col, txt = cc[k]
            h = re.sub(r'（[^）]*）', '', head[k])
            u, m = unit_of(head[k])
            if ucol is not None and u is None:
                u = row[ucol]; m = None
                if u[0] in '万亿' and len(u) > 1: m, u = u[0], u[1:]
            cellspec(li, col, txt, f'{row[0]} / {h}', u, m)


# ---------------------------------------------------------------- HTML forms
def runs_d1(t):
    out = []
    for m in re.finditer(r'[0-9.%]+|[^0-9.%]+', t):
        s = m.group()
        if s[0] in '0123456789.%':
            out.append(f'<span style="font-family:Times New Roman;font-size:16px">{E(s)}</span>')
        else:
            out.append(f'<span style="font-family:仿宋_GB2312;font-size:16px">{E(s)}</span>')
    return ''.join(out)


def page_chrome(blocks):
    return [strip(b['raw'])[0] for b in blocks if b['tag'] == 'C'], strip([b['raw'] for b in blocks if b['tag'] == 'T'][0])[0], \
        strip([b['raw'] for b in blocks if b['tag'] == 'M'][0])[0]


def d1_html(blocks):
    chrome, title, meta = page_chrome(blocks)
    body = []
    for b in blocks:
        tag = b['tag']
        t = strip(b.get('raw', ''))[0]
        if tag == 'H1':
            body.append(f'<p style="text-indent:2em;line-height:1.75"><strong><span style="font-family:黑体;font-size:16px">{E(t)}</span></strong></p>')
        elif tag == 'H2':
            body.append(f'<p style="text-indent:2em;line-height:1.75"><span style="font-family:楷体_GB2312;font-size:16px"><strong>{E(t)}</strong></span></p>')
        elif tag in ('P', 'PH'):
            body.append(f'<p style="text-indent:2em;line-height:1.75">{runs_d1(t)}</p>')
        elif tag == 'S':
            body.append(f'<p style="text-align:right;line-height:1.75">{runs_d1(t)}</p>')
        elif tag == 'table':
            h = ['<div class="table-wrap" style="overflow-x:auto">', '<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">', '<tbody>']
            for r in b['rows']:
                h.append('<tr>' + ''.join(td(c.replace('（单位', '\n（单位') if '单位' in c else c, rs, cs) for c, rs, cs in r) + '</tr>')
            h += ['</tbody>', '</table>', '</div>']
            body.append('\n'.join(h))
        elif tag == 'GIO3': body.append(gio3_html())
        elif tag == 'GIO4': body.append(gio4_html())
    nav = ''.join(f'<li><a href="/col/col{1480 + i}/index.html">{E(x.strip())}</a></li>' for i, x in enumerate(chrome[0].split('|')))
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{E(title)}_江澜市北塘区人民政府</title>
<meta name="SiteName" content="江澜市北塘区人民政府">
<meta name="ArticleTitle" content="{E(title)}">
<meta name="PubDate" content="2026-01-22 16:40">
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="江澜市北塘区人民政府"></a>
<div class="search"><input type="text" placeholder="请输入关键词"><a href="javascript:;">搜索</a></div></div></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="w1200 main">
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1481/">政务公开</a> &gt; <a href="/col/col1530/">政府信息公开年报</a></div>
<div class="article">
<h1 class="art-title">{E(title)}</h1>
<div class="art-info"><span>信息来源：北塘区人民政府办公室</span>　<span>发布日期：2026-01-22</span>　<span>阅读次数：<em id="readCount">2087</em></span></div>
<div class="art-con TRS_UEDITOR trs_paper_default" id="zoom">
{chr(10).join(body)}
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="prev-next"><p>上一篇：<a href="/art/2026/1/20/art_1530_2291.html">{E(chrome[3].split("：", 1)[1])}</a></p><p>下一篇：<a href="/art/2026/1/23/art_1530_2297.html">{E(chrome[4].split("：", 1)[1])}</a></p></div>
</div>
</div>
<div class="footer"><div class="w1200"><p>{E(chrome[5])}</p><p>{E(chrome[6])}</p></div></div>
</body>
</html>
'''.encode('utf-8')


SPANN = '<span style="font-family:Times New Roman;font-size:16px">{}</span>'
SPANC = '<span style="font-family:仿宋_GB2312;font-size:16px">{}</span>'


def runs_d2(t, state=[0]):
    """Every figure in its own span, split mid-number as editors' styling leaves it: 412.57 → 412|.57,
    5830 → 58|30, % in a span of its own, 亿元 → 亿|元 every other time."""
    out = []
    for m in re.finditer(r'[0-9]+(?:\.[0-9]+)?|[^0-9]+', t):
        s = m.group()
        if s[0].isdigit():
            state[0] += 1
            if '.' in s:
                a, c = s.split('.', 1); out.append(SPANN.format(a) + SPANN.format('.' + c))
            elif len(s) >= 4:
                out.append(SPANN.format(s[:2]) + SPANN.format(s[2:]))
            else:
                out.append(SPANN.format(s))
        else:
            rest = s
            if rest.startswith('%'):
                out.append(SPANN.format('%')); rest = rest[1:]
            if rest.startswith('亿元') and state[0] % 2 == 0:
                out.append(SPANC.format('亿') + SPANC.format(E(rest[1:])))
            elif rest:
                out.append(SPANC.format(E(rest)))
    return ''.join(out)


def d2_html(blocks):
    chrome, title, meta = page_chrome(blocks)
    paras = []  # list of lists of html fragments; a '+' block joins the previous one
    for b in blocks:
        tag = b['tag']
        if tag in ('C', 'T', 'M'): continue
        t = strip(b.get('raw', ''))[0]
        if tag == 'H1':
            frag = ('h', f'<strong>{E(t)}</strong>')
        elif tag == 'P':
            frag = ('p', runs_d2(t))
        elif tag == 'table':
            cap = strip(b['cap'])[0]
            paras.append([('cap', f'<strong>{E(cap)}</strong>')])
            h = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center" width="88%">', '<thead>']
            rows = b['rows']
            h.append('<tr>' + ''.join(f'<th style="text-align:center"><span style="font-size:14px">{E(c)}</span></th>' for c, rs, cs in rows[0]) + '</tr>')
            h.append('</thead><tbody>')
            for r in rows[1:]:
                h.append('<tr>' + ''.join(f'<td style="text-align:center"><span style="font-size:14px">{E(c)}</span></td>' for c, rs, cs in r) + '</tr>')
            h += ['</tbody>', '</table>']
            paras.append([('table', '\n'.join(h))]); continue
        else:
            frag = ('p', runs_d2(t))
        if b.get('join') and paras:
            paras[-1].append(frag)
        else:
            paras.append([frag])
    body = []
    for i, p in enumerate(paras):
        if p[0][0] == 'table': body.append(p[0][1]); continue
        if p[0][0] == 'cap': body.append(f'<p style="text-align:center">{p[0][1]}</p>'); continue
        if i == 0:  # the dateline block, centred
            body.append('<p style="text-align:center">' + '<br>'.join(f[1] for f in p) + '</p>'); continue
        parts = []
        for j, f in enumerate(p):
            parts.append(('&nbsp;&nbsp;&nbsp;&nbsp;' if j and j % 2 else '　　' if j else '') + f[1])
        body.append('<p style="text-indent:2em">' + '<br>'.join(parts) + '</p>')
    last = body.pop()  # the source / editor line: right-aligned
    body.append(last.replace('<p style="text-indent:2em">', '<p style="text-align:right">'))
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(title)}</title>
<meta name="keywords" content="统计公报,青岚县">
<link rel="stylesheet" type="text/css" href="/images/2019/style.css">
</head>
<body>
<div id="top"><div class="topbar">今天是：<span id="today"></span>　<a href="#">无障碍浏览</a></div></div>
<div class="menu"><ul>{''.join(f'<li><a href="#">{E(x.strip())}</a></li>' for x in chrome[0].split('|'))}</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/tjxx/">统计信息</a> &gt; <a href="/tjxx/tjgb/">统计公报</a></div>
<div class="detail">
<div class="detail-title">{E(title)}</div>
<div class="detail-info">来源：青岚县统计局　发布时间：2026-03-26 10:15　浏览量：<script>document.write(3412)</script>3412</div>
<div class="detail-content" id="Zoom">
{chr(10).join(body)}
</div>
<div class="detail-tools">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】【<a href="javascript:print()">打印本页</a>】【<a href="javascript:close()">关闭窗口</a>】</div>
</div>
<div class="foot"><p>{E(chrome[-1])}</p></div>
</body>
</html>
'''.encode('utf-8')


def d4_html(blocks):
    chrome, title, meta = page_chrome(blocks)
    body, att = [], []
    k = 0
    for b in blocks:
        tag = b['tag']
        t = strip(b.get('raw', ''))[0]
        if tag == 'H1':
            body.append(f'<h3 style="text-indent:2em;font-size:16px;font-weight:bold">{E(t)}</h3>')
        elif tag == 'PH':  # a paragraph opening with a marker: a run-in heading (its title up to the first 。)
            t, *_ = strip(b['raw'])
            mk = MARK.match(t).group(1)
            add_line(b['raw'], (2 if mk.startswith('（') else 1, mk, re.split('[。；]', t[len(mk):])[0]))
        elif tag == 'HI':
            raw = b['raw']
            head, body_ = raw.split('|', 1)
            body.append(f'<p style="text-indent:2em"><strong>{E(strip(head)[0])}</strong>{E(strip(body_)[0])}</p>')
        elif tag == 'P':
            k += 1
            if k % 2:
                body.append(f'<div style="text-indent:2em;line-height:2">{E(t)}</div>')
            else:
                body.append(f'<p style="text-indent:2em"><span style="font-family:仿宋">{E(t)}</span></p>')
        elif tag == 'S':
            body.append(f'<div style="text-align:right">{E(t)}</div>')
        elif tag == 'H0':
            att.append(('h', t))
        elif tag == 'A':
            att.append(('a', t))
    fj = '<div class="fujian"><span class="fj-title">' + E(att[0][1]) + '</span><ul>' + ''.join(
        f'<li><a href="/module/download/downfile.jsp?classid=0&amp;filename={2602100917 + i}.{x.rsplit(".", 1)[1]}" target="_blank">{E(x)}</a></li>'
        for i, (_, x) in enumerate(att[1:])) + '</ul></div>'
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{E(title)}</title>
<meta name="Keywords" content="法治政府建设年度报告" />
<link href="/css/main.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><img src="/images/banner.jpg" alt="梧桐县人民政府" /></div>
<div class="nav">{' '.join(f'<a href="#">{E(x.strip())}</a>' for x in chrome[0].split('|'))}</div>
<div class="container">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">法治政府建设</a> &gt; <a href="#">年度报告</a></div>
<div class="main-box">
<div class="article-box">
<div class="title">{E(title)}</div>
<div class="info">发布时间：2026-02-10　来源：县司法局　点击数：<span id="hits">1765</span></div>
<div class="content" id="zoom">
<div class="TRS_Editor">
<div class="Custom_UnionStyle">
{chr(10).join(body)}
</div>
</div>
{fj}
</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="#top">返回顶部</a>】</div>
</div>
</div>
</div>
<div class="footer">{E(chrome[-1])}</div>
</body>
</html>
'''
    return page.encode('gbk')


# ---------------------------------------------------------------- DOCX (d3)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
X = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
RPR = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
RPRN = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
RPRT = '<w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr>'
RPRH1 = '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>'
RPRH2 = '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hint="eastAsia"/><w:b/><w:sz w:val="32"/></w:rPr>'


def wr(t, rpr=RPR, rsid=''):
    return f'<w:r{rsid}>{rpr}<w:t xml:space="preserve">{X(t)}</w:t></w:r>'


def split_runs(t, rpr=RPR, seed=[0]):
    """Runs cut at edit boundaries: every 4–9 characters, whatever they are (mid-word, mid-number);
    digits get the Times New Roman run properties; a proofErr pair now and then."""
    out, i = [], 0
    steps = [5, 3, 7, 4, 9, 6]
    while i < len(t):
        seed[0] += 1
        n = steps[seed[0] % len(steps)]
        piece = t[i:i + n]
        # within a piece, switch run properties between digits and CJK, as Word does
        for m in re.finditer(r'[0-9.%]+|[^0-9.%]+', piece):
            s = m.group()
            r = RPRN if s[0] in '0123456789.%' else rpr
            out.append(wr(s, r, f' w:rsidR="00{(seed[0] * 7919) % 999999:06X}"'))
        if seed[0] % 11 == 0:
            out.append('<w:proofErr w:type="spellStart"/>')
            out.append('<w:proofErr w:type="spellEnd"/>')
        i += n
    return ''.join(out)


def d3_docx(blocks, path):
    body = []
    fnote = [b['raw'] for b in blocks if b['tag'] == 'FOOTNOTE'][0]
    for b in blocks:
        tag = b['tag']
        if tag in ('FOOTNOTE', 'C'): continue
        if tag == 'table':
            cap = strip(b['cap'])[0]
            body.append(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{wr(cap, RPRH1)}</w:p>')
            rows = b['rows']
            tr = []
            for ri, r in enumerate(rows):
                tcs = ''.join(
                    f'<w:tc><w:tcPr><w:tcW w:w="1700" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
                    + (wr(c, '<w:rPr><w:b/><w:sz w:val="24"/></w:rPr>') if ri == 0 else split_runs(c, '<w:rPr><w:sz w:val="24"/></w:rPr>'))
                    + '</w:p></w:tc>' for c, rs, cs in r)
                tr.append(f'<w:tr><w:trPr><w:jc w:val="center"/>{"<w:tblHeader/>" if ri == 0 else ""}</w:trPr>{tcs}</w:tr>')
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="a5"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>'
                        + '<w:gridCol w:w="1700"/>' * 5 + '</w:tblGrid>' + ''.join(tr) + '</w:tbl>')
            continue
        raw = b['raw']
        t, inds, traps, fns = strip(raw)
        if tag == 'T':
            body.append(f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="600" w:lineRule="exact"/></w:pPr>{wr(t, RPRT)}</w:p>')
        elif tag in ('N1', 'N2'):
            lvl = 0 if tag == 'N1' else 1
            rpr = RPRH1 if tag == 'N1' else RPRH2
            body.append(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="3"/></w:numPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>{split_runs(t, rpr)}</w:p>')
        elif tag in ('P', 'S'):
            jc = '<w:jc w:val="right"/>' if tag == 'S' else '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
            if fns:
                at = fns[0]
                xml = split_runs(t[:at]) + '<w:r><w:rPr><w:rStyle w:val="a7"/><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' + split_runs(t[at:])
            else:
                xml = split_runs(t)
            body.append(f'<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>{jc}</w:pPr>{xml}</w:p>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + ''.join(body) + \
        '<w:sectPr><w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>'
    styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体"/><w:kern w:val="2"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="footnote text"/><w:basedOn w:val="a"/><w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="a7"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="a5"><w:name w:val="Table Grid"/></w:style>
</w:styles>'''
    numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="2"><w:nsid w:val="1F3A6C21"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hint="eastAsia"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hint="eastAsia"/></w:rPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>'''
    fns = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:rPr><w:rStyle w:val="a7"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {X(fnote)}</w:t></w:r></w:p></w:footnote></w:footnotes>'''
    ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'''
    rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
    drels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'''
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels)
        z.writestr('word/_rels/document.xml.rels', drels); z.writestr('word/document.xml', doc)
        z.writestr('word/styles.xml', styles); z.writestr('word/numbering.xml', numbering)
        z.writestr('word/footnotes.xml', fns)


def main():
    for name in sys.argv[1:] or ['d1', 'd2', 'd3', 'd4']:
        blocks = read_src(name)
        lines, spec = ref_text(name, blocks)
        open(os.path.join(ROOT, 'src', name + '.txt'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
        title = strip([b['raw'] for b in blocks if b['tag'] == 'T'][0])[0]
        tl = lines.index(title) + 1
        open(os.path.join(ROOT, 'spec', name + '.spec'), 'w', encoding='utf-8').write(f'TITLE {tl} | {title}\n' + '\n'.join(spec) + '\n')
        if name == 'd1': open(os.path.join(ROOT, 'src', 'd1.html'), 'wb').write(d1_html(blocks))
        if name == 'd2': open(os.path.join(ROOT, 'src', 'd2.html'), 'wb').write(d2_html(blocks))
        if name == 'd4': open(os.path.join(ROOT, 'src', 'd4.html'), 'wb').write(d4_html(blocks))
        if name == 'd3': d3_docx(blocks, os.path.join(ROOT, 'src', 'd3.docx'))
        cjk = sum(1 for ch in ''.join(lines) if '\u4e00' <= ch <= '\u9fff')
        print(name, 'lines', len(lines), 'cjk', cjk, 'spec', len(spec))


if __name__ == '__main__':
    main()
