"""Exceptions raised by baogao.

Parsing text never fails; reading and decoding can:

- :class:`DecodeError` -- the bytes are not UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, or
  GB18030. ``file``, ``encoding`` and ``offset`` (of the first bad byte) say where.
- :class:`FileError` -- the file cannot be read. It is also an :class:`OSError` (``errno``,
  ``strerror``, ``filename`` are set), so ``except OSError`` catches it too.

Both derive from :class:`BaogaoError`, itself a :class:`ValueError`.
"""

from __future__ import annotations

from typing import Optional


class BaogaoError(ValueError):
    """Base class of every error baogao raises."""


class DecodeError(BaogaoError):
    """The input is not text in a supported encoding.

    >>> import baogao
    >>> try:
    ...     baogao.parse_bytes(b"\\xe4\\xb8\\xad\\xff\\xfe\\x00\\x80")
    ... except baogao.DecodeError as e:
    ...     print(e.offset, e.encoding)
    3 UTF-8
    """

    file: Optional[str]
    encoding: Optional[str]
    offset: Optional[int]

    def __init__(
        self,
        message: str,
        *,
        file: Optional[str] = None,
        encoding: Optional[str] = None,
        offset: Optional[int] = None,
    ) -> None:
        super().__init__(message)
        self.file = file
        self.encoding = encoding
        self.offset = offset


class FileError(BaogaoError, OSError):
    """A file could not be read (missing, a directory, no permission ...)."""

    def __init__(
        self,
        errno: Optional[int],
        strerror: str,
        filename: str,
        *,
        message: Optional[str] = None,
    ) -> None:
        OSError.__init__(self, errno, strerror, filename)
        self.message = message if message is not None else f"{filename}: {strerror}"

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (
            _rebuild_file_error,
            (self.errno, self.strerror, self.filename, self.message),
        )


def _rebuild_file_error(
    errno: Optional[int], strerror: str, filename: str, message: str
) -> FileError:
    return FileError(errno, strerror, filename, message=message)
