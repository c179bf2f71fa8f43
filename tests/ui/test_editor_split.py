"""Over the limits: the editor offers a split and submits the parts as one job group (sandbox)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson
import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.core.ledger import JobRelation
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import TAB_JOBS, MainWindow
from tests.ui.conftest import shot, wait_for
from tests.ui.test_editor_problems import widgets  # noqa: F401 - fixture


def write_test_model_file(folder: Path, count: int) -> Path:
    lines = [
        orjson.dumps(
            {
                "custom_id": f"t-{i}",
                "method": "POST",
                "url": "/v1/chat/ds-test",
                "body": {"model": "batch-test-model", "messages": [{"role": "user", "content": f"第{i}个问题"}]},
            }
        )
        for i in range(1, count + 1)
    ]
    path = folder / "101-questions.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_101_test_model_rows_are_split_and_submitted_as_one_group(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    window = MainWindow(controller)
    widgets.append(window)
    window.show()
    page = window.submit_page
    source = write_test_model_file(tmp_path, 101)

    async def scenario() -> None:
        await window.start()
        report = await page.load_file(source)
        assert report is not None and report.requests == 101 and not report.ok
        check = page.current_check
        assert check is not None
        assert "test_model_limit" in page.editor.problems_model.codes()
        assert check.needs_split and [p.requests for p in check.parts] == [100, 1]
        assert page.split_notice.isVisible()
        assert "2 parts" in page.split_notice.message
        assert page.submit_button.isEnabled() and page.submit_button.text() == "Submit as 2 parts"
        shot(window, "editor-split-offer")

        page.submit_button.click()
        await wait_for(lambda: len(page.last_jobs) == 2 and window.tabs.currentIndex() == TAB_JOBS, what="2 parts")
        jobs = page.last_jobs
        assert all(job.batch_id for job in jobs)
        assert jobs[0].group_id and jobs[0].group_id == jobs[1].group_id
        assert [job.part_index for job in jobs] == [0, 1]
        assert all(job.relation == JobRelation.PART.value for job in jobs)
        assert [job.request_count for job in jobs] == [100, 1]
        assert jobs[0].name.endswith("(part 1 of 2)")
        group = controller.ledger.group(jobs[0].group_id)
        assert [job.id for job in group] == [job.id for job in jobs]
        # The parts, concatenated, are the file that was checked.
        parts = b"".join(Path(job.input_path).read_bytes() for job in jobs)
        assert parts == source.read_bytes()
        await wait_for(lambda: window.jobs_page.model.rowCount() == 2, what="both parts listed")
        shot(window, "editor-split-submitted")

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_errors_other_than_the_limits_keep_submit_disabled(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    tmp_path: Path,
) -> None:
    window = MainWindow(controller)
    widgets.append(window)
    page = window.submit_page
    source = write_test_model_file(tmp_path, 101)
    source.write_bytes(source.read_bytes().replace(b'"t-7"', b'"t-8"'))  # a repeated id

    async def scenario() -> None:
        await window.start()
        await page.load_file(source)
        check = page.current_check
        assert check is not None and not check.needs_split
        assert not page.split_notice.isVisible()
        assert not page.submit_button.isEnabled()
        # Deleting the duplicate fixes it, and the file then fits the test model's 100 lines: no split needed.
        page.editor.jump_to_row(6)
        assert page.editor.delete_rows() == 1
        await wait_for(lambda: page.current_check is not None, what="the check")
        assert page.current_check.ok and page.submit_button.text() == "Submit batch"
        assert page.submit_button.isEnabled()

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_whether_the_file_is_unedited_is_decided_off_the_ui_thread(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Submit asks whether the requests are the user's file unedited (then that very file is sent): a pass
    over every row, 0.1 s of the UI thread for a million rows (issue 13, benchmarks/million_window). It
    runs in a worker now; the unedited file is still what is sent."""
    import threading

    from desktop_app.core import request_doc

    threads: list[str] = []
    identity = request_doc._identity

    def watched(rows: object) -> bool:
        threads.append(threading.current_thread().name)
        return identity(rows)  # type: ignore[arg-type]

    monkeypatch.setattr(request_doc, "_identity", watched)
    window = MainWindow(controller)
    widgets.append(window)
    window.show()
    page = window.submit_page
    source = write_test_model_file(tmp_path, 101)

    async def scenario() -> None:
        await window.start()
        await page.load_file(source)
        threads.clear()
        page.submit_button.click()
        await wait_for(lambda: len(page.last_jobs) == 2, what="2 parts")
        assert threads and threading.main_thread().name not in threads
        parts = b"".join(Path(job.input_path).read_bytes() for job in page.last_jobs)
        assert parts == source.read_bytes()

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_building_keeps_no_row_to_line_table_of_every_row(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Create requests" maps the build's problems (by sheet row) onto the request lines. It made a table
    of every row for that (~40 MB at a million rows, in the check's memory peak, issue 13); it holds only
    the rows a problem names now, and the problem still lands on its line."""
    from desktop_app.ui.editor import actions

    seen: list[int] = []
    original = actions.notes_by_line

    def watched(problems, line_of_row):  # type: ignore[no-untyped-def]
        seen.append(len(line_of_row))
        return original(problems, line_of_row)

    monkeypatch.setattr(actions, "notes_by_line", watched)
    sheet = tmp_path / "questions.csv"
    rows = ["id,text"] + [f"q{i},问题 {i}" if i != 1500 else f"q{i}," for i in range(3000)]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    window = MainWindow(controller)
    widgets.append(window)
    page = window.submit_page

    async def scenario() -> None:
        await window.start()
        await page.load_file(sheet)
        setup = page.setup_page
        setup.id_combo.setCurrentIndex(setup.id_combo.findData("id"))
        setup.template_edit.setPlainText("{text}")
        built = await page.build_requests()
        assert built is not None and built.doc is not None
        named = [p for p in built.report.problems if p.line is not None]
        assert named, "the empty row is named by a problem"
        assert seen and seen[-1] <= len(named)  # was 3,000: every row
        assert list(built.doc.notes) == [1500]  # sheet row 1502 (header = row 1) is request line 1500
        await wait_for(lambda: page.current_check is not None, what="the check")

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))
