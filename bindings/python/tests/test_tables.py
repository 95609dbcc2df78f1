"""Report.tables, Report.gio and their frames (spans in code points)."""

import pathlib

import pytest

import baogao

DEVSET = pathlib.Path(__file__).resolve().parents[3] / "tests" / "devset" / "texts"

TEXT = "一、数据\n| 项目 | 件数 | 金额（万元） |\n| 𠀀行政处罚 | 36 | 7.5 |\n| 行政强制 | / | 0 |\n"


def test_tables_are_dicts_with_code_point_spans() -> None:
    r = baogao.parse(TEXT)
    assert len(r.tables) == 1
    cell = r.tables[0]["rows"][0]["cells"][1]
    assert cell["row_label"] == "𠀀行政处罚"
    assert cell["unit"] == "元" and cell["multiplier"] == "万"
    s = cell["span"]
    assert TEXT[s["start"]:s["end"]] == "7.5"
    assert r.tables[0]["rows"][1]["cells"][0]["value"] is None
    # the numeric cells are indicators that point to their cell
    assert [i.text for i in r.indicators] == ["36", "7.5", "0"]


def test_gio_record_of_a_real_report() -> None:
    r = baogao.parse_file(DEVSET / "01_pingtan-zone-2023.txt")
    rec = r.gio
    assert rec is not None
    assert rec["edition"] == "2021"
    assert all(c["ok"] for c in rec["checks"])
    cell = rec["tables"]["requests"]["received"]["total"]
    assert r.text[cell["span"]["start"]:cell["span"]["end"]] == cell["raw"] == "81"
    assert baogao.parse("一、概述\n全年公开信息300条。\n").gio is None


def test_frames() -> None:
    pd = pytest.importorskip("pandas")
    r = baogao.parse_file(DEVSET / "02_pingtan-zone-2019.txt")
    df = r.tables_frame()
    assert isinstance(df, pd.DataFrame)
    assert len(df) == 198
    assert df["value"].notna().all()
    assert list(df.columns) == list(baogao.TABLE_COLUMNS)
    assert all(r.text[a:b] == raw for a, b, raw in zip(df["char_start"], df["char_end"], df["raw"]))
    pd.testing.assert_frame_equal(df, baogao.tables_frame([r]))
    checks = r.gio_checks_frame()
    assert len(checks) > 0 and bool(checks["ok"].all())
    assert list(checks.columns) == ["rule", "ok", "blank", "lhs", "rhs", "cells"]
    assert not bool(checks["blank"].any())
    assert len(baogao.parse("正文。\n").gio_checks_frame()) == 0
