"""Conformance: the Python binding returns exactly what Rust returns.

For every corpus file, ``baogao.parse(text).to_dict()`` must equal the Rust golden JSON
(``tests/golden/<name>.json``, written by ``scripts/update-golden.sh``). Where the CLI binary is
built (``target/release/baogao``, or ``$BAOGAO_CLI``), the test also compares with its live output,
so a stale golden file and a binding bug cannot hide each other.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
from typing import Any, Dict, List, Optional

import pytest

import baogao
from conftest import GOLDEN, ROOT, corpus_files


def cli() -> Optional[pathlib.Path]:
    path = pathlib.Path(os.environ.get("BAOGAO_CLI", ROOT / "target" / "release" / "baogao"))
    return path if path.is_file() else None


def golden(name: str) -> Optional[Any]:
    g = GOLDEN / (pathlib.Path(name).stem + ".json")
    return json.loads(g.read_text(encoding="utf-8")) if g.is_file() else None


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_to_dict_equals_rust_json(path: pathlib.Path, texts: Dict[str, str]) -> None:
    got = baogao.parse(texts[path.name]).to_dict()
    compared = 0
    want = golden(path.name)
    if want is not None:
        assert got == want, f"{path.name}: differs from {GOLDEN}"
        compared += 1
    binary = cli()
    if binary is not None:
        out = subprocess.run(
            [str(binary), "parse", "--format", "json", str(path)],
            check=True,
            capture_output=True,
        ).stdout
        # The CLI prints an array of per-file records: the file's name, then the report.
        [record] = json.loads(out)
        assert record.pop("file") == str(path)
        assert got == record, f"{path.name}: differs from {binary}"
        compared += 1
    assert compared, "neither tests/golden nor the CLI binary is available to compare with"
    assert got["indicators"] and got["sections"]


def test_from_file_and_parse_many_agree(texts: Dict[str, str]) -> None:
    files: List[pathlib.Path] = corpus_files()
    many = baogao.parse_files(files, threads=2)
    for f, r in zip(files, many):
        assert r.to_dict() == baogao.parse(texts[f.name]).to_dict()
        assert json.loads(r.to_json()) == r.to_dict()
