# helpers: block model -> html fragments and reference text
import html as H
def esc(s): return H.escape(s, quote=False)

def cell(c):
    if isinstance(c, tuple): return c[0], c[1], c[2]
    return c, 1, 1

def table_html(rows, th_rows=0, attrs='border="1" cellspacing="0" cellpadding="0"', wrap=None, caption=None):
    out = [f'<table {attrs}>']
    if caption: out.append(f'<caption>{esc(caption)}</caption>')
    out.append('<tbody>')
    for i, r in enumerate(rows):
        out.append('<tr>')
        for c in r:
            t, rs, cs = cell(c)
            tag = 'th' if i < th_rows else 'td'
            a = ''
            if rs > 1: a += f' rowspan="{rs}"'
            if cs > 1: a += f' colspan="{cs}"'
            inner = esc(t) if wrap is None else wrap(t)
            out.append(f'<{tag}{a}>{inner}</{tag}>')
        out.append('</tr>')
    out.append('</tbody></table>')
    return '\n'.join(out)

def table_txt(rows):
    # merged cells written once
    return '\n'.join('| ' + ' | '.join(cell(c)[0] for c in r) + ' |' for r in rows)

def blocks_txt(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'h', 'cap', 'note'): out.append(b[1])
        elif k == 'table':
            if b[2].get('caption'): out.append(b[2]['caption'])
            if b[2].get('unit'): out.append(b[2]['unit'])
            out.append(table_txt(b[1]))
        elif k == 'img':
            if b[2]: out.append(b[2])
    return '\n'.join(out)

def blocks_html(blocks, style='p'):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'table':
            o = b[2]
            if o.get('caption') and not o.get('in_caption'):
                out.append(f'<p style="text-align:center"><strong>{esc(o["caption"])}</strong></p>')
            if o.get('unit'):
                out.append(f'<p style="text-align:right">{esc(o["unit"])}</p>')
            out.append(table_html(b[1], th_rows=o.get('th', 0), caption=o['caption'] if o.get('in_caption') else None))
        elif k == 'img':
            out.append(f'<p style="text-align:center"><img src="/u/cms/img/{abs(hash(b[1]))%99999}.png" alt="" width="600"></p>')
            if b[2]: out.append(f'<p style="text-align:center">{esc(b[2])}</p>')
        elif k == 'h':
            if style == 'strong': out.append(f'<p style="text-indent:2em"><strong>{esc(b[1])}</strong></p>')
            elif style == 'b': out.append(f'<p>　　<b>{esc(b[1])}</b></p>')
            elif style == 'hn': out.append(f'<h3>{esc(b[1])}</h3>')
            elif style == 'ideo': out.append(f'<p>　　{esc(b[1])}</p>')
            elif style == 'nbsp': out.append(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(b[1])}</p>')
            else: out.append(f'<p>{esc(b[1])}</p>')
        else:
            if style == 'ideo': out.append(f'<p>　　{esc(b[1])}</p>')
            elif style == 'nbsp': out.append(f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(b[1])}</p>')
            else: out.append(f'<p style="text-indent:2em">{esc(b[1])}</p>')
    return '\n'.join(out)

FOOT = '''<div class="footer"><div class="wrap"><p><a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">网站声明</a></p>
<p>主办单位：{org}　承办：{org}办公室　联系电话：0795-8812345　邮编：336100</p>
<p><a href="https://beian.miit.gov.cn">赣ICP备05001234号-1</a>　赣公网安备 36092202000123号　网站标识码：3609220001</p>
<p>您是本站第 <span id="cnt">1284563</span> 位访客　技术支持：某某信息技术有限公司</p></div></div>'''

HEAD = '''<!DOCTYPE html>
<html><head><meta charset="{cs}"><meta name="viewport" content="width=device-width">
<title>{title}_{site}</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{pub}">
<link rel="stylesheet" href="/css/style.css"><script src="/js/jquery.min.js"></script>
<style>.hide{{display:none}} body{{font-size:14px}}</style></head>
<body>
<div class="top"><div class="wrap"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>
<a href="#">无障碍</a> <a href="#">长者版</a> <a href="#">English</a></div></div>
<div class="header"><div class="wrap"><img src="/img/logo.png" alt="{site}"><h2 class="sitename">{site}</h2>
<form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjqh/">走进青禾</a></li></ul></div>
'''
def head(title, site='青禾县人民政府', pub='2024-03-15', cs='utf-8'):
    return HEAD.format(title=esc(title), site=site, pub=pub, cs=cs)
def foot(org='青禾县人民政府办公室'):
    return FOOT.format(org=org) + '\n<script>var _hmt=_hmt||[];</script></body></html>'

SHARE = '<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a></div>'
PRINT = '<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>'
def prevnext(p, n):
    return f'<div class="prevnext"><p>上一篇：<a href="/a/1.html">{esc(p)}</a></p><p>下一篇：<a href="/a/2.html">{esc(n)}</a></p></div>'
def related(items):
    lis = ''.join(f'<li><a href="/a/{i}.html">{esc(t)}</a><span>{d}</span></li>' for i, (t, d) in enumerate(items))
    return f'<div class="related"><h4>相关链接</h4><ul>{lis}</ul></div>'
