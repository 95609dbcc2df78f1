"""Texts and paths never confused: parse_many takes texts, parse_files takes paths (and
directories), and a batch survives its bad files with errors="skip" / "collect"."""

import io
import os
import pathlib
from typing import List

import pytest

import baogao

GOOD = "一、主要成效\n全年办结申请12件。\n"
OTHER = "一、存在的问题\n（一）人员不足。\n"


@pytest.fixture()
def folder(tmp_path: pathlib.Path) -> pathlib.Path:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "notes.md").write_text("不是报告", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def test_parse_many_takes_texts_and_bytes() -> None:
    out = baogao.parse_many([GOOD, OTHER.encode("gb18030")])
    assert [r.sections[0].heading.title for r in out] == ["主要成效", "存在的问题"]
    assert [r.file for r in out] == [None, None]


def test_parse_many_refuses_paths_with_a_hint(folder: pathlib.Path) -> None:
    with pytest.raises(TypeError, match=r"item 1 is a path .*parse_files"):
        baogao.parse_many([GOOD, folder / "a.txt"])  # type: ignore[list-item]
    # strings that all name existing files would be parsed as tiny documents
    with pytest.raises(TypeError, match="every item names an existing file.*parse_files"):
        baogao.parse_many([str(folder / "a.txt"), str(folder / "b.txt")])
    with pytest.raises(TypeError, match=r"single str.*baogao\.parse\(text\)"):
        baogao.parse_many(GOOD)
    # one real text among them: texts, as documented
    assert len(baogao.parse_many([str(folder / "a.txt"), GOOD])) == 2


def test_parse_files_refuses_a_bare_string_and_texts(folder: pathlib.Path) -> None:
    with pytest.raises(TypeError, match=r"single str.*parse_many\(texts\)"):
        baogao.parse_files(GOOD)
    with pytest.raises(TypeError, match=r"pass a list: baogao\.parse_files\(\["):
        baogao.parse_files(str(folder / "a.txt"))
    with pytest.raises(TypeError, match="single PosixPath|single WindowsPath"):
        baogao.parse_files(folder / "a.txt")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="item 0 looks like a report's text"):
        baogao.parse_files([GOOD])
    with pytest.raises(TypeError, match="item 1 is bytes"):
        baogao.parse_files([str(folder / "a.txt"), GOOD.encode()])  # type: ignore[list-item]


def test_parse_files_reads_paths_and_directories(folder: pathlib.Path) -> None:
    out = baogao.parse_files([folder / "b.txt", str(folder)])
    # the directory stands for its *.txt files, in name order, not recursing by default
    assert [pathlib.Path(r.file or "").name for r in out] == ["b.txt", "a.txt", "b.txt"]
    assert out[1] == baogao.parse(GOOD)
    deep = baogao.parse_files([folder], recursive=True)
    assert [pathlib.Path(r.file or "").name for r in deep] == ["a.txt", "b.txt", "c.txt"]
    md = baogao.parse_files([folder], pattern="*.md")
    assert [r.text for r in md] == ["不是报告"]


def test_errors_raise_skip_collect(folder: pathlib.Path) -> None:
    bad = folder / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xff\xff\xd8")  # UTF-16 BOM, then a lone surrogate half
    good = str(folder / "a.txt")
    with pytest.raises(baogao.FileError, match="missing.txt"):
        baogao.parse_files(["missing.txt", good])
    assert [r.file for r in baogao.parse_files(["missing.txt", good, bad], errors="skip")] == [good]
    out = baogao.parse_files(["missing.txt", good, bad], errors="collect")
    assert len(out) == 3
    assert isinstance(out[0], baogao.FileError) and out[0].filename == "missing.txt"
    assert isinstance(out[1], baogao.Report) and out[1] == baogao.parse(GOOD)
    assert isinstance(out[2], baogao.DecodeError)
    with pytest.raises(ValueError, match="errors must be"):
        baogao.parse_files([good], errors="ignore")  # type: ignore[call-overload]


def test_collect_keeps_every_good_file_of_a_long_batch(folder: pathlib.Path) -> None:
    # more files than one chunk of the Rust batch parser, with failures in two chunks
    paths: List[str] = [str(folder / "a.txt")] * 150
    paths[3] = paths[140] = str(folder / "gone.txt")
    out = baogao.parse_files(paths, errors="collect", threads=2)
    assert [i for i, r in enumerate(out) if isinstance(r, Exception)] == [3, 140]
    assert sum(isinstance(r, baogao.Report) for r in out) == 148


def test_progress_bar_when_asked(folder: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tqdm = pytest.importorskip("tqdm")
    del tqdm
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    baogao.parse_files([folder / "a.txt"] * 3, progress=True)
    assert "3/3" in err.getvalue()
    err.truncate(0)
    baogao.parse_files([folder / "a.txt"] * 3)  # short batch, not a terminal: no bar
    assert err.getvalue().strip("\x00") == ""


def test_headings_frame(folder: pathlib.Path) -> None:
    pd = pytest.importorskip("pandas")
    text = "一、总体情况\n（一）主动公开\n（二）依申请公开\n"
    df = baogao.headings_frame([baogao.parse(text), folder / "b.txt"])
    assert list(df.columns) == list(baogao.HEADING_COLUMNS)
    got = df[["id", "parent", "level", "marker", "title"]].astype(object)
    assert got.where(got.notna(), None).values.tolist() == [
        [0, None, 1, "一、", "总体情况"],
        [1, 0, 2, "（一）", "主动公开"],
        [2, 0, 2, "（二）", "依申请公开"],
        [0, None, 1, "一、", "存在的问题"],
        [1, 0, 2, "（一）", "人员不足"],
    ]
    assert pd.isna(df["file"][0]) and df["file"][3] == str(folder / "b.txt")
    row = df.iloc[1]
    assert text[row["char_start"] : row["char_end"]].startswith("（一）主动公开")
    assert text.encode()[row["byte_start"] : row["byte_end"]].decode().startswith("（一）")
    assert str(df["ordinal"].dtype) == "Int64"
    empty = baogao.headings_frame([])
    assert list(empty.columns) == list(baogao.HEADING_COLUMNS) and len(empty) == 0


def test_headings_frame_polars() -> None:
    pytest.importorskip("polars")
    df = baogao.headings_frame([baogao.parse("一、总体情况\n")], engine="polars")
    assert df.columns == list(baogao.HEADING_COLUMNS)
    assert df["title"].to_list() == ["总体情况"]


def test_a_string_with_a_line_break_is_a_text() -> None:
    assert os.path.exists(__file__) and baogao.parse_many([__file__ + "\n"])[0].file is None
