"""Work in other processes: a function run over jobs, one process each, while the caller does its own
share (issue 13: an export of many rows on a machine with a free core).

Processes are started with ``fork`` where that is safe and cheap (Linux, a process with one thread: the
CLI), otherwise with ``spawn`` (Windows, macOS, the window's threads), so ``target`` and the jobs must be
picklable and importable: top-level functions and dataclasses. The frozen app calls
``multiprocessing.freeze_support()`` first (``packaging/launcher.py``).

A worker's exception is raised again in the caller; a worker that ends without an answer (killed, out
of memory, crashed) raises :class:`~desktop_app.core.error_base.BatchDeskError` with
:data:`~desktop_app.core.wording.WORKER_DIED`. Leaving the ``with`` block early (an error, Ctrl-C) ends
the workers still running: no process outlives its caller's export.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from desktop_app.core import wording as w
from desktop_app.core.error_base import BatchDeskError

J = TypeVar("J")
R = TypeVar("R")


def start_method() -> str:
    """``fork`` on Linux in a process with one thread (a fork copies the parent's imports: ~0.1 s less
    per worker than a fresh interpreter), else ``spawn`` (forking a process with threads can copy a lock
    another thread holds)."""
    chosen = os.environ.get("BATCH_DESK_START_METHOD")  # measurements (benchmarks/export_parts.py)
    if chosen in ("fork", "spawn", "forkserver"):
        return chosen
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _child(target: Callable[[Any], Any], job: Any, conn: Connection) -> None:
    """A worker's body: the caller handles Ctrl-C and ends the workers, so the worker ignores it."""
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        answer: tuple[str, Any] = ("ok", target(job))
    except BaseException as exc:
        answer = ("raised", exc)
    try:
        conn.send(answer)
    except Exception:
        conn.send(("raised", RuntimeError(f"{type(answer[1]).__name__}: {answer[1]}")))
    finally:
        conn.close()


class Workers(Generic[R]):
    """Processes running ``target(job)``, one per job, started by :func:`workers`."""

    def __init__(self, method: str) -> None:
        self._context = multiprocessing.get_context(method)
        self._procs: list[tuple[Any, Connection]] = []

    def start(self, target: Callable[[Any], R], jobs: Sequence[Any]) -> None:
        """One process per job."""
        context = self._context
        for job in jobs:
            mine, theirs = context.Pipe(duplex=False)
            proc = context.Process(target=_child, args=(target, job, theirs), daemon=True)  # type: ignore[attr-defined]
            proc.start()
            theirs.close()
            self._procs.append((proc, mine))

    def results(self) -> list[R]:
        """Every worker's result, in the jobs' order (waits for them)."""
        out: list[R] = []
        for proc, conn in self._procs:
            answer: tuple[str, Any] | None = None
            while answer is None:
                ready = wait([conn, proc.sentinel])
                if conn in ready:
                    try:
                        answer = conn.recv()
                    except EOFError:
                        break
                elif not proc.is_alive():
                    if conn.poll():
                        continue
                    break
            if answer is None:
                proc.join()
                raise BatchDeskError(w.WORKER_DIED(code=str(proc.exitcode)))
            kind, value = answer
            if kind != "ok":
                raise value
            out.append(value)
        return out

    def stop(self) -> None:
        """End the workers still running and wait for them."""
        for proc, _ in self._procs:
            if proc.is_alive():
                proc.terminate()
        for proc, conn in self._procs:
            proc.join()
            conn.close()


@contextlib.contextmanager
def workers(target: Callable[[J], R], jobs: Sequence[J], *, method: str | None = None) -> Iterator[Workers[R]]:
    """Start one process per job running ``target(job)``; the block collects :meth:`Workers.results`.
    On leaving the block every worker has ended (the ones still running are stopped)."""
    started: Workers[R] = Workers(method or start_method())
    try:
        started.start(target, jobs)
        yield started
    finally:
        started.stop()
