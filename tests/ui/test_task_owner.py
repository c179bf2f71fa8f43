"""The window's task owner at shutdown: nothing started is left unrun, nothing new starts after.

CI once failed on "coroutine SetupPage.update_preview was never awaited": the preview timer spawned
a render, the window closed and cancelled it before its first step, and the unrun coroutine was
collected later, in another test.
"""

from __future__ import annotations

import asyncio
import gc
import warnings

from desktop_app.ui.tasks import TaskOwner


async def _work(done: list[str]) -> None:
    done.append("ran")


def _collect_warnings() -> list[str]:
    """Collect garbage and return every warning (and unraisable error) it produced."""
    import sys

    unraisable: list[str] = []
    old_hook = sys.unraisablehook
    sys.unraisablehook = lambda info: unraisable.append(str(info.exc_value))
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            gc.collect()
            gc.collect()
    finally:
        sys.unraisablehook = old_hook
    return [str(w.message) for w in caught] + unraisable


def test_a_task_cancelled_before_it_starts_leaves_no_unawaited_coroutine(qloop: asyncio.AbstractEventLoop) -> None:
    owner = TaskOwner(lambda message: None)
    done: list[str] = []

    async def scenario() -> None:
        owner.spawn(_work(done), "show the request preview")
        await owner.cancel_all()  # the window closes before the task's first step

    qloop.run_until_complete(scenario())
    assert done == []
    assert _collect_warnings() == []


def test_nothing_starts_after_shutdown(qloop: asyncio.AbstractEventLoop) -> None:
    owner = TaskOwner(lambda message: None)
    done: list[str] = []

    async def scenario() -> asyncio.Future[object]:
        await owner.cancel_all()
        return owner.spawn(_work(done), "show the request preview")  # a timer firing during shutdown

    late = qloop.run_until_complete(scenario())
    qloop.run_until_complete(asyncio.sleep(0.01))
    assert late.cancelled() and done == [] and owner.running == 0
    del late
    assert _collect_warnings() == []


def test_tasks_still_run_and_report_errors_before_shutdown(qloop: asyncio.AbstractEventLoop) -> None:
    errors: list[str] = []
    owner = TaskOwner(errors.append)
    done: list[str] = []

    async def boom() -> None:
        raise RuntimeError("disk on fire")

    async def scenario() -> None:
        await owner.spawn(_work(done), "show the request preview")
        await owner.spawn(boom(), "save the file")

    qloop.run_until_complete(scenario())
    assert done == ["ran"]
    assert len(errors) == 1 and errors[0].startswith("Could not save the file")
