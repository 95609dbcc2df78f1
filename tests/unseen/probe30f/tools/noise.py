#!/usr/bin/env python3
"""Make the noisy texts src/dN.txt from clean/dN.txt, one kind of noise per document (each noise explicit
below). Each noisy char remembers the clean char it came from (src/dN.map.json: list, -1 = inserted), so
tools/gold.py can carry the clean gold (spec/dN.spec) onto the noisy text without looking at any parser output.
Extra traps for inserted chrome go to src/dN.extra.json."""
import json, os, re, difflib, unicodedata
def fold(s):
    s = unicodedata.normalize('NFKC', s)
    return s.translate(str.maketrans('〇OlI', '0011'))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

class T:
    def __init__(self, text):
        self.ch = list(text); self.src = list(range(len(text)))
        self.extra = {"traps": [], "copy2": None}
    def s(self): return ''.join(self.ch)
    def find(self, old, n=1, after=None):
        s = self.s(); at = s.find(after) + len(after) if after else 0
        if after and at < len(after): raise SystemExit('anchor not found: ' + after)
        for _ in range(n):
            at = s.find(old, at) if _ == 0 else s.find(old, at + 1)
            if at < 0: raise SystemExit('not found: %r' % old)
        return at
    def sub(self, old, new, n=1, after=None):
        """Replace the n-th occurrence of old by new. New chars are aligned to the old ones (full-width, 〇/O for 0
        and l/I for 1 folded), so a kept or OCR-misread char keeps its clean origin; inserted chars get -1."""
        at = self.find(old, n, after); olds = self.src[at:at + len(old)]
        srcs = [-1] * len(new)
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, fold(old), fold(new), autojunk=False).get_opcodes():
            if op == 'equal' or (op == 'replace' and i2 - i1 == j2 - j1):
                for k in range(j2 - j1): srcs[j1 + k] = olds[i1 + k]
        self.ch[at:at + len(old)] = list(new); self.src[at:at + len(old)] = srcs
    def dele(self, old, n=1, after=None):
        at = self.find(old, n, after); del self.ch[at:at + len(old)]; del self.src[at:at + len(old)]
    def ins(self, at, text):
        self.ch[at:at] = list(text); self.src[at:at] = [-1] * len(text)
    def ins_after(self, anchor, text, n=1):
        at = self.find(anchor, n) + len(anchor); self.ins(at, text)
    def ins_before(self, anchor, text, n=1):
        at = self.find(anchor, n); self.ins(at, text)
    def trap(self, text, n=1):
        self.extra["traps"].append({"text": text, "n": n})

