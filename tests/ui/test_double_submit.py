"""The window never makes two batches from key presses that queue up (a busy moment, a bouncing key).

QTest key clicks are delivered synchronously: two, or four, Ctrl+Return presses all reach the Submit
shortcut before the loop runs any of the submits they start — exactly the "already queued when the
loop gets to them" case. The sandbox counts the batches it holds.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.core.errors import BatchDeskError
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.controller import AppController
from desktop_app.ui.jobs_model import COL_PROGRESS, KeyRole, ProgressRole
from desktop_app.ui.main_window import TAB_JOBS, MainWindow
from tests.ui.conftest import shot, wait_for

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def collect_in_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


def write_billed_input(path: Path, n: int = 5) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            body = {"model": "qwen-plus", "messages": [{"role": "user", "content": f"レビュー {i}"}]}
            line = {"custom_id": f"r{i}", "method": "POST", "url": "/v1/chat/completions", "body": body}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return path


def shown_window(qtbot, controller: AppController) -> tuple[MainWindow, list[str]]:
    """The main window, shown, with the error strip's messages collected."""
    controller.settings.set("welcome_seen", True)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    errors: list[str] = []
    window.show_error = errors.append  # type: ignore[method-assign]
    return window, errors


async def opened(window: MainWindow, source: Path) -> None:
    """Start the window and open ``source`` in the submit page; it passes the check."""
    await window.start()
    report = await window.submit_page.load_file(source)
    assert report is not None and report.ok, report


@pytest.mark.parametrize(
    ("presses", "token_process"),
    [(2, False), (4, False), (4, True)],
    ids=["2 presses", "4 presses", "4 presses, tokens counted in the token process (the real window)"],
)
def test_queued_submit_presses_make_one_batch(
    qtbot,
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    presses: int,
    token_process: bool,
) -> None:
    # the window's submit waits for its estimate from the token process: presses queue up meanwhile
    monkeypatch.setattr(AppController, "count_out_of_process", token_process)
    window, errors = shown_window(qtbot, controller)
    source = write_billed_input(tmp_path / "reviews.jsonl")

    async def scenario() -> None:
        await opened(window, source)
        await wait_for(lambda: window.submit_page.submit_button.isEnabled(), what="submit enabled")
        target = window.focusWidget() or window
        for _ in range(presses):  # all delivered before the loop runs any submit
            QTest.keyClick(target, Qt.Key.Key_Return, CTRL)
        await wait_for(lambda: window.jobs_page.model.rowCount() >= 1, what="the job is listed")
        await wait_for(lambda: window.submit_page.submit_button.isEnabled(), what="the submit has ended")
        await asyncio.sleep(0.5)  # a second submit, had one started, would be uploading by now

    qloop.run_until_complete(scenario())
    assert sandbox.batch_count() == 1
    assert window.jobs_page.model.rowCount() == 1
    assert (controller.token_process is not None) == token_process, "the path this case is about"
    # One press bounced is still one submit: no "already submitted" scare for the extra presses.
    assert errors == []
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_a_job_that_was_not_created_is_offered_submit_again_once(
    qtbot,
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    window, errors = shown_window(qtbot, controller)
    source = write_billed_input(tmp_path / "reviews.jsonl")

    async def scenario() -> None:
        await opened(window, source)
        sandbox.faults.add("create", status=400, times=1)  # refused: definitely not created
        with contextlib.suppress(BatchDeskError):
            await window.submit_page.submit()
        page = window.jobs_page
        await page.refresh_now()
        await wait_for(lambda: page.model.rowCount() == 1, what="the job is listed")
        [record] = controller.ledger.jobs()
        assert page.select_job(record.id)
        job = page.selected_job()
        assert job is not None and job.status == "create_failed"
        assert sandbox.batch_count() == 0
        button = page.rerun_button
        await wait_for(lambda: button.isEnabled() and button.text() == "Submit again", what="Submit again offered")
        # Nothing reached the server: no "0 / 5" progress, and the details say the batch was not made.
        row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data(KeyRole) == record.id)
        assert page.model.index(row, COL_PROGRESS).data() == ""
        assert page.model.index(row, COL_PROGRESS).data(ProgressRole) is None
        details = page.detail.toPlainText()
        assert "none: the batch was not created" in details, details
        assert "5 in the file, none sent to the server" in details, details
        assert "Answers downloaded" not in details, "nothing will come: no 'not yet'"
        window.tabs.setCurrentIndex(TAB_JOBS)
        shot(window, "money-not-created-submit-again")
        for _ in range(3):  # pressed three times before the loop runs the first
            button.click()
        await wait_for(lambda: (j := page.selected_job()) is not None and j.batch_id, what="the new job is selected")
        await asyncio.sleep(0.5)  # a second submit, had one started, would be uploading by now

    qloop.run_until_complete(scenario())
    assert sandbox.batch_count() == 1
    assert window.jobs_page.model.rowCount() == 1, "the Not created row was replaced by the new job"
    assert not any("already" in e for e in errors), errors
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))
