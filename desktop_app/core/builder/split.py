"""Cut a request file into parts that each fit the per-file request and byte limits."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import wording as w
from desktop_app.core.builder.jsonl import BuildReport
from desktop_app.core.builder.spec import BuildCancelled
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.fileutil import CHUNK_BYTES, atomic_write
from desktop_app.core.limits import (
    MAX_FILE_BYTES,
    MAX_REQUESTS_PER_FILE,
    MB,
    TEST_MODEL_MAX_BYTES,
    TEST_MODEL_MAX_LINES,
)


class SplitError(BatchDeskError):
    """A single request is larger than a part may be."""


@dataclass(frozen=True)
class Part:
    """One part of a split: lines ``first_line..last_line`` (1-based) = bytes ``[start, end)``."""

    index: int
    count: int
    first_line: int
    last_line: int
    requests: int
    bytes: int
    start: int
    end: int

    def filename(self, stem: str) -> str:
        """``name.part-01-of-03.jsonl``."""
        width = max(2, len(str(self.count)))
        return f"{stem}.part-{self.index:0{width}d}-of-{self.count:0{width}d}.jsonl"


def _line_sizes(path: Path) -> Iterator[tuple[int, bool]]:
    """``(bytes incl. newline, is a request)`` per line, streamed (long lines read in chunks)."""
    with open(path, "rb", buffering=CHUNK_BYTES) as handle:
        while True:
            chunk = handle.readline(CHUNK_BYTES)
            if not chunk:
                return
            size = len(chunk)
            blank = chunk.isspace()
            while not chunk.endswith(b"\n"):
                chunk = handle.readline(CHUNK_BYTES)
                if not chunk:
                    break
                size += len(chunk)
                blank = blank and chunk.isspace()
            yield size, not blank


def plan_split(
    source: str | os.PathLike[str] | BuildReport,
    *,
    max_requests: int = MAX_REQUESTS_PER_FILE,
    max_bytes: int = MAX_FILE_BYTES,
    test_model: bool = False,
) -> list[Part]:
    """Cut a JSONL file into consecutive parts that each hold ≤ ``max_requests`` requests and ≤ ``max_bytes``.

    ``test_model=True`` uses the test model's limits instead (100 lines, 1 MB). Parts are greedy and
    contiguous: concatenating them gives the original bytes. Blank lines ride along with their part
    (they count towards its bytes, not its requests). A :class:`BuildReport` is planned from its
    recorded line sizes without reading the file.

    Raises:
        SplitError: a single line is larger than ``max_bytes``.
    """
    if test_model:
        max_requests = min(max_requests, TEST_MODEL_MAX_LINES)
        max_bytes = min(max_bytes, TEST_MODEL_MAX_BYTES)
    if max_requests < 1 or max_bytes < 1:
        raise ValueError("max_requests and max_bytes must be at least 1")
    sizes: Iterable[tuple[int, bool]]
    sizes = ((s, True) for s in source.line_bytes) if isinstance(source, BuildReport) else _line_sizes(Path(source))
    bounds: list[tuple[int, int, int, int, int, int]] = []  # first, last, requests, bytes, start, end
    first = line = requests = size = start = offset = 0
    for line_size, is_request in sizes:
        line += 1
        if line_size > max_bytes:
            raise SplitError(
                w.B_SPLIT_LINE_TOO_LARGE(line=line, size_mb=f"{line_size / MB:.2f}", max_mb=f"{max_bytes / MB:.2f}"),
                code="line_too_large",
            )
        if size and (size + line_size > max_bytes or (is_request and requests + 1 > max_requests)):
            bounds.append((first, line - 1, requests, size, start, offset))
            first, requests, size, start = 0, 0, 0, offset
        if not first:
            first = line
        size += line_size
        requests += is_request
        offset += line_size
    if size:
        bounds.append((first, line, requests, size, start, offset))
    count = len(bounds)
    return [Part(i, count, *b) for i, b in enumerate(bounds, 1)]


def split_jsonl(
    path: str | os.PathLike[str],
    dest_dir: str | os.PathLike[str] | None = None,
    *,
    max_requests: int = MAX_REQUESTS_PER_FILE,
    max_bytes: int = MAX_FILE_BYTES,
    test_model: bool = False,
    parts: Sequence[Part] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[Path]:
    """Write the parts of :func:`plan_split` as ``name.part-01-of-03.jsonl`` files (streamed byte copies).

    Each part is written atomically. ``dest_dir`` defaults to the file's folder. Pass ``parts`` to
    reuse a plan. ``progress(bytes_done, total)``; ``cancel`` stops with :class:`BuildCancelled`
    (parts already finished stay; the caller may delete them).

    Raises:
        SplitError, OSError, BuildCancelled
    """
    src = Path(path)
    folder = Path(dest_dir) if dest_dir is not None else src.parent
    plan = (
        list(parts)
        if parts is not None
        else plan_split(src, max_requests=max_requests, max_bytes=max_bytes, test_model=test_model)
    )
    total = plan[-1].end if plan else 0
    written: list[Path] = []
    with open(src, "rb") as handle:
        for part in plan:
            target = folder / part.filename(src.stem)
            handle.seek(part.start)
            remaining = part.end - part.start
            with atomic_write(target, "wb") as out:
                while remaining > 0:
                    if cancel is not None and cancel.is_set():
                        raise BuildCancelled
                    chunk = handle.read(min(CHUNK_BYTES, remaining))
                    if not chunk:
                        raise OSError(f"{src} changed while it was being split")
                    out.write(chunk)
                    remaining -= len(chunk)
                    if progress is not None:
                        progress(part.end - remaining, total)
            written.append(target)
    return written
