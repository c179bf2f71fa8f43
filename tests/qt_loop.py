"""One qasync loop per window test (the ``qloop`` fixture of tests/conftest.py) and ``wait_for``,
shared by tests/ui and tests/reliability."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import Callable, Iterator
from typing import Any

import qasync

STUCK_TASK_TIMEOUT_S = 10.0


@contextlib.contextmanager
def qasync_loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A fresh qasync loop; afterwards every task is cancelled and the loop closed.

    Automatic garbage collection is off while the loop runs, as in the app (``ui/gc_guard``): a
    collection that happens to run in a worker thread would free Qt objects there ("Timers cannot be
    stopped from another thread", then hangs or crashes). Collection runs here, on the GUI thread.
    Fails the test when a task outlived it (or could not even be cancelled).
    """
    gc.collect()
    gc.disable()
    qapp.setQuitOnLastWindowClosed(False)  # as in the app: closing a window must not stop the loop
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    pending: list[asyncio.Task[Any]] = []
    stuck: set[asyncio.Task[Any]] = set()
    try:
        yield loop
    finally:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            _done, stuck = loop.run_until_complete(asyncio.wait(pending, timeout=STUCK_TASK_TIMEOUT_S))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)
        gc.enable()
        gc.collect()
    assert not stuck, f"tasks could not be cancelled: {stuck}"
    assert not pending, f"tasks outlived the test: {pending}"


async def wait_for(predicate: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    """Poll ``predicate`` on the running loop (never qtbot.wait inside a coroutine)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)
