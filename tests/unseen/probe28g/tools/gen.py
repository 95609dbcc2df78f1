#!/usr/bin/env python3
"""Render each clean original src/NAME.txt into PDF-text forms docs/NAME.FORM.txt (deterministic).

    python3 tools/gen.py            # all documents, all forms

Forms (each isolates one family of PDF-text conventions, `full` combines them):
  wrap  hard wraps at the document's width (25-40 display columns, digits count 1/2), numbers kept
        whole, the unit / 万 / 亿 may go to the next line, kinsoku (no line starts with ，。、；：）%),
        optional trailing space on wrapped lines
  page  wrap + page furniture (the document's page-number style, running header, running footer,
        form feed at page starts) + forced page breaks at the document's hints (mid number/unit,
        label/figure, heading/body, caption/单位/rows, inside a table)
  sp    a space between every character on every third paragraph (no wrap)
  fw    full-width digits (０-９ ． ％) on even paragraphs, doubled spaces on odd ones (no wrap)
  hp    half-width punctuation , ; ( ) : on even paragraphs; one line broken before % (no wrap)
  fn    superscript footnote numbers glued to words, the footnote text at the page bottom
        (simple `— N —` pages, no wrap)
  tbl   tables as `pdftotext -layout` (space-aligned columns), split over a page with/without
        header repeat and 续表 (simple pages; paragraphs untouched)
  tblc  tables as non-layout pdftotext (one cell per line), same split
  full  wrap + page + tbl(-layout or cells, per document) + a few artifacts
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

DOCS = {
    "s1": dict(width=30, trail=False, furn="emdash", header=["青川市2024年国民经济和社会发展统计公报"], footer=None, ff=True, plen=18,
               breaks=["地区生产总值2856.3", "粮食总产量", "二、农业", "单位：万吨", "五、人民生活"],
               tsplit={0: (3, True, "续表1"), 1: (2, False, None)},
               notes=[("增长5.6%", "按可比价格计算。"), ("粮食总产量", "含大豆、薯类。")], full_table="layout"),
    "s2": dict(width=36, trail=True, furn="dis", header=["柳溪县统计局"], footer=None, ff=True, plen=20,
               breaks=["人均地区生产总值达到", "138.62", "四、教育和卫生", "表1　2024年规模以上工业主要产品产量"],
               tsplit={0: (4, True, "续表")},
               notes=[("312.58亿元", "地区生产总值为初步核算数。"), ("6.83万人", "不含技工学校。")], full_table="cells"),
    "g1": dict(width=28, trail=False, furn="hyphen", header=["青政发〔2025〕3号"], footer=None, ff=False, plen=16,
               breaks=["完成投资1265.8", "二、2025年主要目标和重点任务", "新增学位", "年度计划投资"],
               notes=[("研发经费投入强度", "按国家统计局统一核算口径。")], full_table="layout"),
    "g2": dict(width=33, trail=True, furn="tight", header=[], footer="柳溪县人民政府办公室 发布", ff=False, plen=14,
               breaks=["（一）工业经济量质齐升", "粮食总产量17.8", "（二）千方百计稳就业", "86.3"],
               notes=[("固定资产投资增长8.1%", "不含农户投资。")], full_table="layout"),
    "a1": dict(width=40, trail=False, furn="di", header=["柳溪县审计局"], footer="柳溪县人民政府办公室 发布", ff=True, plen=15,
               breaks=["结转下年0.69", "应缴未缴非税收入", "单位：万元", "（一）违规发放津贴补贴。", "已整改问题金额3215.6"],
               tsplit={0: (1, False, "续表1")},
               notes=[("发现问题金额5863.2万元", "含以前年度问题金额。")], full_table="cells"),
    "f1": dict(width=25, trail=False, furn="frac", header=["青川市人民政府"], footer=None, ff=False, plen=18,
               breaks=["抽查案卷860", "行政复议案件", "四、2025年工作打算"],
               notes=[("纠错率12.8%", "纠错率为撤销、变更、确认违法及责令履行案件占审结案件的比例。")], full_table="layout"),
    "z1": dict(width=35, trail=True, furn="bare", header=["柳溪县农业农村局"], footer=None, ff=True, plen=12,
               breaks=["综合产值达到28.4", "二、存在的问题", "农村居民人均可支配收入达到"],
               notes=[("总产量17.8万吨", "数据来源：县统计局。")], full_table="layout"),
    "i1": dict(width=38, trail=False, furn="emdash_indent", header=["青川市市场监督管理局2024年政府信息公开工作年度报告"], footer=None,
               ff=True, plen=22, breaks=["主动公开政府信息1286", "三、收到和处理政府信息公开申请情况"],
               tsplit={1: (4, True, None), 2: (1, False, "续表")}, cellwrap=14,
               notes=[("政策解读21篇", "含图解、视频解读。")], full_table="layout"),
}

PUNCT_NO_START = set("，。、；：？！）》”’%％‰…")
BRK = "\x00"  # forced page break


def dwidth(s):
    return sum(0.5 if ord(c) < 0x2E80 else 1 for c in s)


def mwidth(s):  # monospace width as pdftotext -layout counts
    return sum(1 if ord(c) < 0x2E80 else 2 for c in s)


def is_table(line):
    return "\t" in line or (line.startswith("|") and line.rstrip().endswith("|"))


def cells(line):
    if "\t" in line:
        return line.split("\t")
    return [c.strip() for c in line.strip()[1:-1].split("|")]


def blocks(lines):
    """[('p', line, idx) | ('t', [rows], tindex)]"""
    out, t, ti = [], [], 0
    for i, l in enumerate(lines):
        if is_table(l):
            t.append(cells(l))
            continue
        if t:
            out.append(("t", t, ti)); ti += 1; t = []
        out.append(("p", l, i))
    if t:
        out.append(("t", t, ti))
    return out


NUM = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?[%‰]?")


def wrap(text, width, trail):
    """Hard-wrap one paragraph: numbers never split; kinsoku; BRK ends the line and is kept
    as a separate item."""
    toks = []
    i = 0
    while i < len(text):
        if text[i] == BRK:
            toks.append(BRK); i += 1; continue
        m = NUM.match(text, i)
        if m:
            toks.append(m.group()); i = m.end(); continue
        toks.append(text[i]); i += 1
    out, cur = [], ""
    for t in toks:
        if t == BRK:
            out.append(cur); out.append(BRK); cur = ""; continue
        if cur and dwidth(cur + t) > width and not (t[0] in PUNCT_NO_START):
            out.append(cur + (" " if trail else "")); cur = ""
        cur += t
    if cur or not out:
        out.append(cur)
    return [x for x in out if x != ""] if out else [""]


def insert_breaks(text, hints):
    for h in hints:
        j = text.find(h)
        if j >= 0 and BRK not in text[j:j + len(h) + 1]:
            text = text[:j + len(h)] + BRK + text[j + len(h):]
    return text


def spaced(s):
    return " ".join(ch for ch in s if ch != " ")


FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
HP = str.maketrans({"，": ",", "；": ";", "（": "(", "）": ")", "：": ":"})


def render_table(rows, style, cellwrap=None):
    """Physical lines of a table (a list of [cells])."""
    if style == "cells":
        return [[c for c in r] for r in rows]  # each row -> its cells, one per line
    # layout: widths per column index among rows of the same length
    widths = {}
    for r in rows:
        for k, c in enumerate(r):
            w = mwidth(c if not cellwrap else c[:cellwrap])
            widths[(len(r), k)] = max(widths.get((len(r), k), 0), w)
    out = []
    for r in rows:
        first, rest = [], []
        for k, c in enumerate(r):
            if cellwrap and len(c) > cellwrap:
                first.append(c[:cellwrap]); rest.append((k, c[cellwrap:]))
            else:
                first.append(c)
        line = "  "
        pos = {}
        for k, c in enumerate(first):
            pos[k] = mwidth(line)
            line += c + " " * (widths[(len(r), k)] - mwidth(c) + 4)
        phys = [line.rstrip()]
        for k, c in rest:
            phys.append(" " * pos[k] + c)
        out.append(phys)
    return out


class Pager:
    def __init__(self, cfg, furn, header, footer, ff, plen):
        self.cfg, self.furn, self.header, self.footer, self.ff, self.plen = cfg, furn, header, footer, ff, plen
        self.pages = [[]]
        self.notes = [[]]

    def add(self, line):
        if len(self.pages[-1]) >= self.plen:
            self.newpage()
        self.pages[-1].append(line)

    def newpage(self):
        if self.pages[-1]:
            self.pages.append([]); self.notes.append([])

    def text(self):
        total = len(self.pages)
        out = []
        for n, (p, notes) in enumerate(zip(self.pages, self.notes), 1):
            page = (list(self.header) if n > 1 else []) + p + notes
            if self.footer:
                page.append(self.footer)
            page.append(pagenum(self.furn, n, total))
            if self.ff and n > 1:
                page[0] = "\f" + page[0]
            out += page
        return "\n".join(out) + "\n" + ("\f" if self.ff else "")


def pagenum(style, n, total):
    return {
        "emdash": f"— {n} —", "emdash_indent": " " * 34 + f"— {n} —", "hyphen": f"- {n} -", "tight": f"-{n}-",
        "di": f"第{n}页", "dis": f"第 {n} 页 共 {total} 页", "frac": f"{n}/{total}", "bare": f"{n}",
    }[style]


def render(name, lines, form):
    cfg = DOCS[name]
    do_wrap = form in ("wrap", "page", "full")
    do_page = form in ("page", "fn", "tbl", "tblc", "full")
    tstyle = {"tbl": "layout", "tblc": "cells", "full": cfg.get("full_table", "layout")}.get(form)
    if form in ("page", "full"):
        pager = Pager(cfg, cfg["furn"], cfg["header"], cfg["footer"], cfg["ff"], cfg["plen"])
    elif do_page:
        pager = Pager(cfg, "emdash", [], None, False, cfg["plen"])
    else:
        pager = None
    out = []  # when no pager

    def emit(l):
        if pager:
            pager.add(l)
        else:
            out.append(l)

    notes = list(cfg.get("notes", []))
    pct_done = False
    pi = 0
    for b in blocks(lines):
        if b[0] == "t":
            rows, ti = b[1], b[2]
            split = cfg.get("tsplit", {}).get(ti) if form in ("page", "tbl", "tblc", "full") else None
            if tstyle is None:
                phys = [["\t".join(r)] if "\t" in lines[0] or True else None for r in rows]
                # keep the clean row lines verbatim
                phys = [[l] for l in lines_of_table(lines, ti)]
            else:
                phys = render_table(rows, tstyle, cfg.get("cellwrap") if tstyle == "layout" else None)
            hdr_n = 3 if rows[0][0].startswith("（本列") else 2 if rows[0][0].startswith("第二十条") else 1
            for k, ph in enumerate(phys):
                if split and k == split[0]:
                    pager.newpage()
                    if split[2]:
                        emit(split[2])
                    if split[1]:
                        for h in phys[:hdr_n]:
                            for l in h:
                                emit(l)
                for l in ph:
                    emit(l)
            continue
        line, idx = b[1], b[2]
        text = line
        if form in ("page", "full"):
            text = insert_breaks(text, cfg["breaks"])
            # a hint matching the whole line = break after the line
        if form == "sp" and pi % 3 == 1:
            text = spaced(text)
        if form == "fw":
            text = text.translate(FW) if pi % 2 == 0 else text.replace("，", "，  ", 1)
        if form == "hp" and pi % 2 == 0:
            text = text.translate(HP)
        if form == "full" and pi % 4 == 3:
            text = text.translate(HP)
        fn_here = []
        if form in ("fn", "full"):
            for k, (after, note) in enumerate(notes):
                j = text.find(after)
                if j >= 0:
                    num = cfg["notes"].index((after, note)) + 1
                    text = text[:j + len(after)] + str(num) + text[j + len(after):]
                    fn_here.append(f"{num} {note}")
            notes = [n for n in notes if not any(f.endswith(n[1]) for f in fn_here)]
        if form == "hp" and not pct_done and pi % 2 == 1:
            m = re.search(r"\d%", text)
            if m:
                text = text[:m.start() + 1] + "\x01" + text[m.start() + 1:]
                pct_done = True
        parts = wrap(text, cfg["width"], cfg["trail"]) if do_wrap else [text]
        for p in parts:
            if p == BRK:
                pager.newpage(); continue
            for q in p.split("\x01"):
                emit(q)
        if fn_here and pager:
            pager.notes[-1].extend(fn_here)
        elif fn_here:
            out.extend(fn_here)
        pi += 1
    if pager:
        return pager.text()
    return "\n".join(out) + "\n"


def lines_of_table(lines, ti):
    groups, cur = [], []
    for l in lines:
        if is_table(l):
            cur.append(l)
        elif cur:
            groups.append(cur); cur = []
    if cur:
        groups.append(cur)
    return groups[ti]


FORMS = ["wrap", "page", "sp", "fw", "hp", "fn", "tbl", "tblc", "full"]


def main():
    os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
    for name in DOCS:
        lines = [l.rstrip("\n") for l in open(os.path.join(ROOT, "src", name + ".txt"), encoding="utf-8") if l.strip()]
        has_table = any(is_table(l) for l in lines)
        for form in FORMS:
            if form in ("tbl", "tblc") and not has_table:
                continue
            txt = render(name, lines, form)
            with open(os.path.join(ROOT, "docs", f"{name}.{form}.txt"), "w", encoding="utf-8") as f:
                f.write(txt)
    print("ok")


if __name__ == "__main__":
    main()
