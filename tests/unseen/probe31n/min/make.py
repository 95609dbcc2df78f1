#!/usr/bin/env python3
"""Minimal inputs for probe31n (each a variant pair: what passes and what fails)."""
import zipfile, os
H = lambda body, cs='utf-8': (f'<!DOCTYPE html><html><head><meta charset="{cs}"><title>某区2025年工作报告</title></head><body>'
                             f'<div class="nav"><a href="/">首页</a></div><div class="article"><h1>某区2025年工作报告</h1><div id="zoom">{body}</div></div>'
                             '<div class="footer">网站标识码：3301050002</div></body></html>')
def w(name, data):
    open(name, 'wb' if isinstance(data, bytes) else 'w', **({} if isinstance(data, bytes) else {'encoding': 'utf-8'})).write(data)
P = '<p style="text-indent:2em">{}</p>'
# --- HTML
w('h01_nbsp_unit.html', H(P.format('全年地区生产总值12.5&nbsp;亿元，增长5.6&nbsp;%。') + P.format('对照：全年一般公共预算收入12.5亿元，增长5.6%。')))
w('h02_bold_split.html', H(P.format('全年粮食总产量<b>15</b>.<b>63</b>万吨，增长<strong>2</strong><strong>.7</strong>%。')))
w('h03_fullwidth.html', H(P.format('全年新增就业<span>６１２８</span>人，增长<span>３．５</span>％。')))
w('h04_gb2312_gbk_chars.html', H(P.format('全年办理建议97件。') + P.format('区长陈堃、副区长李珺出席会议，会议审议事项5项。') + P.format('全年接待来访群众1286人次。'), 'gb2312').encode('gbk'))
w('h05_layout_table.html', ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>某区2025年工作报告</title></head><body>'
   '<table width="1000" border="0"><tr><td><a href="/">首页</a></td></tr><tr><td class="title">某区2025年工作报告</td></tr>'
   '<tr><td id="zoom">' + P.format('一、总体情况') + P.format('全年新收申请283件，办结280件。') + P.format('二、存在问题') + P.format('全年因答复不规范被复议纠正2件。') +
   '</td></tr><tr><td>网站标识码：3301050002</td></tr></table></body></html>'))
w('h06_cell_pnbsp.html', H('<table border="1"><tr><th>项目</th><th>数量（件）</th><th>金额（万元）</th></tr>'
   '<tr><td><p>行政许可</p></td><td><p>&nbsp;</p><p>5436</p></td><td><p>&nbsp;</p></td></tr>'
   '<tr><td>行政处罚</td><td>2158</td><td>—</td></tr><tr><td>行政强制</td><td>1,286</td><td>12.5</td></tr></table>'))
w('h07_marker_spans.html', H('<h3><span>一</span><span>、</span><span>总体情况</span></h3>' + P.format('全年新收申请283件。') +
   '<p><strong>（一）</strong>依法全面履行政府职能。全年取消行政权力事项17项。</p><p><strong>（二）健全依法行政制度体系。</strong>全年审核文件31件。</p>'))
