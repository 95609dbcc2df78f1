"""Beyond one machine, with Spark: the PySpark recipes of bindings/python/README.md, run on a
local[2] Spark session (a JVM and Python worker processes) over the corpus replicated to 500
documents. The indicator table Spark builds equals ``baogao.indicators_frame`` and the indicators
of ``baogao.parse_many`` row for row; the Reports collected from Spark equal the local ones, and so
do their heading rows.

Needs pyspark (and Java 17+): skipped where pyspark is not installed, as in the main venv of
ci.sh. ``bash bindings/python/spark-check.sh`` makes a venv with it and runs this file; there,
BAOGAO_SPARK_REQUIRED=1 makes a missing pyspark a failure instead of a skip.
"""

from __future__ import annotations

import math
import os
import pathlib
import sys
from typing import Any, Iterator, List, Tuple

import pytest

import baogao

if os.environ.get("BAOGAO_SPARK_REQUIRED"):
    import pandas as pd
    import pyspark
else:
    pd = pytest.importorskip("pandas")
    pyspark = pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")  # mapInPandas moves the batches as Arrow
from pyspark.sql import SparkSession  # noqa: E402

COPIES = 100  # 5 corpus files x 100 = 500 documents

# The schema of the README recipe, verbatim.
SCHEMA = (
    "file string, id long, parent long, base long, heading long, section string, label string, "
    "value double, multiplier string, normalized double, unit string, approx string, "
    "kind string, direction string, `from` double, `to` double, low double, high double, "
    "basis string, line long, byte_start long, byte_end long, char_start long, char_end long, "
    "text string"
)  # `from` and `to` are SQL keywords


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> List[str]:
    from conftest import replicated_corpus

    return replicated_corpus(tmp_path_factory.mktemp("replicated"), COPIES)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    # The Python workers run this interpreter (this venv, where baogao is installed).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("baogao-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")  # toPandas by Arrow
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()


def indicator_table(spark: Any, paths: List[str]) -> Any:
    """The README's mapInPandas recipe, verbatim (defined here so that Spark pickles the
    functions by value: the Python workers cannot import this test module)."""
    schema = SCHEMA

    def parse_batches(batches):  # type: ignore[no-untyped-def]
        for batch in batches:                          # pandas DataFrames: one column, path
            df = baogao.indicators_frame(batch["path"].tolist())
            yield df.astype({"kind": "string", "direction": "string"})   # Spark has no categoricals

    paths_df = spark.createDataFrame([(p,) for p in paths], "path string").repartition(8)
    table = paths_df.mapInPandas(parse_batches, schema=schema)   # == baogao.indicators_frame(paths)
    return table


def report_list(spark: Any, paths: List[str]) -> List[baogao.Report]:
    """The README's RDD recipe: Report objects, pickled back from the Python workers."""
    reports = (
        spark.sparkContext.parallelize(paths, 8)
        .mapPartitions(lambda ps: baogao.parse_files(ps, threads=1))
        .collect()
    )
    return reports  # type: ignore[no-any-return]


def _cell(v: Any) -> Any:
    """One value, comparable across pandas dtypes: missing (None, NaN, pd.NA) is None."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    return v


def rows(df: Any) -> List[Tuple[Any, ...]]:
    return [tuple(_cell(v) for v in row) for row in df.itertuples(index=False, name=None)]


def parse_many_rows(paths: List[str]) -> List[Tuple[Any, ...]]:
    """The indicator rows built by hand from baogao.parse_many's Reports, in PARSE_MANY_COLUMNS."""
    out = []
    for r in baogao.parse_files(paths):
        for i, ind in enumerate(r.indicators):
            out.append(
                (r.file, i, ind.parent, ind.base, " / ".join(ind.section), ind.label, ind.value,
                 ind.multiplier, ind.normalized, ind.unit, ind.approx.word if ind.approx else None,
                 ind.kind, ind.direction, ind.from_, ind.to, ind.low, ind.high, ind.basis,
                 ind.line, ind.byte_span.start, ind.byte_span.end, ind.span.start, ind.span.end,
                 ind.text)
            )
    return [tuple(_cell(v) for v in row) for row in out]


# Every column but `heading` (an id that no Indicator object carries).
PARSE_MANY_COLUMNS = [c for c in baogao.INDICATOR_COLUMNS if c != "heading"]


def test_spark_indicator_table_equals_local(spark: Any, documents: List[str]) -> None:
    assert len(documents) == 5 * COPIES
    table = indicator_table(spark, documents)
    assert table.rdd.getNumPartitions() == 8
    assert spark.sparkContext.master == "local[2]"

    remote = table.toPandas()
    local = baogao.indicators_frame(documents)
    assert len(local) > 20_000
    assert list(remote.columns) == list(local.columns)
    assert list(local.columns) == list(baogao.INDICATOR_COLUMNS)
    assert len(remote) == len(local)

    # (file, id) is the key: sorted by it, both tables are in the same order (the documents'
    # paths are distinct).
    def by_key(df: Any) -> Any:
        return df.sort_values(["file", "id"], kind="stable").reset_index(drop=True)

    remote, local = by_key(remote), by_key(local)
    got = rows(remote)
    assert got == rows(local)
    assert rows(remote[PARSE_MANY_COLUMNS]) == sorted(
        parse_many_rows(documents), key=lambda r: (r[0], r[1])
    )
    assert sorted(set(remote["file"])) == sorted(documents)

    # Aggregates in Spark agree with pandas.
    by_kind = {r["kind"]: r["count"] for r in table.groupBy("kind").count().collect()}
    assert by_kind == local["kind"].astype(str).value_counts().to_dict()


def test_spark_reports_equal_local(spark: Any, documents: List[str]) -> None:
    reports = report_list(spark, documents)
    local = baogao.parse_files(documents)
    assert len(reports) == len(local) == len(documents)
    assert all(isinstance(r, baogao.Report) for r in reports)
    assert [r.file for r in reports] == documents
    assert all(a == b for a, b in zip(reports, local))

    def heading_rows(rs: List[baogao.Report]) -> List[Tuple[Any, ...]]:
        return [
            (r.file, h.level, h.marker.raw, h.title, h.line, h.span.start, h.span.end)
            for r in rs
            for h in r.headings()
        ]

    got = heading_rows(reports)
    assert len(got) > 1000
    assert got == heading_rows(local)
    pd.testing.assert_frame_equal(baogao.indicators_frame(reports), baogao.indicators_frame(local))
