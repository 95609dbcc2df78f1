"""Writes the Word fixtures of tests/readers.rs with python-docx (a real .docx writer).

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install python-docx
    /tmp/venv/bin/python tests/docx/make_fixtures.py

numbered.docx: a report whose section markers exist only as Word automatic numbering (一、 and
（一） from numbering.xml, on the built-in Heading 1 / Heading 2 styles), body paragraphs with
figures, and a table with a merged header (gridSpan and vMerge). numbered.txt is the text a reader
must give for it, written by hand.
"""
import os
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

HERE = os.path.dirname(os.path.abspath(__file__))

doc = Document()
numbering = doc.part.numbering_part.element
# an abstract list: level 0 "一、" (chineseCounting), level 1 "（一）"
numbering.insert(0, parse_xml(
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
    '</w:abstractNum>'))
numbering.append(parse_xml(
    f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))


def numbered(text, style, ilvl):
    p = doc.add_paragraph(text, style=style)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'))
    return p


doc.add_paragraph("某市统计局2024年政府信息公开工作年度报告", style="Title")
doc.add_paragraph("本报告由某市统计局编制，数据统计期限为2024年1月1日至12月31日。")
numbered("总体情况", "Heading 1", 0)
numbered("主动公开", "Heading 2", 1)
doc.add_paragraph("全年主动公开政府信息356条，其中统计数据公告48条。")
numbered("依申请公开", "Heading 2", 1)
doc.add_paragraph("全年收到政府信息公开申请12件，比上年增长20%。")
numbered("收到和处理政府信息公开申请情况", "Heading 1", 0)
table = doc.add_table(rows=3, cols=4)
table.cell(0, 0).merge(table.cell(1, 0)).text = "项目"
table.cell(0, 1).merge(table.cell(0, 3)).text = "申请人情况"
for col, text in enumerate(["自然人", "法人", "总计"], start=1):
    table.cell(1, col).text = text
for col, text in enumerate(["新收申请", "10", "2", "12"]):
    table.cell(2, col).text = text
numbered("存在的主要问题及改进情况", "Heading 1", 0)
doc.add_paragraph("一是公开质量有待提高；二是解读形式较为单一。")
doc.save(os.path.join(HERE, "numbered.docx"))
