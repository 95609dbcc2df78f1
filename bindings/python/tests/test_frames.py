"""The frames (indicators, headings, table cells): pandas (default) and polars, dtypes, the
missing-extra error, and conformance with the CLI's CSV (the same core rows, ``baogao::rows``)."""

from __future__ import annotations

import csv
import io
import math
import os
import pathlib
import subprocess
import sys
from typing import Any, Callable, Dict, List, Optional

import pytest

import baogao
from conftest import ROOT

pd = pytest.importorskip("pandas")

# The columns as the CLI CSV names them (docs/columns.md). Written out here on purpose: the
# frames take theirs from Rust, and this pins both to the documented header.
COLUMNS = [
    "file", "id", "parent", "base", "heading", "section", "label", "value", "multiplier",
    "normalized", "unit", "approx", "kind", "direction", "from", "to", "low", "high", "basis",
    "line", "byte_start", "byte_end", "char_start", "char_end", "text",
]  # fmt: skip
DEVSET_TABLES = ROOT / "tests" / "devset" / "texts" / "02_pingtan-zone-2019.txt"
FRAMES: Dict[str, Callable[..., Any]] = {
    "indicators": baogao.indicators_frame,
    "headings": baogao.headings_frame,
    "tables": baogao.tables_frame,
}


def cli() -> Optional[pathlib.Path]:
    path = pathlib.Path(os.environ.get("BAOGAO_CLI", ROOT / "target" / "release" / "baogao"))
    return path if path.is_file() else None


def test_columns_come_from_rust_and_match_the_docs() -> None:
    assert list(baogao.INDICATOR_COLUMNS) == COLUMNS
    assert list(baogao.indicators_frame([]).columns) == COLUMNS
    assert list(baogao.headings_frame([]).columns) == list(baogao.HEADING_COLUMNS)
    assert list(baogao.tables_frame([]).columns) == list(baogao.TABLE_COLUMNS)
    docs = (ROOT / "docs" / "columns.md").read_text(encoding="utf-8")
    for name in [*baogao.INDICATOR_COLUMNS, *baogao.HEADING_COLUMNS, *baogao.TABLE_COLUMNS]:
        assert f"`{name}`" in docs, name


def _csv_cell(v: Any) -> str:
    """A frame cell written as the CLI writes it (numbers compared separately)."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


@pytest.mark.parametrize("kind", sorted(FRAMES))
def test_frame_equals_cli_csv(kind: str, files: List[pathlib.Path]) -> None:
    paths = [str(f) for f in files] + [str(DEVSET_TABLES)]
    df = FRAMES[kind](paths)
    assert len(df) > 0
    binary = cli()
    if binary is None:
        pytest.skip("the CLI binary is not built (target/release/baogao): see test_frame_equals_rust_rows")
    out = subprocess.run(
        [str(binary), kind, "--format", "csv", *paths], check=True, capture_output=True
    ).stdout.decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert header == list(df.columns)
    assert len(rows) == len(df)
    floats = {c for c in df.columns if str(df[c].dtype) == "float64"}
    for want, got in zip(rows, df.astype(object).itertuples(index=False)):
        for name, w, g in zip(header, want, got):
            if name in floats:
                assert (w == "" and math.isnan(g)) or float(w) == g, (name, w, g)
            else:
                assert _csv_cell(g) == w, (name, w, g)


def test_frame_equals_rust_rows(files: List[pathlib.Path]) -> None:
    """Without the CLI: the indicator frame row for row against the report's own (Rust) JSON."""
    for f in files:
        r = baogao.parse_file(f)
        df = baogao.indicators_frame([r])
        want = r.to_dict()["indicators"]
        assert len(df) == len(want) > 0
        assert df["id"].tolist() == list(range(len(want)))
        assert set(df["file"]) == {str(f)}
        for row, ind, obj in zip(df.itertuples(index=False), want, r.indicators):
            assert (row.label, row.text, row.kind, row.value) == (
                ind["label"], ind["text"], ind["kind"], ind["value"]
            )
            assert (row.byte_start, row.byte_end) == (ind["span"]["start"], ind["span"]["end"])
            assert (row.char_start, row.char_end) == (obj.span.start, obj.span.end)
            assert r.text[row.char_start : row.char_end] == row.text
            assert row.section == " / ".join(ind["section"])
            parent = None if row.parent is pd.NA else row.parent
            assert parent == ind.get("parent")
            assert (ind["normalized"] is None and math.isnan(row.normalized)) or (
                row.normalized == ind["normalized"]
            )


