"""Indicator tables as pandas or polars DataFrames.

pandas and polars are optional (``pip install 'baogao[pandas]'`` / ``'baogao[polars]'``): each is
imported only when a frame of that engine is asked for.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Literal, Union, overload

from . import _baogao
from ._baogao import Report

if TYPE_CHECKING:  # both optional: without them (or their stubs) the types are Any
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import polars  # type: ignore[import-untyped, import-not-found, unused-ignore]

#: The columns, in order.
COLUMNS = (
    "doc",
    "file",
    "section",
    "label",
    "value",
    "multiplier",
    "normalized",
    "unit",
    "approx",
    "kind",
    "direction",
    "line",
    "start",
    "end",
    "text",
    "byte_start",
    "byte_end",
)

_STRINGS = ("file", "section", "label", "multiplier", "unit", "approx", "text")
_FLOATS = ("value", "normalized")
_INTS = ("doc", "line", "start", "end", "byte_start", "byte_end")
_KINDS: List[str] = list(_baogao._KINDS)
_DIRECTIONS = ["up", "down"]


class _KeepPath:
    """A path given as ``str``, passed to ``parse_many`` as a path (not as text), unchanged."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return self.path


def _reports(items: Iterable[Union[Report, str, "os.PathLike[str]"]]) -> List[Report]:
    items = list(items)
    todo = [
        (i, x if not isinstance(x, str) else _KeepPath(x))
        for i, x in enumerate(items)
        if not isinstance(x, Report)
    ]
    for x in (x for _, x in todo):
        if not hasattr(x, "__fspath__"):
            raise TypeError(
                f"baogao.indicators_frame: expected Report, str or os.PathLike, got {type(x).__name__}"
            )
    out: List[Any] = list(items)
    if todo:
        parsed = _baogao.parse_many([x for _, x in todo])
        for (i, _), report in zip(todo, parsed):
            out[i] = report
    return out


