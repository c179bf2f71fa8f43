"""The jobs page against the live sandbox: filters that map to the server's, "load more" paging,
sorting, refresh ticks (skipped while one runs, back-off, Refresh resets it, the list budget), and the
selection that survives ticks."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import threading
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.core import wording, workflow
from desktop_app.core.refresh import RefreshPlanner
from desktop_app.sandbox.server import SandboxServer
from desktop_app.services.job_filters import created_between
from desktop_app.ui.controller import AppController, RefreshOutcome
from desktop_app.ui.jobs_model import COL_NAME
from desktop_app.ui.main_window import TAB_JOBS, MainWindow
from tests.ui.conftest import shot, wait_for

URL = "/v1/chat/completions"


pytestmark = pytest.mark.usefixtures("collect_qt_garbage")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def write_input(path: Path, count: int = 2) -> Path:
    lines = [
        {
            "custom_id": f"c{n}",
            "method": "POST",
            "url": URL,
            "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": f"question {n}"}]},
        }
        for n in range(count)
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def make_window(qtbot: Any, controller: AppController) -> MainWindow:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.tabs.setCurrentIndex(TAB_JOBS)
    return window


def run(qloop: asyncio.AbstractEventLoop, window: MainWindow, scenario: Coroutine[Any, Any, None]) -> None:
    try:
        qloop.run_until_complete(scenario)
    finally:
        window.close()
        qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def names(window: MainWindow) -> list[str]:
    proxy = window.jobs_page.proxy
    return [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]


def test_filters_map_to_the_server_and_load_more_pages(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, tmp_path: Path
) -> None:
    controller.jobs_page_size = 2
    window = make_window(qtbot, controller)
    page = window.jobs_page
    source = write_input(tmp_path / "console.jsonl")

    async def scenario() -> None:
        # Jobs made "in the web console": straight to the API, unknown to the ledger.
        service = await controller.service("sandbox")
        for name in [f"paging {n}" for n in range(5)] + [f"其他 {n}" for n in range(3)]:
            uploaded = await service.upload(source)
            await service.create(uploaded.id, URL, name=name)
        await window.start()
        assert sorted(names(window)) == ["其他 1", "其他 2"], "the first page: the newest two"
        assert page.more_button.isEnabled()

        page.name_filter.setText("PAGING")  # typing: the rows here are filtered at once …
        assert names(window) == [] and page.count_label.text() == "0 of 2 jobs"
        # … and once typing settles, the server is asked for its first page of matching jobs.
        await wait_for(lambda: len(names(window)) == 2, what="the server's filtered page")
        assert sorted(names(window)) == ["paging 3", "paging 4"]
        page.more_button.click()
        await wait_for(lambda: len(names(window)) == 4, what="load more")
        await wait_for(lambda: page.more_button.isEnabled(), what="more pages")
        await page.load_more()
        assert sorted(names(window)) == [f"paging {n}" for n in range(5)]
        assert not page.more_button.isEnabled(), "the server has no more"
        shot(window, "jobs-page-01-name-filter-load-more")

        page.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        assert names(window) == [f"paging {n}" for n in range(5)]
        page.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
        assert names(window)[0] == "paging 4"

        page.name_filter.clear()
        await wait_for(lambda: len(names(window)) == 7, what="filter cleared")
        page.status_filter.setCurrentIndex(page.status_filter.findText("Completed"))
        assert names(window) == []
        sandbox.clock.advance(3600)
        await page.refresh_now(pressed=True)
        await wait_for(lambda: len(names(window)) >= 2, what="completed jobs listed")
        assert all(page.proxy.view_at(r).status == "completed" for r in range(page.proxy.rowCount()))
        page.status_filter.setCurrentIndex(0)

        page.created_filter.setCurrentIndex(page.created_filter.findText("Between…"))
        assert page.created_from.isVisible() and page.created_to.isVisible()
        page.created_from.setDate(QDate.currentDate().addDays(-1))
        page.created_to.setDate(QDate.currentDate().addDays(1))
        today = QDate.currentDate().toPython()
        chosen = page.current_filter()  # the bounds `desktop-app-cli jobs --since D1 --until D2` uses too
        assert (chosen.created_after, chosen.created_before) == created_between(
            today - dt.timedelta(days=1), today + dt.timedelta(days=1)
        )
        await wait_for(lambda: len(names(window)) >= 7, what="created between")
        page.created_from.setDate(QDate.currentDate().addDays(2))
        page.created_to.setDate(QDate.currentDate().addDays(3))
        assert names(window) == []
        page.clear_filters()
        assert len(names(window)) >= 7 and not page.created_from.isVisible()
        region_index = page.region_filter.findData("sandbox")
        assert region_index > 0
        page.region_filter.setCurrentIndex(region_index)
        assert len(names(window)) >= 7

    run(qloop, window, scenario())


def test_ticks_skip_while_one_runs_back_off_and_refresh_resets(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, controller)
    page = window.jobs_page
    clock = FakeClock()

    async def scenario() -> None:
        await window.start()
        monitor = await controller.jobs_monitor()
        monitor.planner = RefreshPlanner(clock)  # the schedule and the rate budget on a clock we move
        sandbox.clock.speed = 0.0  # nothing changes on the server unless we say so
        service = await controller.service("sandbox")
        job = await workflow.submit_file(
            service, controller.ledger, write_input(tmp_path / "a.jsonl", 40), name="slow", endpoint=URL, model="m"
        )
        await page.show_submitted(job)
        assert page.refresh_timer.isActive() and page.refresh_timer.interval() == 10_000, "fast after a submit"

        # Two ticks at once: the second is skipped, never run alongside.
        first = asyncio.ensure_future(page.refresh_now())
        await asyncio.sleep(0)
        assert await page.refresh_now() is None and page.skipped_ticks == 1
        assert (await first) is not None

        clock.now += 200  # past the fast period; nothing changes: 60 s, then doubling
        delays = []
        for _ in range(4):
            await page.refresh_now()
            delays.append(page.refresh_timer.interval() // 1000)
        assert delays == [60, 120, 240, 480]
        assert "Next check in 8 min" in page.refresh_label.text()
        page.request_refresh()  # the button: back to fast polling
        await wait_for(lambda: not page._in_flight and page.refresh_timer.interval() == 10_000, what="reset")

        # However often it is asked, the list calls stay within 100 a minute (with a reserve for retries).
        for _ in range(110):
            await page.refresh_now(pressed=True)
        assert monitor.planner.list_budget.used() <= 100
        assert "limit" not in window.notice.message.lower() or not window.notice.isVisible()
        clock.now += 61
        assert monitor.planner.list_budget.used() == 0

    run(qloop, window, scenario())


def test_selection_survives_refresh_ticks_through_the_window(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, controller)
    page = window.jobs_page

    async def scenario() -> None:
        await window.start()
        service = await controller.service("sandbox")
        jobs = []
        for n, size in enumerate((3, 30, 6)):
            source = write_input(tmp_path / f"s{n}.jsonl", size)
            jobs.append(
                await workflow.submit_file(
                    service, controller.ledger, source, name=f"job {n}", endpoint=URL, model="qwen-plus"
                )
            )
        await page.show_submitted(jobs[-1])
        page.select_job(jobs[1].id)
        resets: list[bool] = []
        page.model.modelReset.connect(lambda: resets.append(True))
        page.proxy.modelReset.connect(lambda: resets.append(True))
        seen_status = set()
        for _ in range(6):
            sandbox.clock.advance(4)
            await page.refresh_now()
            selected = page.selected_job()
            assert selected is not None and selected.id == jobs[1].id
            seen_status.add(selected.status)
        assert len(seen_status) >= 2, "the selected job itself changed while selected"
        assert resets == [], "rows update in place, never a reset"
        assert "job 1" in page.detail.toPlainText(), "the detail pane follows the selected job"

    run(qloop, window, scenario())


def test_details_say_when_answers_do_not_belong(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, tmp_path: Path
) -> None:
    """Issue 10: extra answers (ids never sent) and repeated answers are named in the job's details."""
    window = make_window(qtbot, controller)
    page = window.jobs_page

    async def scenario() -> None:
        await window.start()
        service = await controller.service("sandbox")
        job = await workflow.submit_file(
            service, controller.ledger, write_input(tmp_path / "s.jsonl", 2), name="odd answers", endpoint=URL
        )
        controller.ledger.record_usage(
            job.id, prompt_tokens=1, completion_tokens=1, total_tokens=2, result_unknown=2, result_duplicates=1
        )
        await page.show_submitted(job)
        page.select_job(job.id)
        text = await wait_for(lambda: "extra answer" in page.detail.toPlainText() and page.detail.toPlainText())
        assert "2 extra answer(s) for requests this job never sent" in text
        assert "1 request(s) were answered more than once; the first answer of each is kept." in text
        shot(window, "jobs_details_extra_answers")

    run(qloop, window, scenario())


