#!/usr/bin/env python3
"""Form-equivalence check: the same report in the forms users have it must give the same result.

    python3 scripts/forms_check.py BIN [--keep DIR] [--files N] [--show FORM] [--check]

For each plain text (the 5 samples of /work/shared/corpus, the devset texts, tests/unseen/*.txt)
the script renders the text into the page forms government sites serve (one function per form
below, each saying where the form comes from), parses every form with the CLI
(`BIN indicators --format jsonl`, `BIN headings --format jsonl`) and compares it with the plain
text's own result:

- indicators: counts, and the agreement of the (value, unit, label) multisets
  (2·|common| / (|plain| + |form|), in %);
- headings: the agreement of the (level, title) multisets, the same way.

It prints one row per form (files, indicators plain, indicators form, agreement %, headings
agreement %, files with any difference) and, with --show FORM, the differing items of that form.
The renderings are deterministic (a PRNG seeded by the file's name). --keep DIR keeps the rendered
files for reading.
"""

import argparse
import collections
import glob
import html
import json
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def texts():
    """The plain texts the forms are made from."""
    # (The copies in tests/, so that it runs in any clone.)
    files = sorted(glob.glob(os.path.join(ROOT, "tests/corpus/*.txt")))
    files += sorted(glob.glob(os.path.join(ROOT, "tests/devset/texts/*.txt")))
    files += sorted(glob.glob(os.path.join(ROOT, "tests/unseen/*.txt")))
    return files


def is_table_line(line):
    return line.startswith("|") and line.rstrip().endswith("|")


def cells(line):
    return [c.strip() for c in line.strip()[1:-1].split("|")]


def looks_like_title(line):
    return 4 <= len(line) <= 60 and not line.endswith(("。", "；", "：")) and not is_table_line(line)


def esc(s):
    return html.escape(s, quote=False)


HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[章节部分])")

# ---------------------------------------------------------------------------------------------
# The site's frame around an article: what a government CMS (TRS WCM, Hanweb, DedeCMS …) prints
# around the text of every article page.

CMS_HEAD = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_政务公开_某县人民政府</title>
<link rel="stylesheet" href="/css/common.css"><script src="/js/jquery.min.js"></script></head>
<body>
<div class="header"><div class="header_top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政府信息公开</a></li><li><a href="/xwzx/">新闻中心</a></li></ul></div></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzbg/">工作报告</a></div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：2024-03-01 10:00 来源：县政府办公室 浏览次数：<span id="count">1234</span> 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
"""

CMS_TAIL = """<div class="bottom_btn">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div></div>
<div class="footer"><p>主办：某县人民政府办公室 承办：某县大数据中心</p><p>网站标识码：1234567890 备案号：某ICP备12345678号-1 <a href="/sitemap">网站地图</a></p></div>
</body></html>
"""


def split_title(lines):
    """(title, body lines): the first line is the article's title on the page when it reads as one
    (CMSs print the title above the text, not inside it)."""
    if lines and looks_like_title(lines[0].strip()):
        return lines[0].strip(), lines[1:]
    return "工作报告", lines


def cms_page(title, content_html, charset="utf-8", head_meta=None):
    head = CMS_HEAD.format(title=esc(title))
    if head_meta:
        head = head.replace('<meta charset="utf-8">', head_meta)
    return head + content_html + CMS_TAIL


def starts_paragraph(lines, i):
    """Whether line i opens a paragraph: an editor indents a paragraph's first line, not the
    lines of a hard-wrapped source (the audit report's text is wrapped at the page width)."""
    prev = lines[i - 1].strip() if i > 0 else ""
    return i == 0 or len(prev) < 25 or prev.endswith(("。", "！", "？", "：", "；"))


def form_cms(name, lines, rng):
    """(a) CMS article: TRS WCM / Hanweb pages put the text in `<div id="zoom">` (the 字体大中小
    target), one `<p>` per paragraph, indented by `&nbsp;` runs or full-width spaces typed by the
    editor; site header, navigation and footer around it."""
    title, body = split_title(lines)
    out = ['<div id="zoom" class="zoom">']
    for i, line in enumerate(body):
        if not line.strip():
            continue
        indent = ["&nbsp;&nbsp;&nbsp;&nbsp;", "\u3000\u3000", ""][i % 3] if starts_paragraph(body, i) else ""
        style = ' style="text-indent:2em;"' if i % 3 == 2 else ""
        out.append(f"<p{style}>{indent}{esc(line.strip())}</p>")
    out.append("</div>")
    return cms_page(title, "\n".join(out) + "\n")


def split_runs(text, rng):
    """Word splits a paragraph into runs wherever the formatting, the proofing language or the
    revision session changes: mid-word and mid-number (`12` / `3.5` / `万元`)."""
    runs, i = [], 0
    while i < len(text):
        n = rng.randint(1, 9)
        runs.append(text[i : i + n])
        i += n
    return runs


def word_run(text, rng):
    lang = ' lang=EN-US' if re.search(r"[0-9A-Za-z.%]", text) else ""
    style = rng.choice(
        [
            "font-size:16.0pt;font-family:仿宋_GB2312",
            "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"",
            "font-size:16.0pt;font-family:\"Times New Roman\";mso-fareast-font-family:仿宋_GB2312",
        ]
    )
    return f"<span{lang} style='{style}'>{esc(text)}</span>"


def word_wrap(s, width=76):
    """Word writes its HTML hard-wrapped at about 76 columns, breaking at a space or between two
    characters of CJK text (`公开\\r\\n信息`), never inside a tag's name."""
    out, col = [], 0
    i = 0
    while i < len(s):
        c = s[i]
        out.append(c)
        col = 0 if c == "\n" else col + (2 if ord(c) > 0x2E80 else 1)
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if col >= width and ord(c) > 0x2E80 and nxt and ord(nxt) > 0x2E80:
            out.append("\r\n")
            col = 0
        i += 1
    return "".join(out)


LIST_MARKER = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、])(.*)$")


