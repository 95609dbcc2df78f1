"""Batches: texts (:func:`parse_many`) and files (:func:`parse_files`), never confused.

A ``str`` is a report's *text* in :func:`parse_many` and a *path* in :func:`parse_files`; each
function raises :class:`TypeError` with a hint when it is plainly given the other kind.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Iterable, Iterator, List, Literal, Optional, Sequence, Union, overload

from . import _baogao
from ._baogao import Report

StrPath = Union[str, "os.PathLike[str]"]

#: Files handed to the Rust batch parser at a time (progress is updated per chunk).
_CHUNK = 64
#: Batches at least this long get a progress bar by default (when tqdm is installed and stderr
#: is a terminal).
_PROGRESS_FROM = 200


def _looks_like_path(s: str) -> bool:
    """A short one-line string naming an existing file or directory."""
    return 0 < len(s) < 4096 and "\n" not in s and os.path.exists(s)


def parse_many(texts: Iterable[Union[str, bytes]], threads: Optional[int] = None) -> List[Report]:
    """Parses many report *texts* (``str``, or ``bytes`` decoded like a file) in parallel.

    Results keep the input order; ``threads`` worker threads (default: all cores) parse without
    the GIL. For files use :func:`parse_files`: a path object raises ``TypeError``, and so does a
    list of strings that all name existing files (they would be parsed as tiny documents).

    >>> [r.sections[0].heading.title for r in parse_many(["一、甲\\n", "一、乙\\n"])]
    ['甲', '乙']
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            "baogao.parse_many: expected a list of texts, got a single "
            f"{type(texts).__name__}; use baogao.parse(text) for one text"
        )
    items = list(texts)
    for i, x in enumerate(items):
        if isinstance(x, os.PathLike):
            raise TypeError(
                f"baogao.parse_many: item {i} is a path ({x!r}); parse_many takes texts, "
                "use baogao.parse_files(paths) for files"
            )
        if not isinstance(x, (str, bytes)):
            raise TypeError(
                f"baogao.parse_many: item {i} is {type(x).__name__}, expected str or bytes (texts)"
            )
    if items and all(isinstance(x, str) and _looks_like_path(x) for x in items):
        raise TypeError(
            f"baogao.parse_many: every item names an existing file (first: {items[0]!r}); "
            "parse_many takes texts, use baogao.parse_files(paths) for files"
        )
    return _baogao.parse_many(items, threads=threads)


def _expand(paths: Iterable[StrPath], pattern: str, recursive: bool) -> List[str]:
    """The files to read: each path as given, a directory replaced by its matching files."""
    import pathlib

    if isinstance(paths, (str, bytes)) or isinstance(paths, os.PathLike):
        hint = (
            "use baogao.parse(text) or baogao.parse_many(texts) for texts"
            if isinstance(paths, (str, bytes)) and not _looks_like_path(os.fsdecode(paths))
            else f"pass a list: baogao.parse_files([{paths!r}])"
        )
        raise TypeError(
            f"baogao.parse_files: expected a list of paths, got a single {type(paths).__name__}; {hint}"
        )
    out: List[str] = []
    for i, p in enumerate(paths):
        if isinstance(p, bytes) or not isinstance(p, (str, os.PathLike)):
            raise TypeError(
                f"baogao.parse_files: item {i} is {type(p).__name__}, expected str or os.PathLike (a path)"
            )
        s = os.fspath(p)
        if "\n" in s or len(s) >= 4096:
            raise TypeError(
                f"baogao.parse_files: item {i} looks like a report's text, not a path; "
                "use baogao.parse_many(texts) for texts"
            )
        if os.path.isdir(s):
            d = pathlib.Path(s)
            found = d.rglob(pattern) if recursive else d.glob(pattern)
            out.extend(str(f) for f in sorted(found) if f.is_file())
        else:
            out.append(s)
    return out


def _progress(total: int, progress: Optional[bool]) -> Any:
    """A tqdm bar, or None: on request, or by default for long batches on a terminal."""
    if progress is False or (
        progress is None and (total < _PROGRESS_FROM or not sys.stderr.isatty())
    ):
        return None
    try:
        from tqdm.auto import tqdm  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        if progress:
            raise ImportError(
                "baogao: progress=True needs tqdm, which is not installed; "
                "install it with: pip install tqdm"
            ) from None
        return None
    return tqdm(total=total, unit="file", desc="baogao")


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


@overload
def parse_files(
    paths: Iterable[StrPath],
    errors: Literal["raise", "skip"] = ...,
    *,
    threads: Optional[int] = ...,
    pattern: str = ...,
    recursive: bool = ...,
    progress: Optional[bool] = ...,
) -> List[Report]: ...
@overload
def parse_files(
    paths: Iterable[StrPath],
    errors: Literal["collect"],
    *,
    threads: Optional[int] = ...,
    pattern: str = ...,
    recursive: bool = ...,
    progress: Optional[bool] = ...,
) -> List[Union[Report, Exception]]: ...
def parse_files(
    paths: Iterable[StrPath],
    errors: Literal["raise", "skip", "collect"] = "raise",
    *,
    threads: Optional[int] = None,
    pattern: str = "*.txt",
    recursive: bool = False,
    progress: Optional[bool] = None,
) -> Union[List[Report], List[Union[Report, Exception]]]:
    """Reads and parses report *files* in parallel, decoded as the CLI does.

    ``paths`` is a list (any iterable) of ``str`` or ``os.PathLike``; a directory stands for the
    files in it that match ``pattern`` (``*.txt``; with ``recursive=True`` in its subdirectories
    too), in name order. A file that cannot be read or decoded:

    - ``errors="raise"`` (default): raises its :class:`baogao.FileError` /
      :class:`baogao.DecodeError` (the first failure in input order);
    - ``errors="skip"``: is left out (the result is shorter than the input);
    - ``errors="collect"``: stands in the result as its exception object, in the file's place,
      and every good file keeps its :class:`Report`.

    ``progress``: a tqdm bar on stderr (``None``: when tqdm is installed, stderr is a terminal
    and there are at least 200 files). A bare string raises ``TypeError`` (texts go to
    :func:`parse_many`).

    >>> out = parse_files(["no/such/file.txt"], errors="collect")
    >>> type(out[0]).__name__
    'FileError'
    """
    if errors not in ("raise", "skip", "collect"):
        raise ValueError(f"baogao.parse_files: errors must be 'raise', 'skip' or 'collect', not {errors!r}")
    files = _expand(paths, pattern, recursive)
    bar = _progress(len(files), progress)
    out: List[Union[Report, Exception]] = []
    try:
        for chunk in _chunks(files):
            try:
                out.extend(_baogao.parse_many([_Path(p) for p in chunk], threads=threads))
            except (OSError, ValueError):
                if errors == "raise":
                    raise
                # one file of the chunk failed: read them one by one to keep the others
                for p in chunk:
                    try:
                        out.append(_baogao.parse_file(p))
                    except (OSError, ValueError) as e:
                        if errors == "collect":
                            out.append(e)
            if bar is not None:
                bar.update(len(chunk))
    finally:
        if bar is not None:
            bar.close()
    return out


class _Path:
    """A path given as ``str``, passed to the Rust batch parser as a path (not as text)."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return self.path
