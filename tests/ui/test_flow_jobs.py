"""Jobs and results through the window, against the live sandbox: submit → refresh → complete → notify →
results in input order → CSV / XLSX → re-run of the failed row → merged results; cancel with a confirm;
the remote files window."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from desktop_app.core import workflow
from desktop_app.core.answers.rows import RowStatus
from desktop_app.core.ledger import JobRecord
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.controller import AppController
from desktop_app.ui.jobs_model import COL_STATUS
from desktop_app.ui.main_window import TAB_JOBS, MainWindow
from desktop_app.ui.results.model import RowRole
from tests.ui.conftest import shot, wait_for

MODEL = "qwen-plus"
URL = "/v1/chat/completions"


pytestmark = pytest.mark.usefixtures("collect_qt_garbage")


class FakeNotifier:
    """Records what would have gone to the system tray."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []

    def notify(self, title: str, message: str, kind: str = "info") -> None:
        self.calls.append((title, message, kind))


def write_requests(
    path: Path, prompts: list[str], *, bad: tuple[int, ...] = (), thinking: tuple[int, ...] = ()
) -> Path:
    """One chat request per prompt (``r-1`` …); rows in ``bad`` ask for temperature 7 (an error line)."""
    with open(path, "w", encoding="utf-8") as handle:
        for n, prompt in enumerate(prompts, 1):
            body: dict[str, Any] = {"model": MODEL, "messages": [{"role": "user", "content": prompt}]}
            if n in bad:
                body["temperature"] = 7
            if n in thinking:
                body["enable_thinking"] = True
            line = {"custom_id": f"r-{n}", "method": "POST", "url": URL, "body": body}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return path


async def submit(controller: AppController, window: MainWindow, source: Path, name: str) -> JobRecord:
    """Submit through the core workflow: the validator would (rightly) stop the temperature-7 line, and
    these tests need the server to answer it with an error line."""
    lines = source.read_text(encoding="utf-8").splitlines()
    job = await workflow.submit_file(
        await controller.service("sandbox"),
        controller.ledger,
        source,
        name=name,
        endpoint=URL,
        model=MODEL,
        request_count=len(lines),
    )
    window.tabs.setCurrentIndex(TAB_JOBS)
    await window.jobs_page.show_submitted(job)
    return job


def open_window(qtbot: Any, controller: AppController) -> tuple[MainWindow, FakeNotifier]:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    notifier = FakeNotifier()
    window.notifier = notifier
    window.in_background = lambda: True  # type: ignore[method-assign]  # the user is in another app
    return window, notifier