def _need(module: str, engine: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise ImportError(
            f"baogao: engine={engine!r} needs {module}, which is not installed; "
            f"install it with: pip install 'baogao[{module}]'"
        ) from e


@overload
def indicators_frame(
    reports_or_paths: Iterable[Union[Report, str, "os.PathLike[str]"]],
    engine: Literal["pandas"] = ...,
) -> "pandas.DataFrame": ...
@overload
def indicators_frame(
    reports_or_paths: Iterable[Union[Report, str, "os.PathLike[str]"]],
    engine: Literal["polars"],
) -> "polars.DataFrame": ...
def indicators_frame(
    reports_or_paths: Iterable[Union[Report, str, "os.PathLike[str]"]],
    engine: str = "pandas",
) -> Any:
    """One row per indicator of every report, as a DataFrame.

    Items are :class:`Report` objects or paths (``str`` or ``os.PathLike``; files are read in
    parallel with :func:`baogao.parse_many`). Columns: ``doc`` (position of the report in the
    input), ``file``, ``section`` (heading titles joined by ``" / "``), ``label``, ``value``,
    ``multiplier``, ``normalized``, ``unit``, ``approx`` (the word), ``kind``, ``direction``,
    ``line``, ``start``/``end`` (code points), ``text``, ``byte_start``/``byte_end`` (UTF-8 bytes).

    ``engine="pandas"`` (default) or ``"polars"``.
    """
    if engine not in ("pandas", "polars"):
        raise ValueError(f"baogao: engine must be 'pandas' or 'polars', not {engine!r}")
    module = _need(engine, engine)
    columns = _baogao._indicator_columns(_reports(reports_or_paths))
    if engine == "pandas":
        return _pandas_frame(module, columns)
    return _polars_frame(module, columns)


def _pandas_frame(pd: Any, columns: Dict[str, List[Any]]) -> Any:
    data: Dict[str, Any] = {}
    for name in COLUMNS:
        values = columns[name]
        if name in _STRINGS:
            data[name] = pd.array(values, dtype="string")
        elif name in _FLOATS:
            data[name] = pd.array(
                [float("nan") if v is None else v for v in values], dtype="float64"
            )
        elif name in _INTS:
            data[name] = pd.array(values, dtype="int64")
        elif name == "kind":
            data[name] = pd.Categorical(values, categories=_KINDS)
        else:  # direction
            data[name] = pd.Categorical(values, categories=_DIRECTIONS)
    return pd.DataFrame(data, columns=list(COLUMNS))


def _polars_frame(pl: Any, columns: Dict[str, List[Any]]) -> Any:
    schema: Dict[str, Any] = {}
    for name in COLUMNS:
        if name in _STRINGS:
            schema[name] = pl.Utf8
        elif name in _FLOATS:
            schema[name] = pl.Float64
        elif name in _INTS:
            schema[name] = pl.Int64
        elif name == "kind":
            schema[name] = pl.Enum(_KINDS)
        else:
            schema[name] = pl.Enum(_DIRECTIONS)
    return pl.DataFrame({name: columns[name] for name in COLUMNS}, schema=schema)


#: The columns of :func:`tables_frame`, in order.
TABLE_COLUMNS = (
    "table",
    "row",
    "col",
    "line",
    "row_label",
    "col_label",
    "value",
    "multiplier",
    "unit",
    "normalized",
    "kind",
    "raw",
    "start",
    "end",
)

#: The columns of :func:`gio_checks_frame`, in order.
CHECK_COLUMNS = ("rule", "ok", "lhs", "rhs", "cells")


def _frame(engine: str, columns: Dict[str, List[Any]], order: Iterable[str]) -> Any:
    if engine not in ("pandas", "polars"):
        raise ValueError(f"baogao: engine must be 'pandas' or 'polars', not {engine!r}")
    module = _need(engine, engine)
    names = list(order)
    if engine == "pandas":
        return module.DataFrame({n: columns[n] for n in names}, columns=names)
    return module.DataFrame({n: columns[n] for n in names})


def _number(v: Any) -> Any:
    return None if v is None else float(v)


def tables_frame(report: Report, engine: str = "pandas") -> Any:
    """One row per table cell of ``report``: its table, row and column indices, line, labels,
    value (None for a placeholder), multiplier, unit, normalized value, kind, the cell as
    written (``raw``) and its span (``start``/``end``, code points)."""
    columns: Dict[str, List[Any]] = {n: [] for n in TABLE_COLUMNS}
    for ti, table in enumerate(report.tables):
        for row in table["rows"]:
            for cell in row["cells"]:
                columns["table"].append(ti)
                columns["row"].append(cell["row"])
                columns["col"].append(cell["col"])
                columns["line"].append(cell["line"])
                columns["row_label"].append(cell["row_label"])
                columns["col_label"].append(cell["col_label"])
                columns["value"].append(_number(cell["value"]))
                columns["multiplier"].append(cell["multiplier"])
                columns["unit"].append(cell["unit"])
                columns["normalized"].append(_number(cell["normalized"]))
                columns["kind"].append(cell["kind"])
                columns["raw"].append(cell["text"])
                columns["start"].append(cell["span"]["start"])
                columns["end"].append(cell["span"]["end"])
    return _frame(engine, columns, TABLE_COLUMNS)


def gio_checks_frame(report: Report, engine: str = "pandas") -> Any:
    """One row per check (勾稽关系) of the report's 政府信息公开 template record: the rule,
    whether it holds, both sides, and the cells it reads (``table/row/col`` keys joined by
    ``", "``). No rows when the report has no template."""
    columns: Dict[str, List[Any]] = {n: [] for n in CHECK_COLUMNS}
    record = report.gio
    for check in record["checks"] if record else []:
        columns["rule"].append(check["rule"])
        columns["ok"].append(bool(check["ok"]))
        columns["lhs"].append(_number(check["lhs"]))
        columns["rhs"].append(_number(check["rhs"]))
        columns["cells"].append(", ".join(check["cells"]))
    return _frame(engine, columns, CHECK_COLUMNS)


#: The columns of :func:`headings_frame`, in order.
HEADING_COLUMNS = (
    "doc",
    "file",
    "level",
    "marker",
    "style",
    "ordinal",
    "title",
    "inline_body",
    "line",
    "start",
    "end",
    "byte_start",
    "byte_end",
)


@overload
def headings_frame(
    reports_or_paths: Iterable[Union[Report, str, "os.PathLike[str]"]],
    engine: Literal["pandas"] = ...,
) -> "pandas.DataFrame": ...
@overload
def headings_frame(
    reports_or_paths: Iterable[Union[Report, str, "os.PathLike[str]"]],
    engine: Literal["polars"],
) -> "polars.DataFrame": ...
def headings_frame(
    reports_or_paths: Iterable[Union[Report, str, "os.PathLike[str]"]],
    engine: str = "pandas",
) -> Any:
    """One row per heading of every report, in document order, as a DataFrame.

    Items as for :func:`indicators_frame`. Columns: ``doc``, ``file``, ``level``, ``marker`` (as
    written), ``style``, ``ordinal``, ``title``, ``inline_body``, ``line``, ``start``/``end``
    (code points), ``byte_start``/``byte_end`` (UTF-8 bytes).

    >>> import baogao
    >>> df = baogao.headings_frame([baogao.parse("一、总体情况\\n（一）主动公开\\n")])  # doctest: +SKIP
    >>> df[["level", "marker", "title"]].values.tolist()  # doctest: +SKIP
    [[1, '一、', '总体情况'], [2, '（一）', '主动公开']]
    """
    if engine not in ("pandas", "polars"):
        raise ValueError(f"baogao: engine must be 'pandas' or 'polars', not {engine!r}")
    module = _need(engine, engine)
    cols: Dict[str, List[Any]] = {name: [] for name in HEADING_COLUMNS}
    for doc, r in enumerate(_reports(reports_or_paths)):
        for h in r.headings():
            row = (
                doc, r.file, h.level, h.marker.raw, h.marker.style, h.marker.ordinal, h.title,
                h.inline_body, h.line, h.span.start, h.span.end, h.byte_span.start, h.byte_span.end,
            )
            for name, v in zip(HEADING_COLUMNS, row):
                cols[name].append(v)
    strings = ("file", "marker", "style", "title")
    if engine == "pandas":
        pd = module
        data: Dict[str, Any] = {}
        for name in HEADING_COLUMNS:
            if name in strings:
                data[name] = pd.array(cols[name], dtype="string")
            elif name == "ordinal":
                data[name] = pd.array(cols[name], dtype="Int64")  # nullable: unnumbered titles
            elif name == "inline_body":
                data[name] = pd.array(cols[name], dtype="bool")
            else:
                data[name] = pd.array(cols[name], dtype="int64")
        return pd.DataFrame(data, columns=list(HEADING_COLUMNS))
    pl = module
    schema = {
        name: pl.Utf8 if name in strings else pl.Boolean if name == "inline_body" else pl.Int64
        for name in HEADING_COLUMNS
    }
    return pl.DataFrame(cols, schema=schema)