def word_paragraph(line, rng, list_id):
    """One paragraph of Word's "Save as HTML": `<p class=MsoNormal>` with its runs, `<o:p>`;
    a numbered heading typed with Word's automatic numbering becomes a `MsoListParagraph` whose
    number is in `<![if !supportLists]>` … `<![endif]>` with a tab padding run."""
    m = LIST_MARKER.match(line)
    if m and rng.random() < 0.7 and not is_table_line(line):
        marker, rest = m.groups()
        runs = "".join(word_run(r, rng) for r in split_runs(rest, rng))
        return (
            f"<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;"
            f"mso-char-indent-count:2.0;mso-list:l{list_id} level1 lfo{list_id + 1}'>"
            f"<![if !supportLists]><span lang=EN-US style='font-size:16.0pt;font-family:黑体;"
            f"mso-bidi-font-family:黑体'><span style='mso-list:Ignore'>{esc(marker)}"
            f"<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span>"
            f"<![endif]>{runs}<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>"
        )
    runs = "".join(word_run(r, rng) for r in split_runs(line, rng))
    return (
        f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;"
        f"line-height:28.0pt;mso-line-height-rule:exactly'>{runs}"
        f"<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p></o:p></span></p>"
    )


def word_body(lines, rng):
    out = []
    for i, line in enumerate(lines):
        line = line.strip()
        if not line:
            out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
            continue
        out.append(word_paragraph(line, rng, i % 5))
    return word_wrap("\r\n\r\n".join(out))


def form_word_pasted(name, lines, rng):
    """(b) Word "Save as HTML" pasted into a CMS editor (the common case on government sites:
    the editor keeps Word's `MsoNormal` paragraphs, `mso-` styles, `<o:p>`, list markers in
    `<![if !supportLists]>`, conditional comments)."""
    title, body = split_title(lines)
    content = (
        '<div id="zoom">\n<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View>'
        "</w:WordDocument></xml><![endif]-->\n"
        "<div class=WordSection1 style='layout-grid:15.6pt'>\r\n"
        + word_body(body, rng)
        + "\r\n</div></div>\n"
    )
    return cms_page(title, content)


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:Pages>3</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	margin:0cm;
	text-align:justify;
	font-size:10.5pt;
	font-family:等线;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable
	{{mso-style-name:普通表格;}}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