def test_dtypes(files: List[pathlib.Path]) -> None:
    df = baogao.indicators_frame(files)
    for c in ("value", "normalized", "from", "to", "low", "high"):
        assert str(df[c].dtype) == "float64", c
    for c in ("id", "line", "byte_start", "byte_end", "char_start", "char_end"):
        assert str(df[c].dtype) == "int64", c
    for c in ("parent", "base", "heading"):
        assert str(df[c].dtype) == "Int64", c
    for c in ("file", "section", "label", "multiplier", "unit", "approx", "basis", "text"):
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
    # a parent refers to an id of the same file
    for _, g in df.groupby("file"):
        assert set(g["parent"].dropna()) <= set(g["id"])
    # something real to group by
    assert df.groupby("kind", observed=True).size().sum() == len(df)
    heads = baogao.headings_frame(files)
    assert str(heads["ordinal"].dtype) == "Int64" and str(heads["inline_body"].dtype) == "bool"
    cells = baogao.tables_frame([DEVSET_TABLES])
    assert str(cells["value"].dtype) == "float64" and str(cells["table"].dtype) == "int64"


def test_paths_and_reports_mix(files: List[pathlib.Path], texts: Dict[str, str]) -> None:
    reports = [baogao.parse(texts[f.name]) for f in files]
    by_path = baogao.indicators_frame([str(f) for f in files])
    by_report = baogao.indicators_frame(reports)
    assert list(by_path["file"].unique()) == [str(f) for f in files]
    assert by_report["file"].isna().all()
    cols = [c for c in COLUMNS if c != "file"]
    pd.testing.assert_frame_equal(by_path[cols], by_report[cols])
    mixed = baogao.indicators_frame([files[0], reports[1]])
    assert list(mixed["file"].dropna().unique()) == [str(files[0])]
    assert len(mixed) == len(reports[0].indicators) + len(reports[1].indicators)
    # ids restart in each file
    assert (mixed["id"] == 0).sum() == 2


def test_empty_frame_has_dtypes() -> None:
    df = baogao.indicators_frame([])
    assert list(df.columns) == COLUMNS and len(df) == 0
    assert str(df["value"].dtype) == "float64" and str(df["parent"].dtype) == "Int64"
    assert isinstance(df["kind"].dtype, pd.CategoricalDtype)


def test_bad_items_and_engine(files: List[pathlib.Path]) -> None:
    with pytest.raises(TypeError, match="expected a Report"):
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
    assert df.schema["value"] == pl.Float64 and df.schema["char_start"] == pl.Int64
    assert df.schema["label"] == pl.Utf8
    assert isinstance(df.schema["kind"], pl.Enum)
    pdf = baogao.indicators_frame(files)
    assert len(df) == len(pdf)
    assert df["label"].to_list() == pdf["label"].tolist()
    assert df["normalized"].null_count() == pdf["normalized"].isna().sum()
    assert df["char_start"].to_list() == pdf["char_start"].tolist()
    assert df["parent"].null_count() == pdf["parent"].isna().sum()
    one = baogao.parse_file(files[0]).indicators_frame(engine="polars")
    assert one.height == len(baogao.parse_file(files[0]).indicators)
    cells = baogao.tables_frame([DEVSET_TABLES], engine="polars")
    assert cells.columns == list(baogao.TABLE_COLUMNS) and cells.height > 0
    assert isinstance(cells.schema["kind"], pl.Enum)
