"""The fast id scanner: the byte offset, length and ``custom_id`` of every line of a JSONL file,
found with byte searches and C-level passes (no JSON parse for plain lines), over a memory-mapped file
(:class:`Mapped`) whose scanned pages are handed back as it goes. The results view's index."""

from __future__ import annotations

import contextlib
import mmap
import os
import re
import threading
from collections.abc import Iterator
from itertools import accumulate, repeat
from operator import add, methodcaller
from pathlib import Path
from typing import IO, Any, NamedTuple

import orjson

from desktop_app.core.answers.parse import MAX_RESULT_LINE_BYTES

_UTF8_BOM = b"\xef\xbb\xbf"

# A key ``"custom_id":`` outside any string (inside a string its quotes would be escaped), with a
# string or a number as value. A second match on the same line sends the line to the full parser.
CID_KEY = b'"custom_id"'
_CID = re.compile(rb'"custom_id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)(?=\s*[,}]))')
# The bytes decide only a key of the line's own object: the line starts with "{" and no "{" or "[" comes
# before the key (a key only inside a nested object is no id of the line's; the parser says so).
_TOP_KEY = re.compile(rb'\{[^{\[]*?"custom_id"')


class Mapped:
    """One file: memory-mapped for the index scan, read by offset for rows (an empty file maps to nothing).

    Memory stays flat whatever the file's size (issue 10): rows are read by offset (:meth:`slice`,
    ``pread``; a locked seek + read on Windows), never through the map, and the index scan hands the
    pages it has passed back to the OS (``MADV_DONTNEED``) every :data:`_RELEASE_BYTES`
    (:meth:`releasing`), so the mapped pages resident at once stay about that size. Where ``madvise``
    is missing (Windows) the index scan's pages stay mapped (reclaimable by the OS).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = open(path, "rb", buffering=0)  # noqa: SIM115 - closed in close()
        size = os.fstat(self._handle.fileno()).st_size
        self._map: mmap.mmap | None = mmap.mmap(self._handle.fileno(), 0, access=mmap.ACCESS_READ) if size else None
        self._lock = threading.Lock()
        self._window = b""  # the read-ahead window of sequential reads, starting at _window_at
        self._window_at = 0
        self._next = -10  # where the last read ended

    @property
    def buffer(self) -> Any:
        """The mapped bytes (``b""`` for an empty file)."""
        return self._map if self._map is not None else b""

    def slice(self, offset: int, length: int) -> bytes:
        """``length`` bytes at ``offset``, read from the file, not the map (a mapped page costs a whole
        page-cache folio of resident memory, up to 2 MB per random read). Reads that follow each other
        (the input file in row order) are served from one :data:`_WINDOW_BYTES` read-ahead window."""
        handle = self._handle
        if self._map is None or handle is None or length <= 0:
            return b""
        with self._lock:
            start = offset - self._window_at
            if start >= 0 and start + length <= len(self._window):
                data = self._window[start : start + length]
            elif 0 <= offset - self._next <= 2:  # the next line (after "\n" or "\r\n"): read ahead
                self._window = read_at(handle, offset, max(length, _WINDOW_BYTES))
                self._window_at = offset
                data = self._window[:length]
            else:
                data = read_at(handle, offset, length)
            self._next = offset + length
        return data

    def releasing(self, lines: Iterator[IdRun | IdLine]) -> Iterator[IdRun | IdLine]:
        """``lines`` (from :func:`id_runs` over :attr:`buffer`), handing the scanned pages back as it goes."""
        mapped = self._map
        if mapped is None or _DONTNEED is None:
            yield from lines
            return
        mark = _RELEASE_BYTES
        for item in lines:
            at = item.offsets[0] if isinstance(item, IdRun) else item[1]
            if at >= mark:
                start = at - at % mmap.PAGESIZE
                with contextlib.suppress(OSError, ValueError):
                    mapped.madvise(_DONTNEED, 0, start)
                mark = at + _RELEASE_BYTES
            yield item
        with contextlib.suppress(OSError, ValueError):
            mapped.madvise(_DONTNEED)

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None
        if self._handle is not None:
            self._handle.close()
            self._handle = None


IdLine = tuple[int, int, int, bool, str | None, bool]
_HAS_PREAD = hasattr(os, "pread")  # POSIX; Windows reads with a locked seek + read
_WINDOW_BYTES = 256 * 1024
_DONTNEED = getattr(mmap, "MADV_DONTNEED", None)  # Linux, macOS; Windows keeps the scanned pages mapped
_RELEASE_BYTES = 32 * 1024 * 1024


def read_at(handle: IO[bytes], offset: int, length: int) -> bytes:
    """``length`` bytes of an unbuffered file at ``offset``: one ``pread`` (POSIX), or a seek and a read
    on Windows (callers sharing ``handle`` between threads hold a lock)."""
    if _HAS_PREAD:
        return os.pread(handle.fileno(), length, offset)
    handle.seek(offset)
    return handle.read(length) or b""


def _unescape(raw: bytes) -> str:
    if b"\\" not in raw:
        return raw.decode("utf-8", "replace")
    try:
        value = orjson.loads(b'"' + raw + b'"')
    except orjson.JSONDecodeError:
        return raw.decode("utf-8", "replace")
    return value if isinstance(value, str) else str(value)


def _fast_id(raw: bytes) -> tuple[bool, str | None, bool]:
    """``(decided, custom_id, is_string)`` from the bytes alone; ``decided`` False means "parse it"."""
    if _TOP_KEY.match(raw) is None:
        return False, None, False  # not an object, or no key of its own before a nested one: parse it
    match = _CID.search(raw)
    if match is None or raw.find(CID_KEY, match.end()) >= 0:
        return False, None, False  # none, or the key twice (a nested object): let the parser decide
    text = match.group(1)
    if text is not None:
        if b"\\" in text:
            return True, _unescape(text) or None, True
        return True, text.decode("utf-8", "replace") or None, True
    return True, match.group(2).decode("ascii"), False


def id_lines(buf: Any) -> Iterator[tuple[int, int, int, bool, str | None, bool]]:
    """Every non-blank line of a JSONL buffer (bytes or mmap) with its ``custom_id`` when the bytes
    alone decide it: ``(line number, offset, length, decided, custom_id, is_string)``.

    Finds each ``"custom_id"`` key with a plain byte search; only lines without one, with two, or not
    starting with ``{`` (blank lines, a BOM, odd spacing, escapes) go through the per-line path.
    """
    size = len(buf)
    pos = 0  # start of the first line not yet reported
    line_no = 1
    find, rfind, match_at = buf.find, buf.rfind, _CID.match
    while pos < size:
        key = find(CID_KEY, pos)
        if key < 0:
            break
        newline = rfind(b"\n", pos, key)
        line_start = pos if newline < 0 else newline + 1
        if line_start > pos:
            yield from _id_lines_slow(buf, pos, line_start, line_no)
            line_no += buf[pos:line_start].count(b"\n")
        line_end = find(b"\n", key)
        if line_end < 0:
            line_end = size
        end = line_end - 1 if line_end > line_start and buf[line_end - 1] == 13 else line_end  # CR LF
        match = match_at(buf, key, end)
        text = match.group(1) if match is not None else None
        if (
            text is None
            or _TOP_KEY.match(buf, line_start, end) is None
            or b"\\" in text
            or find(CID_KEY, match.end(), end) >= 0  # type: ignore[union-attr]
        ):
            yield from _id_lines_slow(buf, line_start, min(size, line_end + 1), line_no)
        else:
            yield line_no, line_start, end - line_start, True, text.decode("utf-8", "replace") or None, True
        line_no += 1
        pos = line_end + 1
    if pos < size:
        yield from _id_lines_slow(buf, pos, size, line_no)


def _id_lines_slow(
    buf: Any, start: int, stop: int, line_no: int
) -> Iterator[tuple[int, int, int, bool, str | None, bool]]:
    """Line by line (never a copy of the whole stretch: it may be a gigabyte of junk); a line longer
    than :data:`MAX_RESULT_LINE_BYTES` is given undecided and unread (the index counts it unreadable)."""
    offset = start
    number = line_no
    find = buf.find
    while offset < stop:
        end = find(b"\n", offset, stop)
        if end < 0:
            end = stop
        line_offset = offset
        if end - offset > MAX_RESULT_LINE_BYTES:
            yield number, line_offset, end - offset, False, None, False
        else:
            raw = bytes(buf[offset:end])
            if line_offset == 0 and raw.startswith(_UTF8_BOM):
                raw = raw[3:]
                line_offset += 3
            raw = raw.rstrip(b"\r")
            if raw and not raw.isspace():
                decided, cid, is_string = _fast_id(raw)
                yield number, line_offset, len(raw), decided, cid, is_string
        number += 1
        offset = end + 1


_RUN_BYTES = 1024 * 1024  # bytes of a JSONL buffer that id_runs splits into lines at once (each C-level step
# over them holds the GIL: 4 MB made steps of 3–35 ms that stalled the window; 1 MB: ~0.5 ms, same total)


class IdRun(NamedTuple):
    """Consecutive lines whose ``custom_id`` the bytes alone decide (a JSON string without escapes, the
    key once, the line starting with ``{``): line ``first_line + i`` is ``[offsets[i], +lengths[i])``."""

    first_line: int
    offsets: list[int]
    lengths: list[int]
    cids: list[str]


_count_key = methodcaller("count", CID_KEY)
_group_1 = methodcaller("group", 1)
_has_backslash = methodcaller("__contains__", b"\\")
_top_key = _TOP_KEY.match
_ends_cr = methodcaller("endswith", b"\r")
_decode = methodcaller("decode", "utf-8", "replace")


def id_runs(buf: Any) -> Iterator[IdRun | IdLine]:
    """The lines of :func:`id_lines`, in the same order, with the common ones grouped in :class:`IdRun`
    s: a few MB at a time is split into lines and matched by C-level calls (``split``, ``map`` of the
    regex and of ``bytes.count``), so 200,000 lines cost no per-line Python step (issue 13: the results
    window's index). Lines that are not that plain come one by one, as :func:`_id_lines_slow` gives them.
    """
    size = len(buf)
    pos = 0
    line_no = 1
    while pos < size:
        window_end = min(size, pos + _RUN_BYTES)
        cut = buf.rfind(b"\n", pos, window_end)
        if cut < 0:  # one line longer than the window, or the file's last line without a newline
            newline = -1 if window_end == size else buf.find(b"\n", window_end)
            stop = size if newline < 0 else newline + 1
            yield from _id_lines_slow(buf, pos, stop, line_no)
            line_no += 1
            pos = stop
            continue
        lines = buf[pos:cut].split(b"\n")
        yield from _runs_of(buf, lines, pos, line_no)
        line_no += len(lines)
        pos = cut + 1


def _runs_of(buf: Any, lines: list[bytes], base: int, line_no: int) -> Iterator[IdRun | IdLine]:
    n = len(lines)
    lengths = list(map(len, lines))
    offsets = list(accumulate(map(add, lengths, repeat(1, n - 1)), initial=base))
    counts = list(map(_count_key, lines))
    matches = list(map(_CID.search, lines))
    if counts.count(1) == n and None not in matches:
        texts = list(map(_group_1, matches))
        if (
            None not in texts
            and b"" not in texts
            and not any(map(_has_backslash, texts))
            and None not in map(_top_key, lines)
        ):
            crs = sum(map(_ends_cr, lines))
            if crs == 0:
                yield IdRun(line_no, offsets, lengths, list(map(_decode, texts)))
                return
            if crs == n:  # CR LF throughout
                yield IdRun(line_no, offsets, [length - 1 for length in lengths], list(map(_decode, texts)))
                return
    # Mixed: plain lines in runs, the others one by one through the general path.
    start = 0
    for i, (count, match, line) in enumerate(zip(counts, matches, lines, strict=True)):
        text = match.group(1) if match is not None and count == 1 else None
        if text and b"\\" not in text and _top_key(line) is not None and not line.endswith(b"\r"):
            continue
        if i > start:
            yield IdRun(
                line_no + start, offsets[start:i], lengths[start:i], list(map(_decode, _texts_of(matches, start, i)))
            )
        yield from _id_lines_slow(buf, offsets[i], offsets[i] + lengths[i] + 1, line_no + i)
        start = i + 1
    if n > start:
        yield IdRun(
            line_no + start, offsets[start:n], lengths[start:n], list(map(_decode, _texts_of(matches, start, n)))
        )


def _texts_of(matches: list[Any], start: int, stop: int) -> list[bytes]:
    """The captured ids of ``matches[start:stop]``."""
    return list(map(_group_1, matches[start:stop]))
