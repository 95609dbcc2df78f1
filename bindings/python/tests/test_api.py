"""Every public function and class of the package, on snippets and on the corpus."""

from __future__ import annotations

import json
import pathlib
from typing import Dict, List

import pytest

import baogao

SNIPPET = "潜江市应急管理局2024年法治政府建设年度报告\n\n一、主要举措\n(一)加强领导。全年立案94件，行政罚款208.74 万元。\n"


def test_parse_outline_and_indicators() -> None:
    r = baogao.parse(SNIPPET)
    assert isinstance(r, baogao.Report)
    assert r.text == SNIPPET and r.file is None
    top = r.sections[0]
    assert top.heading.title == "主要举措"
    assert top.heading.level == 1
    assert top.heading.marker.raw == "一、"
    assert top.heading.marker.style == "chinese_comma"
    assert top.heading.marker.ordinal == 1
    child = top.children[0]
    assert child.heading.title == "加强领导" and child.heading.level == 2
    assert child.heading.marker.style == "paren_chinese"
    fine = r.indicators[1]
    assert fine.label == "行政罚款"
    assert fine.text == "208.74 万元"
    assert fine.value == 208.74 and fine.value_text == "208.74"
    assert fine.multiplier == "万"
    assert fine.normalized == 2087400 and fine.normalized_text == "2087400"
    assert fine.unit == "元"
    assert fine.kind == "money"
    assert fine.section == ["主要举措", "加强领导"]
    assert SNIPPET[fine.span.start : fine.span.end] == fine.text
    assert SNIPPET.encode()[fine.byte_span.start : fine.byte_span.end].decode() == fine.text
    assert fine.byte_span != fine.span  # Chinese text: bytes and code points differ


def test_indicator_attributes_match_rust_fields() -> None:
    ind = baogao.indicators("同比上升15.4%")[0]
    d = ind.to_dict()
    # Every Rust field is an attribute (from -> from_), with the JSON's value.
    for key, value in d.items():
        attr = "from_" if key == "from" else key
        got = getattr(ind, attr)
        if key == "span":
            b = ind.byte_span  # to_dict keeps the Rust byte offsets
            assert (b.start, b.end) == (value["start"], value["end"])
            assert (got.start, got.end) == (4, 9)
        elif key == "approx":
            assert (got is None) == (value is None)
        else:
            assert got == value, key
    assert ind.kind == "change" and ind.direction == "up"


def test_indicators_function_spans_are_code_points() -> None:
    text = "𠀀。行政罚款208.74 万元，解答群众问题咨询670余人次"
    found = baogao.indicators(text)
    assert [i.label for i in found] == ["行政罚款", "解答群众问题咨询"]
    for i in found:
        assert text[i.span.start : i.span.end] == i.text
        assert text.encode()[i.byte_span.start : i.byte_span.end].decode() == i.text
        assert i.section == []
    approx = found[1].approx
    assert approx is not None
    assert (approx.word, approx.position) == ("余", "inside")
    assert approx.to_dict() == {"word": "余", "position": "inside"}


def test_title_meta_closing_boilerplate_diagnostics() -> None:
    text = (
        " 市应急管理局2019年法治政府建设\n\n情况报告\n发布日期:2025-01-20 16:20 来源:潜江市应急管理局\n"
        "一、工作\n正文。\n二、问题\n)存在的问题。\n(二)主要原因。\n\n      潜江市应急管理局\n\n2025年1月9日\n"
        "扫一扫在手机上查看当前页面\n"
    )
    r = baogao.parse(text)
    assert r.title is not None
    assert r.title.text == "市应急管理局2019年法治政府建设情况报告"
    assert r.title.lines == [1, 3]
    assert r.meta.published == "2025-01-20 16:20"
    assert r.meta.source == "潜江市应急管理局"
    assert r.meta.author is None and r.meta.editor is None and r.meta.views is None
    line = r.meta.lines[0]
    assert line.fields[0] == ("发布日期", "2025-01-20 16:20")
    assert text[line.span.start : line.span.end].startswith("发布日期")
    assert r.closing is not None
    assert r.closing.signature == "潜江市应急管理局" and r.closing.date == "2025年1月9日"
    assert r.boilerplate[0].text == "扫一扫在手机上查看当前页面"
    assert r.diagnostics[0].kind == "repaired_marker"
    assert r.diagnostics[0].message
    d = r.to_dict()
    assert d["diagnostics"][0]["kind"] == "repaired_marker"


def test_address_block_meta() -> None:
    text = (
        "某市政府工作报告\n——2024年1月15日在某市第十届人民代表大会第二次会议上\n"
        "市长 张三\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
    )
    m = baogao.parse(text).meta
    assert m.dateline == "2024年1月15日在某市第十届人民代表大会第二次会议上"
    assert m.delivered == "2024-01-15"
    assert m.speaker == "市长 张三"
    assert m.salutation == "各位代表"
    assert [line.fields[0][0] for line in m.lines] == ["dateline", "speaker", "salutation"]
    assert m.to_dict()["speaker"] == "市长 张三"
    # Absent from a report without the block: None here, left out of the JSON.
    plain = baogao.parse("某市政府工作报告\n现在报告工作。\n").meta
    assert plain.dateline is None and plain.speaker is None and plain.salutation is None
    assert "dateline" not in plain.to_dict()