# ---------------------------------------------------------------- n1: OCR noise (d1)
N1 = [  # (old, new, occurrence-anchor) : full-width digits/punct mixed, 〇/O for zero, l/I for 1, stray spaces,
        # thousands separators, □ for lost quote glyphs
 ("2025年1月9日", "二〇二五年一月九日", None),
 ("486.3亿元", "４８６．３亿元", None), ("同比增长5.8%", "同比增长5.8％", None),
 ("32.67亿元", "3 2.67亿元", None), ("24.15亿元", "24．15亿元", None), ("一般公共预算收入的73.9%", "一般公共预 算收入的73.9％", None),
 ("192.4亿元", "l92.4亿元", None), ("56820元", "56,820元", None), ("31245元，增长6.9%", "31，245元，增 长6.9％", None),
 ("规模以上工业增加值增长7.4%", "规模以上工业增加值增长7．4%", None), ("1036万人次", "I036万人次", None),
 ("由2023年的142家", "由2O23年的142家", None), ("0.21个百分点", "0．21个百分点", None),
 ("41.6亿元", "41.6 亿元", None), ("15.2%", "15.2 %", None),
 ("2160户", "2 160户", None), ("3400个", "3,400个", None), ("42.3%", "４２.３%", None),
 ("8.6万吨左右", "8.6万吨左 右", None), ("由61.2%提高到68.5%", "由61.2％提高到68.5%", None), ("185户", "18５户", None),
 ("28.9亿元", "２８．９亿元", None), ("81.6%", "81.6％", None), ("1.36万人", "1.3６万人", None), ("5%以内", "5％以内", None),
 ("5400个", "5，400个", None), ("600张", "6０0张", None), ("860元", "8６0元", None), ("1.18亿元", "1.18亿 元", None),
 ("3.2万人次", "3.2万人 次", None), ("服务中心12个", "服务中心1 2个", None),
 ("96.5%", "9 6.5%", None), ("巩固率保持在100%", "巩固率保持在1〇〇%", None), ("2.6个百分点", "2.6个百分 点", None),
 ("22.8万人", "22.8万 人", None), ("420场次", "42〇场次", None),
 ("“高效办成一件事”", "□高效办成一件事□", None), ("1.14万户", "1．14万户", None), ("3862户", "3 862户", None),
 ("1.37亿美元", "1.37亿美 元", None),
 ("84.7%", "84.7％", None), ("3.1个百分点", "3.l个百分点", None), ("优良比例为100%", "优良比例为10O%", None),
 ("“散乱污”", "□散乱污□", None),
 ("1.26万处", "1.26 万处", None), ("分别下降18.2%和21.4%", "分别下降18.2%和2l.4%", None),
 ("二、2025年", "二、二〇二五年", None), ("是：地区生产总值增长5.5%左右", "是：地区生产总值增长５.５％左右", None),
 ("7%以上", "7％以 上", None), ("能耗下降3%。", "能耗下降3 %。", None),
 ("重点项目120个", "重点项目12０个", None), ("215亿元", "2l5亿元", None), ("完成投资38亿元", "完成投资3 8亿元", None),
 ("通车道路12公里", "通车道路l2公里", None),
 ("技改项目60个", "技改项目6〇个", None), ("工业企业20家以上", "工业企业2O家以上", None), ("达到210家", "达到21０家", None),
 ("达到140亿元", "达到14〇亿元", None),
 ("1.3万人以上", "1．3万人以上", None), ("3600个", "3,600个", None), ("85公里", "8 5公里", None),
 ("“一老一小”", "□一老一小□", None), ("4.5个", "4．5个", None),
 ("1.5亿美元", "l.5亿美元", None), ("压减10%", "压减1O%", None), ("“三公”", "□三公□", None),
 ("86件", "8 6件", None), ("132件", "l32件", None), ("办复率100%", "办复率1００％", None),
]
def n1(t):
    for old, new, after in N1: t.sub(old, new, after=after)

