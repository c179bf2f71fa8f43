"""Issue 10 (round 2): the window counts a long retry down on its notice bar, and says in the status bar
that it is still waiting for a server that has not answered — through the real service, against the
sandbox's faults, with the loop running all along (timers, no stall)."""

from __future__ import annotations

import asyncio
import time

import pytest

from desktop_app.core import service as service_module
from desktop_app.core.service import RetryPolicy
from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import wait_for


def test_a_long_retry_counts_down_on_the_notice_bar(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    async def scenario() -> None:
        svc = await controller.service("sandbox")
        svc.retry = RetryPolicy(attempts=3, base=3.0, jitter=0.0)  # one 3-second wait before the second try
        sandbox.faults.add("list", status=503, times=1)
        call = asyncio.ensure_future(svc.list(limit=1))
        started = time.monotonic()
        while not call.done():  # the loop runs on: record what the notice bar says each moment
            text = window.notice.message if window.notice.isVisible() else ""
            if not seen or seen[-1] != text:
                seen.append(text)
            await asyncio.sleep(0.05)
        await call
        assert time.monotonic() - started >= 2.5  # the retry waited (the loop timer may be a little early)
        # the countdown's notice goes once the retry is made (its last tick may come a moment later)
        await wait_for(lambda: not window.notice.isVisible(), timeout=1.0, what="the notice to go")

    try:
        qloop.run_until_complete(scenario())
    finally:
        qloop.run_until_complete(controller.aclose())
    shown = [text for text in seen if text]
    assert shown[:3] == [
        "Server busy, retrying in 3 s (attempt 2 of 3)",
        "Server busy, retrying in 2 s (attempt 2 of 3)",
        "Server busy, retrying in 1 s (attempt 2 of 3)",
    ], seen
    assert not window.server_waits.retry_timer.isActive()


def test_an_unanswered_call_says_it_is_still_waiting(
    qtbot,
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(service_module, "WAIT_NOTICE_S", 0.3)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    async def scenario() -> None:
        svc = await controller.service("sandbox")
        sandbox.faults.add("list", delay=2.5, times=1)  # the server sits on the request
        call = asyncio.ensure_future(svc.list(limit=1))
        while not call.done():
            message = window.statusBar().currentMessage()
            if not seen or seen[-1] != message:
                seen.append(message)
            await asyncio.sleep(0.05)
        await call
        await asyncio.sleep(0.05)

    try:
        qloop.run_until_complete(scenario())
    finally:
        qloop.run_until_complete(controller.aclose())
    waiting = [m for m in seen if m.startswith("No answer from the server yet")]
    assert waiting[:2] == [
        "No answer from the server yet (0 s); still waiting, for up to 60 s",
        "No answer from the server yet (1 s); still waiting, for up to 60 s",
    ], seen  # shown after WAIT_NOTICE_S, then counting each second
    assert not window.statusBar().currentMessage().startswith("No answer"), "cleared once the server answered"
    assert not window.server_waits.wait_timer.isActive()
