"""Time the README's PySpark recipe (tests/test_spark.py's indicator_table) on a local[2] session
against baogao in one process, over the corpus replicated N times (default 200: 1,000 documents).

Run in the venv of spark-check.sh, from anywhere:

    bindings/python/.venv-spark/bin/python bindings/python/benches/spark_bench.py [--copies 200] [--rounds 3]

Spark figures: the first job (Python workers start, JVM warms up) and the best of --rounds later
jobs; each job runs the recipe and brings the whole table to the driver (toPandas), or only
counts the rows. In-process figures: best of --rounds.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE.parent / "tests"))

import baogao  # noqa: E402
import pyspark  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402

from test_spark import indicator_table  # noqa: E402  (the README recipe)


def best(f, rounds):  # type: ignore[no-untyped-def]
    times = []
    out = None
    for _ in range(rounds):
        t = time.perf_counter()
        out = f()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    corpus = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="baogao-spark-bench-"))
    paths = []
    for i in range(args.copies):
        for f in corpus:
            dest = tmp / f"{i:03d}_{f.name}"
            shutil.copyfile(f, dest)
            paths.append(str(dest))
    n = len(paths)
    mb = sum(os.path.getsize(p) for p in paths) / 1e6
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    print(f"{n} documents, {mb:.2f} MB; CPython {platform.python_version()}, pyspark {pyspark.__version__}, {java}")
    print(f"load average before: {os.getloadavg()}")

    rows = []

    def row(what: str, s: float) -> None:
        rows.append((what, s))
        print(f"{what}: {s:.3f} s, {n / s:.0f} docs/s", flush=True)

    # In one process.
    s, reports = best(lambda: baogao.parse_many([pathlib.Path(p) for p in paths]), args.rounds)
    row("parse_many (threads=2, default)", s)
    s, _ = best(lambda: baogao.parse_many([pathlib.Path(p) for p in paths], threads=1), args.rounds)
    row("parse_many (threads=1)", s)
    s, local = best(lambda: baogao.indicators_frame(paths), args.rounds)
    row("indicators_frame(paths) (the same table, pandas)", s)

    # Spark local[2].
    os.environ["PYSPARK_PYTHON"] = sys.executable
    t = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("baogao-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - t
    print(f"Spark session start: {startup:.2f} s")

    t = time.perf_counter()
    first = indicator_table(spark, paths).toPandas()
    row("Spark recipe + toPandas, first job", time.perf_counter() - t)
    assert len(first) == len(local), (len(first), len(local))
    s, table = best(lambda: indicator_table(spark, paths).toPandas(), args.rounds)
    row(f"Spark recipe + toPandas, best of {args.rounds} later jobs", s)
    assert len(table) == len(local)
    s, count = best(lambda: indicator_table(spark, paths).count(), args.rounds)
    row(f"Spark recipe + count(), best of {args.rounds}", s)
    assert count == len(local)
    spark.stop()
    print(f"indicators: {len(local)}; load average after: {os.getloadavg()}")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
