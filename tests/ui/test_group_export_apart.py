"""A big split group's sheet is written by a worker process (issue 13: the merged pass over a million
rows grew the window by ~150 MB it never gave back, and its frees held the interpreter): the same file
as written in the window's process, from the jobs page and from the results window; a worker that dies
gives the catalogue's message and leaves no file."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop_app.core import processes
from desktop_app.core import sheet as sheet_module
from desktop_app.core import wording as w
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.fileutil import atomic_write
from desktop_app.ui import controller as controller_module
from desktop_app.ui.controller import AppController
from tests.test_results_index import _group
from tests.ui.conftest import wait_for

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork start method")


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    finally:
        book.close()


def test_a_big_groups_sheet_from_a_worker_process_is_the_file_the_window_writes(
    qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = _group(tmp_path / "g", controller.ledger, 3, 400, "答えの文章, with a comma", "g-apart")
    job = controller.ledger.group(group)[1]  # any part: the export is the whole group's
    started: list[int] = []
    start = processes.Workers.start

    def counted(self: Any, target: Any, jobs: Any) -> None:
        started.append(len(jobs))
        start(self, target, jobs)

    monkeypatch.setattr(processes.Workers, "start", counted)

    async def both(kind: str) -> tuple[Path, Path, Path]:
        monkeypatch.setattr(sheet_module, "GROUP_APART_BYTES", 1 << 60)  # in the window's process
        here = tmp_path / f"here.{kind}"
        await controller.export_csv(job, here)
        assert started == []
        monkeypatch.setattr(sheet_module, "GROUP_APART_BYTES", 0)  # every group is big
        apart = tmp_path / f"apart.{kind}"
        summary = await controller.export_csv(job, apart)
        assert started == [1], "the jobs page's export did not run in a worker process"
        assert (summary.rows, summary.succeeded + summary.failed + summary.missing) == (1_200, 1_200)
        opened = await controller.open_results(job)  # the results window's export of the same group
        try:
            from_window = tmp_path / f"window.{kind}"
            await controller.export_results(opened, kind, from_window)  # type: ignore[arg-type]
        finally:
            await asyncio.to_thread(opened.close)
        assert started == [1, 1]
        started.clear()
        return here, apart, from_window

    here, apart, from_window = qloop.run_until_complete(both("csv"))
    assert apart.read_bytes() == here.read_bytes() == from_window.read_bytes()
    assert "答えの文章, with a comma p00-00000" in here.read_text(encoding="utf-8-sig")
    here, apart, from_window = qloop.run_until_complete(both("xlsx"))
    assert _cells(apart) == _cells(here) == _cells(from_window)
    assert len(_cells(here)["Answers"]) == 1_201
    assert multiprocessing.active_children() == []


def _dies_while_writing(job: Any) -> Any:
    with atomic_write(Path(job.dest), shared=True) as handle:
        handle.write(b"half a sheet")
        handle.flush()
        os._exit(3)


@linux_only
def test_a_worker_that_dies_while_writing_gives_the_message_and_leaves_no_file(
    qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BATCH_DESK_START_METHOD", "fork")  # the patched body is inherited
    monkeypatch.setattr(sheet_module, "_write_group_sheet", _dies_while_writing)
    monkeypatch.setattr(sheet_module, "GROUP_APART_BYTES", 0)
    group = _group(tmp_path / "g", controller.ledger, 2, 50, "an answer", "g-dies")
    job = controller.ledger.group(group)[0]
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "answers.csv"
    with pytest.raises(BatchDeskError) as caught:
        qloop.run_until_complete(controller.export_csv(job, dest))
    assert caught.value.text.wording is w.WORKER_DIED and "exit code 3" in str(caught.value)
    assert list(out.iterdir()) == []  # neither the sheet nor the worker's half-written temp file
    assert multiprocessing.active_children() == []


def test_the_jobs_page_exports_a_big_group_through_the_worker_and_says_what_it_saved(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a person sees after Export on a part of a big split group: the whole group saved, its counts."""
    from desktop_app.ui.main_window import MainWindow
    from tests.ui.conftest import shot

    monkeypatch.setattr(sheet_module, "GROUP_APART_BYTES", 0)
    group = _group(tmp_path / "g", controller.ledger, 3, 400, "翻訳された文章", "g-window")
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    dest = tmp_path / "customer reviews-answers.csv"

    async def scenario() -> Any:
        await window.start()
        window.tabs.setCurrentIndex(1)
        job = controller.ledger.group(group)[2]
        return await window.jobs_page.export_csv(job, dest)

    summary = qloop.run_until_complete(scenario())
    assert summary.rows == 1_200 and dest.is_file()
    text = window.notice.message
    assert f"Saved 1,200 rows to {dest}" in text and f"{summary.succeeded:,} answered" in text
    shot(window, "jobs-group-export-apart")
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_an_idle_token_process_ends_before_the_export_worker_starts_and_counting_still_works(
    qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's processes together: the export worker's memory takes the idle token process's place
    instead of adding to it; a count after the export starts a new token process with the same numbers."""
    from desktop_app.core.estimate import estimate_file
    from desktop_app.core.regions import INTL
    from tests.test_token_process import _gone, _varied

    monkeypatch.setattr(AppController, "count_out_of_process", True)
    monkeypatch.setattr(sheet_module, "GROUP_APART_BYTES", 0)
    group = _group(tmp_path / "g", controller.ledger, 2, 100, "an answer", "g-tokens")
    job = controller.ledger.group(group)[0]
    source = _varied(tmp_path / "varied.jsonl", broken_line=False)
    seen_at_start: list[int | None] = []
    start = processes.Workers.start

    def noted(self: Any, target: Any, jobs: Any) -> None:
        worker = controller.token_process
        seen_at_start.append(None if worker is None else worker.pid)
        start(self, target, jobs)

    monkeypatch.setattr(processes.Workers, "start", noted)
    released: list[int] = []  # the window's free pages given back before the worker starts
    monkeypatch.setattr(controller_module, "release_free_memory", lambda: released.append(len(seen_at_start)))

    async def scenario() -> tuple[int, Any]:
        await controller.estimate(source, "intl")
        worker = controller.token_process
        assert worker is not None and worker.pid is not None
        pid = worker.pid
        await controller.export_csv(job, tmp_path / "answers.csv")
        again = await controller.estimate(other, "intl")  # other bytes: counted, not remembered
        assert worker.pid not in (None, pid)
        return pid, again

    other = tmp_path / "other.jsonl"
    other.write_bytes(source.read_bytes().replace(b"r0", b"x0"))
    pid, again = qloop.run_until_complete(scenario())
    assert seen_at_start == [None], "the token process was still running when the export worker started"
    assert released == [0], "the window's free pages were not given back before the worker started"
    assert _gone(pid)
    want, got = estimate_file(other, INTL).to_json(), again.to_json()
    got.pop("seconds"), want.pop("seconds")
    assert got == want
    assert (tmp_path / "answers.csv").is_file()


def test_an_idle_token_process_ends_once_a_job_is_submitted(
    qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The estimate's count served the confirmation: once the job is submitted, the token process (~100
    MB at a million rows) ends instead of idling beside the window until the answers come."""
    from tests.test_token_process import _gone, _varied

    monkeypatch.setattr(AppController, "count_out_of_process", True)
    source = _varied(tmp_path / "varied.jsonl", broken_line=False)

    async def scenario() -> int:
        await controller.estimate(source, "intl")
        worker = controller.token_process
        assert worker is not None and worker.pid is not None
        pid = worker.pid
        await controller.job_submitted()
        return pid

    pid = qloop.run_until_complete(scenario())
    qloop.run_until_complete(wait_for(lambda: _gone(pid), 5, "the token process ended"))
