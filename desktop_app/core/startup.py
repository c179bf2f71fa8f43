"""What every Batch Desk process does first: clean up after a crash, and say that it is running.

A process killed in the middle of an atomic write (SIGKILL, a power cut) leaves that write's hidden
temp file (``.<name>.<random>.part``, see :mod:`desktop_app.core.fileutil`) behind: a half-downloaded
answer file, a half-written export or settings file. The destination itself is never half-written.
:func:`start_up` removes such leftovers from the app's folders (config, data — downloads live there —
and cache), and :func:`sweep_destination` those next to one file the user chose (an export).

On POSIX a file another process is still writing can be deleted under it, so nothing is removed while
another Batch Desk process (window or CLI) runs. Each process announces itself with an exclusive OS
lock (``fcntl.flock``; ``msvcrt.locking`` on Windows) on its own ``<data>/instances/<pid>-<random>.lock``,
held until it exits. The OS drops the lock however the process ends, so a lock file nobody holds is a
dead process's leftover. :func:`others_running` is also what keeps
:func:`desktop_app.core.workflow.reconcile_unfinished` from judging a submit that another process may
still be sending (its upload or create in flight there).

A process that never called :func:`start_up` (a library user, most tests) counts as alone.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import secrets
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.fileutil import PARTIAL_SUFFIX, leftover_partials
from desktop_app.core.paths import AppPaths, app_paths

log = logging.getLogger("desktop_app.startup")

INSTANCES_DIR = "instances"
_LOCK_SUFFIX = ".lock"
_NEW_SUFFIX = ".new"  # POSIX: created and locked under this name, then renamed to .lock
_NEW_GRACE_S = 60.0


@dataclass(frozen=True)
class StartupReport:
    """What :func:`start_up` did."""

    removed: tuple[Path, ...]  # leftover temp files deleted
    others_running: bool  # another Batch Desk process was running, so nothing was deleted


@dataclass
class _Instance:
    folder: Path
    path: Path
    fd: int


_lock = threading.Lock()
_instance: _Instance | None = None
_exit_hook: list[object] = []  # registered once per process


def start_up(paths: AppPaths | None = None) -> StartupReport:
    """Announce this process and, when it is the only Batch Desk process, delete crash leftovers.

    Safe to call more than once (later calls only sweep again). Never raises for a file it cannot
    delete (logged); raises OSError only when the app's folders cannot be created.
    """
    paths = (paths or app_paths()).ensure()
    register_instance(paths)
    if others_running():
        log.info("start-up: another Batch Desk process is running; leftover temp files are kept for now")
        return StartupReport((), True)
    removed = tuple(sweep_partials((paths.config, paths.data, paths.cache)))
    return StartupReport(removed, False)


def register_instance(paths: AppPaths) -> None:
    """Hold this process's instance lock under ``paths.data`` (idempotent for the same folder)."""
    global _instance
    folder = paths.data / INSTANCES_DIR
    with _lock:
        if _instance is not None:
            if _instance.folder == folder:
                return
            _release(_instance)
            _instance = None
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{os.getpid()}-{secrets.token_hex(4)}"
        final = folder / (name + _LOCK_SUFFIX)
        if sys.platform == "win32":
            # Windows refuses to delete or rename a file another process has open, so no rename dance.
            fd = os.open(final, os.O_CREAT | os.O_RDWR, 0o600)
            if not _try_lock(fd):  # pragma: no cover - a fresh random name
                os.close(fd)
                return
        else:
            # Lock first, then make it visible: a lock file is never seen unlocked by another process.
            fresh = folder / (name + _NEW_SUFFIX)
            fd = os.open(fresh, os.O_CREAT | os.O_RDWR, 0o600)
            if not _try_lock(fd):  # pragma: no cover - a fresh random name
                os.close(fd)
                return
            os.replace(fresh, final)
        if not _exit_hook:
            _exit_hook.append(atexit.register(release_instance))  # a normal exit removes the file too
        _instance = _Instance(folder, final, fd)


def release_instance() -> None:
    """Stop announcing this process (the OS does it at exit; tests call this to start over)."""
    global _instance
    with _lock:
        if _instance is not None:
            _release(_instance)
            _instance = None


def others_running() -> bool:
    """True when another live Batch Desk process uses the same folders as this one.

    False when this process never called :func:`start_up` / :func:`register_instance`. Removes the
    lock files of dead processes on the way.
    """
    with _lock:
        me = _instance
    if me is None:
        return False
    try:
        entries = list(os.scandir(me.folder))
    except OSError:
        return False
    alive = False
    for entry in entries:
        path = Path(entry.path)
        if path == me.path or not entry.name.endswith((_LOCK_SUFFIX, _NEW_SUFFIX)):
            continue
        if _held_by_someone(path):
            alive = True
        elif entry.name.endswith(_LOCK_SUFFIX) or _older_than(entry, _NEW_GRACE_S):
            # A dead process's file (a fresh ".new" may be one being set up, not locked yet: keep it).
            with contextlib.suppress(OSError):
                path.unlink()
    return alive


def _older_than(entry: os.DirEntry[str], seconds: float) -> bool:
    try:
        return time.time() - entry.stat().st_mtime > seconds
    except OSError:
        return False


def sweep_partials(roots: tuple[Path, ...] | list[Path]) -> list[Path]:
    """Delete every leftover temp file (``.*.part``) under ``roots``, recursively; return them.

    Unconditional: call it only when no other process can be writing there (see :func:`start_up`).
    """
    removed: list[Path] = []
    for root in roots:
        if not root.is_dir():
            continue
        for folder, _dirs, files in os.walk(root):
            if not any(name.endswith(PARTIAL_SUFFIX) for name in files):
                continue
            for leftover in leftover_partials(Path(folder)):
                try:
                    leftover.unlink()
                except OSError as exc:
                    log.warning("start-up: could not remove the leftover %s: %s", leftover, exc)
                    continue
                log.info("start-up: removed %s, left by an interrupted write", leftover)
                removed.append(leftover)
    return removed


def sweep_destination(dest: str | os.PathLike[str]) -> list[Path]:
    """Delete the temp files an interrupted write of ``dest`` left next to it (an export the user
    chose the place of); nothing while another Batch Desk process runs. Returns what was deleted."""
    dest = Path(dest)
    if others_running():
        return []
    prefix = f".{dest.name}."
    removed: list[Path] = []
    for leftover in leftover_partials(dest.parent):
        if not leftover.name.startswith(prefix):
            continue
        try:
            leftover.unlink()
        except OSError as exc:
            log.warning("could not remove the leftover %s: %s", leftover, exc)
            continue
        log.info("removed %s, left by an interrupted write of %s", leftover, dest.name)
        removed.append(leftover)
    return removed


# -- OS locks ------------------------------------------------------------------------------------


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _held_by_someone(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False  # gone (its process ended and cleaned up) or unreadable: nobody we can see
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _release(instance: _Instance) -> None:
    _unlock(instance.fd)
    with contextlib.suppress(OSError):
        os.close(instance.fd)
    with contextlib.suppress(OSError):
        instance.path.unlink()