def test_thousands_of_refresh_problems_show_a_short_notice_and_all_go_to_the_log(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A refresh that meets 2,000 jobs the server no longer has: the notice names the first few and
    counts the rest (one label of 110,000 characters stalled the window for 300 ms); the log has all."""
    window = make_window(qtbot, controller)
    page = window.jobs_page
    problems = [wording.JOB_GONE(name=f"survey part {n}") for n in range(2000)]

    async def scenario() -> None:
        await window.start()
        await wait_for(lambda: page.host.tasks.running == 0, what="the first refresh")
        caplog.set_level("WARNING", logger="desktop_app.ui.jobs_page")
        outcome = RefreshOutcome([], False, 0, problems, [])
        page._apply(outcome, pressed=True)
        text = window.notice.message
        assert window.notice.isVisible()
        assert "survey part 0" in text and "survey part 2" in text and "survey part 3" not in text
        assert "1,997 more" in text and "log" in text
        assert len(text) < 1000
        await wait_for(lambda: page.host.tasks.running == 0, what="the log line, written by a worker")
        logged = "\n".join(record.getMessage() for record in caplog.records)
        assert "survey part 1999" in logged and "refresh problems (2000)" in logged
        # scrubbing and writing that 100,000-character line happened off the UI thread
        assert all(r.thread != threading.main_thread().ident for r in caplog.records if "refresh problems" in r.msg)
        # A few problems are shown whole, with no count and no log line.
        caplog.clear()
        page._apply(RefreshOutcome([], False, 0, problems[:2], []), pressed=True)
        assert "survey part 1" in window.notice.message and "more" not in window.notice.message
        assert not caplog.records
        await wait_for(lambda: page.host.tasks.running == 0, what="the cost footer")

    run(qloop, window, scenario())


def test_a_refresh_compares_the_rows_in_a_worker_thread(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Comparing a refresh's 10,000 rows with the table's (10–25 ms) ran on the UI thread at every tick
    (issue 13); the page works the diff out in a worker and only applies it on the UI thread."""
    from desktop_app.core.jobs import JobTable

    window = make_window(qtbot, controller)
    page = window.jobs_page
    on_ui_thread: list[bool] = []
    real_plan = JobTable.plan

    def plan(self: JobTable, fresh: Any) -> Any:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real_plan(self, fresh)

    monkeypatch.setattr(JobTable, "plan", plan)

    async def scenario() -> None:
        await window.start()
        await wait_for(lambda: page.host.tasks.running == 0, what="the first refresh")
        on_ui_thread.clear()
        outcome = await page.refresh_now(pressed=True)
        assert outcome is not None and not outcome.skipped
        await wait_for(lambda: page.host.tasks.running == 0, what="the cost footer")

    run(qloop, window, scenario())
    assert on_ui_thread == [False]
