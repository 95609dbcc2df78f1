#!/usr/bin/env python3
"""Builds docs/NAME.docx and its plain-text twin docs/NAME.txt from src/NAME.src (and min/ from min/*.src).

A .src file is the document's plain text, one paragraph per line, with light markup for the Word features:

  header lines   #abs ID: ILVL=FMT:LVLTEXT[:START[:STYLEID]] ...   abstract list
                 #num ID=ABS [ILVL:START ...]                   list instance (startOverride per level)
                 #style ID: name=NAME [num=NUMID[.ILVL]] [ol=N]  paragraph style (Heading 1 etc.)
                 #header: TEXT   #footer: TEXT (PAGE → page field)   #fn N: TEXT   #en N: TEXT   #cm N: TEXT
                 #layout         whole body inside a one-cell table (a page saved from the web)
                 #mainpart: word/NAME.xml   main part under another name (found via _rels/.rels)
  line prefix    @k=v ... then the text:  s=STYLE n=NUM.ILVL  jc=right|center  ol=N (outlineLvl)  red (红头 run)
                 sect (section break in pPr)  chg=NUM.ILVL (numbering removed, tracked: old numPr in pPrChange)
                 sep (style separator: hidden paragraph mark, Word shows it joined with the next line)
                 delmark (deleted paragraph mark, tracked: joined with the next line once accepted)
                 empty (an empty paragraph; twin: blank line)
  label          with n=…: `LABEL|text` — LABEL is what Word's numbering shows; only the twin has it
  inline         ¦ run boundary   {b:T} bold   {tab}   {br} soft break (twin: nothing)   {nbh} non-breaking hyphen (-)
                 {sym:F0B3:≥} symbol   {fn:N} {en:N} note reference (twin: nothing)   {cm:N:T} comment around T
                 {fld:INSTR|RESULT} complex field   {fs:INSTR|RESULT} fldSimple   {hl:URL|T} w:hyperlink
                 {ins:T} {del:T} tracked   {mvf:T} {mvt:T} tracked move   {hid:T} hidden (vanish)   {bm} bookmark
                 {pe} proofErr   {st:T} smartTag   {sdt:T} content control   {pg} page break   {lrpb}
  tables         lines starting with `|`; a line `@tbl [hdr=N] [box] [frame] [nest]` before them; cells:
                 `<` gridSpan continuation (twin repeats left)   `<-` gridSpan continuation of a value cell (twin empty)   `~` hMerge continuation (twin repeats left)
                 `^` vMerge continuation (twin repeats above)   `^-` vMerge continuation, twin empty
                 first cell `@gb` → w:gridBefore=1 (twin: empty cell)
"""
import os, re, sys, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS = ('xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'mc:Ignorable="w14"' % W)
FONT = '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/>'


def gridmap(cells):
    """grid column → token of the cell that starts there"""
    out, col = {}, 0
    if cells and cells[0] == '@gb':
        col, cells = 1, cells[1:]
    for c in cells:
        if c not in ('<', '<-'):
            out[col] = c
        col += 1
    return out


def t(s):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(s)


class Doc:
    def __init__(self, src):
        self.abs, self.nums, self.styles = {}, {}, {}
        self.header = self.footer = None
        self.fns, self.ens, self.cms = {}, {}, {}
        self.layout = False
        self.mainpart = 'word/document.xml'
        self.lines = []
        for line in open(src, encoding='utf-8').read().split('\n'):
            if line.startswith('#abs '):
                aid, rest = line[5:].split(':', 1)
                lv = {}
                for item in rest.split():
                    il, spec = item.split('=', 1)
                    parts = spec.split(':')
                    lv[int(il)] = (parts[0], parts[1], int(parts[2]) if len(parts) > 2 and parts[2] else 1,
                                   parts[3] if len(parts) > 3 else None)
                self.abs[aid.strip()] = lv
            elif line.startswith('#num '):
                head, *ov = line[5:].split()
                nid, aid = head.split('=')
                self.nums[nid] = (aid, [tuple(map(int, o.split(':'))) for o in ov])
            elif line.startswith('#style '):
                sid, rest = line[7:].split(':', 1)
                kv = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', rest))
                self.styles[sid.strip()] = {k: v.strip('"') for k, v in kv.items()}
            elif line.startswith('#header:'):
                self.header = line[8:].strip()
            elif line.startswith('#footer:'):
                self.footer = line[8:].strip()
            elif re.match(r'#(fn|en|cm) \d+:', line):
                kind, rest = line[1:].split(' ', 1)
                n, text = rest.split(':', 1)
                {'fn': self.fns, 'en': self.ens, 'cm': self.cms}[kind][n] = text.strip()
            elif line.startswith('#layout'):
                self.layout = True
            elif line.startswith('#mainpart:'):
                self.mainpart = line[10:].strip()
            elif line.startswith('#'):
                continue
            else:
                self.lines.append(line)
        while self.lines and not self.lines[-1].strip():
            self.lines.pop()

    # ---- inline markup → (xml, twin)
    def inline(self, s, rpr=''):
        xml, twin = [], []
        RP = '<w:rPr>%s%s</w:rPr>' % (FONT, rpr)

        def run(text, extra=''):
            return '<w:r><w:rPr>%s%s%s</w:rPr>%s</w:r>' % (FONT, rpr, extra, t(text))

        pos = 0
        for m in re.finditer(r'\{([a-z]+)(?::((?:[^{}]|\{[^{}]*\})*))?\}|¦', s):
            plain = s[pos:m.start()]
            if plain:
                xml.append(run(plain)); twin.append(plain)
            pos = m.end()
            if m.group(0) == '¦':
                continue
            k, a = m.group(1), m.group(2) or ''
            if k == 'b':
                xml.append(run(a, '<w:b/><w:bCs/>')); twin.append(a)
            elif k == 'tab':
                xml.append('<w:r>%s<w:tab/></w:r>' % RP); twin.append('\t')
            elif k == 'br':
                xml.append('<w:r>%s<w:br/></w:r>' % RP)
            elif k == 'pg':
                xml.append('<w:r>%s<w:br w:type="page"/></w:r>' % RP)
            elif k == 'lrpb':
                xml.append('<w:r>%s<w:lastRenderedPageBreak/></w:r>' % RP)
            elif k == 'nbh':
                xml.append('<w:r>%s<w:noBreakHyphen/></w:r>' % RP); twin.append('-')
            elif k == 'sym':
                code, ch = a.split(':')
                xml.append('<w:r>%s<w:sym w:font="Symbol" w:char="%s"/></w:r>' % (RP, code)); twin.append(ch)
            elif k in ('fn', 'en'):
                tag = 'footnoteReference' if k == 'fn' else 'endnoteReference'
                sty = 'FootnoteReference' if k == 'fn' else 'EndnoteReference'
                xml.append('<w:r><w:rPr><w:rStyle w:val="%s"/><w:vertAlign w:val="superscript"/></w:rPr><w:%s w:id="%s"/></w:r>'
                           % (sty, tag, a))
            elif k == 'cm':
                n, text = a.split(':', 1)
                x, tw = self.inline(text, rpr)
                xml.append('<w:commentRangeStart w:id="%s"/>%s<w:commentRangeEnd w:id="%s"/>'
                           '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%s"/></w:r>'
                           % (n, x, n, n)); twin.append(tw)
            elif k == 'fld':
                instr, res = a.split('|', 1)
                xml.append('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r><w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                           '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>%s<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
                           % (RP, RP, escape(instr), RP, run(res), RP)); twin.append(res)
            elif k == 'fs':
                instr, res = a.split('|', 1)
                xml.append('<w:fldSimple w:instr=" %s ">%s</w:fldSimple>' % (escape(instr, {'"': '&quot;'}), run(res))); twin.append(res)
            elif k == 'hl':
                url, res = a.split('|', 1)
                xml.append('<w:hyperlink r:id="rIdHl1" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>%s</w:r></w:hyperlink>' % t(res))
                twin.append(res); self.hl = url
            elif k == 'ins':
                xml.append('<w:ins w:id="901" w:author="审核" w:date="2025-01-06T09:00:00Z">%s</w:ins>' % run(a)); twin.append(a)
            elif k == 'del':
                xml.append('<w:del w:id="902" w:author="审核" w:date="2025-01-06T09:00:00Z"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (RP, escape(a)))
            elif k == 'mvf':
                xml.append('<w:moveFromRangeStart w:id="903" w:name="move1" w:author="审核" w:date="2025-01-06T09:00:00Z"/>'
                           '<w:moveFrom w:id="904" w:author="审核" w:date="2025-01-06T09:00:00Z">%s</w:moveFrom><w:moveFromRangeEnd w:id="903"/>' % run(a))
            elif k == 'mvt':
                xml.append('<w:moveToRangeStart w:id="905" w:name="move1" w:author="审核" w:date="2025-01-06T09:00:00Z"/>'
                           '<w:moveTo w:id="906" w:author="审核" w:date="2025-01-06T09:00:00Z">%s</w:moveTo><w:moveToRangeEnd w:id="905"/>' % run(a)); twin.append(a)
            elif k == 'hid':
                xml.append(run(a, '<w:vanish/>'))
            elif k == 'bm':
                xml.append('<w:bookmarkStart w:id="0" w:name="_Toc1234"/><w:bookmarkEnd w:id="0"/>')
            elif k == 'pe':
                xml.append('<w:proofErr w:type="spellStart"/>')
            elif k == 'st':
                xml.append('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">%s</w:smartTag>' % run(a)); twin.append(a)
            elif k == 'sdt':
                xml.append('<w:sdt><w:sdtPr><w:alias w:val="数据"/><w:tag w:val="d1"/><w:id w:val="-1234"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % run(a)); twin.append(a)
            else:
                raise ValueError('unknown markup {%s}' % k)
        rest = s[pos:]
        if rest:
            xml.append(run(rest)); twin.append(rest)
        return ''.join(xml), ''.join(twin)

    def para(self, line):
        """→ (xml, twin, flags)"""
        opts = {}
        while line.startswith('@'):
            tok, _, line = line.partition(' ')
            k, _, v = tok[1:].partition('=')
            opts[k] = v
        if 'empty' in opts:
            return '<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:p>', '', opts
        label = ''
        numbered = 'n' in opts or 'num' in self.styles.get(opts.get('s'), {})
        if numbered and '|' in line:
            label, line = line.split('|', 1)
        ppr = []
        if 's' in opts:
            ppr.append('<w:pStyle w:val="%s"/>' % opts['s'])
        if 'n' in opts:
            nid, _, il = opts['n'].partition('.')
            ppr.append('<w:numPr><w:ilvl w:val="%s"/><w:numId w:val="%s"/></w:numPr>' % (il or 0, nid))
        ppr.append('<w:spacing w:line="560" w:lineRule="exact"/>')
        ppr.append('<w:ind w:firstLine="640"/>' if 'jc' not in opts else '<w:ind w:right="640"/>')
        if 'jc' in opts:
            ppr.append('<w:jc w:val="%s"/>' % opts['jc'])
        if 'ol' in opts:
            ppr.append('<w:outlineLvl w:val="%s"/>' % opts['ol'])
        mark = ''
        if 'sep' in opts:
            mark = '<w:rPr><w:vanish/><w:specVanish/></w:rPr>'
        if 'delmark' in opts:
            mark = '<w:rPr><w:del w:id="907" w:author="审核" w:date="2025-01-06T09:00:00Z"/></w:rPr>'
        ppr.append(mark)
        if 'sect' in opts:
            ppr.append('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
                       '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1474" w:gutter="0"/>'
                       '<w:pgNumType w:fmt="numberInDash" w:start="1"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
        if 'chg' in opts:
            nid, _, il = opts['chg'].partition('.')
            ppr.append('<w:pPrChange w:id="908" w:author="审核" w:date="2025-01-06T09:00:00Z"><w:pPr>'
                       '<w:numPr><w:ilvl w:val="%s"/><w:numId w:val="%s"/></w:numPr><w:ind w:firstLine="640"/></w:pPr></w:pPrChange>' % (il or 0, nid))
        rpr = '<w:color w:val="FF0000"/><w:w w:val="80"/><w:sz w:val="88"/>' if 'red' in opts else ''
        xml, twin = self.inline(line, rpr)
        return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (''.join(ppr), xml), label + twin, opts

    def cell_xml(self, text, tcpr, bold=False):
        x, _ = self.inline(text, '<w:b/>' if bold else '')
        return ('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>%s<w:vAlign w:val="center"/></w:tcPr>'
                '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p></w:tc>' % (tcpr, x))

    def table(self, opts, rows):
        hdr = int(opts.get('hdr', 0))
        ncol = max(len(r) for r in rows)
        xrows, trows, above = [], [], []
        for ri, cells in enumerate(rows):
            trpr = '<w:tblHeader/>' if ri < hdr else ''
            xs, tw = [], []
            i = 0
            if cells and cells[0] == '@gb':
                trpr += '<w:gridBefore w:val="1"/><w:wBefore w:w="1200" w:type="dxa"/>'
                tw.append(''); cells = cells[1:]
            while i < len(cells):
                c = cells[i]
                span = 1
                while i + span < len(cells) and cells[i + span] in ('<', '<-'):
                    span += 1
                col = len(tw)
                if c in ('^', '^-'):
                    xs.append(self.cell_xml('', '%s<w:vMerge/>' % ('<w:gridSpan w:val="%d"/>' % span if span > 1 else '')))
                    for k in range(span):
                        tw.append(above[col + k] if c == '^' and col + k < len(above) else '')
                elif c == '~':
                    xs.append(self.cell_xml('', '<w:hMerge/>'))
                    tw.append(tw[-1])
                else:
                    vm = ''
                    if ri + 1 < len(rows) and gridmap(rows[ri + 1]).get(col) in ('^', '^-'):
                        vm = '<w:vMerge w:val="restart"/>'
                    hm = '<w:hMerge w:val="restart"/>' if i + 1 < len(cells) and cells[i + 1] == '~' else ''
                    sp = '<w:gridSpan w:val="%d"/>' % span if span > 1 else ''
                    xs.append(self.cell_xml(c, sp + hm + vm, bold=ri < hdr))
                    _, twc = self.inline(c)
                    for k in range(span):
                        tw.append(twc if k == 0 or cells[i + k] == '<' else '')
                i += span
            above = tw
            xrows.append('<w:tr><w:trPr>%s<w:jc w:val="center"/></w:trPr>%s</w:tr>' % (trpr, ''.join(xs)))
            trows.append('| ' + ' | '.join(tw) + ' |')
        grid = ''.join('<w:gridCol w:w="%d"/>' % (9000 // ncol) for _ in range(ncol))
        tblpr = '<w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/>'
        if 'frame' in opts:
            tblpr += '<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:tblpY="200"/>'
        tblpr += '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLook w:val="04A0"/>'
        xml = '<w:tbl><w:tblPr>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (tblpr, grid, ''.join(xrows))
        if 'nest' in opts:
            xml = ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>'
                   '<w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>%s<w:p/></w:tc></w:tr></w:tbl>' % xml)
        if 'box' in opts:
            inner = xml + '<w:p/>'
            xml = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                   '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                   '<wp:extent cx="5400000" cy="1800000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
                   '<wps:wsp><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                   '<mc:Fallback><w:pict><v:shape id="文本框1" style="width:425pt;height:142pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
                   '</mc:AlternateContent></w:r></w:p>' % (inner, inner))
        return xml, trows

    def build(self):
        body, twin = [], []
        lines = self.lines
        i = 0
        join_next = False
        while i < len(lines):
            line = lines[i]
            if line.startswith('@tbl') or line.startswith('|'):
                opts = {}
                if line.startswith('@tbl'):
                    for tok in line.split()[1:]:
                        k, _, v = tok.partition('=')
                        opts[k] = v
                    i += 1
                rows = []
                while i < len(lines) and lines[i].startswith('|'):
                    rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')])
                    i += 1
                x, tr = self.table(opts, rows)
                body.append(x); twin.extend(tr)
                continue
            x, tw, opts = self.para(line)
            body.append(x)
            if join_next:
                twin[-1] += tw
            else:
                twin.append(tw)
            join_next = 'sep' in opts or 'delmark' in opts
            i += 1
        sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
                '<w:footnotePr><w:numFmt w:val="decimalEnclosedCircle"/></w:footnotePr>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1474" w:gutter="0"/>'
                '<w:pgNumType w:fmt="numberInDash"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
        content = ''.join(body)
        if self.layout:
            content = ('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>'
                       '<w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>%s<w:p/></w:tc></w:tr></w:tbl><w:p/>' % content)
        doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, content, sect)
        return doc, '\n'.join(twin) + '\n'

    def styles_xml(self):
        out = ['<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>',
               '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
               '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="Normal"/></w:style>',
               '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>']
        for sid, kv in self.styles.items():
            ppr = ''
            if 'num' in kv:
                nid, _, il = kv['num'].partition('.')
                ppr += '<w:numPr>%s<w:numId w:val="%s"/></w:numPr>' % ('<w:ilvl w:val="%s"/>' % il if il else '', nid)
            if 'ol' in kv:
                ppr += '<w:outlineLvl w:val="%s"/>' % kv['ol']
            based = '<w:basedOn w:val="%s"/>' % kv['based'] if 'based' in kv else '<w:basedOn w:val="Normal"/>'
            out.append('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>%s<w:next w:val="Normal"/><w:qFormat/>'
                       '<w:pPr><w:keepNext/><w:keepLines/>%s</w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr></w:style>'
                       % (sid, kv.get('name', sid), based, ppr))
        return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>%s</w:styles>' % (NS, ''.join(out))

    def numbering_xml(self):
        out = []
        for aid, lv in self.abs.items():
            ls = []
            for il in range(9):
                fmt, txt, start, pst = lv.get(il, ('decimal', '%%%d.' % (il + 1), 1, None))
                ls.append('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/>'
                          '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
                          % (il, start, fmt, '<w:pStyle w:val="%s"/>' % pst if pst else '', escape(txt, {'"': '&quot;'})))
            out.append('<w:abstractNum w:abstractNumId="%s"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>' % (aid, ''.join(ls)))
        for nid, (aid, ov) in self.nums.items():
            o = ''.join('<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>' % x for x in ov)
            out.append('<w:num w:numId="%s"><w:abstractNumId w:val="%s"/>%s</w:num>' % (nid, aid, o))
        return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>%s</w:numbering>' % (NS, ''.join(out))

    def hf(self, tag, text):
        if text and 'PAGE' in text:
            pre, _, post = text.partition('PAGE')
            x = (t(pre) if pre else '') and '<w:r>%s</w:r>' % t(pre)
            x += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>%s</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' % t('1'))
            x += '<w:r>%s</w:r>' % t(post) if post else ''
        else:
            x = '<w:r>%s</w:r>' % t(text or '')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%s %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p></w:%s>'
                % (tag, NS, x, tag))

    def notes(self, tag, items):
        sep = ('<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>'
               '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>') % ((tag,) * 4)
        ref = 'footnoteRef' if tag == 'footnote' else 'endnoteRef'
        body = ''.join('<w:%s w:id="%s"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%s/></w:r><w:r>%s</w:r></w:p></w:%s>'
                       % (tag, n, ref, t(' ' + txt), tag) for n, txt in items.items())
        return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:%ss %s>%s%s</w:%ss>' % (tag, NS, sep, body, tag)

    def comments(self):
        body = ''.join('<w:comment w:id="%s" w:author="审核" w:date="2025-01-06T09:00:00Z" w:initials="SH"><w:p><w:r><w:annotationRef/></w:r><w:r>%s</w:r></w:p></w:comment>'
                       % (n, t(txt)) for n, txt in self.cms.items())
        return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>' % (NS, body)

    def write(self, path):
        doc, twin = self.build()
        main = self.mainpart
        mdir, mname = os.path.split(main)
        parts = {
            main: doc,
            'word/styles.xml': self.styles_xml(),
            'word/numbering.xml': self.numbering_xml(),
            'word/header1.xml': self.hf('hdr', self.header),
            'word/footer1.xml': self.hf('ftr', self.footer),
            'word/footnotes.xml': self.notes('footnote', self.fns),
            'word/endnotes.xml': self.notes('endnote', self.ens),
            'word/comments.xml': self.comments(),
            'word/settings.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s><w:trackRevisions/><w:defaultTabStop w:val="420"/></w:settings>' % NS,
        }
        R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        rels = [('rIdS', 'styles', 'styles.xml'), ('rIdN', 'numbering', 'numbering.xml'), ('rIdH1', 'header', 'header1.xml'),
                ('rIdF1', 'footer', 'footer1.xml'), ('rIdFn', 'footnotes', 'footnotes.xml'), ('rIdEn', 'endnotes', 'endnotes.xml'),
                ('rIdC', 'comments', 'comments.xml'), ('rIdSt', 'settings', 'settings.xml')]
        relx = ''.join('<Relationship Id="%s" Type="%s%s" Target="%s"/>' % (i, R, ty, tg) for i, ty, tg in rels)
        relx += '<Relationship Id="rIdHl1" Type="%shyperlink" Target="%s" TargetMode="External"/>' % (R, escape(getattr(self, 'hl', 'http://www.example.gov.cn/')))
        parts['%s/_rels/%s.rels' % (mdir, mname)] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % relx)
        parts['_rels/.rels'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                '<Relationship Id="rId1" Type="%sofficeDocument" Target="%s"/></Relationships>' % (R, main))
        CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.'
        ov = [('/' + main, 'document.main+xml'), ('/word/styles.xml', 'styles+xml'), ('/word/numbering.xml', 'numbering+xml'),
              ('/word/header1.xml', 'header+xml'), ('/word/footer1.xml', 'footer+xml'), ('/word/footnotes.xml', 'footnotes+xml'),
              ('/word/endnotes.xml', 'endnotes+xml'), ('/word/comments.xml', 'comments+xml'), ('/word/settings.xml', 'settings+xml')]
        parts['[Content_Types].xml'] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                                        + ''.join('<Override PartName="%s" ContentType="%s%s"/>' % (p, CT, c) for p, c in ov) + '</Types>')
        order = ['[Content_Types].xml', '_rels/.rels'] + sorted(k for k in parts if k not in ('[Content_Types].xml', '_rels/.rels'))
        with zipfile.ZipFile(path + '.docx', 'w', zipfile.ZIP_DEFLATED) as z:
            for name in order:
                zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, parts[name].encode('utf-8'))
        open(path + '.txt', 'w', encoding='utf-8').write(twin)


def main():
    for srcdir, outdir in (('src', 'docs'), ('min', 'min')):
        d = os.path.join(HERE, srcdir)
        for f in sorted(os.listdir(d)):
            if f.endswith('.src'):
                Doc(os.path.join(d, f)).write(os.path.join(HERE, outdir, f[:-4]))


if __name__ == '__main__':
    main()