def run(qloop: asyncio.AbstractEventLoop, window: MainWindow, scenario: Coroutine[Any, Any, None]) -> None:
    """Run the scenario, then close the window on the loop (also when the scenario failed)."""
    try:
        qloop.run_until_complete(scenario)
    finally:
        window.close()
        qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_submit_complete_notify_results_export_rerun_merge(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window, notifier = open_window(qtbot, controller)
    source = write_requests(
        tmp_path / "问题-質問.jsonl",
        ["杭州西湖有什么特色？", "=1+2 and @SUM(A1)", "Explain tides.", "東京の天気は？\nline two"],
        bad=(3,),
        thinking=(1, 2, 3, 4),  # every line alike: the service refuses a file that mixes thinking modes
    )
    page = window.jobs_page

    async def scenario() -> None:
        await window.start()
        job = await submit(controller, window, source, "西湖 review")
        assert page.selected_job() is not None and page.selected_job().id == job.id
        assert page.proxy.index(0, COL_STATUS).data() in {"Validating", "Running"}
        assert page.cancel_button.isEnabled() and not page.open_results_button.isEnabled()
        assert page.next_delay is None or page.refresh_timer.isActive()
        shot(window, "jobs-01-running")

        sandbox.clock.advance(3600)
        outcome = await page.refresh_now()
        assert outcome is not None and [j.id for j in outcome.finished] == [job.id]
        done = page.selected_job()
        assert done is not None and done.id == job.id, "the selection stays on the job across ticks"
        assert done.status == "completed" and done.verdict == "complete_with_failures"
        assert page.proxy.index(page.view.currentIndex().row(), COL_STATUS).data() == "Completed, some failed"
        # The tray (a fake here) was told, in plain words.
        [(title, message, kind)] = notifier.calls
        assert title == "Job completed" and "西湖 review" in message and "1 failed" in message and kind == "warning"
        detail = page.detail.toPlainText()
        for text in ("Usage", "tokens", done.input_file_id, done.output_file_id, done.error_file_id, "Completed"):
            assert text and text in detail, text
        assert page.open_results_button.isEnabled() and page.rerun_button.isEnabled()
        assert "1 failed + missing" in page.rerun_button.text()
        shot(window, "jobs-02-completed-detail")

        results = await page.open_results(done)
        await wait_for(lambda: results.statuses_ready, what="the status pass")
        model = results.model
        assert model is not None
        ids = [model.index(r, model.column_index("custom_id")).data() for r in range(model.rowCount())]
        assert ids == ["r-1", "r-2", "r-3", "r-4"], "input order, not the shuffled output order"
        await wait_for(lambda: model.index(0, model.column_index("content")).data() != "…", what="first block")
        statuses = [model.index(r, model.column_index("status")).data() for r in range(4)]
        assert statuses == ["Succeeded", "Succeeded", "Failed", "Succeeded"]
        assert "杭州西湖" in model.index(0, model.column_index("content")).data()
        assert not results.table.isColumnHidden(model.column_index("reasoning_content")), "thinking was asked for"
        assert "temperature" in model.index(2, model.column_index("error_message")).data()
        assert "1 failed" in results.summary.text() or "✕ 1" in results.summary.text()
        results.table.selectRow(0)
        await wait_for(lambda: "杭州西湖" in results.detail.toPlainText(), what="row detail")
        shot(results, "results-01-all")

        assert await results.apply_filter(frozenset({RowStatus.FAILED})) == 1
        await wait_for(lambda: model.index(0, 0).data(RowRole) is not None, what="filtered block")
        assert model.index(0, model.column_index("custom_id")).data() == "r-3"
        assert await results.apply_filter(None) == 4

        csv_path = tmp_path / "exports" / "答え.csv"
        xlsx_path = tmp_path / "exports" / "答え.xlsx"
        jsonl_path = tmp_path / "exports" / "raw.jsonl"
        # the default is the user's sheet + answers; the technical columns are one choice away
        assert results.layout_combo.currentData() == "sheet"
        sheet_csv = await results.export("csv", tmp_path / "exports" / "sheet.csv")
        sheet_rows = list(csv.reader(io.StringIO(sheet_csv.path.read_bytes().decode("utf-8-sig"), newline="")))
        assert sheet_rows[0][-2:] == ["Answer", "Status"] and len(sheet_rows) == 5
        assert results.open_file_button.isVisible() and results.show_folder_button.isVisible()
        opened_urls: list[str] = []
        results.saved_bar.open_url = lambda url: opened_urls.append(url.toLocalFile())
        results.open_file_button.click()
        results.show_folder_button.click()
        assert opened_urls == [str(sheet_csv.path), str(sheet_csv.path.parent)]
        results.layout_combo.setCurrentIndex(results.layout_combo.findData("all"))
        csv_summary = await results.export("csv", csv_path)
        assert (csv_summary.rows, csv_summary.succeeded, csv_summary.failed) == (4, 3, 1)
        await results.export("xlsx", xlsx_path)
        assert (await results.export("jsonl", jsonl_path)).rows == 4
        raw = csv_path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert [r["custom_id"] for r in rows] == ["r-1", "r-2", "r-3", "r-4"]
        assert rows[0]["prompt"] == "杭州西湖有什么特色？"
        assert rows[1]["prompt"] == "'=1+2 and @SUM(A1)", "a formula-like value is neutralised"
        assert rows[2]["status"] == "failed" and rows[3]["prompt"] == "東京の天気は？\nline two"
        book = openpyxl.load_workbook(xlsx_path)
        sheet = book["Results"]
        header = [c.value for c in sheet[1]]
        values = {header[i]: c for i, c in enumerate(sheet[3])}
        assert values["prompt"].value == "=1+2 and @SUM(A1)" and values["prompt"].data_type == "s"
        assert "杭州西湖" in str(sheet.cell(row=2, column=header.index("content") + 1).value)
        assert book["Summary"]["B1"].value == "西湖 review"
        shot(results, "results-02-exported")

        # One click: the failed row goes again as a linked job; its answer merges into these results.
        results.rerun_button.click()
        child = await wait_for(
            lambda: next((r for r in page.model.records().values() if r.parent_job_id == job.id), None),
            what="the re-run job",
        )
        assert child.relation == "rerun" and child.request_count == 1
        assert page.selected_job().id == child.id and "Re-run of" in page.detail.toPlainText()
        assert not page.rerun_button.isEnabled(), "no second re-run while one runs"
        shot(window, "jobs-03-rerun-linked")
        sandbox.clock.advance(3600)
        await page.refresh_now()
        await wait_for(lambda: "answered_by" in model.found or results.model is not model, what="merged answers")
        merged = results.model
        assert merged is not None
        await wait_for(lambda: merged.index(2, 0).data(RowRole) is not None, what="merged block")
        row = merged.index(2, 0).data(RowRole)
        assert row.custom_id == "r-3" and row.answered_by == child.batch_id
        assert "re-run" in results.summary.text()
        shot(results, "results-03-merged")
        results.close()

    run(qloop, window, scenario())


def test_cancel_asks_first_and_warns_about_billing(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window, notifier = open_window(qtbot, controller)
    source = write_requests(tmp_path / "long.jsonl", [f"question {n}" for n in range(40)])
    page = window.jobs_page

    async def scenario() -> None:
        await window.start()
        job = await submit(controller, window, source, "long job")
        sandbox.clock.advance(5)  # validating done, a few requests answered
        await page.refresh_now()
        assert page.selected_job().status == "in_progress"
        page.cancel_button.click()
        box = page.confirm_box
        assert isinstance(box, QMessageBox) and box.isVisible(), "a non-modal confirm, not exec()"
        assert "still billed" in box.text()
        shot(box, "jobs-04-cancel-confirm")
        # Saying no does nothing.
        next(b for b in box.buttons() if b.text() == "Keep it running").click()
        await asyncio.sleep(0.05)
        assert page.selected_job().status == "in_progress"
        page.cancel_button.click()
        yes = next(b for b in page.confirm_box.buttons() if b.text() == "Cancel the job")
        yes.click()
        await wait_for(lambda: page.selected_job().status in ("cancelling", "cancelled"), what="cancelling")
        assert "still billed" in window.notice.message
        sandbox.clock.advance(600)
        await page.refresh_now()
        await wait_for(lambda: page.selected_job().has_local_results, what="partial answers downloaded")
        ended = page.selected_job()
        assert ended.status == "cancelled" and ended.verdict == "partial"
        assert page.proxy.index(page.view.currentIndex().row(), COL_STATUS).data() == "Cancelled, partial"
        assert page.rerun_button.isEnabled(), "the rows that never ran can be re-run"
        assert notifier.calls and notifier.calls[-1][0] == "Job cancelled"
        shot(window, "jobs-05-cancelled-partial")
        assert job.id == ended.id

    run(qloop, window, scenario())


def test_remote_files_list_usage_delete_and_setting(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window, _ = open_window(qtbot, controller)
    source = write_requests(tmp_path / "files.jsonl", ["a", "b", "c"], bad=(2,))
    page = window.jobs_page

    async def scenario() -> None:
        await window.start()
        job = await submit(controller, window, source, "文件 job")
        sandbox.clock.advance(3600)
        await page.refresh_now()
        done = page.selected_job()
        assert done.has_local_results and done.output_file_id and done.error_file_id
        dialog = page.open_remote_files()
        await wait_for(lambda: dialog.table.rowCount() == 3 and dialog.usage is not None, what="files and usage")
        ids = {dialog.table.item(r, 5).text(): dialog.table.item(r, 4).text() for r in range(3)}
        assert ids[done.input_file_id] == "input of “文件 job”"
        assert ids[done.output_file_id] == "answers of “文件 job”"
        assert dialog.usage.files == 3 and "3 of 10,000 files" in dialog.usage_label.text()
        shot(dialog, "files-01-list")

        selection = dialog.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(3):
            if dialog.table.item(row, 5).text() in (done.output_file_id, done.error_file_id):
                selection.select(dialog.table.model().index(row, 0), flags)
        assert sorted(dialog.selected_ids()) == sorted([done.output_file_id, done.error_file_id])
        dialog.delete_button.click()
        box = dialog.confirm
        assert box is not None and box.isVisible() and "answers of “文件 job”" in box.text()
        next(b for b in box.buttons() if b.text() == "Delete").click()
        await wait_for(lambda: dialog.table.rowCount() == 1, what="rows removed")
        await wait_for(lambda: dialog.usage is not None and dialog.usage.files == 1, what="recount")
        record = await controller.job(job.id)
        assert record is not None and record.remote_results_deleted_at is not None
        assert not dialog.auto_delete.isChecked()
        dialog.auto_delete.setChecked(True)
        await wait_for(lambda: controller.settings.get("delete_remote_after_download") is True, what="setting saved")
        shot(dialog, "files-02-after-delete")
        dialog.close()

    run(qloop, window, scenario())
