"""The jobs page enables its actions by asking ``services/job_actions.py``, so it agrees with core and
the CLI (issue 11: it used to keep Re-run disabled after a re-run whose create failed)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from desktop_app.core.answers.verdict import Verdict
from desktop_app.core.jobs import merge_views
from desktop_app.core.ledger import JobRecord, JobRelation, LocalState
from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import TAB_JOBS, MainWindow
from tests.ui.conftest import wait_for

NOW = 1_700_000_000.0


pytestmark = pytest.mark.usefixtures("collect_qt_garbage")


def _record(**values: object) -> JobRecord:
    base: dict[str, object] = {"region_id": "sandbox", "status": "completed", "created_at": NOW, "name": "job"}
    base.update(values)
    return JobRecord(**base)  # type: ignore[arg-type]


PARENT = _record(
    id=1,
    batch_id="batch_parent",
    name="parent",
    input_path="/data/in.jsonl",
    results_downloaded_at=NOW,
    request_count=10,
    result_succeeded=8,
    result_failed=2,
    verdict=Verdict.COMPLETE_WITH_FAILURES.value,
    input_file_id="file-in",
)


@pytest.mark.parametrize(
    ("child", "enabled"),
    [
        (_record(id=2, batch_id=None, status=LocalState.CREATE_FAILED.value), True),
        (_record(id=2, batch_id="batch_child", status="in_progress"), False),
        (_record(id=2, batch_id=None, status=LocalState.CREATE_UNKNOWN.value), False),
    ],
    ids=["create-failed", "running", "create-unknown"],
)
def test_rerun_button_agrees_with_core_about_the_family(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, child: JobRecord, enabled: bool
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    window.tabs.setCurrentIndex(TAB_JOBS)
    page = window.jobs_page
    records = [PARENT, JobRecord(**{**child.__dict__, "parent_job_id": 1, "relation": JobRelation.RERUN.value})]

    async def scenario() -> None:
        await asyncio.sleep(0)
        page.model.update_views(merge_views(records, controller.region_labels()), records)
        page._update_actions(PARENT)
        assert page.rerun_button.isEnabled() is enabled
        if enabled:
            assert "2 failed + missing" in page.rerun_button.text()
        assert page.export_button.isEnabled() and not page.download_button.isEnabled()
        assert not page.cancel_button.isEnabled()

    try:
        qloop.run_until_complete(scenario())
    finally:
        window.close()
        qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_results_window_rerun_button_asks_the_same_rule(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: Any, tmp_path: Any
) -> None:
    """The results window used to count only its own failed rows: Re-run stayed enabled while a re-run
    of the same job was still running (core then refused). Now it asks ``job_actions.can_rerun``."""
    from tests.ui.test_flow_jobs import open_window, submit, write_requests

    window, _ = open_window(qtbot, controller)
    source = write_requests(tmp_path / "q.jsonl", ["one", "two", "three"], bad=(2,))
    page = window.jobs_page

    async def scenario() -> None:
        await window.start()
        parent = await submit(controller, window, source, "parent")
        sandbox.clock.advance(3600)
        await page.refresh_now()
        parent = await wait_for(
            lambda: page.model.records()[parent.id].has_local_results and page.model.records()[parent.id],
            what="answers",
        )
        results = await page.open_results(parent)
        await wait_for(lambda: results.statuses_ready, what="statuses")
        assert results.rerun_button.isEnabled(), "one failed row, no re-run yet"
        results.close()

        child = await controller.rerun(parent)  # running now
        assert child.parent_job_id == parent.id and not child.is_terminal
        results = await page.open_results(parent)
        await wait_for(lambda: results.statuses_ready, what="statuses")
        assert not results.rerun_button.isEnabled(), "a re-run of this job is still running"
        results.close()

    try:
        qloop.run_until_complete(scenario())
    finally:
        window.close()
        qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_ctrl_e_on_a_job_without_answers_says_why(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    page = window.jobs_page
    running = _record(id=5, batch_id="batch_running", status="in_progress")

    async def scenario() -> None:
        await asyncio.sleep(0)
        page.selected_job = lambda: running  # type: ignore[method-assign]
        page.request_export()
        assert "have not been downloaded yet" in window.notice.message

    try:
        qloop.run_until_complete(scenario())
    finally:
        window.close()
        qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))