"""


def form_word_file(name, lines, rng):
    """(b2) A whole `.htm` file written by Word's "Save as HTML" (sites link it as the report):
    the `xmlns:o` head, `<!--[if gte mso 9]>` properties, the style sheet, `WordSection1`."""
    title = lines[0].strip() if lines else "报告"
    body = word_body(lines, rng)
    return WORD_HEAD.format(title=esc(title)) + body + "\r\n\r\n</div>\r\n\r\n</body>\r\n\r\n</html>\r\n"


def form_br(name, lines, rng):
    """(c) `<br>`-separated lines: older CMSs and pages pasted as plain text keep the whole text
    in one `<p>` (or `<div>`) with a `<br>` (often `<br />` and a newline) per line."""
    title, body = split_title(lines)
    tag = "p" if len(name) % 2 else "div"
    inner = "<br />\n".join(
        ("\u3000\u3000" if i % 2 and starts_paragraph(body, i) else "") + esc(l.strip())
        for i, l in enumerate(body)
        if l.strip()
    )
    content = f'<div id="zoom"><{tag} style="text-indent:2em">{inner}</{tag}></div>\n'
    return cms_page(title, content)


SENTENCE = re.compile(r"(?<=[。！？])")


def form_sentences(name, lines, rng):
    """(c2) One `<p>` per sentence, the numbered headings in `<p><strong>` (or `<b>`): editors
    that break a long paragraph at every sentence and bold the headings by hand."""
    title, body = split_title(lines)
    out = ['<div class="TRS_Editor">']
    for line in body:
        line = line.strip()
        if not line:
            continue
        if is_table_line(line):
            out.append(f"<p>{esc(line)}</p>")
            continue
        m = HEADING.match(line)
        if m and len(line) <= 40:
            b = rng.choice(["strong", "b"])
            out.append(f"<p><{b}>{esc(line)}</{b}></p>")
            continue
        for s in SENTENCE.split(line):
            if s:
                out.append(f"<p>{esc(s)}</p>")
    out.append("</div>")
    return cms_page(title, "\n".join(out) + "\n")


def form_gbk(name, lines, rng):
    """(d) The CMS page served in GB2312 (the charset of most county sites built before 2015),
    declared by `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`; characters
    outside GBK as numeric references, as the CMS writes them."""
    page = form_cms(name, lines, rng).replace(
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    )
    return page.encode("gbk", errors="xmlcharrefreplace")


WECHAT_HEAD = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:title" content="{title}"><title>{title}</title></head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
{title}
</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">某县发布</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">某县发布</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024年3月1日 10:00</em></div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
"""

WECHAT_TAIL = """</div>
<div class="rich_media_tool" id="js_toobar3"><div class="weui-wa-hotarea">阅读 <span id="readNum3">1234</span></div>
<a id="js_view_source" href="##">阅读原文</a></div>
</div></div></div></div></div>
<script nonce="123">var ct = "1709258400";</script>
</body></html>
"""


def form_wechat(name, lines, rng):
    """(e) A WeChat public-account article as saved from mp.weixin.qq.com: the text in
    `<div class="rich_media_content" id="js_content" style="visibility: hidden;">` (the page's
    script shows it), `<section>` nesting from the layout editors (135editor, 秀米), every text
    run in `<span leaf="">`, `<p><br></p>` between paragraphs."""
    title, body = split_title(lines)
    out = []
    for i, line in enumerate(body):
        line = line.strip()
        if not line:
            continue
        runs = "".join(f'<span leaf="">{esc(r)}</span>' for r in split_runs(line, rng)) if i % 4 == 3 else f'<span leaf="">{esc(line)}</span>'
        if HEADING.match(line) and len(line) <= 40:
            out.append(
                '<section style="margin: 0px 8px;" data-role="title" data-tools="135编辑器">'
                '<section style="display: flex;justify-content: center;"><section style="font-size: 17px;color: rgb(0, 112, 192);">'
                f"<strong>{runs}</strong></section></section></section>"
            )
        elif i % 2:
            out.append(f'<section style="text-indent: 2em;line-height: 1.75em;margin-bottom: 8px;"><span style="font-size: 15px;">{runs}</span></section>')
        else:
            out.append(f'<p style="text-indent: 2em;line-height: 1.75em;"><span style="font-size: 15px;letter-spacing: 1px;">{runs}</span></p>')
        if i % 3 == 0:
            out.append('<p style="text-indent: 2em;"><br></p>')
    return WECHAT_HEAD.format(title=esc(title)) + "\n".join(out) + "\n" + WECHAT_TAIL


