"""A small program using baogao's typed API; `mypy --strict usage.py` must pass (CI checks it)."""

from __future__ import annotations

import pathlib
import pickle
from typing import Dict, List, Optional, Tuple

import baogao


def outline(report: baogao.Report) -> List[Tuple[int, str, int]]:
    """(level, title, line) of every heading."""
    return [(h.level, h.title, h.line) for h in report.headings()]


def walk(section: baogao.Section, depth: int = 0) -> List[str]:
    out = ["  " * depth + section.heading.marker.raw + section.heading.title]
    for block in section.blocks:
        if isinstance(block, baogao.Paragraph):
            out += [item.marker for e in block.enumerations for item in e.items]
        else:
            out.append(" | ".join(block.cells))
    for child in section.children:
        out += walk(child, depth + 1)
    return out


def money(report: baogao.Report) -> Dict[str, float]:
    """Total normalized amount of money per top-level section."""
    totals: Dict[str, float] = {}
    for ind in report.indicators:
        if ind.kind == "money" and ind.normalized is not None:
            top = ind.section[0] if ind.section else ""
            totals[top] = totals.get(top, 0.0) + ind.normalized
    return totals


def check_spans(report: baogao.Report) -> None:
    for ind in report.indicators:
        span: baogao.Span = ind.span
        assert report.text[span.start : span.end] == ind.text
        start, end = ind.byte_span
        assert report.text.encode()[start:end].decode() == ind.text


def first_title(paths: List[pathlib.Path]) -> Optional[str]:
    try:
        reports = baogao.parse_files(paths, threads=2)
    except baogao.DecodeError as e:
        print(e.file, e.offset)
        return None
    except baogao.FileError as e:
        print(e.filename, e.errno)
        return None
    title = reports[0].title if reports else None
    return title.text if title is not None else None


def main() -> None:
    r = baogao.parse("一、主要成效\n全年立案94件，行政罚款208.74 万元。\n")
    print(outline(r), money(r))
    for s in r.sections:
        print("\n".join(walk(s)))
    check_spans(r)
    d: Dict[str, object] = r.to_dict()
    js: str = r.to_json(indent=2)
    back: baogao.Report = pickle.loads(pickle.dumps(r))
    assert back == r and d and js
    found: List[baogao.Indicator] = baogao.indicators("解答群众问题咨询670余人次")
    approx = found[0].approx
    if approx is not None:
        print(approx.word, approx.position)
    meta: baogao.Meta = baogao.parse_bytes("标题\n".encode("gb18030")).meta
    print(meta.published, [line.fields for line in meta.lines])
    kinds = [(kind, span.start) for kind, span in r.leaves()]
    print(kinds, baogao.decode(b"\xb1\xa8\xb8\xe6"), baogao.__version__)
    frame = baogao.indicators_frame([r], engine="pandas")
    print(len(frame))
    heads = baogao.headings_frame([r], engine="polars")
    print(heads.height)
    cells = baogao.tables_frame([r, "reports/a.txt"])
    names: List[str] = baogao.INDICATOR_COLUMNS + baogao.HEADING_COLUMNS + baogao.TABLE_COLUMNS
    print(len(cells), names)
    texts: List[baogao.Report] = baogao.parse_many(["一、甲\n", b"\xd2\xbb"], threads=1)
    mixed = baogao.parse_files(["reports/"], errors="collect", recursive=True, progress=False)
    good = [x for x in mixed if isinstance(x, baogao.Report)] + texts
    failed = [x for x in mixed if isinstance(x, Exception)]
    skipped: List[baogao.Report] = baogao.parse_files([pathlib.Path("r.txt")], "skip")
    print(len(good), len(failed), len(skipped))
    if r.closing is not None:
        print(r.closing.signature, r.closing.date)
    for diag in r.diagnostics:
        print(diag.kind, diag.message, diag.span)
    print(first_title([pathlib.Path("report.txt")]), r.file, r.preamble, r.boilerplate)


if __name__ == "__main__":
    main()


def chunk_texts(report: baogao.Report) -> List[str]:
    """The chunk texts and the documents' first path."""
    docs = list(baogao.chunk_documents(report, max_chars=300))
    first: List[str] = docs[0].metadata["path"] if docs else []
    return [str(c["text"]) for c in report.chunks(max_chars=300)] + first
