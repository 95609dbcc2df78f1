import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import *
from content import *
OUT = os.path.join(os.path.dirname(__file__), '..', 'pages')
PAGES = []
def page(name, shape, html, txt):
    PAGES.append((name, shape))
    mode = 'wb' if isinstance(html, bytes) else 'w'
    with open(os.path.join(OUT, name + '.html'), mode, **({} if mode == 'wb' else {'encoding': 'utf-8'})) as f: f.write(html)
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f: f.write(txt.strip() + '\n')

CRUMB = '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a>统计信息</a></div>'
REL = related([('青禾县2022年国民经济和社会发展统计公报', '2023-03-20'), ('关于下达2024年第一批衔接资金1200万元的通知', '2024-02-01'), ('2023年1-11月全县主要经济指标', '2023-12-18')])

# 01 TRS_Editor article, pub line beside title with 浏览次数 and 字号
h = head(TJGB_TITLE, pub='2024-03-15') + f'''<div class="main wrap">{CRUMB}
<div class="article"><h1 class="title">{TJGB_TITLE}</h1>
<div class="info"><span>发布时间：2024-03-15 09:30</span><span>来源：青禾县统计局</span><span>浏览次数：<em id="hits">3862</em></span><span>字号：[<a>大</a> <a>中</a> <a>小</a>]</span></div>
<div class="TRS_Editor">{blocks_html(TJGB)}</div>
{SHARE}{PRINT}{prevnext('青禾县2023年1-12月主要经济指标', '2024年1-2月全县经济运行简况')}</div>{REL}</div>''' + foot()
page('p01_trs_editor', 'TRS .TRS_Editor; h1; pub line with 浏览次数/字号; share/print/prev-next/related after', h,
     f'{TJGB_TITLE}\n发布时间：2024-03-15 09:30　来源：青禾县统计局\n{blocks_txt(TJGB)}')

