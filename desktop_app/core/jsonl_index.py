"""A line-offset index of a JSONL file: any line's bytes without reading the file into memory.

:func:`index_lines` streams the file once (1 MB reads) and records where every line starts, in an
``array('q')`` (8 bytes a line: 400 KB for 50,000 lines, whatever their length). Lines are what the
validator counts: every ``\\n``-terminated piece plus a last piece without a newline; blank lines
count too, so line ``n`` here is line ``n`` of a :class:`~desktop_app.core.validate.ValidationReport`.
"""

from __future__ import annotations

import os
import threading
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate, islice
from pathlib import Path
from typing import BinaryIO

from desktop_app.core.fileutil import CHUNK_BYTES

# Ranges of consecutive lines are read together, up to about this many bytes at a time.
RUN_BYTES = 4 * CHUNK_BYTES


class IndexCancelled(Exception):
    """Raised by :func:`index_lines` when its ``cancel`` event is set."""


@dataclass(frozen=True)
class LineIndex:
    """Where each line of a file starts.

    Attributes:
        path: the file.
        starts: ``len(self) + 1`` offsets: line ``i`` (0-based) is ``[starts[i], starts[i + 1])``,
            terminator included; the last entry is the file size.
        size: the file's size when indexed.
        mtime_ns: the file's modification time when indexed (to notice a file changed underneath).
    """

    path: Path
    starts: array[int]
    size: int
    mtime_ns: int

    def __len__(self) -> int:
        return len(self.starts) - 1

    def span(self, line: int) -> tuple[int, int]:
        """``(start, end)`` byte offsets of a 0-based line, terminator included."""
        return self.starts[line], self.starts[line + 1]

    def line_bytes(self, line: int) -> int:
        """The size of a 0-based line, terminator included."""
        return self.starts[line + 1] - self.starts[line]

    def unchanged(self) -> bool:
        """True while the file on disk still has the size and time it had when indexed."""
        try:
            st = self.path.stat()
        except OSError:
            return False
        return st.st_size == self.size and st.st_mtime_ns == self.mtime_ns

    def read(self, handle: BinaryIO, line: int) -> bytes:
        """A 0-based line's content, without its ``\\n`` / ``\\r\\n``."""
        start, end = self.span(line)
        handle.seek(start)
        return strip_terminator(handle.read(end - start))

    def read_run(self, handle: BinaryIO, first: int, count: int) -> list[bytes]:
        """``count`` consecutive lines from ``first`` with one read, without terminators."""
        start, end = self.starts[first], self.starts[first + count]
        handle.seek(start)
        data = handle.read(end - start)
        if len(data) != end - start:
            raise OSError(f"{self.path} changed while it was being read")
        lines = data.split(b"\n")
        last = lines.pop()  # b"" after a final newline, else a last line without one
        lines = [line[:-1] if line.endswith(b"\r") else line for line in lines]
        if last:
            lines.append(last)
        return lines


def strip_terminator(raw: bytes) -> bytes:
    """``raw`` without one trailing ``\\n`` or ``\\r\\n``."""
    if raw.endswith(b"\n"):
        raw = raw[:-1]
        if raw.endswith(b"\r"):
            raw = raw[:-1]
    return raw


def index_lines(
    path: str | os.PathLike[str],
    *,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LineIndex:
    """Index every line of ``path`` (one streaming pass, 1 MB reads).

    Args:
        progress: ``progress(bytes_done, total)`` after each read.
        cancel: when set, stops with :class:`IndexCancelled`.

    Raises:
        OSError: the file cannot be read.
        IndexCancelled: ``cancel`` was set.
    """
    p = Path(path)
    st = p.stat()
    starts = array("q", [0])
    offset = 0
    with open(p, "rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            if cancel is not None and cancel.is_set():
                raise IndexCancelled
            pieces = chunk.split(b"\n")
            pieces.pop()  # the text after the last newline of this chunk (continues in the next one)
            # where each next line starts; ``initial`` itself is not a line start (skipped)
            starts.extend(islice(accumulate((len(piece) + 1 for piece in pieces), initial=offset), 1, None))
            offset += len(chunk)
            if progress is not None:
                progress(offset, st.st_size)
    if starts[-1] != offset:
        starts.append(offset)  # a last line without a newline
    return LineIndex(p, starts, offset, st.st_mtime_ns)


def iter_runs(rows: array[int] | list[int]) -> Iterator[tuple[int, int, int]]:
    """``(position, first_value, count)`` for each run of consecutive, increasing values in ``rows``."""
    n = len(rows)
    i = 0
    while i < n:
        first = rows[i]
        j = i + 1
        while j < n and rows[j] == first + (j - i):
            j += 1
        yield i, first, j - i
        i = j
