"""Indicator, heading and table-cell tables as pandas or polars DataFrames.

The rows and their columns are the core's (``baogao::rows`` in Rust), the same the CLI writes:
``indicators_frame(paths).columns`` is the header of ``baogao indicators --format csv``, and
likewise for ``headings`` and ``tables``. The column lists come from Rust:
:data:`baogao.INDICATOR_COLUMNS`, :data:`baogao.HEADING_COLUMNS`, :data:`baogao.TABLE_COLUMNS`
(``docs/columns.md`` documents each column).

pandas and polars are optional (``pip install 'baogao[pandas]'`` / ``'baogao[polars]'``): each is
imported only when a frame of that engine is asked for.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Literal, Sequence, Union, overload

from . import _baogao
from ._baogao import Report

if TYPE_CHECKING:  # both optional: without them (or their stubs) the types are Any
    import pandas  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import polars  # type: ignore[import-untyped, import-not-found, unused-ignore]

#: The columns of :func:`indicators_frame`, in order (the CLI's indicator CSV header).
INDICATOR_COLUMNS = tuple(_baogao.INDICATOR_COLUMNS)
#: The columns of :func:`headings_frame`, in order (the CLI's heading CSV header).
HEADING_COLUMNS = tuple(_baogao.HEADING_COLUMNS)
#: The columns of :func:`tables_frame`, in order (the CLI's table CSV header).
TABLE_COLUMNS = tuple(_baogao.TABLE_COLUMNS)

_KINDS: List[str] = list(_baogao._KINDS)
_DIRECTIONS = ["up", "down"]

# The type of each column name of the three tables. Text: pandas "string" / polars Utf8 (missing
# as NA/null); "int": never missing (int64); "Int": nullable ids and ordinals (pandas Int64);
# "float": decimals as float64, missing as NaN (polars: null); "kind"/"direction": categories.
_TYPES: Dict[str, str] = {
    **{c: "str" for c in (
        "file", "section", "label", "multiplier", "unit", "approx", "basis", "text", "marker",
        "style", "title", "row_label", "col_label", "raw",
    )},
    **{c: "int" for c in (
        "id", "line", "byte_start", "byte_end", "char_start", "char_end", "level", "table", "row",
        "col",
    )},
    **{c: "Int" for c in ("parent", "base", "heading", "ordinal")},
    **{c: "float" for c in ("value", "normalized", "from", "to", "low", "high")},
    "inline_body": "bool",
    "kind": "kind",
    "direction": "direction",
}  # fmt: skip


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
                f"baogao: expected a Report, str or os.PathLike, got {type(x).__name__}"
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


def _build(
    engine: str,
    names: Sequence[str],
    columns_of: Callable[[List[Report]], Dict[str, List[Any]]],
    reports_or_paths: Iterable[Union[Report, str, "os.PathLike[str]"]],
) -> Any:
    if engine not in ("pandas", "polars"):
        raise ValueError(f"baogao: engine must be 'pandas' or 'polars', not {engine!r}")
    module = _need(engine, engine)
    columns = columns_of(_reports(reports_or_paths))
    if engine == "pandas":
        return _pandas_frame(module, names, columns)
    return _polars_frame(module, names, columns)


def _pandas_frame(pd: Any, names: Sequence[str], columns: Dict[str, List[Any]]) -> Any:
    data: Dict[str, Any] = {}
    for name in names:
        values, t = columns[name], _TYPES[name]
        if t == "str":
            data[name] = pd.array(values, dtype="string")
        elif t == "float":
            data[name] = pd.array(
                [float("nan") if v is None else v for v in values], dtype="float64"
            )
        elif t == "int":
            data[name] = pd.array(values, dtype="int64")
        elif t == "Int":
            data[name] = pd.array(values, dtype="Int64")
        elif t == "bool":
            data[name] = pd.array(values, dtype="bool")
        else:  # kind, direction
            data[name] = pd.Categorical(values, categories=_KINDS if t == "kind" else _DIRECTIONS)
    return pd.DataFrame(data, columns=list(names))


def _polars_frame(pl: Any, names: Sequence[str], columns: Dict[str, List[Any]]) -> Any:
    types = {
        "str": pl.Utf8, "int": pl.Int64, "Int": pl.Int64, "float": pl.Float64,
        "bool": pl.Boolean, "kind": pl.Enum(_KINDS), "direction": pl.Enum(_DIRECTIONS),
    }  # fmt: skip
    schema = {name: types[_TYPES[name]] for name in names}
    return pl.DataFrame({name: columns[name] for name in names}, schema=schema)


_Items = Iterable[Union[Report, str, "os.PathLike[str]"]]


@overload
def indicators_frame(
    reports_or_paths: _Items, engine: Literal["pandas"] = ...
) -> "pandas.DataFrame": ...
@overload
def indicators_frame(reports_or_paths: _Items, engine: Literal["polars"]) -> "polars.DataFrame": ...
def indicators_frame(reports_or_paths: _Items, engine: str = "pandas") -> Any:
    """One row per indicator of every report, as a DataFrame.

    Items are :class:`Report` objects or paths (``str`` or ``os.PathLike``; files are read in
    parallel with :func:`baogao.parse_many`). The columns are :data:`baogao.INDICATOR_COLUMNS`,
    the header of ``baogao indicators --format csv``, with the same values: ``file`` (None for a
    report parsed from a text), ``id`` (index in its file), ``parent``/``base``/``heading`` (ids,
    nullable), ``section`` (heading titles joined by ``" / "``), ``label``, ``value``,
    ``multiplier``, ``normalized``, ``unit``, ``approx``, ``kind``, ``direction``,
    ``from``/``to``/``low``/``high``, ``basis``, ``line``, ``byte_start``/``byte_end`` (UTF-8
    bytes), ``char_start``/``char_end`` (code points: ``report.text[char_start:char_end] ==
    text``), ``text``.

    ``engine="pandas"`` (default) or ``"polars"``.

    >>> import baogao
    >>> df = baogao.indicators_frame([baogao.parse("全年立案94件。\\n")])  # doctest: +SKIP
    >>> df[["id", "label", "value", "unit"]].values.tolist()  # doctest: +SKIP
    [[0, '立案', 94.0, '件']]
    """
    return _build(engine, INDICATOR_COLUMNS, _baogao._indicator_columns, reports_or_paths)


@overload
def headings_frame(
    reports_or_paths: _Items, engine: Literal["pandas"] = ...
) -> "pandas.DataFrame": ...
@overload
def headings_frame(reports_or_paths: _Items, engine: Literal["polars"]) -> "polars.DataFrame": ...
def headings_frame(reports_or_paths: _Items, engine: str = "pandas") -> Any:
    """One row per heading of every report, in document order, as a DataFrame.

    Items as for :func:`indicators_frame`. The columns are :data:`baogao.HEADING_COLUMNS`, the
    header of ``baogao headings --format csv``: ``file``, ``id``, ``parent`` (the id of the
    enclosing heading), ``level``, ``marker`` (as written), ``style``, ``ordinal``, ``title``,
    ``inline_body``, ``line``, ``byte_start``/``byte_end``, ``char_start``/``char_end``.

    >>> import baogao
    >>> df = baogao.headings_frame([baogao.parse("一、总体情况\\n（一）主动公开\\n")])  # doctest: +SKIP
    >>> df[["id", "parent", "marker", "title"]].astype(object).values.tolist()  # doctest: +SKIP
    [[0, <NA>, '一、', '总体情况'], [1, 0, '（一）', '主动公开']]
    """
    return _build(engine, HEADING_COLUMNS, _baogao._heading_columns, reports_or_paths)


@overload
def tables_frame(
    reports_or_paths: _Items, engine: Literal["pandas"] = ...
) -> "pandas.DataFrame": ...
@overload
def tables_frame(reports_or_paths: _Items, engine: Literal["polars"]) -> "polars.DataFrame": ...
def tables_frame(reports_or_paths: _Items, engine: str = "pandas") -> Any:
    """One row per value cell of every table of every report, as a DataFrame.

    Items as for :func:`indicators_frame`. The columns are :data:`baogao.TABLE_COLUMNS`, the
    header of ``baogao tables --format csv``: ``file``, ``id``, ``table``/``row``/``col``
    (indices), ``heading``, ``section``, ``row_label``, ``col_label``, ``value`` (NaN for a
    placeholder), ``multiplier``, ``normalized``, ``unit``, ``kind``, ``line``,
    ``byte_start``/``byte_end``, ``char_start``/``char_end``, ``raw`` (the cell as written).
    """
    return _build(engine, TABLE_COLUMNS, _baogao._table_columns, reports_or_paths)


#: The columns of :func:`gio_checks_frame`, in order.
CHECK_COLUMNS = ("rule", "ok", "blank", "lhs", "rhs", "cells")


def _number(v: Any) -> Any:
    return None if v is None else float(v)


def gio_checks_frame(report: Report, engine: str = "pandas") -> Any:
    """One row per check (勾稽关系) of the report's 政府信息公开 template record: the rule,
    whether it holds, whether it could not be made (``blank``: one side left blank), both sides, and the cells it reads (``table/row/col`` keys joined by
    ``", "``). No rows when the report has no template."""
    if engine not in ("pandas", "polars"):
        raise ValueError(f"baogao: engine must be 'pandas' or 'polars', not {engine!r}")
    module = _need(engine, engine)
    columns: Dict[str, List[Any]] = {n: [] for n in CHECK_COLUMNS}
    record = report.gio
    for check in record["checks"] if record else []:
        columns["rule"].append(check["rule"])
        columns["ok"].append(bool(check["ok"]))
        columns["blank"].append(bool(check.get("blank", False)))
        columns["lhs"].append(_number(check["lhs"]))
        columns["rhs"].append(_number(check["rhs"]))
        columns["cells"].append(", ".join(check["cells"]))
    names = list(CHECK_COLUMNS)
    if engine == "pandas":
        return module.DataFrame({n: columns[n] for n in names}, columns=names)
    return module.DataFrame({n: columns[n] for n in names})
