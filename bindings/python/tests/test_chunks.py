"""Report.chunks and chunk_documents: code-point spans that slice the text, the Rust chunks
(same texts and byte spans as the CLI), paths, table headers, and the LangChain-style documents."""

from __future__ import annotations

import json
import pathlib
import subprocess

import pytest

import baogao

from conftest import ROOT, corpus_files


def test_chunk_fields_and_code_point_spans() -> None:
    text = "某局2024年工作报告\n发布日期:2025-01-20\n一、主要成效\n全年立案94件，罚款208.74万元。\n二、存在问题\n基层力量不足。\n"
    r = baogao.parse(text)
    cs = r.chunks(max_chars=100)
    assert [c["text"] for c in cs] == ["一、主要成效\n全年立案94件，罚款208.74万元。", "二、存在问题\n基层力量不足。"]
    for c in cs:
        assert text[c["span"].start : c["span"].end] == c["text"]
        assert text.encode()[c["byte_span"].start : c["byte_span"].end].decode() == c["text"]
        assert c["title"] == "某局2024年工作报告"
        assert c["published"] == "2025-01-20"
        assert c["file"] is None
    assert cs[0]["path"] == ["主要成效"]
    assert [r.indicators[i].text for i in cs[0]["indicators"]] == ["94件", "208.74万元"]
    assert cs[1]["chars"] == 14


def test_tables_repeat_their_header_and_overlap_is_context() -> None:
    text = "说明。\n| 类别 | 数量 |\n| 行政处罚 | 36 |\n| 行政许可 | 120 |\n| 行政复议 | 4 |\n"
    cs = baogao.parse(text).chunks(max_chars=40, overlap=2)
    assert cs[1]["text"] == "| 行政许可 | 120 |\n| 行政复议 | 4 |"
    assert cs[1]["table_header"] == "| 类别 | 数量 |"
    assert cs[1]["page_content"] == "| 类别 | 数量 |\n" + cs[1]["text"]
    assert cs[1]["context_before"] == " |"
    assert cs[0]["context_before"] is None


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_chunks_slice_the_text_and_stay_under_max_chars(path: pathlib.Path) -> None:
    r = baogao.parse_file(path)
    cs = r.chunks(max_chars=300)
    assert cs
    end = 0
    for c in cs:
        assert r.text[c["span"].start : c["span"].end] == c["text"]
        assert len(c["text"]) == c["chars"] <= 300
        assert c["span"].start >= end
        end = c["span"].end
        assert c["file"] == str(path)


def test_chunks_match_the_cli() -> None:
    binary = ROOT / "target" / "release" / "baogao"
    if not binary.exists():
        binary = ROOT / "target" / "debug" / "baogao"
    if not binary.exists():
        pytest.skip("the CLI is not built")
    path = corpus_files()[0]
    out = subprocess.run(
        [str(binary), "chunks", "--max-chars", "200", str(path)], check=True, capture_output=True
    ).stdout.decode()
    cli = [json.loads(line) for line in out.splitlines()]
    py = baogao.parse_file(path).chunks(max_chars=200)
    assert [(c["text"], c["span"]["start"], c["path"]) for c in cli] == [
        (c["text"], c["byte_span"].start, c["path"]) for c in py
    ]


def test_chunk_documents_from_reports_texts_and_paths() -> None:
    path = corpus_files()[0]
    docs = list(baogao.chunk_documents([baogao.parse_file(path), path], max_chars=300))
    half = len(docs) // 2
    assert half > 1 and len(docs) == 2 * half
    assert [d.page_content for d in docs[:half]] == [d.page_content for d in docs[half:]]
    d = docs[1]
    assert isinstance(d, baogao.Document)
    assert set(d.metadata) >= {"path", "file", "span", "title", "published", "chunk", "indicators"}
    assert d.metadata["file"] == str(path)
    text = baogao.parse_file(path).text
    start, end = d.metadata["span"]
    assert text[start:end] == d.page_content
    one = list(baogao.chunk_documents("一、工作\n立案94件。\n"))
    assert one[0].metadata["path"] == ["工作"] and one[0].metadata["file"] is None
    with pytest.raises(TypeError):
        list(baogao.chunk_documents([42]))  # type: ignore[list-item]
