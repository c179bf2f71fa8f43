"""Token counting in a second process, so the window never builds the tokenizer (issue 13).

Building tiktoken's Qwen encoding holds the interpreter 65–130 ms (a stall of the UI thread) and adds
57 MB, and counting a big file is Python work that takes turns with the UI thread for the
interpreter. :class:`TokenProcess` runs :func:`desktop_app.core.estimate.estimate_file` — the same
function the command line runs in its own process — in one child process, started on first use with
the "spawn" method (the same on Windows, macOS and Linux; the child imports no Qt). The child gets the
file's path (never its contents) and sends back the :class:`~desktop_app.core.estimate.Estimate`.

* One job at a time; a caller waiting for its turn or its answer still sees its own cancel flag.
* Cancel: the caller's flag is passed on through a control pipe; the child stops at its next progress
  tick (every ~1 % of the file); a child that does not answer within :data:`CANCEL_GRACE_S` is killed.
* The child never outlives the app: a thread in it waits on the control pipe, whose writing end only
  the parent holds; when the parent ends — closed, crashed or killed — the pipe reports end-of-file and
  the child exits. :meth:`TokenProcess.close` ends it at once (the window's shutdown).
* A child that cannot start or dies while counting gives :class:`TokenCountFailed` (the count, so the
  cost, is unknown; ``core.estimate``) — never a number, never a hang; the next estimate starts a new child.
* A child idle for :data:`IDLE_EXIT_S` is ended by the parent while it holds the turn (so never during
  a job), giving its tokenizer's memory back; the next count starts a new one (~1 s).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import pickle
import sys
import threading
import time
import types
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from desktop_app.core.catalogue import Catalogue, current_catalogue
from desktop_app.core.estimate import CancelFlag, Estimate, EstimateCancelled, TokenCountFailed
from desktop_app.core.pricing import PriceTable, current_prices
from desktop_app.core.regions import Region

log = logging.getLogger(__name__)

START_TIMEOUT_S = 60.0  # a first start of a frozen app on a slow disk can take seconds
CANCEL_GRACE_S = 5.0  # a child that has not stopped this long after a cancel is killed
POLL_S = 0.05  # how often a waiting caller looks at its cancel flag and the child's life
IDLE_EXIT_S = 120.0  # an idle child ends after this long (its ~90 MB back); the next count starts one
QT_MODULES = ("PySide6", "shiboken6", "qasync")
# A frozen app's child has QtCore: PyInstaller's PySide6 runtime hook imports it in every process the
# bundle starts, before any code of ours (+16 MB, +90 ms). What must never be there is the GUI.
GUI_MODULES = ("PySide6.QtGui", "PySide6.QtWidgets", "qasync")


# ----- the child ---------------------------------------------------------------------------------


class _Cancelled:
    """The child's cancel flag of one job: set when the parent named this job on the control pipe."""

    def __init__(self, job: int, cancelled: set[int]) -> None:
        self.job = job
        self.cancelled = cancelled

    def is_set(self) -> bool:
        return self.job in self.cancelled


def _watch_control(control: Connection, cancelled: set[int]) -> None:
    """Child thread: note cancelled job ids; end the whole child when the parent's end closes."""
    try:
        while True:
            job = control.recv()
            if isinstance(job, int):
                cancelled.add(job)
    except BaseException:  # EOFError/OSError: the parent closed it, exited or was killed
        os._exit(0)


def _child(jobs: Connection, control: Connection) -> None:
    """The child process's main: answer estimate jobs until the parent says stop or goes away."""
    cancelled: set[int] = set()
    threading.Thread(target=_watch_control, args=(control, cancelled), name="token-control", daemon=True).start()
    from desktop_app.core.estimate import estimate_file
    from desktop_app.core.tokens import count_request

    qt = sorted(name for name in sys.modules if name.split(".")[0] in QT_MODULES)
    jobs.send(("ready", os.getpid(), qt))
    while True:
        try:
            message = jobs.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job, kind, args = message

        def progress(done: int, total: int, job: int = job) -> None:
            jobs.send(("progress", job, done, total))

        try:
            if kind == "count":
                answer: Any = count_request(args)
            else:
                path, region, catalogue, prices, low, threads, wants_progress = args
                answer = estimate_file(
                    path,
                    region,
                    catalogue=catalogue,
                    prices=prices,
                    output_low_per_request=low,
                    threads=threads,
                    progress=progress if wants_progress else None,
                    cancel=_Cancelled(job, cancelled),
                )
        except EstimateCancelled:
            jobs.send(("cancelled", job))
        except Exception as exc:  # the file's own error (OSError) goes back as it is
            jobs.send(("error", job, _portable(exc)))
        else:
            jobs.send(("done", job, answer))
        cancelled.discard(job)


