"""Pickling: every object survives pickle, across processes too (multiprocessing, Dask, Spark)."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import pathlib
import pickle
from typing import Any, Dict, List

import baogao

TEXT = (
    " 市应急管理局2019年法治政府建设\n\n情况报告\n发布日期:2025-01-20 16:20 来源:潜江市应急管理局\n"
    "一、工作\n一是成立领导小组。二是制定方案。全年立案94件，同比上升15.4%，解答咨询670余人次。\n"
    "| 行政处罚 | 36 | 7.37万元 |\n二、问题\n)存在的问题。\n(二)主要原因。\n\n      潜江市应急管理局\n\n"
    "2025年1月9日\n扫一扫在手机上查看当前页面\n"
)


def every_object(r: baogao.Report) -> List[Any]:
    objs: List[Any] = [r, r.title, r.meta, r.meta.lines[0], r.closing, r.boilerplate[0], r.diagnostics[0]]
    s = r.sections[0]
    para, row = s.blocks
    objs += [s, s.heading, s.heading.marker, para, row, para.enumerations[0], para.enumerations[0].items[0]]
    objs += r.indicators
    objs += [i.approx for i in r.indicators if i.approx is not None]
    objs += [s.heading.span, s.heading.byte_span]
    return objs


def test_every_class_round_trips() -> None:
    r = baogao.parse(TEXT)
    objs = every_object(r)
    assert len({type(o).__name__ for o in objs}) == 17  # every class of the model
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        for o in objs:
            back = pickle.loads(pickle.dumps(o, protocol=proto))
            assert type(back) is type(o)
            assert back == o, type(o).__name__
            if hasattr(o, "to_dict"):
                assert back.to_dict() == o.to_dict()
            if hasattr(o, "span"):
                assert back.span == o.span and back.byte_span == o.byte_span


def test_report_round_trip_keeps_text_file_and_code_point_spans(files: List[pathlib.Path]) -> None:
    r = baogao.parse_file(files[0])
    back = pickle.loads(pickle.dumps(r))
    assert back.file == r.file and back.text == r.text
    assert [i.span for i in back.indicators] == [i.span for i in r.indicators]
    assert [i.byte_span for i in back.indicators] == [i.byte_span for i in r.indicators]
    assert back.to_json() == r.to_json()


def _parse_in_child(path: str) -> baogao.Report:
    return baogao.parse_file(path)


def test_reports_cross_process_boundaries(files: List[pathlib.Path], texts: Dict[str, str]) -> None:
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        got = list(pool.map(_parse_in_child, [str(f) for f in files]))
    for f, r in zip(files, got):
        assert r == baogao.parse(texts[f.name])
        assert r.file == str(f)
        for ind in r.indicators:
            assert r.text[ind.span.start : ind.span.end] == ind.text
