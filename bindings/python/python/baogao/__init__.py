"""baogao (报告): parse Chinese government annual reports into an outline and typed indicators.

>>> import baogao
>>> r = baogao.parse("一、主要成效\\n全年立案94件。\\n")
>>> r.sections[0].heading.title
'主要成效'

The parsing is done by the Rust crate ``baogao``; this package is a thin PyO3 binding. Spans
(``.span``) count Unicode code points, so ``text[s.start:s.end]`` works on Python strings;
``.byte_span`` and ``to_dict()``/``to_json()`` keep the Rust UTF-8 byte offsets.
"""

from ._errors import BaogaoError, DecodeError, FileError
from ._baogao import (
    Approx,
    Boilerplate,
    Closing,
    Diagnostic,
    Enumeration,
    EnumerationItem,
    Heading,
    Indicator,
    Marker,
    Meta,
    MetaLine,
    Paragraph,
    Report,
    Section,
    Span,
    TableRow,
    Title,
    __version__,
    decode,
    indicators,
    parse,
    parse_bytes,
    parse_file,
)
from ._batch import parse_files, parse_many
from ._chunks import Document, chunk_documents
from ._frames import headings_frame, indicators_frame, tables_frame
from ._baogao import HEADING_COLUMNS, INDICATOR_COLUMNS, TABLE_COLUMNS
from . import types

__all__ = [
    "Approx",
    "BaogaoError",
    "Boilerplate",
    "Closing",
    "DecodeError",
    "Diagnostic",
    "Document",
    "Enumeration",
    "HEADING_COLUMNS",
    "INDICATOR_COLUMNS",
    "EnumerationItem",
    "FileError",
    "Heading",
    "Indicator",
    "Marker",
    "Meta",
    "MetaLine",
    "Paragraph",
    "Report",
    "Section",
    "Span",
    "TABLE_COLUMNS",
    "TableRow",
    "Title",
    "__version__",
    "chunk_documents",
    "decode",
    "headings_frame",
    "indicators",
    "indicators_frame",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_files",
    "parse_many",
    "tables_frame",
    "types",
]
