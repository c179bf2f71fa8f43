"""Small file helpers shared by downloads, exports and the ledger: atomic writes and hashing."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

CHUNK_BYTES = 1024 * 1024
PARTIAL_SUFFIX = ".part"


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux), else set and
    restored at once."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    old = os.umask(0o022)
    os.umask(old)
    return old


@contextlib.contextmanager
def atomic_write(dest: Path, mode: str = "wb", *, shared: bool = False, **open_kwargs: Any) -> Iterator[IO[Any]]:
    """Write ``dest`` all-or-nothing.

    Writes to a hidden temp file in the same folder, fsyncs it and renames it over ``dest`` only when
    the block finishes without error. A crash or exception leaves the old file (or nothing) and no
    temp file behind. The temp file is private (0600); with ``shared`` (the user's exports) the file
    gets the permissions the user's umask gives a new file (usually 0644), like any file they save.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=PARTIAL_SUFFIX, dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        if shared and os.name != "nt":
            os.fchmod(fd, 0o666 & ~current_umask())
        with os.fdopen(fd, mode, **open_kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def sha256_file(path: Path, progress: Callable[[int], None] | None = None) -> str:
    """Hex sha256 of a file, read in chunks; ``progress`` receives bytes read so far."""
    import hashlib  # OpenSSL's loading: ~3 ms that `validate` does not need (issue 13)

    digest = hashlib.sha256()
    done = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done)
    return digest.hexdigest()


def leftover_partials(folder: Path) -> list[Path]:
    """Temp files an interrupted atomic write may have left (for start-up clean-up)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(PARTIAL_SUFFIX))


def user_facing_path(name: object) -> str:
    """The file a person knows for ``name``: a temp file ``.<name>.<random>.part`` of an atomic write
    becomes the ``<name>`` it was going to be; empty when there is no name."""
    if name is None or name == "":
        return ""
    path = Path(os.fsdecode(name) if isinstance(name, (str, bytes)) else str(name))
    if path.name.startswith(".") and path.name.endswith(PARTIAL_SUFFIX):
        inner = path.name[1 : -len(PARTIAL_SUFFIX)]
        real, dot, _random = inner.rpartition(".")
        if dot and real:
            return str(path.with_name(real))
    return str(path)


NOT_REGULAR_REASON = (
    "it is not a regular file (a device, a pipe, a socket or a folder) and cannot be read as one; choose a saved file"
)


class NotRegularFile(OSError):
    """The path is a device, a pipe, a socket or a folder: reading it could hang or never end."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(errno.EINVAL, NOT_REGULAR_REASON, os.fspath(path))


def require_regular_file(path: str | os.PathLike[str]) -> os.stat_result:
    """``os.stat`` of ``path`` (symlinks followed), or :class:`NotRegularFile` before anything opens it
    (opening a named pipe waits for a writer forever; ``/dev/zero`` never ends)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(path)
    return st


def describe_os_error(exc: OSError) -> str:
    """A disk problem in plain words, naming the user's file (never an internal ``.part`` temp file) and
    what to do; used by every face."""
    name = user_facing_path(exc.filename)
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        where = f"{name}: " if name else ""
        return f"{where}the disk is full ({reason}). Free some space, then try again; nothing half-written was kept"
    if name:
        return f"cannot read or write {name}: {reason}"
    return f"a file could not be read or written: {reason}. Check the folder and the free disk space, then try again"