def wrap_pdf_line(line, width):
    """Lines of at most `width` characters; like Word, which typesets most reports before they
    become PDFs, a run of digits or Latin letters (`1050`, `22.6%`) is a word it does not break."""
    out, cur = [], ""
    for m in re.finditer(r"[0-9A-Za-z.%,:/-]+|.", line):
        piece = m.group(0)
        if cur and len(cur) + len(piece) > width:
            out.append(cur)
            cur = ""
        cur += piece
    out.append(cur)
    return out


def form_pdf(name, lines, rng):
    """(f) The text copied out of the report's PDF (pdftotext, a browser's PDF viewer): every
    line hard-wrapped at the page width (~30 characters of 仿宋 at 16 pt on A4), a page footer
    `— 3 —` after every 22 lines and the document's running header repeated at the top of every
    page."""
    header = "某县人民政府文件"
    out, page = [header], 1
    for line in lines:
        line = line.strip()
        if not line:
            continue
        parts = [line] if is_table_line(line) else wrap_pdf_line(line, rng.choice([28, 30, 31]))
        for p in parts:
            out.append(p)
            if (len(out) + 1) % 24 == 0:
                out.append(f"— {page} —")
                out.append("")
                out.append(header)
                page += 1
    out.append(f"— {page} —")
    return "\n".join(out) + "\n"


