"""LangChain-style documents from baogao's section-aware chunks, without depending on LangChain.

>>> import baogao
>>> r = baogao.parse("一、主要成效\\n全年立案94件。\\n")
>>> doc = next(baogao.chunk_documents(r, max_chars=200))
>>> doc.page_content
'一、主要成效\\n全年立案94件。'
>>> doc.metadata["path"], doc.metadata["span"]
(['主要成效'], (0, 15))

A ``Document`` has the two attributes LangChain's ``Document`` has (``page_content`` and
``metadata``), so code that reads those accepts it; to hand it to LangChain itself use
``langchain_core.documents.Document(page_content=d.page_content, metadata=d.metadata)``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Iterator, Union

from ._baogao import Report, parse, parse_file

Source = Union[Report, str, "os.PathLike[str]"]


@dataclass
class Document:
    """A chunk of text with its metadata (the shape of LangChain's ``Document``)."""

    page_content: str
    metadata: Dict[str, Any] = field(default_factory=dict)


def _reports(sources: Union[Source, Iterable[Source]]) -> Iterator[Report]:
    if isinstance(sources, (Report, str)) or hasattr(sources, "__fspath__"):
        sources = [sources]  # type: ignore[list-item]
    for s in sources:
        if isinstance(s, Report):
            yield s
        elif isinstance(s, str):
            yield parse(s)
        elif hasattr(s, "__fspath__"):
            yield parse_file(s)
        else:
            raise TypeError(
                f"baogao.chunk_documents: expected Report, str (text) or os.PathLike (a file), got {type(s).__name__}"
            )


def chunk_documents(
    sources: Union[Source, Iterable[Source]],
    max_chars: int = 500,
    merge_small: bool = False,
    overlap: int = 0,
) -> Iterator[Document]:
    """Yields one ``Document`` per chunk of each report, in order.

    ``sources`` is a ``Report``, a text (``str``), a file (``os.PathLike``) or an iterable of
    them. ``page_content`` is the chunk's text (after the repeated table header row, when a chunk
    continues a table). ``metadata`` holds ``path`` (heading titles, outermost first), ``file``,
    ``span`` (code points into the report's text, as a ``(start, end)`` tuple), ``title``,
    ``published``, ``chunk`` (its index in the report), ``indicators`` and, with ``overlap``,
    ``context_before``.
    """
    for report in _reports(sources):
        for i, c in enumerate(report.chunks(max_chars=max_chars, merge_small=merge_small, overlap=overlap)):
            meta: Dict[str, Any] = {
                "path": c["path"],
                "file": c["file"],
                "span": (c["span"].start, c["span"].end),
                "title": c["title"],
                "published": c["published"],
                "chunk": i,
                "indicators": c["indicators"],
            }
            if c["context_before"] is not None:
                meta["context_before"] = c["context_before"]
            yield Document(page_content=c["page_content"], metadata=meta)
