"""The whole path a first-time user walks, offscreen, against the sandbox over loopback HTTP."""

from __future__ import annotations

import asyncio
import csv
import io
import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import TAB_JOBS, MainWindow
from tests.ui.conftest import shot, wait_for

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def drop_files(window: MainWindow, *paths: Path) -> None:
    """Deliver a real QDropEvent carrying file URLs, as a drag from the file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def write_cjk_input(folder: Path) -> Path:
    """A qwen-plus file whose answers (simulated) echo Chinese and Japanese prompts back."""
    lines = [
        '{"custom_id":"r-3","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus",'
        '"messages":[{"role":"user","content":"杭州西湖有什么特色？"}]}}',
        '{"custom_id":"r-1","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus",'
        '"messages":[{"role":"user","content":"東京の天気は、どうですか？ \\"quotes\\", commas"}]}}',
        '{"custom_id":"r-2","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus",'
        '"messages":[{"role":"user","content":"line one\\nline two"}]}}',
    ]
    path = folder / "问题-質問.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_first_run_walks_from_drop_to_excel_csv(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    source = tmp_path / "test-model-sample.jsonl"
    shutil.copy(SAMPLES / "test-model-sample.jsonl", source)
    original_bytes = source.read_bytes()

    async def scenario() -> None:
        await window.start()
        # No key stored anywhere: the app opens on the sandbox and says answers are simulated.
        assert window.region_id == "sandbox"
        assert window.sandbox_notice.isVisible()
        assert "simulated" in window.sandbox_notice.message
        shot(window, "01-first-start")

        drop_files(window, source)
        report = await wait_for(lambda: window.submit_page.current_report, what="validation report")
        assert report.ok and report.requests == 2
        assert "2 requests" in window.submit_page.summary.text()
        assert window.submit_page.submit_button.isEnabled()
        shot(window, "02-file-checked")

        window.submit_page.submit_button.click()
        await wait_for(lambda: window.jobs_page.model.rowCount() == 1 and window.tabs.currentIndex() == TAB_JOBS)
        job = window.jobs_page.selected_job()
        assert job is not None and job.batch_id and job.batch_id.startswith("batch_")
        assert job.region_id == "sandbox"
        shot(window, "03-submitted")

        sandbox.clock.advance(3600)  # the accelerated clock: the job finishes on the server
        await window.jobs_page.refresh_now()
        job = window.jobs_page.selected_job()
        assert job is not None
        assert job.status == "completed"
        assert job.results_downloaded_at
        assert window.jobs_page.export_button.isEnabled()
        shot(window, "04-completed")

        dest = tmp_path / "out" / "answers.csv"
        assert window.jobs_page.saved_bar.isHidden()
        summary = await window.jobs_page.export_csv(job, dest)
        assert summary.rows == 2 and summary.succeeded == 2 and summary.missing == 0
        # after Ctrl+E, as after an export from the results window: Open and Show in folder
        bar = window.jobs_page.saved_bar
        assert bar.isVisible() and bar.open_button.isVisible() and bar.folder_button.isVisible()
        assert "answers.csv" in bar.label.text()
        opened: list[str] = []
        bar.open_url = lambda url: opened.append(url.toLocalFile())
        bar.open_button.click()
        bar.folder_button.click()
        assert opened == [str(dest), str(dest.parent)]
        shot(window, "05-exported")

    qloop.run_until_complete(scenario())

    data = dest_bytes = (tmp_path / "out" / "answers.csv").read_bytes()
    assert dest_bytes.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 BOM to show CJK text"
    assert b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    # the window's export is the sheet layout: the request (a JSONL has no sheet), the answer, a status
    assert list(rows[0]) == ["Request ID", "Prompt", "Answer", "Status"]
    assert [r["Request ID"] for r in rows] == ["1", "2"]
    assert all(r["Answer"] == "This is a test result." and r["Status"] == "done" for r in rows)
    assert source.read_bytes() == original_bytes, "the user's file must never be modified"
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_cjk_prompts_survive_to_csv_in_input_order(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    source = write_cjk_input(tmp_path)

    async def scenario() -> Path:
        await window.start()
        report = await window.submit_page.load_file(source)
        assert report is not None and report.ok, report
        job = await window.submit_page.submit()
        assert job is not None
        sandbox.clock.advance(3600)
        await window.jobs_page.refresh_now()
        job = window.jobs_page.selected_job()
        assert job is not None and job.status == "completed"
        dest = tmp_path / "答え.csv"
        await window.controller.export_csv(job, dest, "all")  # the technical columns, one choice away
        shot(window, "06-cjk-exported")
        return dest

    dest = qloop.run_until_complete(scenario())
    raw = dest.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    # Input order, not the service's shuffled output order.
    assert [r["custom_id"] for r in rows] == ["r-3", "r-1", "r-2"]
    assert rows[0]["prompt"] == "杭州西湖有什么特色？", "the question sits next to its answer"
    assert rows[2]["prompt"] == "line one\nline two"
    assert "杭州西湖" in rows[0]["content"]
    assert "東京の天気" in rows[1]["content"]
    assert '"quotes", commas' in rows[1]["content"]
    assert all(r["status"] == "succeeded" for r in rows)
    assert all(int(r["total_tokens"]) > 0 for r in rows)
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))