# ---------------------------------------------------------------- n2: PDF text (d2)
def width(c): return 0.5 if ord(c) < 128 else 1.0
FORCED = ["罚没款1865.4万", "违规收费资金126.", "受理群众诉求4.8万", "挽回经济损失12", "整改金额2.36亿"]  # break right after these
def n2(t):
    # footnote mark after 直接纠错率 (the first, in L15)
    t.ins_after('直接纠错率', '①', 1)
    s = t.s(); lines = s.split('\n')
    # wrap: build new text by inserting '\n' into the token list
    out_breaks = []  # positions (in current text) where to insert '\n'
    pos = 0
    forced_at = set()
    for f in FORCED:
        forced_at.add(s.find(f) + len(f))
    for li, L in enumerate(lines):
        is_table = L.startswith('|')
        if li == 0:  # title: centred, broken in two
            out_breaks.append(pos + L.find('法治政府'))
        elif not is_table and len(L) > 0:
            w = 0.0; start = pos
            for k, c in enumerate(L):
                p = pos + k
                if k > 0 and (p in forced_at or w + width(c) > 28) and c not in '，。；、：）”％%':
                    # avoid leaving a line-initial 。，
                    out_breaks.append(p); w = 0.0
                w += width(c)
        pos += len(L) + 1
    for p in sorted(out_breaks, reverse=True):
        t.ins(p, '\n')
    # tables: pipes → space-separated PDF rows
    s = t.s()
    for row in [r for r in s.split('\n') if r.startswith('|')]:
        cells = [c.strip() for c in row.strip('|').split('|')]
        t.sub(row, '  '.join(cells))
    # pages: footer '- N -' every 24 lines, a running header on some pages, '第N页 共M页' on others
    s = t.s(); L = s.split('\n')
    # page breaks after these lines (0-based index in the wrapped text), chosen so that one falls mid-paragraph,
    # one falls inside the table (after its 3rd row) and one after the footnote's paragraph
    tbl = next(i for i, x in enumerate(L) if x.startswith('行政复议受理'))
    breaks = [23, tbl, 80]
    M = len(breaks) + 1
    for n, b in sorted(enumerate(breaks, 1), key=lambda x: -x[1]):
        at = sum(len(x) + 1 for x in L[:b + 1])
        foot = ''
        if n == 2:  # the footnote stands at the bottom of the page that holds its mark
            foot = '\n①直接纠错率，指行政复议机关作出撤销、变更、确认违法等决定的案件数占审结案件总数的比例，\n按《中华人民共和国行政复议法》第六十三条至第六十五条的规定统计。'
        page = f'\n- {n} -\n' if n != 2 else f'\n第{n}页 共{M}页\n'
        head = '松岭县人民政府文件\n' if n == 1 else ''
        t.ins(at - 1, foot + page + head.rstrip('\n') if head else foot + page.rstrip('\n'))
    t.ins(len(t.ch), f'\n- {M} -\n')
    for tr in ['- 1 -', '第2页 共4页', '- 3 -', '- 4 -', '第六十三条', '第六十五条', '①']:
        t.trap(tr)

# ---------------------------------------------------------------- n3: old web page (d3)
NAV_TOP = ("首页 | 机构概况 | 政务公开 | 统计数据 | 互动交流\n当前位置：首页 > 统计数据 > 统计公报\n\n"
           "【字体：大 中 小】　　【打印本页】　　【关闭窗口】\n\n")
NAV_END = ("\n【打印本页】　　【关闭窗口】\n\n"
           "主办单位：柳川市统计局　　地址：柳川市人民路88号　　邮编：238000\n"
           "联系电话：0554-6123456　　网站标识码：3415000021　　皖ICP备05012345号-1\n")
BOLD = [  # bold runs the CMS put on lines of their own
 ("地区生产总值2865.4亿元，", "地区生产总值", "2865.4亿元"),   # number alone on its line
 ("全年城镇新增就业4.72万人", "全年城镇新增就业", None),  # label run alone (known S07 shape) … number follows
 ("高技术制造业增加值增长15.8%", "高技术制造业", None),
 ("全年房地产开发投资286.5亿元", "286.5亿元", None),
]
def n3(t):
    s = t.s(); clean_len = len(s)
    # tables: pipe rows → tab rows (a browser copy of an HTML table)
    for row in [r for r in s.split('\n') if r.startswith('|')]:
        cells = [c.strip() for c in row.strip('|').split('|')]
        t.sub(row, '\t'.join(cells))
    # bold runs broken onto their own lines (with blank lines around, as in hebei-gzbg-2003)
    t.sub("地区生产总值2865.4亿元，比上年", "地区生产总值\n\n2865.4亿元\n\n，比上年")
    t.sub("全年城镇新增就业4.72万人", "全年城镇新增就业\n\n4.72万人")
    t.sub("。高技术制造业增加值增长15.8%", "。\n\n高技术制造业\n\n增加值增长15.8%")
    t.sub("全年房地产开发投资286.5亿元，", "全年房地产开发投资\n\n286.5亿元\n\n，")
    t.sub("经济运行总体平稳、稳中有进", "\n\n经济运行总体平稳、稳中有进\n\n")
    # &nbsp; left as text
    t.sub("初步核算，", "&nbsp;&nbsp;&nbsp;&nbsp;初步核算，")
    t.sub("城镇化率为63.6%", "城镇化率为63.6%&nbsp;")
    t.sub("412.8万千瓦", "412.8&nbsp;万千瓦")
    t.sub("表1　2024年", "表1&nbsp;&nbsp;2024年")
    # every non-table paragraph: indented with full-width spaces and followed by a blank line
    s = t.s(); L = s.split('\n'); pos = 0; ops = []
    for x in L:
        if x and '\t' not in x and not x.startswith('&nbsp;'):
            ops.append((pos, '　　'))
        if x and '\t' not in x:
            ops.append((pos + len(x), '\n'))
        pos += len(x) + 1
    for p, txt in sorted(ops, key=lambda o: -o[0]):
        t.ins(p, txt)
    # the whole article twice (the CMS printed the body again), then the footer; nav on top
    body_ch, body_src = list(t.ch), list(t.src)
    t.extra["copy2"] = len(t.ch) + 1
    t.ch += ['\n'] + body_ch; t.src += [-1] + [(x + 10**6 if x >= 0 else -1) for x in body_src]
    t.ins(len(t.ch), NAV_END)
    t.ins(0, NAV_TOP)
    for tr in ['88号', '238000', '0554-6123456', '3415000021', '05012345号-1']:
        t.trap(tr)

