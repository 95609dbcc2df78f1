"""Hostile text through the Python API (issue 11): a `str` with lone surrogates never raises."""

from __future__ import annotations

import baogao

# Lone surrogates: what `surrogateescape` decoding or a UTF-16 pair cut in two leaves in a str.
TEXT = "一、概况\n全年立案\ud800 12件，罚款3万元。\udfff\n"


def test_lone_surrogates_become_replacement_characters_with_a_diagnostic() -> None:
    r = baogao.parse(TEXT)  # raised UnicodeEncodeError before
    assert r.text == TEXT.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert len(r.text) == len(TEXT)  # one code point for one: spans index the caller's str
    flagged = [d for d in r.diagnostics if d.kind == "lone_surrogates"]
    assert len(flagged) == 1
    assert flagged[0].span.start == TEXT.index("\ud800")
    assert "2 lone surrogate" in flagged[0].message
    assert [(i.text, i.value) for i in r.indicators] == [("12件", 12.0), ("3万元", 3.0)]
    for i in r.indicators:
        assert TEXT[i.span.start : i.span.end] == i.text
    assert r.sections[0].heading.title == "概况"


def test_lone_surrogates_in_indicators_and_parse_many() -> None:
    found = baogao.indicators(TEXT)
    assert [i.text for i in found] == ["12件", "3万元"]
    assert all(TEXT[i.span.start : i.span.end] == i.text for i in found)
    many = baogao.parse_many([TEXT, "二、问题\n整改5项。\n"])
    assert many[0].text == baogao.parse(TEXT).text
    assert any(d.kind == "lone_surrogates" for d in many[0].diagnostics)
    assert not any(d.kind == "lone_surrogates" for d in many[1].diagnostics)


def test_text_without_surrogates_has_no_such_diagnostic() -> None:
    r = baogao.parse("全年立案12件。\ufffd")  # a real U+FFFD is text, not a repair
    assert not any(d.kind == "lone_surrogates" for d in r.diagnostics)
