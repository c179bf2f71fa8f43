"""Opening the user's file, read-only: the size check with typed errors (missing, locked, a folder, a
device), the binary handle, and the bounded sample detection looks at (the head plus three windows)."""

from __future__ import annotations

import contextlib
import io
import stat
from collections.abc import Iterator
from pathlib import Path

from desktop_app.core import wording as w
from desktop_app.core.tables.errors import FileMissingError, FileUnreadableError

SAMPLE_HEAD_BYTES = 256 * 1024
SAMPLE_WINDOW_BYTES = 64 * 1024


def _read_sample(path: Path, size: int) -> tuple[bytes, bool]:
    """The head and, for a larger file, three windows (aligned after a line break); ``(sample, whole)``."""
    with _open_binary(path) as handle:
        head = handle.read(SAMPLE_HEAD_BYTES)
        if size <= SAMPLE_HEAD_BYTES:
            return head, True
        # Every piece but the last ends at a line break: a piece cut inside a multi-byte character
        # would make the joined sample invalid in any encoding (a 400 MB UTF-8 CSV was called binary).
        end = head.rfind(b"\n")
        if end < 0:
            return head, False  # one very long first line: the head alone
        parts = [head[: end + 1]]
        for fraction in (0.33, 0.66, 1.0):
            start = max(SAMPLE_HEAD_BYTES, int(size * fraction) - SAMPLE_WINDOW_BYTES)
            handle.seek(start)
            window = handle.read(SAMPLE_WINDOW_BYTES)
            cut = window.find(b"\n")
            if cut < 0:
                continue
            window = window[cut + 1 :]
            if start + SAMPLE_WINDOW_BYTES < size:
                last = window.rfind(b"\n")
                if last < 0:
                    continue
                window = window[: last + 1]
            parts.append(window)
        return b"".join(parts), False


def _stat_size(path: Path) -> int:
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise FileMissingError(w.T_MISSING(path=str(path)), detail=str(exc)) from exc
    except OSError as exc:
        raise FileUnreadableError(
            w.T_CANNOT_OPEN(path=str(path), reason=str(exc.strerror or exc)), detail=str(exc)
        ) from exc
    if path.is_dir():
        raise FileUnreadableError(w.T_FOLDER(path=str(path)))
    if not stat.S_ISREG(st.st_mode):  # /dev/zero never ends; opening a named pipe waits forever
        raise FileUnreadableError(w.T_NOT_REGULAR(path=str(path)))
    return st.st_size


@contextlib.contextmanager
def _open_binary(path: Path) -> Iterator[io.FileIO]:
    try:
        handle = io.FileIO(path, "r")
    except FileNotFoundError as exc:
        raise FileMissingError(w.T_MISSING(path=str(path)), detail=str(exc)) from exc
    except PermissionError as exc:
        raise FileUnreadableError(w.T_LOCKED(name=path.name), detail=str(exc)) from exc
    except OSError as exc:
        raise FileUnreadableError(
            w.T_CANNOT_OPEN(path=path.name, reason=str(exc.strerror or exc)), detail=str(exc)
        ) from exc
    try:
        yield handle
    finally:
        handle.close()