def table_html(rows, rng):
    """A Word table pasted into a CMS: `<table class=MsoNormalTable>` with `<td><p><span>`."""
    out = ["<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>", "<tbody>"]
    for r in rows:
        tds = "".join(
            f"<td width=100 valign=center style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center style='text-align:center'>"
            f"<span style='font-size:10.5pt;font-family:宋体'>{esc(c)}</span></p></td>"
            for c in r
        )
        out.append(f"<tr style='height:20.0pt'>{tds}</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def form_tables(name, lines, rng):
    """(g) The CMS article with the template's tables (the text's `| a | b |` lines) as the HTML
    tables the page really has: `<table>` / `<tr>` / `<td><p><span>`."""
    title, body = split_title(lines)
    out, rows = ['<div id="zoom">'], []
    for line in body + [""]:
        line = line.strip()
        if is_table_line(line):
            rows.append(cells(line))
            continue
        if rows:
            out.append(table_html(rows, rng))
            rows = []
        if line:
            out.append(f"<p>\u3000\u3000{esc(line)}</p>")
    out.append("</div>")
    return cms_page(title, "\n".join(out) + "\n")


FORMS = [
    ("a-cms", ".html", form_cms, None),
    ("b-word-pasted", ".html", form_word_pasted, None),
    ("b2-word-file", ".htm", form_word_file, None),
    ("c-br", ".html", form_br, None),
    ("c2-sentences", ".html", form_sentences, None),
    ("d-gbk", ".html", form_gbk, None),
    ("e-wechat", ".html", form_wechat, None),
    ("f-pdf-text", ".txt", form_pdf, None),
    ("g-tables", ".html", form_tables, is_table_line),
]


FAILED = set()


def run_jsonl(binary, command, files):
    """Rows per file (by path) of `BIN COMMAND --format jsonl FILE`, one run per file (a run that
    fails, a panic, counts in the `failed` column and gives no rows)."""
    rows = collections.defaultdict(list)
    for f in files:
        out = subprocess.run([binary, command, "--format", "jsonl", f], capture_output=True, text=True)
        if out.returncode != 0:
            FAILED.add(f)
            continue
        for line in out.stdout.splitlines():
            if line.strip():
                r = json.loads(line)
                rows[r["file"]].append(r)
    return rows


def ind_key(r):
    return (r["value"], r["unit"], r["label"])


def head_key(r):
    return (r["level"], r["title"])


def agreement(a, b):
    """2·|common| / (|a| + |b|) of two multisets, in % (100 when both are empty)."""
    ca, cb = collections.Counter(a), collections.Counter(b)
    common = sum((ca & cb).values())
    total = len(a) + len(b)
    return 100.0 if total == 0 else 200.0 * common / total, ca - cb, cb - ca


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--keep", help="write the rendered forms to this folder")
    ap.add_argument("--files", type=int, default=0, help="only the first N texts")
    ap.add_argument("--show", help="print the differing items of this form")
    ap.add_argument("--only", help="comma-separated forms to run")
    ap.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when a form loses indicators (below 99 %% of the plain count, 97 %% for PDF "
        "text) or agrees less (below 99.5 %%, 88.5 %% for PDF text)",
    )
    args = ap.parse_args()
    failures = []
    binary = os.path.abspath(args.binary)
    files = texts()
    if args.files:
        files = files[: args.files]
    work = args.keep or tempfile.mkdtemp(prefix="forms_check.")
    os.makedirs(work, exist_ok=True)
    plain_ind = run_jsonl(binary, "indicators", files)
    plain_head = run_jsonl(binary, "headings", files)
    print(f"# forms_check: {len(files)} texts, binary {args.binary}")
    print(f"{'form':<15} {'files':>5} {'ind.plain':>9} {'ind.form':>9} {'(v,u,l)%':>9} {'headings%':>9} {'differ':>6} {'failed':>6}")
    forms = FORMS
    if args.only:
        keep = set(args.only.split(","))
        forms = [f for f in FORMS if f[0] in keep]
    for form, ext, render, needs in forms:
        rendered = {}
        for f in files:
            lines = open(f, encoding="utf-8").read().splitlines()
            if needs and not any(needs(l) for l in lines):
                continue
            base = os.path.splitext(os.path.basename(f))[0]
            rng = random.Random(base + form)
            page = render(base, lines, rng)
            out = os.path.join(work, f"{base}.{form}{ext}")
            with open(out, "wb") as fh:
                fh.write(page if isinstance(page, bytes) else page.encode("utf-8"))
            rendered[f] = out
        if not rendered:
            continue
        form_ind = run_jsonl(binary, "indicators", list(rendered.values()))
        form_head = run_jsonl(binary, "headings", list(rendered.values()))
        n_plain = n_form = 0
        all_a, all_b, all_ha, all_hb = [], [], [], []
        differ = 0
        shown = []
        for f, out in rendered.items():
            a = [ind_key(r) for r in plain_ind[f]]
            b = [ind_key(r) for r in form_ind[out]]
            ha = [head_key(r) for r in plain_head[f]]
            hb = [head_key(r) for r in form_head[out]]
            n_plain += len(a)
            n_form += len(b)
            tag = os.path.basename(f)
            all_a += [(tag,) + k for k in a]
            all_b += [(tag,) + k for k in b]
            all_ha += [(tag,) + k for k in ha]
            all_hb += [(tag,) + k for k in hb]
            _, lost, gained = agreement(a, b)
            _, hlost, hgained = agreement(ha, hb)
            if lost or gained or hlost or hgained:
                differ += 1
                if args.show == form:
                    shown.append((tag, lost, gained, hlost, hgained))
        ind_pct, _, _ = agreement(all_a, all_b)
        head_pct, _, _ = agreement(all_ha, all_hb)
        print(f"{form:<15} {len(rendered):>5} {n_plain:>9} {n_form:>9} {ind_pct:>9.2f} {head_pct:>9.2f} {differ:>6} {sum(1 for o in rendered.values() if o in FAILED):>6}")
        pdf = form == "f-pdf-text"
        min_count, min_pct = (0.97, 88.5) if pdf else (0.99, 99.5)
        if n_form < min_count * n_plain or ind_pct < min_pct:
            failures.append(f"{form}: {n_form} indicators of {n_plain}, agreement {ind_pct:.2f} %")
        for tag, lost, gained, hlost, hgained in shown:
            print(f"  {tag}")
            for k, n in sorted(lost.items(), key=str)[:12]:
                print(f"    - ind {k} x{n}")
            for k, n in sorted(gained.items(), key=str)[:12]:
                print(f"    + ind {k} x{n}")
            for k, n in sorted(hlost.items(), key=str)[:8]:
                print(f"    - head {k} x{n}")
            for k, n in sorted(hgained.items(), key=str)[:8]:
                print(f"    + head {k} x{n}")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    if args.check and failures:
        print("FAILED: " + "; ".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