def test_blocks_tables_enumerations() -> None:
    r = baogao.parse("一是成立领导小组。二是制定方案。\n| 行政处罚 | 36 | 7.37万元 |\n")
    para, row = r.preamble
    assert isinstance(para, baogao.Paragraph) and para.type == "paragraph"
    assert isinstance(row, baogao.TableRow) and row.type == "table"
    assert row.cells == ["行政处罚", "36", "7.37万元"]
    enum = para.enumerations[0]
    assert enum.style == "shi"
    assert [(i.marker, i.ordinal) for i in enum.items] == [("一是", 1), ("二是", 2)]
    assert para.to_dict()["type"] == "paragraph"
    assert row.to_dict()["type"] == "table"
    assert r.to_dict()["preamble"] == [para.to_dict(), row.to_dict()]


def test_section_blocks_and_headings() -> None:
    r = baogao.parse("一、甲\n正文。\n(一)乙\n二、丙\n")
    assert [h.title for h in r.headings()] == ["甲", "乙", "丙"]
    assert isinstance(r.sections[0].blocks[0], baogao.Paragraph)
    assert r.sections[0].children[0].heading.title == "乙"


def test_leaves_cover_text_in_code_points(texts: Dict[str, str]) -> None:
    for name, text in texts.items():
        r = baogao.parse(text)
        leaves = r.leaves()
        assert "".join(text[s.start : s.end] for _, s in leaves) == text, name
        assert {k for k, _ in leaves} >= {"heading", "paragraph"}


def test_span_law_every_corpus_file(files: List[pathlib.Path]) -> None:
    total = 0
    for f in files:
        r = baogao.parse_file(f)
        raw = r.text.encode("utf-8")
        assert r.indicators, f"{f.name}: no indicators"
        for ind in r.indicators:
            assert r.text[ind.span.start : ind.span.end] == ind.text, (f.name, ind)
            assert ind.span.slice(r.text) == ind.text
            assert raw[ind.byte_span.start : ind.byte_span.end].decode("utf-8") == ind.text
            total += 1
        for h in r.headings():
            assert r.text[h.span.start : h.span.end].lstrip().startswith(h.marker.raw), (f.name, h)
    assert total > 100


def test_to_json_equals_to_dict(texts: Dict[str, str]) -> None:
    text = next(iter(texts.values()))
    r = baogao.parse(text)
    assert json.loads(r.to_json()) == r.to_dict()
    assert json.loads(r.to_json(indent=2)) == r.to_dict()
    assert r.to_json(indent=2).startswith('{\n  "title"')
    ind = r.indicators[0]
    assert json.loads(ind.to_json()) == ind.to_dict() == r.to_dict()["indicators"][0]
    assert r.sections[0].to_dict() == r.to_dict()["sections"][0]
    assert r.meta.to_dict() == r.to_dict()["meta"]


def test_reprs_are_readable() -> None:
    r = baogao.parse(SNIPPET)
    assert repr(r).startswith("Report(title='潜江市应急管理局2024年法治政府建设年度报告'")
    assert "indicators=2" in repr(r)
    assert repr(r.indicators[1]) == (
        "Indicator(label='行政罚款', text='208.74 万元', value=208.74, unit='元', kind='money', "
        f"span=Span({r.indicators[1].span.start}, {r.indicators[1].span.end}))"
    )
    assert repr(r.sections[0].heading) == "Heading(level=1, marker='一、', title='主要举措', line=3)"
    assert repr(r.sections[0].heading.marker) == "Marker('一、', style='chinese_comma', ordinal=1)"
    assert repr(baogao.Span(1, 2)) == "Span(1, 2)"
    for obj in [r.title, r.meta, r.sections[0], r.sections[0].blocks[0] if r.sections[0].blocks else r.sections[0]]:
        assert type(obj).__name__ in repr(obj)


def test_span_value_object() -> None:
    s = baogao.Span(3, 7)
    assert (s.start, s.end) == (3, 7)
    assert list(s) == [3, 7] and len(s) == 4
    assert s == baogao.Span(3, 7) and s != baogao.Span(3, 8)
    assert len({s, baogao.Span(3, 7)}) == 1
    assert s.slice("0123456789") == "3456"


def test_objects_are_read_only() -> None:
    r = baogao.parse(SNIPPET)
    with pytest.raises(AttributeError):
        r.title = None  # type: ignore[misc]
    with pytest.raises(AttributeError):
        r.indicators[0].value = 1.0  # type: ignore[misc]


def test_indicator_objects_are_shared() -> None:
    r = baogao.parse(SNIPPET)
    assert r.indicators[0] is r.indicators[0]
    assert r.indicators is not r.indicators  # a fresh list each time: mutating it changes nothing
    r.indicators.clear()
    assert len(r.indicators) == 2


def test_equality() -> None:
    assert baogao.parse(SNIPPET) == baogao.parse(SNIPPET)
    assert baogao.parse(SNIPPET) != baogao.parse(SNIPPET + "二、其他\n")
    assert baogao.parse(SNIPPET).indicators[0] != baogao.parse(SNIPPET).indicators[1]
    assert baogao.parse(SNIPPET) != "not a report"


def test_version() -> None:
    assert baogao.__version__.count(".") == 2


def test_type_aliases_match_runtime_values() -> None:
    from typing import get_args

    from baogao import types

    df_kinds = list(get_args(types.IndicatorKind))
    import baogao._baogao as ext

    assert df_kinds == list(ext._KINDS)
    assert set(get_args(types.Block)) == {baogao.Paragraph, baogao.TableRow}
    r = baogao.parse("一、工作\n一是建立机制。二是加强培训。\n")
    assert r.sections[0].heading.marker.style in get_args(types.MarkerStyle)
    assert r.sections[0].blocks[0].enumerations[0].style in get_args(types.EnumerationStyle)  # type: ignore[union-attr]
    assert {k for k, _ in r.leaves()} <= set(get_args(types.LeafKind))
