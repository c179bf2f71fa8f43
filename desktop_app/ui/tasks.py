"""Owning asyncio tasks from Qt code, and the one error boundary every action goes through."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import BatchDeskError
from desktop_app.ui.messages import error_text

log = logging.getLogger(__name__)

ErrorReporter = Callable[[str], None]


@contextlib.asynccontextmanager
async def ui_errors(report: ErrorReporter, action: str) -> AsyncIterator[None]:
    """Turn any failure inside the block into one plain message; never let it escape to Qt.

    ``action`` completes "Could not …", e.g. "submit the batch".
    """
    try:
        yield
    except asyncio.CancelledError:
        raise
    except BatchDeskError as exc:
        log.warning("Could not %s: %s", action, exc.user_message)
        report(error_text(exc))  # worded in the window's language (ui/messages.py)
    except Exception:
        log.exception("Unexpected error while trying to %s", action)
        report(
            QCoreApplication.translate(
                "Tasks", "Could not {action}: an unexpected error happened. Details are in the log (Help ▸ Log folder)."
            ).format(action=action)
        )


class TaskOwner:
    """Keeps every task a window starts, so none is garbage-collected early or outlives the window."""

    def __init__(self, report: ErrorReporter) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._report = report
        self._closed = False

    def spawn(self, coro: Coroutine[Any, Any, Any], action: str) -> asyncio.Future[Any]:
        """Run ``coro`` inside the error boundary as an owned task.

        Once the owner is shut down (``cancel_all``), nothing new starts: ``coro`` is closed unrun
        and an already-cancelled future comes back — a timer firing during shutdown must not leave
        a task behind that no loop will ever run.
        """
        if self._closed:
            coro.close()
            refused: asyncio.Future[Any] = asyncio.get_event_loop().create_future()
            refused.cancel()
            return refused

        async def guarded() -> Any:
            async with ui_errors(self._report, action):
                return await coro

        task = asyncio.ensure_future(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        # A task cancelled before its first step never awaits ``coro``; close it, or Python warns
        # "coroutine … was never awaited" when it is collected. Closing a finished one is a no-op.
        task.add_done_callback(lambda _task: coro.close())
        return task

    @property
    def running(self) -> int:
        """How many owned tasks have not finished."""
        return sum(1 for task in self._tasks if not task.done())

    async def cancel_all(self) -> None:
        """Shut down: cancel every owned task, wait for them to finish, and start no new ones."""
        self._closed = True
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
