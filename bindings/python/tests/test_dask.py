"""Beyond one machine: a dask.distributed cluster of 2 worker processes parses the corpus
(replicated to 200 documents) and builds the indicator table; it equals the local one row for row.

The Reports and DataFrames travel between the processes by pickle.
"""

from __future__ import annotations

import pathlib
from typing import List, Tuple

import pytest

import baogao

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
distributed = pytest.importorskip("dask.distributed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

COPIES = 40  # 5 corpus files x 40 = 200 documents


def frame_of_chunk(chunk: Tuple[int, List[str]]) -> "pd.DataFrame":
    """The indicator table of one chunk of paths (rows keyed by `file` and `id`)."""
    _, paths = chunk
    return baogao.indicators_frame(paths)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> List[str]:
    from conftest import replicated_corpus

    return replicated_corpus(tmp_path_factory.mktemp("replicated"), COPIES)


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    with dask.config.set({"dataframe.convert-string": False}):
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        with cluster, distributed.Client(cluster) as c:
            yield c


def test_dask_dataframe_equals_local(client, documents: List[str]) -> None:  # type: ignore[no-untyped-def]
    assert len(documents) >= 200
    local = baogao.indicators_frame(documents)
    assert len(local) > 1000

    size = 25
    chunks = [(i, documents[i : i + size]) for i in range(0, len(documents), size)]
    ddf = dd.from_map(frame_of_chunk, chunks, meta=baogao.indicators_frame([]))
    assert ddf.npartitions == len(chunks)
    remote = ddf.compute().reset_index(drop=True)

    workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2  # two worker processes
    pd.testing.assert_frame_equal(remote, local)


def test_dask_bag_of_reports_equals_local(client, documents: List[str]) -> None:  # type: ignore[no-untyped-def]
    bag = db.from_sequence(documents, npartitions=8)
    reports = bag.map_partitions(
        lambda paths: baogao.parse_files(paths, threads=1)
    ).compute()
    assert len(reports) == len(documents)
    assert all(isinstance(r, baogao.Report) for r in reports)
    local = baogao.parse_files(documents)
    assert [r.file for r in reports] == documents
    assert all(a == b for a, b in zip(reports, local))
    pd.testing.assert_frame_equal(baogao.indicators_frame(reports), baogao.indicators_frame(local))