def _portable(exc: BaseException) -> BaseException:
    """``exc`` when it survives pickling, else a RuntimeError with its words."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


# ----- the parent --------------------------------------------------------------------------------


def _start_without_main(process: Any) -> None:
    """``process.start()`` with the main module hidden, so the child does not import it again.

    "spawn" re-runs the parent's main script (or module) in the child before the target; the target
    here needs nothing from it, and a main without an ``if __name__ == "__main__"`` guard would start a
    second window (or a second test run). A stand-in without a file or spec makes ``spawn`` skip it —
    as it already does for a frozen app on Windows.
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        process.start()
    finally:
        if main is not None:
            sys.modules["__main__"] = main


class TokenProcess:
    """One lazily started child process that estimates files (see the module's notes).

    :meth:`estimate_file` has :func:`desktop_app.core.estimate.estimate_file`'s signature, so it can
    be passed wherever an ``Estimator`` is taken (``prepare_submit``, ``billing_gate``). Blocking: call
    it from a worker thread.
    """

    def __init__(self, *, start_timeout: float = START_TIMEOUT_S, idle_exit: float = IDLE_EXIT_S) -> None:
        self.start_timeout = start_timeout
        self.idle_exit = idle_exit
        self._last_used = time.monotonic()
        self._idle_watch: threading.Thread | None = None
        self._wake = threading.Event()  # close() wakes the idle watch
        self._turn = threading.Lock()  # one job at a time
        self._state = threading.Lock()  # guards the process and pipes below
        self._process: Any = None
        self._jobs: Connection | None = None
        self._control: Connection | None = None
        self._closed = False
        self._job = 0
        self.qt_in_child: list[str] = []  # Qt modules the child had loaded when it said ready (none)

    @property
    def gui_in_child(self) -> list[str]:
        """Qt GUI modules the child had loaded when it said ready (never any)."""
        return [name for name in self.qt_in_child if name.startswith(GUI_MODULES)]

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs."""
        process = self._process
        return process.pid if process is not None and process.is_alive() else None

    def estimate_file(
        self,
        path: str | os.PathLike[str],
        region: Region,
        *,
        catalogue: Catalogue | None = None,
        prices: PriceTable | None = None,
        output_low_per_request: int | None = None,
        threads: int = 2,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelFlag | None = None,
    ) -> Estimate:
        """Estimate ``path`` in the child (blocking), with this process's catalogue and prices.

        Raises:
            OSError: the file cannot be read (the child's error, as it was).
            EstimateCancelled: ``cancel`` was set, or the token process was closed.
            TokenCountFailed: the child could not start or stopped before it answered.
        """
        catalogue = catalogue or current_catalogue()
        prices = prices or current_prices()
        args = (os.fspath(path), region, catalogue, prices, output_low_per_request, threads, progress is not None)
        est: Estimate = self._run("estimate", args, progress, cancel)
        return est

    def count_request(self, body: dict[str, Any]) -> int:
        """Input tokens of one request body (``tokens.count_request``), counted in the child (blocking).

        The window's check counts the few lines that may not fit their model's context window this way.

        Raises:
            TokenCountFailed: the child could not start or stopped before it answered.
        """
        counted: int = self._run("count", body, None, None)
        return counted

    def _run(self, kind: str, args: Any, progress: Callable[[int, int], None] | None, cancel: CancelFlag | None) -> Any:
        """Send one job to the child (starting it when needed) and wait for its answer."""
        while not self._turn.acquire(timeout=POLL_S):
            if (cancel is not None and cancel.is_set()) or self._closed:
                raise EstimateCancelled
        try:
            if self._closed:
                raise EstimateCancelled
            jobs, control = self._ensure_started(cancel)
            self._job += 1
            job = self._job
            try:
                jobs.send((job, kind, args))
            except (OSError, ValueError) as exc:
                self._lost(f"sending the job: {exc}")
            return self._answer(job, jobs, control, progress, cancel)
        finally:
            self._last_used = time.monotonic()
            self._turn.release()

    def _watch_idle(self) -> None:
        """Thread: end the child once it has been idle :attr:`idle_exit` seconds (taking the turn first,
        so never while a job runs); stops when the token process is closed."""
        while not self._closed:
            idle_for = time.monotonic() - self._last_used
            if self._alive() and idle_for >= self.idle_exit and self._turn.acquire(blocking=False):
                try:
                    if self._alive() and time.monotonic() - self._last_used >= self.idle_exit:
                        log.info("the token process was idle %.0f s: ended", self.idle_exit)
                        self._stop()
                finally:
                    self._turn.release()
            self._wake.wait(max(0.05, min(self.idle_exit - idle_for, self.idle_exit / 4, 10.0)))

    def _answer(
        self,
        job: int,
        jobs: Connection,
        control: Connection,
        progress: Callable[[int, int], None] | None,
        cancel: CancelFlag | None,
    ) -> Any:
        """Wait for job ``job``'s answer, passing the caller's cancel on."""
        give_up: float | None = None
        while True:
            # first, on every turn: a child busy counting sends progress all the time, and a cancel
            # looked at only between messages reached it after the count was done
            if give_up is None and cancel is not None and cancel.is_set():
                with contextlib.suppress(OSError, ValueError):
                    control.send(job)
                give_up = time.monotonic() + CANCEL_GRACE_S
            elif give_up is not None and time.monotonic() > give_up:
                log.warning("the token process did not stop %.0f s after a cancel: ended", CANCEL_GRACE_S)
                self._stop()
                raise EstimateCancelled
            try:
                ready = jobs.poll(POLL_S)
                message = jobs.recv() if ready else None
            except (EOFError, OSError, ValueError) as exc:
                if self._closed:
                    raise EstimateCancelled from None
                self._lost(f"the pipe closed: {exc!r}")
            if message is not None and message[1] == job:
                kind = message[0]
                if kind == "done":
                    return message[2]
                if kind == "cancelled":
                    raise EstimateCancelled
                if kind == "error":
                    raise message[2]
                if kind == "progress" and progress is not None:
                    progress(message[2], message[3])
                continue
            if self._closed:
                raise EstimateCancelled
            if not ready and not self._alive():
                self._lost(f"exit code {self._exitcode()}")

    def _ensure_started(self, cancel: CancelFlag | None) -> tuple[Connection, Connection]:
        """The running child's pipes; starts one (and waits for its hello) when there is none."""
        with self._state:
            if self._process is not None and self._process.is_alive() and self._jobs and self._control:
                return self._jobs, self._control
            self._stop_locked()
            started = time.perf_counter()
            ctx = multiprocessing.get_context("spawn")
            jobs, child_jobs = ctx.Pipe()
            control_read, control = ctx.Pipe(duplex=False)
            process = ctx.Process(target=_child, args=(child_jobs, control_read), name="batch-desk-tokens", daemon=True)
            try:
                _start_without_main(process)
            except Exception as exc:  # no fork/exec, no resources, a broken frozen bundle
                log.exception("the token process could not start")
                for end in (jobs, child_jobs, control_read, control):
                    end.close()
                raise TokenCountFailed(detail=f"start: {exc!r}") from exc
            child_jobs.close()
            control_read.close()
            self._process, self._jobs, self._control = process, jobs, control
            if self._idle_watch is None:
                self._idle_watch = threading.Thread(target=self._watch_idle, name="token-idle", daemon=True)
                self._idle_watch.start()
        deadline = time.monotonic() + self.start_timeout
        while True:
            try:
                if jobs.poll(POLL_S):
                    hello = jobs.recv()
                    break
            except (EOFError, OSError, ValueError):
                self._lost(f"it ended while starting, exit code {self._exitcode()}")
            if not process.is_alive():
                self._lost(f"it ended while starting, exit code {self._exitcode()}")
            if self._closed or (cancel is not None and cancel.is_set()):
                self._stop()
                raise EstimateCancelled
            if time.monotonic() > deadline:
                self._lost(f"no answer {self.start_timeout:.0f} s after the start")
        self.qt_in_child = list(hello[2])
        if self.gui_in_child:
            log.warning("the token process loaded Qt's GUI: %s", ", ".join(self.gui_in_child))
        elif self.qt_in_child:
            log.info("the token process has %s (a frozen app's start-up loads it)", ", ".join(self.qt_in_child))
        log.info("token process %s started in %.2f s", hello[1], time.perf_counter() - started)
        return jobs, control

    def _alive(self) -> bool:
        process = self._process
        return process is not None and process.is_alive()

    def _exitcode(self) -> int | None:
        process = self._process
        return None if process is None else process.exitcode

    def _lost(self, detail: str) -> None:
        """The child is gone or unusable: end what is left and say the count is unknown."""
        log.error("the token process stopped: %s", detail)
        self._stop()
        raise TokenCountFailed(detail=detail)

    def _stop(self) -> None:
        with self._state:
            self._stop_locked()

    def _stop_locked(self) -> None:
        """End the child now (it holds nothing to save) and reap it in the background: never blocks."""
        process, jobs, control = self._process, self._jobs, self._control
        self._process = self._jobs = self._control = None
        for end in (control, jobs):  # the control pipe's end-of-file alone would end it too
            if end is not None:
                end.close()
        if process is None:
            return
        if process.is_alive():
            process.kill()
        threading.Thread(target=_reap, args=(process,), name="token-reaper", daemon=True).start()

    def release_idle(self) -> bool:
        """End the child now if it is idle (not counting), as :data:`IDLE_EXIT_S` would later: its
        memory goes back before other work needs it; the next count starts a new child. True when one
        was ended. Never waits for a running job."""
        if not self._turn.acquire(blocking=False):
            return False
        try:
            if not self._alive():
                return False
            log.info("the token process was idle: ended to make room for other work")
            self._stop()
            return True
        finally:
            self._turn.release()

    def close(self) -> None:
        """End the child now (a running job's caller gets ``EstimateCancelled``); no new one starts.

        Does not block: the window calls it while shutting down."""
        self._closed = True
        self._wake.set()
        self._stop()


def _reap(process: Any) -> None:
    """Wait for an ended child (no zombie left behind)."""
    process.join(10.0)
    if not process.is_alive():
        process.close()
