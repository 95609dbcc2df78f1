"""Shared fixtures: the corpus of real reports in tests/corpus (repository root)."""

from __future__ import annotations

import os
import pathlib
import shutil
from typing import Dict, List

import pytest

import baogao

ROOT = pathlib.Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "corpus"
GOLDEN = pathlib.Path(os.environ.get("BAOGAO_GOLDEN_DIR", ROOT / "tests" / "golden"))


def corpus_files() -> List[pathlib.Path]:
    files = sorted(CORPUS.glob("*.txt"))
    assert files, f"no corpus under {CORPUS}"
    return files


def replicated_corpus(out: pathlib.Path, copies: int) -> List[str]:
    """The corpus files copied `copies` times into `out`, as paths, for batch tests."""
    paths = []
    for i in range(copies):
        for f in corpus_files():
            dest = out / f"{i:03d}_{f.name}"
            shutil.copyfile(f, dest)
            paths.append(str(dest))
    return paths


@pytest.fixture(scope="session")
def files() -> List[pathlib.Path]:
    return corpus_files()


@pytest.fixture(scope="session")
def texts(files: List[pathlib.Path]) -> Dict[str, str]:
    # Decoded as the CLI decodes files (the golden JSON indexes the decoded text).
    return {f.name: baogao.decode(f.read_bytes()) for f in files}