# ---------------------------------------------------------------- n4: Word paste (d4)
def n4(t):
    t.sub("一、2024年工作总结", "一、\t2024年工作总结")
    t.sub("（一）参保扩面", "（一）\t参保扩面")
    t.dele("（三）")                                           # automatic numbering lost (（三）基金监管持续加强)
    t.dele("二、")                                             # automatic numbering lost
    t.sub("三、2025年工作思路", "三、\t2025年工作思路")
    t.sub("（五）医保经办", "（五） 医保经办")
    t.sub("“双通道”药店", "“双通道\"药店"); t.sub("纳入“双通道”管理", "纳入\"双通道”管理")
    t.sub("“跨省通办”", "'跨省通办'")
    t.sub("医保服务工作站（点）1206个", "医保服务工作站（点)1206个")
    t.sub("新增医保服务工作站（点）100个", "新增医保服务工作站(点）100个")
    t.sub("门诊慢特病病种由36种扩大到52种", "门诊慢特病病种由36种扩大到52种（含“两病”)")
    # table: tabs, merged cells lost (the group cell only on its first row), header brackets half-closed
    s = t.s()
    rows = [r for r in s.split('\n') if r.startswith('|')]
    new = []
    for i, r in enumerate(rows):
        cells = [c.strip() for c in r.strip('|').split('|')]
        if i == 2: cells[0] = ''                    # 职工医保 merged over two rows
        new.append('\t'.join(cells))
    new[0] = new[0].replace('收入（万元）', '收入（万元)')
    for r, n in zip(rows, new): t.sub(r, n)
    # paragraphs indented with spaces; signature block right-aligned with many spaces
    t.sub("\n柳川市医疗保障局\n2025年1月10日", "\n\n" + " " * 44 + "柳川市医疗保障局\n" + " " * 46 + "2025年1月10日")
    t.sub("\n2024年，市医疗保障局", "\n    2024年，市医疗保障局")
    t.sub("\n全市基本医疗保险参保人数", "\n    全市基本医疗保险参保人数")

for name, fn in [("d1", n1), ("d2", n2), ("d3", n3), ("d4", n4)]:
    t = T(open(os.path.join(ROOT, 'clean', name + '.txt'), encoding='utf-8').read())
    fn(t)
    open(os.path.join(ROOT, 'src', name + '.txt'), 'w', encoding='utf-8').write(t.s())
    json.dump(t.src, open(os.path.join(ROOT, 'src', name + '.map.json'), 'w'))
    json.dump(t.extra, open(os.path.join(ROOT, 'src', name + '.extra.json'), 'w'), ensure_ascii=False)
    print(name, len(t.ch))
