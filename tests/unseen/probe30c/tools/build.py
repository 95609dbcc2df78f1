#!/usr/bin/env python3
"""Build the four documents from work/dN.src (my own markup):
  src/dN.txt   the reference text (one paragraph per line; tables as `| a | b |` rows, merged cells repeated;
               page chrome lines kept where they hold numerals, so their traps can be annotated)
  src/d1.html  GBK CMS page (Word-pasted spans, <br> paragraphs in part, template tables with rowspan/colspan)
  src/d2.html  UTF-8 统计公报 page (<p>&nbsp;&nbsp; + nested spans, <p><strong> headings, 2-row header table, img alt, <sup> notes)
  src/d3.docx  Word file (Heading styles with Chinese style ids, automatic numbering, bold-run headings, <w:br/>,
               split runs, a tracked change, a footnote, header/footer, one table)
  src/d4.html  news-site page (report in one div split by <br><br>, 名词解释 box, byline, related links, comments)
  spec/dN.tables.spec  gold lines for every table cell (labels from the table's structure)
"""
import html, os, re, sys, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = html.escape


def read_src(name):
    blocks, table = [], None
    for raw in open(os.path.join(ROOT, 'work', name + '.src'), encoding='utf-8'):
        raw = raw.rstrip('\n')
        if table is not None:
            if raw == '#END':
                blocks.append(('table', table[0], table[1])); table = None
            else:
                table[1].append([parse_cell(c) for c in raw.split(' | ')])
            continue
        if not raw.strip():
            continue
        tag, _, text = raw.partition(' ')
        if tag == '#TABLE':
            table = (text, [])
        else:
            blocks.append((tag[1:], text))
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


def grid(rows, rep_col=True):
    """Expand spans: a full grid of cell texts (merged cells repeated; colspans once when rep_col is False)."""
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
                if rep_col or dc == 0: out.append(text)
                for dr in range(1, rs):
                    occupied[(r + dr, c + dc)] = text
            c += cs
        g.append(out)
    return g


def pipe(cells):
    # collapse a colspan repeated across the whole row (a caption row) to one cell, as the devset texts write it
    if len(set(cells)) == 1 and len(cells) > 1:
        cells = cells[:1]
    return '| ' + ' | '.join(cells) + ' |'