# 02 #zoom with xxgk info table above the title
info = table_html([['索引号：', '11360922MB1234567X/2024-00123', '发布机构：', '青禾县农业农村局'], ['主题分类：', '农业、林业、水利', '成文日期：', '2024-01-18'], ['文号：', '青农字〔2024〕3号', '发布日期：', '2024-01-19'], ['名称：', WORK_TITLE, '有效性：', '有效']], attrs='class="xxgk-table" width="100%"')
h = head(WORK_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="xxgk-info">{info}</div>
<div class="detail"><h2 class="art-title">{WORK_TITLE}</h2>
<div id="zoom">{blocks_html(WORK, 'ideo')}
<p style="text-align:right">青禾县农业农村局</p><p style="text-align:right">2024年1月18日</p></div>
{PRINT}</div></div>''' + foot()
page('p02_zoom_infotable', '#zoom; 索引号/发布机构/主题分类/成文日期/文号 as a 4-col table above h2 title; closing signature', h,
     f'索引号：11360922MB1234567X/2024-00123　发布机构：青禾县农业农村局\n主题分类：农业、林业、水利　成文日期：2024-01-18\n文号：青农字〔2024〕3号　发布日期：2024-01-19\n{WORK_TITLE}\n{blocks_txt(WORK)}\n青禾县农业农村局\n2024年1月18日')

# 03 .article-content with dl/dt/dd box, div.title
dl = '<dl class="xxgk-box"><dt>索 引 号：</dt><dd>11360922MB1234567X/2024-00456</dd><dt>发布机构：</dt><dd>青禾县人民政府办公室</dd><dt>主题分类：</dt><dd>综合政务</dd><dt>成文日期：</dt><dd>2024-04-13</dd><dt>文　　号：</dt><dd></dd></dl>'
h = head(NEWS_TITLE) + f'''<div class="main wrap">{CRUMB}{dl}
<div class="title">{NEWS_TITLE}</div>
<div class="source">来源：县政府办　发布时间：2024-04-13 16:20:05　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="article-content">{blocks_html(NEWS)}</div>
<div class="editor">（责任编辑：王芳）</div>{SHARE}{REL}</div>''' + foot()
page('p03_article_content_dl', '.article-content; dl/dt/dd disclosure box; div.title; 来源 before 发布时间; 责任编辑', h,
     f'索引号：11360922MB1234567X/2024-00456\n发布机构：青禾县人民政府办公室\n主题分类：综合政务\n成文日期：2024-04-13\n{NEWS_TITLE}\n来源：县政府办　发布时间：2024-04-13 16:20:05\n{blocks_txt(NEWS)}\n（责任编辑：王芳）')

# 04 #UCAP-CONTENT with label+value spans
spans = ''.join(f'<li><span class="lab">{k}</span><span class="val">{v}</span></li>' for k, v in [('索引号：', '11360922MB1234567X/2024-00789'), ('发布机构：', '青禾县财政局'), ('生成日期：', '2024-02-05'), ('文号：', '青财字〔2024〕8号'), ('主题分类：', '财政、金融、审计')])
h = head(NOTICE_TITLE) + f'''<div class="main wrap">{CRUMB}<ul class="xxgk-meta">{spans}</ul>
<div class="art"><h1><ucaptitle>{NOTICE_TITLE}</ucaptitle></h1>
<div class="art-attr"><span>发布日期：2024-02-05</span> <span>访问量：<b>877</b></span></div>
<div id="UCAP-CONTENT">{blocks_html(NOTICE[:3])}<p>附件：<a href="/u/2024/0205/xm.xlsx">1.2024年第一批衔接资金项目计划表.xlsx</a></p><p>　　　<a href="/u/2024/0205/jx.docx">2.项目绩效目标表.docx</a></p>
<p style="text-align:right">青禾县财政局　青禾县乡村振兴局</p><p style="text-align:right">2024年2月5日</p></div>
</div>{PRINT}</div>''' + foot()
page('p04_ucap_spans', '#UCAP-CONTENT; label+value spans in li; ucaptitle h1; attachments as links (.xlsx/.docx); two-org signature', h,
     f'索引号：11360922MB1234567X/2024-00789\n发布机构：青禾县财政局\n生成日期：2024-02-05\n文号：青财字〔2024〕8号\n主题分类：财政、金融、审计\n{NOTICE_TITLE}\n发布日期：2024-02-05\n{blocks_txt(NOTICE[:3])}\n附件：1.2024年第一批衔接资金项目计划表.xlsx\n2.项目绩效目标表.docx\n青禾县财政局　青禾县乡村振兴局\n2024年2月5日')

# 05 .xxgk_content, attachments list after content, pub line ABOVE title
h = head(WORK_TITLE) + f'''<div class="main wrap">{CRUMB}
<div class="pubinfo">发布时间：2024-01-19　信息来源：青禾县农业农村局　浏览次数：1209</div>
<h1 class="xxgk_title">{WORK_TITLE}</h1>
<div class="xxgk_content">{blocks_html(WORK, 'b')}</div>
<div class="attach"><p>附件：</p><ul><li><a href="/f/1.docx">青禾县农业农村局2023年工作总结.docx</a></li><li><a href="/f/2.pdf">2024年重点工作任务清单（共18项）.pdf</a></li></ul></div>
{prevnext('青禾县2023年农产品质量安全工作总结', '关于做好2024年春耕生产工作的通知')}</div>''' + foot()
page('p05_xxgk_pub_above', '.xxgk_content; pub line above the h1; headings in <b>; attachment list after content', h,
     f'发布时间：2024-01-19　信息来源：青禾县农业农村局\n{WORK_TITLE}\n{blocks_txt(WORK)}\n附件：\n青禾县农业农村局2023年工作总结.docx\n2024年重点工作任务清单（共18项）.pdf')

# 06 old layout table site, content in a td
body = ''.join(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(b[1])}</p>' for b in NEWS)
h = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{NEWS_TITLE}</title></head>
<body topmargin="0"><table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/top.jpg"><img src="/images/logo.gif"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/">政务公开</a> | <a href="/">新闻中心</a> | <a href="/">办事服务</a></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="200" valign="top"><table width="100%"><tr><td class="lm">新闻中心</td></tr><tr><td><a>青禾要闻</a></td></tr><tr><td><a>部门动态</a></td></tr><tr><td><a>乡镇动态</a></td></tr></table></td>
<td valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="wz">您现在的位置：<a>首页</a> &gt;&gt; <a>新闻中心</a> &gt;&gt; 青禾要闻</td></tr>
<tr><td align="center" height="50"><font size="4" color="#CC0000"><b>{NEWS_TITLE}</b></font></td></tr>
<tr><td align="center" class="hui">作者：张伟　　来源：青禾县融媒体中心　　点击数：1536　　更新时间：2024-4-12</td></tr>
<tr><td class="content">{body}</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table></td></tr></table></td></tr>
<tr><td align="center" class="foot">版权所有：青禾县人民政府　地址：青禾县人民路1号　电话：0795-8812345<br>赣ICP备05001234号</td></tr>
</table></body></html>'''
page('p06_layout_table', 'old layout-table site, article in a <td>, title in <font><b>, 作者/来源/点击数/更新时间 line, left column', h,
     f'{NEWS_TITLE}\n作者：张伟　　来源：青禾县融媒体中心　　更新时间：2024-4-12\n{blocks_txt(NEWS)}')

# 07 Word Save-as-HTML export pasted in #zoom (GZBG part)
import re as _re
def word_p(text, heading=False):
    # split numbers across runs: digits then decimal part in lang=EN-US span, o:p at end
    def runs(t):
        parts = _re.split(r'(\d+(?:\.\d+)?)', t)
        out = []
        for p in parts:
            if not p: continue
            if _re.fullmatch(r'\d+(?:\.\d+)?', p):
                if '.' in p:
                    a, b = p.split('.')
                    out.append(f'<span lang=EN-US style="font-size:16.0pt;font-family:仿宋_GB2312">{a}</span><span lang=EN-US style="font-size:16.0pt">.{b}</span>')
                else:
                    out.append(f'<span lang=EN-US style="font-size:16.0pt;font-family:仿宋_GB2312">{p}</span>')
            else:
                out.append(f'<span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-ascii-font-family:&quot;Times New Roman&quot;">{esc(p)}</span>')
        return ''.join(out)
    m = _re.match(r'^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.*)$', text) if heading else None
    if m:
        lvl = 1 if m.group(1).endswith('、') else 2
        return (f"<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-list:l0 level{lvl} lfo1'><![if !supportLists]><span style='font-size:16.0pt;font-family:黑体'>{m.group(1)}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>"
                f"<b><span style='font-size:16.0pt;font-family:黑体'>{esc(m.group(2))}<o:p></o:p></span></b></p>")
    return f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>{runs(text)}<span lang=EN-US><o:p></o:p></span></p>"
GZ = GZBG[:16]
wbody = '\n'.join(word_p(b[1], b[0] == 'h') for b in GZ)
h = head(GZBG_TITLE, pub='2024-01-16') + f'''<div class="main wrap">{CRUMB}<div class="arc"><h1>{GZBG_TITLE}</h1><div class="arc-info">发布时间：2024-01-16 10:00　来源：青禾县人民政府办公室</div>
<div id="zoom"><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<div class=WordSection1 style='layout-grid:15.6pt'>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{GZBG_TITLE}<o:p></o:p></span></b></p>
{wbody}
</div></div>{PRINT}</div></div>''' + foot()
page('p07_word_export', 'Word Save-as-HTML in #zoom: MsoNormal, <o:p>, <![if !supportLists]> list numbers, numbers split across runs, title repeated inside content', h,
     f'{GZBG_TITLE}\n发布时间：2024-01-16 10:00　来源：青禾县人民政府办公室\n{GZBG_TITLE}\n{blocks_txt(GZ)}')

# 08 <br>-separated paragraphs in one <p>, &nbsp; indentation
brs = '<br>\n'.join('&nbsp;&nbsp;&nbsp;&nbsp;' + esc(b[1]) for b in WORK)
h = head(WORK_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="content"><h2>{WORK_TITLE}</h2><p class="date">2024-01-19　青禾县农业农村局</p>
<div class="TRS_Editor"><p>{brs}</p></div></div></div>''' + foot()
page('p08_br_paras', '.TRS_Editor; every paragraph a <br> line inside one <p>; &nbsp; indents; bare date + org line under h2', h,
     f'{WORK_TITLE}\n2024-01-19　青禾县农业农村局\n{blocks_txt(WORK)}')

# 09 headings in <strong> inside <p>, 　 indentation; GZBG full in .article-content
gb = []
for b in GZBG:
    if b[0] == 'h': gb.append(f'<p>　　<strong>{esc(b[1])}</strong></p>')
    else: gb.append(f'<p>　　{esc(b[1])}</p>')
h = head(GZBG_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="news-detail"><div class="news-title"><h2>{GZBG_TITLE}</h2></div>
<div class="news-info"><span class="time">日期：2024-01-16</span><span class="from">来源：县政府办</span><span class="view">阅读：<i>10265</i></span></div>
<div class="article-content">{''.join(gb)}</div>{SHARE}{REL}</div></div>''' + foot()
page('p09_gzbg_strong', '政府工作报告 in .article-content: 一、（一） headings in <strong>, —— paragraphs, 　　 indents, 日期/来源/阅读 spans', h,
     f'{GZBG_TITLE}\n日期：2024-01-16　来源：县政府办\n{blocks_txt(GZBG)}')

# 10 images with captions
IMG = [NEWS[0], ('img', 'a', '图为会议现场。'), NEWS[1], ('img', 'b', '图1　2024年一季度主要经济指标增速（%）'), NEWS[2]]
h = head(NEWS_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{NEWS_TITLE}</h1><div class="info">2024-04-12 18:02　来源：青禾发布</div>
<div class="article-content"><p>{esc(NEWS[0][1])}</p><figure><img src="/u/img/hy.jpg" alt="会议现场"><figcaption>图为会议现场。</figcaption></figure>
<p>{esc(NEWS[1][1])}</p><p style="text-align:center"><img src="/u/img/zb.png" title="主要指标"></p><p style="text-align:center"><span style="font-size:12px">图1　2024年一季度主要经济指标增速（%）</span></p>
<p>{esc(NEWS[2][1])}</p><p style="text-align:right">（记者　刘洋　通讯员　陈静）</p></div></div></div>''' + foot()
page('p10_images', '.article-content with <figure>/<figcaption> and img+caption <p>; bare datetime+来源 line; reporter byline', h,
     f'{NEWS_TITLE}\n2024-04-12 18:02　来源：青禾发布\n{blocks_txt(IMG)}\n（记者　刘洋　通讯员　陈静）')

# 11 data table: colspan/rowspan headers, th, units in caption, total row
T11 = [[('乡镇', 2, 1), ('耕地面积', 1, 2), ('粮食产量', 1, 2)], ['2023年', '比上年增减'] * 2,
       ['城关镇', '5.82', '0.12', '3.41', '0.08'], ['东岭乡', '7.35', '-0.05', '4.26', '-0.11'], ['西河镇', '9.10', '0.31', '5.63', '0.27'], ['合计', '22.27', '0.38', '13.30', '0.24']]
TB = [('p', '2023年全县各乡镇耕地面积和粮食产量如下表。'), ('table', T11, {'caption': '2023年各乡镇耕地面积和粮食产量（单位：万亩、万吨）', 'in_caption': True, 'th': 2}), ('p', '注：耕地面积为年末实有数。')]
h = head('2023年全县各乡镇耕地和粮食产量统计') + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>2023年全县各乡镇耕地和粮食产量统计</h1><div class="info">发布日期：2024-02-20 来源：县统计局</div>
<div class="TRS_Editor">{blocks_html(TB)}</div></div></div>''' + foot()
page('p11_data_table', '.TRS_Editor data table: <caption> with units, <th> 2-row header (rowspan/colspan), 合计 row, 注 line', h,
     f'2023年全县各乡镇耕地和粮食产量统计\n发布日期：2024-02-20　来源：县统计局\n{blocks_txt(TB)}')

# 12 GIO annual report, 2021 template, tables with Word cell markup
def wcell(t): return f'<p class=MsoNormal align=center style="text-align:center"><span style="font-size:10.5pt;font-family:宋体">{esc(t)}</span></p>'
t2, t3, t4 = gio_tables()
gb = []
for b in gio_blocks():
    if b[0] == 'table':
        full = {repr(t2[1]): t2, repr(t3[1]): t3, repr(t4[1]): t4}[repr(b[1][0])]
        gb.append(table_html(full, wrap=wcell, attrs='border=1 cellspacing=0 cellpadding=0 width=600 style="border-collapse:collapse"'))
    elif b[0] == 'h': gb.append(f'<p style="text-indent:2em"><strong>{esc(b[1])}</strong></p>')
    else: gb.append(f'<p style="text-indent:2em">{esc(b[1])}</p>')
h = head(GIO_TITLE, pub='2024-01-22') + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{GIO_TITLE}</h1><div class="info"><span>发布时间：2024-01-22</span><span>来源：青禾县人民政府办公室</span><span>浏览次数：2210</span></div>
<div class="TRS_Editor">{''.join(gb)}</div>{PRINT}</div></div>''' + foot()
gtxt = []
for b in gio_blocks():
    if b[0] == 'table':
        full = {repr(t2[1]): t2, repr(t3[1]): t3, repr(t4[1]): t4}[repr(b[1][0])]
        gtxt.append(table_txt(full))
    else: gtxt.append(b[1])
page('p12_gio_2021', 'GIO 年报 2021 template: tables 二/三/四 as HTML (title row inside table, rowspan/colspan, cells as <p><span>)', h,
     f'{GIO_TITLE}\n发布时间：2024-01-22　来源：青禾县人民政府办公室\n' + '\n'.join(gtxt))

# 13 统计公报 with several tables + 注释, .xxgk_content, pub above title
TJ = TJGB + [('h', '注释：'), ('p', '1.本公报中部分数据为初步统计数。'), ('p', '2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。')]
h = head(TJGB_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="xxgk-detail"><div class="meta">发布日期：2024-03-28　发布机构：青禾县统计局</div><h1>{TJGB_TITLE}</h1>
<div class="xxgk_content">{blocks_html(TJ, 'nbsp')}</div>{PRINT}</div></div>''' + foot()
page('p13_tjgb_tables', '统计公报 in .xxgk_content: 2 tables (unit line above one, unit in header of other), 注释 with numbered notes; meta line above h1', h,
     f'发布日期：2024-03-28　发布机构：青禾县统计局\n{TJGB_TITLE}\n{blocks_txt(TJ)}')

# 14 GBK page with <meta charset="gbk">, #zoom, 政府工作报告 part 2
GZ2 = GZBG[:5] + GZBG[16:]
h = head(GZBG_TITLE, cs='gbk') + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{GZBG_TITLE}</h1><div class="info">发布时间：2024-01-16　来源：县政府办</div>
<div id="zoom">{blocks_html(GZ2, 'ideo')}</div>{PRINT}</div></div>''' + foot()
page('p14_gbk', 'GBK bytes, <meta charset="gbk">, #zoom, 　　 indents', h.encode('gbk'),
     f'{GZBG_TITLE}\n发布时间：2024-01-16　来源：县政府办\n{blocks_txt(GZ2)}')

# 15 charset lie: meta says gb2312, bytes are UTF-8
h = head(NEWS_TITLE, cs='gb2312') + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{NEWS_TITLE}</h1><div class="info">发布时间：2024-04-12　来源：县政府办</div>
<div class="TRS_Editor">{blocks_html(NEWS)}</div></div></div>''' + foot()
page('p15_charset_lie_utf8', 'meta charset=gb2312 but the bytes are UTF-8 (no BOM)', h,
     f'{NEWS_TITLE}\n发布时间：2024-04-12　来源：县政府办\n{blocks_txt(NEWS)}')

# 16 charset lie: http-equiv says utf-8, bytes are GBK
h = (head(WORK_TITLE).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">') + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{WORK_TITLE}</h1><div class="info">发布时间：2024-01-19　来源：青禾县农业农村局</div>
<div id="zoom">{blocks_html(WORK)}</div></div></div>''' + foot()).encode('gbk')
page('p16_charset_lie_gbk', 'http-equiv charset=utf-8 but the bytes are GBK', h,
     f'{WORK_TITLE}\n发布时间：2024-01-19　来源：青禾县农业农村局\n{blocks_txt(WORK)}')

# 17 WeChat article
wx = ''.join(f'<section style="margin-bottom:16px"><span leaf="" style="font-size:15px;color:#333">{esc(b[1])}</span></section>' if b[0] != 'h' else f'<section><strong><span leaf="">{esc(b[1])}</span></strong></section>' for b in WORK)
h = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{WORK_TITLE}"><title>{WORK_TITLE}</title></head><body id="activity-detail" class="zh_CN">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content">
<h1 class="rich_media_title" id="activity-name">{WORK_TITLE}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">青禾农业</span><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">青禾农业农村</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-01-19 18:30</em><em id="js_ip_wording_wrp">发表于江西</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">{wx}<p><span>来源：青禾县农业农村局</span></p><p><span>编辑：陈静　审核：刘洋</span></p></div>
<div class="rich_media_tool"><span>阅读 3061</span> <span>在看 25</span> <a>分享</a> <a>收藏</a> <a>点赞 48</a></div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div></div></div></div>
<script>var ct = "1705660200"; var msg_title = "{WORK_TITLE}";</script></body></html>'''
page('p17_wechat', 'WeChat article: #js_content visibility:hidden, <section>/<span leaf>, h1#activity-name, publish_time em, 阅读/在看 bar', h,
     f'{WORK_TITLE}\n青禾农业农村　2024-01-19 18:30\n{blocks_txt(WORK)}\n来源：青禾县农业农村局\n编辑：陈静　审核：刘洋')

# 18 frame div with left navigation column, no known container
lnav = ''.join(f'<li><a href="/l/{i}">{t}</a></li>' for i, t in enumerate(['机构职能', '领导信息', '政策文件', '规划计划', '统计信息', '财政资金', '人事信息', '政府信息公开年报', '2023年度', '2022年度', '2021年度', '2020年度', '重点领域信息公开', '建议提案办理']))
h = head(NEWS_TITLE) + f'''<div class="frame wrap"><div class="frame-left"><h3>政府信息公开</h3><ul class="leftnav">{lnav}</ul><div class="lbox"><p>公开指南</p><p>依申请公开</p><p>监督电话：0795-8812000</p></div></div>
<div class="frame-right"><div class="pos">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; 统计信息</div>
<div class="con-title">{NEWS_TITLE}</div><div class="con-info">时间：2024-04-12　来源：县统计局</div>
<div class="con-text">{blocks_html(NEWS)}</div><div class="con-tool"><a>打印</a> <a>关闭</a></div></div></div>''' + foot()
page('p18_frame_leftnav', 'div frame: left nav column (links, 监督电话) + right column with .con-title/.con-info/.con-text (no known container)', h,
     f'{NEWS_TITLE}\n时间：2024-04-12　来源：县统计局\n{blocks_txt(NEWS)}')

# 19 headings as <h3>/<h4> inside content
hw = []
for b in WORK:
    if b[0] == 'h': hw.append(f'<h3>{esc(b[1])}</h3>' if '、' in b[1][:3] else f'<h4>{esc(b[1])}</h4>')
    else: hw.append(f'<p>{esc(b[1])}</p>')
h = head(WORK_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{WORK_TITLE}</h1><p class="info">发布时间：2024-01-19 来源：青禾县农业农村局</p>
<div class="article-content">{''.join(hw)}</div></div></div>''' + foot()
page('p19_hn_headings', '.article-content with 一、 in <h3> and （一） in <h4>; info in <p> with one space between fields', h,
     f'{WORK_TITLE}\n发布时间：2024-01-19 来源：青禾县农业农村局\n{blocks_txt(WORK)}')

# 20 no title element on the page except <title> with site suffix and ArticleTitle meta
h = head(NEWS_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="article">
<div id="zoom">{blocks_html(NEWS)}</div><div class="time">发布日期：2024-04-12</div></div></div>''' + foot()
page('p20_title_only_head', '#zoom; no h1 — title only in <title> (with _site suffix) and <meta name=ArticleTitle>; date below the content', h,
     f'{NEWS_TITLE}\n{blocks_txt(NEWS)}\n发布日期：2024-04-12')

# 21 hidden duplicate (mobile copy display:none) + noscript + print-only
h = head(NEWS_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{NEWS_TITLE}</h1><div class="info">发布时间：2024-04-12　来源：县政府办</div>
<div class="TRS_Editor">{blocks_html(NEWS)}</div>
<div class="mobile-only" style="display:none">{blocks_html(NEWS)}</div><div hidden>全年计划完成投资200亿元</div>
<noscript>您的浏览器不支持JavaScript，访问量统计不可用：共9999次</noscript></div></div>''' + foot()
page('p21_hidden_dup', 'a display:none mobile copy of the article, a [hidden] div with a figure, a <noscript> with a count', h,
     f'{NEWS_TITLE}\n发布时间：2024-04-12　来源：县政府办\n{blocks_txt(NEWS)}')

# 22 pub line and view count INSIDE the content container
h = head(NOTICE_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="article">
<div id="zoom"><h2 style="text-align:center">{NOTICE_TITLE}</h2><p style="text-align:center">青财字〔2024〕8号</p><p class="info">发布时间：2024-02-05　来源：县财政局　浏览次数：877</p>
{blocks_html(NOTICE)}<p style="text-align:right">青禾县财政局</p><p style="text-align:right">2024年2月5日</p>
<p>（此件主动公开）</p><p class="tool">【字体：大 中 小】【打印】【关闭】</p></div></div></div>''' + foot()
page('p22_info_inside_zoom', '#zoom holds h2 title, 文号 line, pub line with 浏览次数, the notice, signature, （此件主动公开）, 字体/打印/关闭', h,
     f'{NOTICE_TITLE}\n青财字〔2024〕8号\n发布时间：2024-02-05　来源：县财政局\n{blocks_txt(NOTICE)}\n青禾县财政局\n2024年2月5日\n（此件主动公开）')

# 23 mobile template, unknown container, bottom tab bar
h = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{NEWS_TITLE}</title></head><body>
<header class="m-head"><a class="back">返回</a><span>青禾发布</span><a class="menu">菜单</a></header>
<div class="m-detail"><h1 class="m-title">{NEWS_TITLE}</h1><div class="m-meta"><span>青禾县融媒体中心</span> <span>2024-04-12 18:02</span> <span>阅读 1.2万</span></div>
<div class="detail-content">{blocks_html(NEWS)}</div></div>
<div class="m-hot"><h4>热门推荐</h4><ul><li>全县新增就业岗位1.5万个 创历史新高</li><li>青禾县荣获全省营商环境评价第3名</li></ul></div>
<footer class="m-tab"><a>首页</a><a>政务</a><a>服务</a><a>我的</a></footer></body></html>'''
page('p23_mobile', 'mobile template: .detail-content (unknown), bare source+datetime+阅读 1.2万 spans, 热门推荐 list with figures, tab bar', h,
     f'{NEWS_TITLE}\n青禾县融媒体中心　2024-04-12 18:02\n{blocks_txt(NEWS)}')

# 24 TRS page with <style> inside the content div and Custom_UnionStyle wrapper
h = head(TJGB_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{TJGB_TITLE}</h1><div class="info">发布时间：2024-03-15　来源：青禾县统计局</div>
<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{font-size:12pt;}}</style><div class="Custom_UnionStyle">{blocks_html(TJGB[:6])}</div></div>
<div class="ewm"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div></div></div>''' + foot()
page('p24_trs_style', '.TRS_Editor with an inline <style> and .Custom_UnionStyle wrapper; 扫一扫 QR after', h,
     f'{TJGB_TITLE}\n发布时间：2024-03-15　来源：青禾县统计局\n{blocks_txt(TJGB[:6])}')

# 25 table with unit row inside (first row colspan 单位), th, total row, inside a layout table cell
T25 = [[('单位：万元', 1, 4)], ['项目', '预算数', '执行数', '完成预算（%）'], ['一般公共服务支出', '8620', '8412', '97.6'], ['教育支出', '31250', '31980', '102.3'], ['社会保障和就业支出', '22410', '22105', '98.6'], ['合计', '62280', '62497', '100.3']]
h = f'''<html><head><meta charset="utf-8"><title>青禾县2023年一般公共预算支出执行情况</title></head><body>
<table width="1000" align="center"><tr><td colspan="2"><img src="/top.jpg"></td></tr>
<tr><td width="220" valign="top"><div class="lm">财政预决算</div><a>预算公开</a><br><a>决算公开</a><br><a>三公经费</a></td>
<td valign="top"><div class="bt">青禾县2023年一般公共预算支出执行情况</div><div class="sj">发布日期：2024-02-28　　来源：县财政局</div>
<div class="nr"><p>2023年全县一般公共预算支出执行情况如下：</p>
{table_html(T25, th_rows=2)}
<p>全县一般公共预算支出完成预算的100.3%。</p></div></td></tr>
<tr><td colspan="2" align="center">青禾县财政局 版权所有 联系电话：0795-8812567 赣ICP备05001234号</td></tr></table></body></html>'''
page('p25_layout_unit_row', 'layout table site; data table nested in a <td>, unit as a colspan row inside the table, <th> header, 合计 row', h,
     '青禾县2023年一般公共预算支出执行情况\n发布日期：2024-02-28　　来源：县财政局\n2023年全县一般公共预算支出执行情况如下：\n' + table_txt(T25) + '\n全县一般公共预算支出完成预算的100.3%。')

# 26 <ol>/<li> list (browser shows the numbers)
h = head(NOTICE_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{NOTICE_TITLE}</h1><div class="info">发布日期：2024-02-05</div>
<div class="article-content"><p>{esc(NOTICE[0][1])}</p><p>{esc(NOTICE[1][1])}</p><p>有关要求如下：</p>
<ol><li>项目资金实行专账核算，支出进度9月底前达到80%以上。</li><li>每个项目须设立公示牌，公示期不少于10天。</li><li>县乡村振兴局每季度开展1次督查。</li></ol></div></div></div>''' + foot()
page('p26_ol_list', '.article-content with an <ol> list whose numbers the browser draws (1. 2. 3.)', h,
     f'{NOTICE_TITLE}\n发布日期：2024-02-05\n{NOTICE[0][1]}\n{NOTICE[1][1]}\n有关要求如下：\n1.项目资金实行专账核算，支出进度9月底前达到80%以上。\n2.每个项目须设立公示牌，公示期不少于10天。\n3.县乡村振兴局每季度开展1次督查。')

# 27 disclosure box as vertical 2-col table with td label/value; keywords; title row inside it
info = table_html([['索引号', '11360922MB1234567X/2024-00321'], ['信息分类', '统计信息'], ['发布机构', '青禾县统计局'], ['生成日期', '2024-03-28'], ['文号', '无'], ['关键词', '统计公报;2023年'], ['信息名称', TJGB_TITLE]], attrs='class="xxgk" border="1"')
h = head(TJGB_TITLE) + f'''<div class="main wrap">{CRUMB}{info}<div class="art"><div class="art-title">{TJGB_TITLE}</div>
<div class="xxgk_content">{blocks_html(TJGB[:9])}</div></div>{PRINT}</div>''' + foot()
page('p27_xxgk_vertical_table', '.xxgk_content; disclosure box as a 2-column table (label td, value td, no colon) incl. 信息名称 = title; div.art-title', h,
     f'索引号：11360922MB1234567X/2024-00321\n发布机构：青禾县统计局\n生成日期：2024-03-28\n{TJGB_TITLE}\n{blocks_txt(TJGB[:9])}')

# 28 news page with 来源/作者/编辑/审核 at the bottom, 【纠错】, empty view counter span filled by script
h = head(NEWS_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{NEWS_TITLE}</h1><div class="info">2024-04-12 <span>浏览：<span id="views"></span><script>$("#views").load("/count?id=123")</script></span> <a>【纠错】</a></div>
<div class="article-content">{blocks_html(NEWS)}</div><div class="art-foot"><p>来源：青禾县融媒体中心</p><p>作者：张伟</p><p>编辑：王芳</p><p>审核：李强</p></div></div></div>''' + foot()
page('p28_byline_bottom', '.article-content; bare date + empty 浏览 counter + 【纠错】 above; 来源/作者/编辑/审核 lines below', h,
     f'{NEWS_TITLE}\n2024-04-12\n{blocks_txt(NEWS)}\n来源：青禾县融媒体中心\n作者：张伟\n编辑：王芳\n审核：李强')

# 29 Word-export tables: numbers split across runs inside <td><p><span>
def wnum(t):
    if _re.fullmatch(r'-?\d+\.\d+', t):
        a, b = t.split('.')
        return f"<p class=MsoNormal align=center><span lang=EN-US style='font-size:10.5pt'>{a}</span><span lang=EN-US style='font-size:10.5pt'>.{b}<o:p></o:p></span></p>"
    return f"<p class=MsoNormal align=center><span style='font-size:10.5pt;font-family:宋体'>{esc(t)}</span><span lang=EN-US><o:p></o:p></span></p>"
TT = [b for b in TJGB if b[0] == 'table']
parts = []
for b in TT:
    parts.append(word_p(b[2]['caption']))
    if b[2].get('unit'): parts.append(word_p(b[2]['unit']))
    parts.append(table_html(b[1], wrap=wnum, attrs="class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'"))
h = head(TJGB_TITLE) + f'''<div class="main wrap">{CRUMB}<div class="article"><h1>{TJGB_TITLE}（附表）</h1><div class="info">发布时间：2024-03-15　来源：青禾县统计局</div>
<div id="zoom"><div class=WordSection1>{''.join(parts)}</div></div></div></div>''' + foot()
page('p29_word_tables', 'Word-export tables in #zoom: cells <p class=MsoNormal><span>27</span><span>.35<o:p></o:p></span>, MsoTableGrid', h,
     f'{TJGB_TITLE}（附表）\n发布时间：2024-03-15　来源：青禾县统计局\n' + '\n'.join(blocks_txt([b]) for b in TT))

if __name__ == '__main__':
    with open(os.path.join(OUT, '..', 'PAGES.tsv'), 'w') as f:
        for n, s in PAGES: f.write(f'{n}\t{s}\n')
