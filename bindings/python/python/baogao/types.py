"""Type aliases of baogao's API (enum values are their serde names, as in the JSON).

>>> from baogao.types import IndicatorKind
>>> kind: IndicatorKind = "money"
"""

from __future__ import annotations

from typing import Any, Dict, Literal, Union

from ._baogao import Paragraph, TableRow

MarkerStyle = Literal[
    "chinese_comma",
    "paren_chinese",
    "arabic_dot",
    "arabic_comma",
    "paren_arabic",
    "circled",
    "chapter",
    "chapter_section",
    "article",
    "bare",
    "unmarked",
    "part",
    "half_paren_chinese",
    "half_paren_arabic",
    "lenticular",
    "roman",
    "decimal",
]
EnumerationStyle = Literal["shi", "ordinal", "sequence", "aspect", "circled"]
ApproxPosition = Literal["before", "inside", "after"]
IndicatorKind = Literal[
    "count", "money", "percent", "percentage_points", "change", "rate", "ratio", "range", "fraction"
]
Direction = Literal["up", "down"]
DiagnosticKind = Literal[
    "repaired_marker",
    "bare_marker",
    "skipped_ordinal",
    "repeated_ordinal",
    "continued_numbering",
    "mid_line_heading",
    "control_characters",
    "number_overflow",
    "font_map_damage",
    "gio_check_failed",
    "gio_check_blank",
    "long_title",
    "lone_surrogates",
    "template_table_mismatch",
]
LeafKind = Literal["title", "meta", "heading", "paragraph", "table", "closing", "boilerplate"]
#: What ``to_dict()`` returns.
Json = Dict[str, Any]

#: A body block.
Block = Union[Paragraph, TableRow]

#: A pandas or polars DataFrame (both optional dependencies, so typed loosely).
DataFrame = Any

__all__ = [
    "ApproxPosition",
    "Block",
    "DataFrame",
    "DiagnosticKind",
    "Direction",
    "EnumerationStyle",
    "IndicatorKind",
    "Json",
    "LeafKind",
    "MarkerStyle",
]
