"""Files and bytes: decoding like the CLI, parse_many, and the error paths."""

from __future__ import annotations

import os
import pathlib
import pickle
import threading
import time
from typing import Dict, List, Union

import pytest

import baogao

TEXT = "一、总体情况\n全年立案94件，行政罚款208.74 万元。\n"
# The same in traditional characters, which Big5 files hold.
TRADITIONAL = "一、總體情況\n全年立案94件，行政罰款208.74 萬元。\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("gb18030"),
        TRADITIONAL.encode("big5"),
    ],
    ids=["utf8", "utf8-bom", "utf16le", "utf16be", "gb18030", "big5"],
)
def test_every_encoding_decodes_the_same(tmp_path: pathlib.Path, encoded: bytes) -> None:
    text = TRADITIONAL if encoded == TRADITIONAL.encode("big5") else TEXT
    assert baogao.decode(encoded) == text
    want = baogao.parse(text)
    assert baogao.parse_bytes(encoded) == want
    f = tmp_path / "r.txt"
    f.write_bytes(encoded)
    got = baogao.parse_file(f)
    assert got == want and got.text == text
    assert got.file == str(f)
    assert baogao.parse_file(str(f)).file == str(f)


def test_parse_file_equals_parse(files: List[pathlib.Path], texts: Dict[str, str]) -> None:
    for f in files:
        r = baogao.parse_file(f)
        assert r.to_dict() == baogao.parse(texts[f.name]).to_dict()
        assert r.file == str(f)


def test_parse_many_keeps_order_and_kinds(files: List[pathlib.Path], texts: Dict[str, str]) -> None:
    items: List[Union[str, bytes]] = [texts[files[0].name], texts[files[1].name], files[2].read_bytes()]
    out = baogao.parse_many(items)
    assert [r.file for r in out] == [None, None, None]
    assert out[0] == baogao.parse(texts[files[0].name])
    assert out[1] == baogao.parse(texts[files[1].name])
    assert out[2] == baogao.parse(texts[files[2].name])


@pytest.mark.parametrize("threads", [None, 1, 2, 3])
def test_parse_many_threads(files: List[pathlib.Path], threads: object) -> None:
    many = files * 4
    out = baogao.parse_files(iter(many), threads=threads)  # type: ignore[arg-type]  # any iterable; threads: object
    assert [r.file for r in out] == [str(f) for f in many]
    assert all(a == baogao.parse_file(f) for a, f in zip(out, many))


def test_parse_many_empty_and_bad_arguments() -> None:
    assert baogao.parse_many([]) == []
    with pytest.raises(ValueError, match="threads"):
        baogao.parse_many(["x"], threads=0)
    with pytest.raises(TypeError, match="item 1 is int"):
        baogao.parse_many(["一、甲\n", 42])  # type: ignore[list-item]


def test_parse_many_releases_the_gil(texts: Dict[str, str]) -> None:
    # Another Python thread runs *during* one parse_many call: impossible if the GIL were held.
    big = list(texts.values()) * 100
    stamps: List[float] = []
    done = threading.Event()

    def tick() -> None:
        while not done.is_set():
            stamps.append(time.perf_counter())
            time.sleep(0.0005)

    t = threading.Thread(target=tick)
    t.start()
    time.sleep(0.01)
    t0 = time.perf_counter()
    baogao.parse_many(big, threads=1)
    t1 = time.perf_counter()
    done.set()
    t.join()
    assert t1 - t0 > 0.02, "workload too small to tell"
    inside = [s for s in stamps if t0 + 0.005 < s < t1 - 0.005]
    assert len(inside) >= 3


def test_missing_file_is_file_error(tmp_path: pathlib.Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(baogao.FileError) as info:
        baogao.parse_file(missing)
    e = info.value
    assert isinstance(e, baogao.BaogaoError) and isinstance(e, ValueError) and isinstance(e, OSError)
    assert str(e) == f"{missing}: no such file"
    assert e.filename == str(missing) and e.errno == 2
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is baogao.FileError and str(back) == str(e) and back.errno == 2


def test_directory_is_file_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(baogao.FileError, match="is a directory"):
        baogao.parse_file(tmp_path)


def test_decode_error_names_file_and_offset(tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("报告".encode() + b"\xff\xff\xff")
    with pytest.raises(baogao.DecodeError) as info:
        baogao.parse_file(bad)
    e = info.value
    assert isinstance(e, baogao.BaogaoError) and isinstance(e, ValueError)
    assert not isinstance(e, OSError)
    assert str(e) == f"{bad}: cannot decode input as UTF-8: invalid byte at offset 6"
    assert (e.file, e.encoding, e.offset) == (str(bad), "UTF-8", 6)
    back = pickle.loads(pickle.dumps(e))
    assert (back.file, back.offset, str(back)) == (e.file, e.offset, str(e))


def test_decode_error_on_bytes() -> None:
    data = b"\xe4\xb8\xad\xff\xfe\x00\x80"
    for fn in (baogao.decode, baogao.parse_bytes):
        with pytest.raises(baogao.DecodeError, match=r"<bytes>: .* offset 3") as info:
            fn(data)
        assert info.value.file is None and info.value.offset == 3


def test_decode_error_utf16_odd_length() -> None:
    with pytest.raises(baogao.DecodeError) as info:
        baogao.decode(b"\xff\xfe" + "报".encode("utf-16-le") + b"\x00")
    assert info.value.encoding == "UTF-16LE"


def test_parse_many_raises_first_failure_in_order(tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xff\xff")
    with pytest.raises(baogao.FileError, match="nope.txt"):
        baogao.parse_files([tmp_path / "nope.txt", bad])
    with pytest.raises(baogao.DecodeError, match="bad.txt"):
        baogao.parse_files([bad, tmp_path / "nope.txt"], threads=2)


def test_str_paths_with_os_fspath(tmp_path: pathlib.Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(TEXT, encoding="utf-8")

    class P(os.PathLike):  # type: ignore[type-arg]
        def __fspath__(self) -> str:
            return str(f)

    assert baogao.parse_file(P()).text == TEXT
    assert baogao.parse_files([P()])[0].file == str(f)


REPO_TESTS = pathlib.Path(__file__).resolve().parents[3] / "tests"


def test_parse_file_reads_saved_pages_and_word_files(tmp_path: pathlib.Path) -> None:
    page = REPO_TESTS / "html" / "05_wanzai-tjgb-2015.html"
    report = baogao.parse_file(page)
    assert report.title is not None
    assert report.title.text == "万载县2015年国民经济和社会发展统计公报"
    assert len(report.headings()) == 12
    # told by content, not by the name
    renamed = tmp_path / "page.txt"
    renamed.write_bytes(page.read_bytes())
    assert [h.title for h in baogao.parse_file(renamed).headings()] == [
        h.title for h in report.headings()
    ]
    word = baogao.parse_file(REPO_TESTS / "docx" / "numbered.docx")
    assert [(h.level, h.title) for h in word.headings()][:2] == [(1, "总体情况"), (2, "主动公开")]
    # the Word 97-2003 copy of the GIO template (tests/doc/make_fixtures.sh) reads as the .docx
    old = baogao.parse_file(REPO_TESTS / "doc" / "gio-template-2021.doc")
    new = baogao.parse_file(REPO_TESTS / "docx" / "gio-template-2021.docx")
    assert [h.title for h in old.headings()] == [h.title for h in new.headings()]


def test_a_broken_word_file_is_a_file_error(tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(baogao.FileError) as info:
        baogao.parse_file(bad)
    assert "cannot read input as docx" in str(info.value)