w('h08_div_br_only.html', H('<div>一、总体情况<br>全年新收申请283件，办结280件。<br>二、存在问题<br>全年被复议纠正2件。</div>'))
w('h09_meta_yuedu.html', H('<div class="info"><span>信息来源：某区人民政府办公室</span>　<span>发布日期：2026-01-22</span>　<span>阅读次数：2087</span></div>' + P.format('全年新收申请283件。')))
w('h10_script_in_article.html', H(P.format('全年新收申请283件。') + '<script>var pageSize = 15; var total = 2087;</script><style>.a{width:600px}</style>' + P.format('全年办结280件。')))
# --- text: chunks
w('t01_chunks_attach.txt', '某县2025年工作报告\n一、总体情况\n全年完成投资12亿元。\n二、下一步安排\n全年计划投资15亿元。\n某某县人民政府\n2026年2月6日\n附件：\n1.某表.xlsx\n2.某表.pdf\n')
w('t02_chunks_attach_nosig.txt', '某县2025年工作报告\n一、总体情况\n全年完成投资12亿元。\n二、下一步安排\n全年计划投资15亿元。\n附件：\n1.某表.xlsx\n2.某表.pdf\n')
w('t03_sig_then_notes.txt', '某县2025年工作报告\n一、总体情况\n全年完成投资12亿元。\n二、下一步安排\n全年计划投资15亿元。\n某某县人民政府\n2026年2月6日\n注释：\n1.说明一\n2.说明二\n')
w('t04_threshold_class.txt', '某区2025年工作报告\n季度检查中发现超过3个月未更新的栏目9个。\n对照：清理超过50万元以上的项目12个。\n')
w('t05_label_after.txt', '某区2025年工作报告\n对照要点确定的36项任务，已完成35项，1项因上级系统未上线正在推进。\n全年承办建议97件，其中2件因涉及跨区事项正在协调。\n')
# --- DOCX
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
def R(t): return f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>'
def Pp(x, ppr=''): return f'<w:p><w:pPr>{ppr}</w:pPr>{x}</w:p>'
def docx(name, body, styles='', numbering=''):
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    drels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + \
        ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' if styles else '') + \
        ('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' if numbering else '') + '</Relationships>'
    with zipfile.ZipFile(name, 'w') as z:
        z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels); z.writestr('word/_rels/document.xml.rels', drels)
        z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>')
        if styles: z.writestr('word/styles.xml', f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>{styles}</w:styles>')
        if numbering: z.writestr('word/numbering.xml', f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>{numbering}</w:numbering>')
NUM = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
       '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
T = Pp(R('某局2025年工作总结'), '<w:jc w:val="center"/>')
# x01: numbering carried by the paragraph style (numPr in styles.xml), not the paragraph
STY = ('<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
       '<w:style w:type="paragraph" w:styleId="BT1"><w:name w:val="报告标题一"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
       '<w:style w:type="paragraph" w:styleId="BT2"><w:name w:val="报告标题二"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
docx('x01_num_in_style.docx', T + Pp(R('工作开展情况'), '<w:pStyle w:val="BT1"/>') + Pp(R('城市更新扎实推进'), '<w:pStyle w:val="BT2"/>') + Pp(R('全年实施项目43个。')) +
     Pp(R('住房保障持续加强'), '<w:pStyle w:val="BT2"/>') + Pp(R('全年筹集住房3126套。')) + Pp(R('存在的问题'), '<w:pStyle w:val="BT1"/>') + Pp(R('物业覆盖率仅为62.3%。')), STY, NUM)
docx('x01b_num_in_para.docx', T + Pp(R('工作开展情况'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') + Pp(R('城市更新扎实推进'), '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>') + Pp(R('全年实施项目43个。')) +
     Pp(R('住房保障持续加强'), '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>') + Pp(R('全年筹集住房3126套。')) + Pp(R('存在的问题'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') + Pp(R('物业覆盖率仅为62.3%。')), STY, NUM)
# x02: a text box (mc:AlternateContent: wps Choice + VML Fallback hold the same text)
TB = lambda t: f'<w:txbxContent>{Pp(R(t))}</w:txbxContent>'
docx('x02_textbox.docx', T + Pp(R('全年实施项目43个。')) + Pp('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>' + TB('数说：全年改造老旧小区56个，惠及1.92万户。') +
     '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' + TB('数说：全年改造老旧小区56个，惠及1.92万户。') + '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>') + Pp(R('全年筹集住房3126套。')))
# x03: moved text (w:moveFrom keeps the old place, w:moveTo the new)
docx('x03_move.docx', T + Pp(R('全年实施项目43个。') + '<w:moveFrom w:id="1" w:author="a"><w:r><w:t>完成投资68.5亿元。</w:t></w:r></w:moveFrom>') + Pp('<w:moveTo w:id="2" w:author="a"><w:r><w:t>完成投资68.5亿元。</w:t></w:r></w:moveTo>' + R('全年筹集住房3126套。')))
docx('x03b_del.docx', T + Pp(R('全年实施项目43个。') + '<w:del w:id="1" w:author="a"><w:r><w:delText>完成投资68.5亿元。</w:delText></w:r></w:del>') + Pp('<w:ins w:id="2" w:author="a"><w:r><w:t>完成投资68.5亿元。</w:t></w:r></w:ins>' + R('全年筹集住房3126套。')))
# x04: a TOC field at the top (instrText + cached result lines with page numbers)
TOC = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
       '<w:hyperlink w:anchor="_Toc1"><w:r><w:t>一、工作开展情况</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>1</w:t></w:r></w:hyperlink></w:p>'
       '<w:p><w:hyperlink w:anchor="_Toc2"><w:r><w:t>（一）城市更新扎实推进</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>1</w:t></w:r></w:hyperlink></w:p>'
       '<w:p><w:hyperlink w:anchor="_Toc3"><w:r><w:t>二、存在的问题</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>3</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
docx('x04_toc.docx', T + TOC + Pp(R('一、工作开展情况')) + Pp(R('（一）城市更新扎实推进')) + Pp(R('全年实施项目43个。')) + Pp(R('二、存在的问题')) + Pp(R('物业覆盖率仅为62.3%。')))
# x05: a hyperlink and a content control (sdt) around runs holding a figure; a smartTag
docx('x05_wrappers.docx', T + Pp(R('全年实施项目') + '<w:hyperlink r:id="rId9"><w:r><w:t>43</w:t></w:r></w:hyperlink>' + R('个。')) +
     Pp('<w:sdt><w:sdtPr><w:alias w:val="投资"/></w:sdtPr><w:sdtContent><w:r><w:t>完成投资68</w:t></w:r></w:sdtContent></w:sdt>' + R('.5亿元。')) +
     Pp(R('全年筹集住房') + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv"><w:r><w:t>3126</w:t></w:r></w:smartTag>' + R('套。')))
# --- round 2
w('h11_sup_units.html', H(P.format('全年新增绿地面积26.4万m<sup>2</sup>，城镇居民人均住房建筑面积42.6m<sup>2</sup>。') +
   P.format('新增供水能力12万m<sup>3</sup>/日，细颗粒物（PM<sub>2.5</sub>）平均浓度24微克/立方米。') +
   P.format('对照：全年新增绿地面积26.4万平方米，城镇居民人均住房建筑面积42.6平方米，新增供水能力12万立方米/日。')))
w('h12_br_in_figure.html', H(P.format('全年地区生产总值412.57<br>亿元，比上年增长6.1%。') + P.format('全年一般公共预算收入<br>28.63亿元。')))
w('h13_th_rowlabels.html', H('<table border="1"><thead><tr><th rowspan="2">产品名称</th><th colspan="2">产量</th></tr><tr><th>绝对数（万吨）</th><th>比上年增长（%）</th></tr></thead>'
   '<tbody><tr><th scope="row">水泥</th><td>286.4</td><td>-5.2</td></tr><tr><th scope="row">纱</th><td>4.12</td><td>3.9</td></tr></tbody></table>'))
SUP = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
docx('x06_sup_unit.docx', T + Pp(R('全年新增绿地面积26.4万m') + f'<w:r>{SUP}<w:t>2</w:t></w:r>' + R('，人均住房建筑面积42.6m') + f'<w:r>{SUP}<w:t>2</w:t></w:r>' + R('。')))
TC = lambda t, extra='': f'<w:tc><w:tcPr>{extra}</w:tcPr>{Pp(R(t))}</w:tc>'
VR, VC = '<w:vMerge w:val="restart"/>', '<w:vMerge/>'
docx('x07_vmerge_table.docx', T + Pp(R('表1　重点项目建设情况')) + '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>'
     '<w:tr>' + TC('项目类别', VR) + TC('投资（亿元）', '<w:gridSpan w:val="2"/>') + TC('完成率（%）', VR) + '</w:tr>'
     '<w:tr>' + TC('', VC) + TC('计划') + TC('完成') + TC('', VC) + '</w:tr>'
     '<w:tr>' + TC('城市更新') + TC('63.8') + TC('68.5') + TC('107.4') + '</w:tr>'
     '<w:tr>' + TC('保障性住房') + TC('21.5') + TC('22.3') + TC('103.7') + '</w:tr></w:tbl>' + Pp(R('全年实施项目43个。')))
w('t06_notes_after_date.txt', '某县2025年工作报告\n一、总体情况\n全年完成投资12亿元。\n某某县人民政府\n2026年2月6日\n注释：\n1.说明一含3个项目。\n')
w('t06b_notes_no_sig.txt', '某县2025年工作报告\n一、总体情况\n全年完成投资12亿元。\n注释：\n1.说明一含3个项目。\n')
# --- round 3 (docx superscripts)
SUP = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
docx('x06b_unit_char.docx', T + Pp(R('全年新增绿地面积26.4万m²，人均住房建筑面积42.6m²。')))
docx('x06c_sup_cubic.docx', T + Pp(R('新增供水能力12万m') + f'<w:r>{SUP}<w:t>3</w:t></w:r>' + R('/日，全年完成投资68.5亿元。')))
docx('x06d_sup_note.docx', T + Pp(R('全年完成投资68.5亿元') + f'<w:r>{SUP}<w:t>1</w:t></w:r>' + R('，实施项目43个。')))
docx('x06e_sup_note_before_figure.docx', T + Pp(R('全社会研发经费投入强度') + f'<w:r>{SUP}<w:t>1</w:t></w:r>' + R('2.63%，实施项目43个。')))
w('h14_sup_note_before_figure.html', H(P.format('全社会研发经费投入强度<sup>1</sup>2.63%，实施项目43个。')))