# ---------------------------------------------------------------- 政府信息公开 template tables (d1)
GIO3_COLS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']
GIO3 = [  # (group, row, values without total)
    ('', '一、本年新收政府信息公开申请数量', [198, 22, 1, 2, 9, 4]),
    ('', '二、上年结转政府信息公开申请数量', [10, 2, 0, 0, 0, 0]),
    ('三、本年度办理结果', '（一）予以公开', [61, 8, 1, 1, 2, 1]),
    ('三、本年度办理结果', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [21, 3, 0, 0, 2, 0]),
    ('（三）不予公开', '1.属于国家秘密', [1, 0, 0, 0, 0, 0]),
    ('（三）不予公开', '2.其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0]),
    ('（三）不予公开', '3.危及“三安全一稳定”', [2, 0, 0, 0, 0, 0]),
    ('（三）不予公开', '4.保护第三方合法权益', [5, 1, 0, 0, 0, 0]),
    ('（三）不予公开', '5.属于三类内部事务信息', [3, 0, 0, 0, 0, 0]),
    ('（三）不予公开', '6.属于四类过程性信息', [4, 1, 0, 0, 0, 0]),
    ('（三）不予公开', '7.属于行政执法案卷', [2, 0, 0, 0, 0, 0]),
    ('（三）不予公开', '8.属于行政查询事项', [6, 0, 0, 0, 0, 0]),
    ('（四）无法提供', '1.本机关不掌握相关政府信息', [58, 5, 0, 1, 3, 2]),
    ('（四）无法提供', '2.没有现成信息需要另行制作', [7, 1, 0, 0, 0, 0]),
    ('（四）无法提供', '3.补正后申请内容仍不明确', [4, 0, 0, 0, 0, 0]),
    ('（五）不予处理', '1.信访举报投诉类申请', [9, 0, 0, 0, 0, 0]),
    ('（五）不予处理', '2.重复申请', [6, 1, 0, 0, 0, 0]),
    ('（五）不予处理', '3.要求提供公开出版物', [1, 0, 0, 0, 0, 0]),
    ('（五）不予处理', '4.无正当理由大量反复申请', [2, 0, 0, 0, 0, 0]),
    ('（五）不予处理', '5.要求行政机关确认或重新出具已获取信息', [1, 0, 0, 0, 0, 0]),
    ('（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [8, 1, 0, 0, 0, 0]),
    ('（六）其他处理', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0]),
    ('（六）其他处理', '3.其他', [4, 1, 0, 0, 1, 0]),
]
NOTE3 = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'


def gio3_rows():
    res = [r for r in GIO3 if r[0] not in ('',)]
    tot = [sum(r[2][i] for r in res) for i in range(6)]
    recv, carry = GIO3[0][2], GIO3[1][2]
    left = [recv[i] + carry[i] - tot[i] for i in range(6)]
    assert all(x >= 0 for x in left), left
    return GIO3[:2], res, tot, left


def gio3_html(cell):
    head, res, tot, left = gio3_rows()
    h = ['<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">',
         f'<tr><td rowspan="3" colspan="3">{cell(NOTE3)}</td><td colspan="7">{cell("申请人情况")}</td></tr>',
         f'<tr><td rowspan="2">{cell("自然人")}</td><td colspan="5">{cell("法人或其他组织")}</td><td rowspan="2">{cell("总计")}</td></tr>',
         '<tr>' + ''.join(f'<td>{cell(c)}</td>' for c in GIO3_COLS[1:]) + '</tr>']
    val = lambda vs: ''.join(f'<td>{cell(str(v))}</td>' for v in vs + [sum(vs)])
    for g, r, vs in head:
        h.append(f'<tr><td colspan="3">{cell(r)}</td>{val(vs)}</tr>')
    first = True
    groups = {}
    for g, r, vs in res:
        groups.setdefault(g, []).append(r)
    seen = set()
    for g, r, vs in res:
        tds = ''
        if first:
            tds += f'<td rowspan="{len(res) + 1}">{cell("三、本年度办理结果")}</td>'; first = False
        if g == '三、本年度办理结果':
            tds += f'<td colspan="2">{cell(r)}</td>'
        else:
            if g not in seen:
                tds += f'<td rowspan="{len(groups[g])}">{cell(g)}</td>'; seen.add(g)
            tds += f'<td>{cell(r)}</td>'
        h.append(f'<tr>{tds}{val(vs)}</tr>')
    h.append(f'<tr><td colspan="2">{cell("（七）总计")}</td>{val(tot)}</tr>')
    h.append(f'<tr><td colspan="3">{cell("四、结转下年度继续办理")}</td>{val(left)}</tr>')
    h.append('</table>')
    return '\n'.join(h)


def gio3_text():
    """Reference rows and (row label, col label, value) per cell."""
    head, res, tot, left = gio3_rows()
    lines = [pipe([NOTE3] * 3 + ['申请人情况'] * 7), pipe([NOTE3] * 3 + ['自然人'] + ['法人或其他组织'] * 5 + ['总计']),
             pipe([NOTE3] * 3 + GIO3_COLS + ['总计'])]
    cells = []
    def add(cellsrow, label, vs):
        vals = vs + [sum(vs)]
        lines.append(pipe(cellsrow + [str(v) for v in vals]))
        cells.append((len(lines) - 1, label, vals))
    for g, r, vs in head:
        add([r] * 3, r, vs)
    for g, r, vs in res:
        if g == '三、本年度办理结果':
            add(['三、本年度办理结果', r, r], r, vs)
        else:
            add(['三、本年度办理结果', g, r], g + ' ' + r, vs)
    add(['三、本年度办理结果', '（七）总计', '（七）总计'], '（七）总计', tot)
    add(['四、结转下年度继续办理'] * 3, '四、结转下年度继续办理', left)
    return lines, cells, GIO3_COLS + ['总计']


GIO4 = [3, 1, 0, 1], [2, 0, 1, 1], [1, 0, 0, 0]
GIO4_LEAF = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']


def gio4_vals():
    out = []
    for vs in GIO4:
        out += vs + [sum(vs)]
    return out


def gio4_html(cell):
    h = ['<table border="1" cellspacing="0" cellpadding="0" width="100%">',
         f'<tr><td colspan="5">{cell("行政复议")}</td><td colspan="10">{cell("行政诉讼")}</td></tr>',
         '<tr>' + ''.join(f'<td rowspan="2">{cell(c)}</td>' for c in GIO4_LEAF) +
         f'<td colspan="5">{cell("未经复议直接起诉")}</td><td colspan="5">{cell("复议后起诉")}</td></tr>',
         '<tr>' + ''.join(f'<td>{cell(c)}</td>' for c in GIO4_LEAF * 2) + '</tr>',
         '<tr>' + ''.join(f'<td>{cell(str(v))}</td>' for v in gio4_vals()) + '</tr>', '</table>']
    return '\n'.join(h)


def gio4_text():
    lines = [pipe(['行政复议'] * 5 + ['行政诉讼'] * 10),
             pipe(GIO4_LEAF + ['未经复议直接起诉'] * 5 + ['复议后起诉'] * 5),
             pipe(GIO4_LEAF + GIO4_LEAF * 2),
             pipe([str(v) for v in gio4_vals()])]
    labels = ['行政复议 / ' + x for x in GIO4_LEAF] + ['行政诉讼 未经复议直接起诉 / ' + x for x in GIO4_LEAF] + \
             ['行政诉讼 复议后起诉 / ' + x for x in GIO4_LEAF]
    return lines, labels


# ---------------------------------------------------------------- reference text + table gold
def cell_cols(line):
    """Char column of each cell's text in a pipe row."""
    cols, at = [], 0
    parts = line.split(' | ')
    pos = 2
    for i, p in enumerate(parts):
        p2 = p[2:] if i == 0 else p
        if i == len(parts) - 1: p2 = p2[:-2]
        cols.append((pos, p2))
        pos += len(p2) + 3
    return cols


def ref_text(name, blocks):
    lines, spec = [], []
    def cellspec(li, col, text, label, unit=None, mult=None):
        o = f'c={col} t'
        o += f' u={unit}' if unit else ' u=null'
        if mult: o += f' m={mult}'
        if text.startswith('-'): o += f' d=down v={text}'  # fixed after the run: mkgold.parse cannot read a leading minus
        spec.append(f'I {li} | {text} | {label} | {o}')
    for b in blocks:
        tag = b[0]
        if tag in ('C', 'T', 'M', 'P', 'H1', 'H2', 'S', 'IMG', 'BOLD', 'NUM2', 'NUM3', 'BR', 'BOX', 'HEADER', 'FOOTNOTE'):
            t = b[1]
            if tag == 'BR':
                a, _, c = t.partition('|'); lines += [a, c]; continue
            if tag == 'HEADER': t = t
            lines.append(t)
        elif tag == 'GIO3':
            rows, cells, cols = gio3_text()
            base = len(lines)
            lines += rows
            for ri, label, vals in cells:
                li = base + ri + 1
                cc = cell_cols(lines[li - 1])[-7:]
                for (col, txt), cname in zip(cc, cols):
                    assert txt == str(vals[cols.index(cname)])
                    cellspec(li, col, txt, f'{label} / {cname}')
        elif tag == 'GIO4':
            rows, labels = gio4_text()
            lines += rows
            li = len(lines)
            for (col, txt), lab in zip(cell_cols(lines[-1]), labels):
                cellspec(li, col, txt, lab)
        elif tag == 'table':
            cap, rows = b[1], b[2]
            if cap: lines.append(cap)
            g = grid(rows)
            base = len(lines)
            lines += [pipe(r) for r in grid(rows, rep_col=True)]  # colspans repeated, as the reader renders them (first copy holds the gold)
            table_gold(name, g, base, lines, cellspec)
        elif tag in ('FOOTER', 'ENDBOX', 'NUM'):
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
            seen = set()
            for k, (col, txt) in enumerate(cc[1:], 1):
                if len(set(header[1:])) == 1 and k > 1: break  # a colspan value repeated: one cell
                h = header[k]
                if '万元' in h:
                    cellspec(li, col, txt, f'{row[0]} / 本年收费金额', '元', '万')
                else:
                    cellspec(li, col, txt, f'{row[0]} / {h}', '件')
    elif name == 'd2':
        for i, row in enumerate(g[2:], 2):
            li = base + i + 1
            cc = cell_cols(lines[li - 1])
            unit = row[1]; mult = None
            if unit[0] in '万亿': mult, unit = unit[0], unit[1:]
            for k in range(2, 6):
                col, txt = cc[k]
                lab = row[0].replace('其中：', '') + ' / ' + g[0][k] + ' ' + g[1][k].replace('（%）', '')
                if k % 2 == 0: cellspec(li, col, txt, lab, unit, mult)
                else: cellspec(li, col, txt, lab, '%')
    elif name == 'd3':
        for i, row in enumerate(g[1:], 1):
            li = base + i + 1
            cc = cell_cols(lines[li - 1])
            rl = re.sub(r'（件）', '', row[0])
            for k in range(1, 4):
                col, txt = cc[k]
                h = g[0][k].replace('（%）', '')
                cellspec(li, col, txt, f'{rl} / {h}', '%' if k == 3 else '件')


# ---------------------------------------------------------------- HTML forms
WORDSPAN = "<span style=\"font-family:仿宋_GB2312;font-size:16.0pt\">{}</span>"


def word_runs(t):
    """Word-pasted runs: digits and latin in <span lang=EN-US> with Times New Roman, CJK in 仿宋."""
    out = []
    for m in re.finditer(r'[0-9A-Za-z.%\-:/〔〕]+|[^0-9A-Za-z.%\-:/〔〕]+', t):
        s = m.group()
        if re.match(r'[0-9A-Za-z.%\-:/]', s):
            out.append(f'<span lang="EN-US" style="font-family:&quot;Times New Roman&quot;;font-size:16.0pt">{E(s)}</span>')
        else:
            out.append(WORDSPAN.format(E(s)))
    return ''.join(out)


def d1_html(blocks):
    body = []
    chrome = [b[1] for b in blocks if b[0] == 'C']
    title = [b[1] for b in blocks if b[0] == 'T'][0]
    cell = lambda t: f'<p align="center" class="MsoNormal"><span style="font-size:10.5pt;font-family:宋体">{E(t)}</span></p>'
    in_br = False
    br = []
    for b in blocks:
        tag = b[0]
        if tag in ('C', 'T', 'M'): continue
        t = b[1] if len(b) > 1 else ''
        if tag == 'H1' and t.startswith('五、'):
            in_br = True
        if in_br and tag in ('H1', 'P'):
            br.append(('&nbsp;' * 4 + ('<strong>' + E(t) + '</strong>' if tag == 'H1' else E(t))))
            continue
        if tag == 'H1':
            body.append(f'<p class="MsoNormal" style="text-indent:32.0pt"><b><span style="font-family:黑体;font-size:16.0pt">{E(t)}</span></b></p>')
        elif tag == 'H2':
            body.append(f'<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-family:楷体_GB2312;font-size:16.0pt">{E(t)}</span></p>')
        elif tag == 'P':
            body.append(f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">{word_runs(t)}</p>')
        elif tag == 'table':
            rows = b[2]
            h = ['<table border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;border:none">']
            for r in rows:
                h.append('<tr>' + ''.join(
                    f'<td{" rowspan=%d" % rs if rs > 1 else ""}{" colspan=%d" % cs if cs > 1 else ""} valign="center" style="border:solid windowtext 1.0pt">{cell(c)}</td>'
                    for c, rs, cs in r) + '</tr>')
            h.append('</table>')
            body.append('\n'.join(h))
        elif tag == 'GIO3':
            body.append(gio3_html(cell))
        elif tag == 'GIO4':
            body.append(gio4_html(cell))
        elif tag == 'S':
            if br:
                body.append('<p style="line-height:2em">' + '<br>\n'.join(br) + '</p>'); br = []
            body.append(f'<p align="right" style="text-align:right">{word_runs(t)}</p>')
    meta = [b[1] for b in blocks if b[0] == 'M'][0]
    idx = chrome[2]
    ix = dict(re.findall(r'(\S+?)：(\S+)', idx))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{E(title)}_临溪市云台区人民政府</title>
<meta name="SiteName" content="临溪市云台区人民政府" />
<meta name="SiteIDCode" content="3302120004" />
<meta name="ArticleTitle" content="{E(title)}" />
<meta name="PubDate" content="2026-01-20 09:30" />
<meta name="ContentSource" content="云台区人民政府办公室" />
<link href="/css/style2019.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
var _hmt = _hmt || []; var pageId = 20260120093001;
</script>
<style type="text/css">.xxgk_table td{{border:1px solid #ddd;padding:4px 8px;font-size:14px}}</style>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="临溪市云台区人民政府" /></div>
<div class="topright"><a href="/">无障碍</a> | <a href="/">长者模式</a> | <a href="/">English</a></div></div>
<div class="nav"><ul>{''.join(f'<li><a href="/col/col{1200+i}/index.html">{E(x.strip())}</a></li>' for i, x in enumerate(chrome[0].split('|')))}</ul></div>
<div class="main">
<div class="location">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/col/col1201/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/col/col1350/">政府信息公开</a>&nbsp;&gt;&nbsp;<a href="/col/col1362/">政府信息公开年报</a></div>
<table class="xxgk_table" width="100%" cellspacing="0" cellpadding="0">
<tr><td width="12%"><b>索引号：</b></td><td width="38%">{ix["索引号"]}</td><td width="12%"><b>发布机构：</b></td><td>{ix["发布机构"]}</td></tr>
<tr><td><b>生成日期：</b></td><td>{ix["生成日期"]}</td><td><b>文号：</b></td><td>{ix["文号"]}</td></tr>
</table>
<div class="article">
<h1 class="title">{E(title)}</h1>
<div class="info"><span>发布时间：2026-01-20 09:30</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>来源：云台区人民政府办公室</span>&nbsp;&nbsp;&nbsp;&nbsp;<span>浏览次数：<span id="hits">1356</span></span>&nbsp;&nbsp;&nbsp;&nbsp;<span>字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
<div id="zoom" class="TRS_Editor">
{chr(10).join(body)}
</div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="share">分享到：<a class="wx" href="#">微信</a> <a class="wb" href="#">微博</a> <a class="qz" href="#">QQ空间</a></div>
<div class="related"><h3>相关链接：</h3><ul><li><a href="/art/2025/1/21/art_1362_8843.html">{E(chrome[5].split("：",1)[1])}</a></li></ul></div>
<div class="prevnext"><p>{E(chrome[6].split("：")[0])}：<a href="/art/2026/1/19/art_1362_9012.html">{E(chrome[6].split("：",1)[1])}</a></p>
<p>{E(chrome[7].split("：")[0])}：<a href="/art/2026/1/21/art_1362_9027.html">{E(chrome[7].split("：",1)[1])}</a></p></div>
</div></div>
<div class="footer"><p>{E(chrome[8])}</p><p>{E(chrome[9])}</p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script></p></div>
</body>
</html>
'''
    return page.encode('gbk')


def nested(t, sup=None):
    """UTF-8 CMS paragraph runs: nested spans, numbers in their own font span; [n] note marks as <sup>."""
    out = []
    for m in re.finditer(r'\[\d\]|[0-9.%‰∶\-]+|[^0-9.%‰∶\-\[]+|\[', t):
        s = m.group()
        if re.fullmatch(r'\[\d\]', s):
            n = s[1]
            out.append(f'<sup>{E(s)}</sup>' if n == '1' else f'<sup>{n}</sup>')
        elif re.match(r'[0-9]', s):
            out.append(f'<span style="font-family:Times New Roman;">{E(s)}</span>')
        else:
            out.append(E(s))
    return '<span style="font-size:16px;"><span style="font-family:宋体;">' + ''.join(out) + '</span></span>'


def d2_html(blocks):
    chrome = [b[1] for b in blocks if b[0] == 'C']
    title = [b[1] for b in blocks if b[0] == 'T'][0]
    body = []
    first = 0
    for b in blocks:
        tag = b[0]
        t = b[1] if len(b) > 1 else ''
        if tag in ('C', 'T', 'M'): continue
        if tag == 'P' and first < 2:
            body.append(f'<p style="text-align:center;">{nested(t)}</p>'); first += 1; continue
        if tag == 'H1':
            body.append(f'<p style="text-indent:2em;"><strong><span style="font-size:16px;">{E(t)}</span></strong></p>')
        elif tag == 'P':
            body.append(f'<p style="text-indent:2em;">&nbsp;&nbsp;{nested(t)}</p>')
        elif tag == 'IMG':
            body.append(f'<p style="text-align:center;"><img src="/uploadfiles/2026/03/20260318_tjgb01.png" alt="{E(t)}" width="600" height="360" border="0" /></p>')
            body.append(f'<p style="text-align:center;"><span style="font-size:14px;">{E(t)}</span></p>')
        elif tag == 'table':
            cap, rows = b[1], b[2]
            body.append(f'<p style="text-align:center;"><strong><span style="font-size:16px;">{E(cap)}</span></strong></p>')
            h = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="90%" align="center">', '<tbody>']
            for ri, r in enumerate(rows):
                tdn = 'td'
                sp = lambda rs, cs: (' rowspan="%d"' % rs if rs > 1 else '') + (' colspan="%d"' % cs if cs > 1 else '')
                h.append('<tr>' + ''.join(
                    f'<{tdn}{sp(rs, cs)} style="text-align:center;"><span style="font-size:14px;">{E(c)}</span></{tdn}>'
                    for c, rs, cs in r) + '</tr>')
            h += ['</tbody>', '</table>']
            body.append('\n'.join(h))
    return f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}-临溪市统计局</title>
<meta name="ArticleTitle" content="{E(title)}">
<meta name="PubDate" content="2026-03-18 16:00">
<link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<header class="site-header"><div class="wrap"><a class="logo" href="/"><img src="/static/img/logo.png" alt="临溪市统计局"></a>
<nav><a href="/">首页</a><a href="/jggk/">机构概况</a><a href="/tjsj/">统计数据</a><a href="/tjfx/">统计分析</a><a href="/tjgb/">统计公报</a><a href="/tjfg/">统计法规</a></nav>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键字"><button>搜索</button></form></div></header>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/tjsj/">统计数据</a> &gt; <a href="/tjgb/">统计公报</a></div>
<div class="article">
<h2 class="art-title">{E(title)}</h2>
<div class="art-info">发布日期：2026-03-18　　来源：临溪市统计局　　【字体：<a href="javascript:;" onclick="fontZoom(18)">大</a> <a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a>】　　【<a href="javascript:window.print();">打印</a>】</div>
<div class="art-con" id="zoomcon">
{chr(10).join(body)}
</div>
<div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<footer class="site-footer"><p>{E(chrome[-2])}</p><p>{E(chrome[-1])}</p></footer>
<script>var visitCount = 4821;</script>
</body>
</html>
'''.encode('utf-8')


def d4_html(blocks):
    chrome = [b[1] for b in blocks if b[0] == 'C']
    title = [b[1] for b in blocks if b[0] == 'T'][0]
    flow, box, inbox = [], [], False
    for b in blocks:
        tag = b[0]
        t = b[1] if len(b) > 1 else ''
        if tag == 'BOX': inbox = True; continue
        if tag == 'ENDBOX': inbox = False; continue
        if inbox: box.append(t); continue
        if tag in ('H1', 'H2'):
            flow.append(f'　　<strong>{E(t)}</strong>')
        elif tag == 'P':
            if t in ('政府工作报告',):
                flow.append(f'<strong>{E(t)}</strong>')
            else:
                flow.append('　　' + E(t))
    content = '<br><br>\n'.join(flow)
    related = [c[1:] for c in chrome if c.startswith('·')]
    comments = [c for c in chrome if '网友 ' in c]
    com_html = ''
    for c in comments:
        who, rest = c.split(' ', 1)
        when, _, txt = rest.partition('：')
        txt, _, z = txt.rpartition(' ')
        com_html += f'<li><div class="c-user">{E(who)} <span class="c-time">{E(when)}</span></div><div class="c-txt">{E(txt)}</div><div class="c-zan"><a href="#">{E(z)}</a></div></li>\n'
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{E(title)}_时政_临溪新闻网</title>
<meta name="keywords" content="政府工作报告,鹤山县,2026" />
<meta name="description" content="鹤山县2026年政府工作报告全文" />
<link rel="stylesheet" href="//www.linxinews.cn/css/article.css" />
</head>
<body>
<div class="topbar"><div class="w1200"><span class="date">2026年1月9日 星期五</span><a href="/login">登录</a> | <a href="/reg">注册</a></div></div>
<div class="header"><a href="/"><img src="/images/logo_news.png" alt="临溪新闻网" /></a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/sz/">时政</a></li><li><a href="/xq/">县区</a></li><li><a href="/ms/">民生</a></li><li><a href="/pl/">评论</a></li><li><a href="/sp/">视频</a></li><li><a href="/zt/">专题</a></li></ul></div>
<div class="w1200 clearfix">
<div class="main-left">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/sz/">时政</a> &gt; 正文</div>
<h1 class="art-title">{E(title)}</h1>
<div class="art-meta"><span class="time">2026-01-09 08:12</span><span class="source">来源：临溪日报</span><span class="author">作者：记者 王敏 通讯员 陈晓</span><span class="editor">编辑：李娜</span></div>
<div class="art-share"><a class="s-wx">微信</a><a class="s-wb">微博</a><a class="s-fontsize">A+</a><a class="s-fontsize">A-</a></div>
<div class="art-content" id="artContent">
{content}
<div class="mcjs" style="margin:20px 0;padding:12px 16px;border:1px solid #d9d9d9;background:#f7f7f7;">
<h4 style="color:#b40000;">名词解释</h4>
{''.join(f'<p>{E(x)}</p>' for x in box)}
</div>
</div>
<div class="art-editor">{E(chrome[2])}</div>
<div class="art-tools">【<a href="#">纠错</a>】　【<a href="javascript:window.print()">打印</a>】　【<a href="javascript:window.close()">关闭</a>】</div>
<div class="related"><div class="hd">相关新闻</div><ul>
{''.join(f'<li><a href="/sz/2026-01/0{6+i}/content_{88123+i}.html">{E(x)}</a></li>' for i, x in enumerate(related))}
</ul></div>
<div class="comment"><div class="hd">网友评论（{len(comments)}）</div><ul>
{com_html}</ul><div class="c-more"><a href="#">查看更多评论</a></div></div>
</div>
<div class="main-right"><div class="hot"><div class="hd">热点排行</div><ol><li><a href="#">临溪市两会今日开幕</a></li><li><a href="#">全市首批10个未来社区通过验收</a></li><li><a href="#">寒潮来袭 最低气温-5℃</a></li></ol></div></div>
</div>
<div class="footer"><p>{E(chrome[-1])}</p></div>
</body>
</html>
'''.encode('utf-8')


# ---------------------------------------------------------------- DOCX
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
X = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
RPR = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'
RPRN = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/></w:rPr>'


def run(t, rpr=RPR):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{X(t)}</w:t></w:r>'


def runs_word(t):
    """Realistic Word runs: numbers in their own runs, some split inside (edits), a proofErr, a bookmark."""
    out = []
    for m in re.finditer(r'[0-9.%]+|[^0-9.%]+', t):
        s = m.group()
        if s[0].isdigit():
            if len(s) >= 4 and s[1] != '.':
                out.append(run(s[:2], RPRN) + run(s[2:], RPRN))  # a number split over two runs
            else:
                out.append(run(s, RPRN))
        else:
            out.append(run(s))
    return ''.join(out)


def d3_docx(blocks, path):
    body = []
    fn_done = False
    for b in blocks:
        tag = b[0]
        t = b[1] if len(b) > 1 else ''
        if tag in ('HEADER', 'FOOTER', 'FOOTNOTE', 'C'): continue
        if tag == 'T':
            body.append(f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr><w:t>{X(t)}</w:t></w:r></w:p>')
        elif tag == 'H1':
            body.append(f'<w:p><w:pPr><w:pStyle w:val="1"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:bookmarkStart w:id="0" w:name="_Toc1{len(body)}"/>{run(t)}<w:bookmarkEnd w:id="0"/></w:p>')
        elif tag == 'NUM2':
            body.append(f'<w:p><w:pPr><w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>{run(t)}</w:p>')
        elif tag == 'NUM3':
            body.append(f'<w:p><w:pPr><w:pStyle w:val="a3"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>{runs_word(t)}</w:p>')
        elif tag == 'BOLD':
            body.append(f'<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="32"/></w:rPr><w:t>{X(t)}</w:t></w:r></w:p>')
        elif tag == 'BR':
            a, _, c = t.partition('|')
            body.append(f'<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr><w:t>{X(a)}</w:t></w:r><w:r><w:rPr><w:sz w:val="32"/></w:rPr><w:br/></w:r>{runs_word(c)}</w:p>')
        elif tag in ('P', 'S'):
            jc = '<w:jc w:val="right"/>' if tag == 'S' else '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
            if '罚没款金额2468.3万元' in t:
                a, c = t.split('2468.3', 1)
                xml = runs_word(a) + '<w:del w:id="11" w:author="王科员" w:date="2026-01-10T09:12:00Z"><w:r>' + RPRN + '<w:delText>2513.6</w:delText></w:r></w:del><w:ins w:id="12" w:author="王科员" w:date="2026-01-10T09:12:00Z">' + run('2468.3', RPRN) + '</w:ins>' + runs_word(c)
            elif '合同、协议186份' in t and not fn_done:
                a, c = t.split('186份', 1)
                xml = runs_word(a + '186份') + '<w:r><w:rPr><w:rStyle w:val="a5"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' + runs_word(c)
                fn_done = True
            elif '调解成功率' in t:
                a, c = t.split('调解成功率', 1)
                xml = runs_word(a) + '<w:proofErr w:type="spellStart"/>' + run('调解成功率') + '<w:proofErr w:type="spellEnd"/>' + '<w:r><w:lastRenderedPageBreak/></w:r>' + runs_word(c)
            else:
                xml = runs_word(t)
            body.append(f'<w:p><w:pPr>{jc}</w:pPr>{xml}</w:p>')
        elif tag == 'table':
            cap, rows = b[1], b[2]
            body.append(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>{X(cap)}</w:t></w:r></w:p>')
            tr = []
            for r in rows:
                tcs = ''.join(f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(c)}</w:p></w:tc>' for c, rs, cs in r)
                tr.append(f'<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>{tcs}</w:tr>')
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="a6"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>' + '<w:gridCol w:w="2000"/>' * 4 + '</w:tblGrid>' + ''.join(tr) + '</w:tbl>')
    header = [b[1] for b in blocks if b[0] == 'HEADER'][0]
    fnote = [b[1] for b in blocks if b[0] == 'FOOTNOTE'][0]
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>' + ''.join(body) + \
        '<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:footerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/></w:sectPr></w:body></w:document>'
    styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体"/><w:kern w:val="2"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:kern w:val="44"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="a5"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="a6"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/></w:style>
</w:styles>'''
    numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1．"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>'''
    hdr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>{run(header)}</w:p></w:hdr>'
    ftr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run("— ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{run("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r>{run(" —")}</w:p></w:ftr>'
    fns = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="a4"/></w:pPr><w:r><w:rPr><w:rStyle w:val="a5"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {X(fnote)}</w:t></w:r></w:p></w:footnote></w:footnotes>'''
    ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
    rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
    drels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>'''
    core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>县政府法治报告</dc:title><dc:creator>Administrator</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-08T02:11:00Z</dcterms:created></cp:coreProperties>'''
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels)
        z.writestr('word/_rels/document.xml.rels', drels); z.writestr('word/document.xml', doc)
        z.writestr('word/styles.xml', styles); z.writestr('word/numbering.xml', numbering)
        z.writestr('word/footnotes.xml', fns); z.writestr('word/header1.xml', hdr); z.writestr('word/footer1.xml', ftr)
        z.writestr('docProps/core.xml', core)


def d3_ref(blocks):
    """Reference text of d3: numbering rendered, footnote mark dropped, footnote text after the body."""
    out, n2, n3 = [], 0, 0
    for b in blocks:
        if b[0] == 'NUM2':
            n2 += 1; out.append(('P', '（' + '一二三四五六'[n2 - 1] + '）' + b[1]))
        elif b[0] == 'NUM3':
            n3 += 1; out.append(('P', f'{n3}．' + b[1]))
        elif b[0] == 'HEADER':
            out.append(('C', b[1]))
        elif b[0] == 'FOOTNOTE':
            out.append(('C', '注：' + b[1]))
        else:
            out.append(b)
    return out


def main():
    for name in ['d1', 'd2', 'd3', 'd4']:
        blocks = read_src(name)
        rb = d3_ref(blocks) if name == 'd3' else blocks
        lines, spec = ref_text(name, rb)
        open(os.path.join(ROOT, 'src', name + '.txt'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
        open(os.path.join(ROOT, 'spec', name + '.tables.spec'), 'w', encoding='utf-8').write('\n'.join(spec) + ('\n' if spec else ''))
        if name == 'd1': open(os.path.join(ROOT, 'src', 'd1.html'), 'wb').write(d1_html(blocks))
        if name == 'd2': open(os.path.join(ROOT, 'src', 'd2.html'), 'wb').write(d2_html(blocks))
        if name == 'd4': open(os.path.join(ROOT, 'src', 'd4.html'), 'wb').write(d4_html(blocks))
        if name == 'd3': d3_docx(blocks, os.path.join(ROOT, 'src', 'd3.docx'))
        cjk = sum(1 for ch in ''.join(lines) if '\u4e00' <= ch <= '\u9fff')
        print(name, 'lines', len(lines), 'cjk', cjk, 'table cells', len(spec))


if __name__ == '__main__':
    main()
