"""Indicator DataFrames: pandas (default) and polars, dtypes, and the missing-extra error."""

from __future__ import annotations

import math
import pathlib
import sys
from typing import Dict, List

import pytest

import baogao

pd = pytest.importorskip("pandas")

COLUMNS = [
    "doc", "file", "section", "label", "value", "multiplier", "normalized", "unit", "approx",
    "kind", "direction", "line", "start", "end", "text", "byte_start", "byte_end",
]  # fmt: skip


def test_report_frame_rows_equal_indicators(files: List[pathlib.Path]) -> None:
    r = baogao.parse_file(files[0])
    df = r.indicators_frame()
    assert list(df.columns) == COLUMNS
    assert len(df) == len(r.indicators) > 0
    for row, ind in zip(df.itertuples(index=False), r.indicators):
        assert row.file == str(files[0]) and row.doc == 0
        assert row.label == ind.label and row.text == ind.text
        assert row.value == ind.value
        assert (ind.normalized is None and math.isnan(row.normalized)) or row.normalized == ind.normalized
        assert row.kind == ind.kind
        assert row.section == " / ".join(ind.section)
        assert (row.start, row.end) == (ind.span.start, ind.span.end)
        assert (row.byte_start, row.byte_end) == (ind.byte_span.start, ind.byte_span.end)
        assert r.text[row.start : row.end] == row.text
        assert (row.unit if row.unit is not pd.NA else None) == ind.unit
        approx = ind.approx.word if ind.approx else None
        assert (row.approx if row.approx is not pd.NA else None) == approx


def test_dtypes(files: List[pathlib.Path]) -> None:
    df = baogao.indicators_frame(files)
    assert str(df["value"].dtype) == "float64" and str(df["normalized"].dtype) == "float64"
    for c in ("doc", "line", "start", "end", "byte_start", "byte_end"):
        assert str(df[c].dtype) == "int64", c
    for c in ("file", "section", "label", "multiplier", "unit", "approx", "text"):
        assert isinstance(df[c].dtype, pd.StringDtype), c
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
    assert list(df["kind"].cat.categories)[:2] == ["count", "money"]
    assert list(df["direction"].cat.categories) == ["up", "down"]
    # the same names as the Rust serde JSON, row for row
    json_rows = [i for f in files for i in baogao.parse_file(f).to_dict()["indicators"]]
    assert df["kind"].astype(str).tolist() == [i["kind"] for i in json_rows]
    assert df["direction"].astype(object).where(df["direction"].notna(), None).tolist() == [
        i["direction"] for i in json_rows
    ]
    assert df["value"].tolist() == [i["value"] for i in json_rows]
    # something real to group by
    assert df.groupby("kind", observed=True).size().sum() == len(df)


def test_paths_and_reports_mix(files: List[pathlib.Path], texts: Dict[str, str]) -> None:
    reports = [baogao.parse(texts[f.name]) for f in files]
    by_path = baogao.indicators_frame([str(f) for f in files])
    by_report = baogao.indicators_frame(reports)
    assert list(by_path["doc"].unique()) == list(range(len(files)))
    assert set(by_path["file"]) == {str(f) for f in files}
    assert by_report["file"].isna().all()
    cols = [c for c in COLUMNS if c != "file"]
    pd.testing.assert_frame_equal(by_path[cols], by_report[cols])
    mixed = baogao.indicators_frame([files[0], reports[1]])
    assert list(mixed["file"].dropna().unique()) == [str(files[0])]
    assert len(mixed) == len(reports[0].indicators) + len(reports[1].indicators)


def test_empty_frame_has_dtypes() -> None:
    df = baogao.indicators_frame([])
    assert list(df.columns) == COLUMNS and len(df) == 0
    assert str(df["value"].dtype) == "float64"
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)


def test_bad_items_and_engine(files: List[pathlib.Path]) -> None:
    with pytest.raises(TypeError, match="expected Report"):
        baogao.indicators_frame([42])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="engine"):
        baogao.indicators_frame(files, engine="spark")  # type: ignore[arg-type]
    with pytest.raises(baogao.FileError):
        baogao.indicators_frame(["/no/such/report.txt"])


def test_missing_pandas_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, files: List[pathlib.Path]) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"pip install 'baogao\[pandas\]'"):
        baogao.parse_file(files[0]).indicators_frame()


def test_polars(files: List[pathlib.Path]) -> None:
    pl = pytest.importorskip("polars")
    df = baogao.indicators_frame(files, engine="polars")
    assert isinstance(df, pl.DataFrame)
    assert df.columns == COLUMNS
    assert df.schema["value"] == pl.Float64 and df.schema["start"] == pl.Int64
    assert df.schema["label"] == pl.Utf8
    assert isinstance(df.schema["kind"], pl.Enum)
    pdf = baogao.indicators_frame(files)
    assert len(df) == len(pdf)
    assert df["label"].to_list() == pdf["label"].tolist()
    assert df["normalized"].null_count() == pdf["normalized"].isna().sum()
    assert df["start"].to_list() == pdf["start"].tolist()
    one = baogao.parse_file(files[0]).indicators_frame(engine="polars")
    assert one.height == len(baogao.parse_file(files[0]).indicators)
