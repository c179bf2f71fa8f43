"""Issue 12, as a new user would walk it: a GBK review sheet → output columns → two models compared →
the XLSX next to the sheet holds their columns, then both models' answers side by side."""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path

import openpyxl
import orjson
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem, QWidget

from desktop_app.core.cells import CsvStyle
from desktop_app.core.outputs import OutputKind
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui import controller as controller_module
from desktop_app.ui.controller import AppController
from desktop_app.ui.editor.outputs_box import COL_DESCRIPTION, COL_KIND, COL_LABELS, COL_NAME
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.submit_page import STEP_REQUESTS, STEP_SETUP
from tests.ui.conftest import shot, wait_for
from tests.ui.test_editor_problems import widgets  # noqa: F401 - fixture
from tests.ui.test_end_to_end import drop_files

REVIEWS = [
    ("编号", "评论", "日期"),
    ("001", "-5分 太差了，再也不买", "2024-01-05"),
    ("002", "+1 很好用，物流也快", "3-4"),
    ("003", "一般般吧，包装有点破", "2024-02-11"),
    ("004", "客服态度很好，下次还来", "1e5"),
]


def write_reviews(folder: Path) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(REVIEWS)
    path = folder / "商品评论.csv"
    path.write_bytes(buffer.getvalue().encode("gbk"))
    return path


def fill_row(box, row: int, name: str, kind: OutputKind, labels: str, description: str) -> None:
    box.table.item(row, COL_NAME).setText(name)
    combo = box.table.cellWidget(row, COL_KIND)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(kind.value))
    box.table.setItem(row, COL_LABELS, QTableWidgetItem(labels))
    box.table.item(row, COL_DESCRIPTION).setText(description)


def test_reviews_to_two_models_side_by_side_in_an_xlsx_next_to_the_sheet(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(controller)
    widgets.append(window)
    window.resize(1100, 760)
    window.show()
    source = write_reviews(tmp_path)
    original = source.read_bytes()
    page = window.submit_page
    setup = page.setup_page
    box = setup.outputs_box

    async def scenario() -> None:
        await window.start()
        drop_files(window, source)
        await wait_for(lambda: page.step == STEP_SETUP, what="the mapping step")
        setup.id_combo.setCurrentIndex(setup.id_combo.findData("编号"))
        setup.template_edit.setPlainText("这条商品评论的情感是什么？\n{评论}")

        # Define the output columns: sentiment (one of three labels) and a reason.
        box.add_button.click()
        box.add_button.click()
        fill_row(box, 0, "sentiment", OutputKind.LABEL, "positive, negative, neutral", "How the buyer feels.")
        fill_row(box, 1, "reason", OutputKind.TEXT, "", "One short sentence in Chinese.")
        box.compare_edit.setText("qwen-flash")
        assert setup.model_combo.currentText() == "qwen-plus"
        assert [c.name for c in setup.spec().outputs] == ["sentiment", "reason"]
        assert setup.compare_models() == ["qwen-flash"]
        await wait_for(
            lambda: setup.preview_request is not None and "response_format" in setup.preview_request["body"],
            what="a JSON-mode request in the preview",
        )
        body = setup.preview_request["body"]
        assert body["response_format"] == {"type": "json_object"}
        assert (
            '"sentiment": "one of: positive | negative | neutral"'
            in body["messages"][0]["content"].replace('":"', '": "')
            or "positive | negative | neutral" in body["messages"][0]["content"]
        )
        box.table.scrollTo(box.table.model().index(0, 0))
        setup.outputs_box.ensurePolished()
        await asyncio.sleep(0.05)
        # the section is no wider than the form's other rows (it adds no sideways scrolling of its own)
        assert box.minimumSizeHint().width() <= setup.thinking_combo.minimumSizeHint().width() + 40
        shot(window, "answers-01-builder-output-columns")
        shot(box, "answers-01b-output-columns-section")

        # Build, check, submit: one batch per model, as one job group.
        setup.build_button.click()
        await wait_for(lambda: page.step == STEP_REQUESTS and page.current_check is not None, what="the check")
        assert page.current_check.ok
        assert page.submit_button.text() == "Submit 2 batches (one per model)"
        job = await page.submit()
        assert job is not None
        jobs = page.last_jobs
        assert [j.model for j in jobs] == ["qwen-plus", "qwen-flash"]
        assert {j.relation for j in jobs} == {"variant"} and len({j.group_id for j in jobs}) == 1
        flash_lines = Path(jobs[1].input_path).read_bytes().splitlines()
        assert all(orjson.loads(line)["body"]["model"] == "qwen-flash" for line in flash_lines)

        sandbox.clock.advance(3600)
        await window.jobs_page.refresh_now()
        for j in jobs:
            record = await controller.job(j.id)
            assert record is not None and record.results_downloaded_at, record

        # The results: the user's columns, then sentiment and reason split out of the JSON answers.
        results = await window.jobs_page.open_results(await controller.job(jobs[0].id))
        await wait_for(lambda: results.statuses_ready, what="the status pass")
        model = results.model
        assert model is not None
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        # the sheet's ID column is the request ID: shown once, under the sheet's own name (issue 12 §5)
        assert headers[1:4] == ["编号", "评论", "日期"] and "sentiment" in headers and "reason" in headers
        at = headers.index("sentiment")
        await wait_for(lambda: model.index(0, at).data() not in (None, "…"), what="the first block")
        assert {model.index(r, at).data() for r in range(4)} <= {"positive", "negative", "neutral"}
        assert "Comparing qwen-plus, qwen-flash" in results.summary.text()
        assert "Cost at batch prices: qwen-plus free · qwen-flash free · all variants: free." in results.summary.text()
        results.resize(1100, 760)
        results.table.selectRow(0)
        await asyncio.sleep(0.05)
        shot(results, "answers-02-results")

        # Export: the save dialog starts next to the sheet; the default layout is their sheet + answers.
        suggested = results.suggested_path("xlsx")
        assert suggested == tmp_path / "商品评论-answers.xlsx"
        summary = await results.export("xlsx", suggested)
        assert summary.sheet is not None and summary.rows == 4
        assert results.open_file_button.isVisible()
        shot(results, "answers-03-exported")

        # On a computer whose list separator is ";" (Indonesia), "CSV for Excel" is written with it.
        monkeypatch.setattr(controller_module, "excel_csv_style", lambda: CsvStyle(";", ","))
        await results.export("csv", tmp_path / "indonesia.csv")

    qloop.run_until_complete(scenario())

    book = openpyxl.load_workbook(tmp_path / "商品评论-answers.xlsx")
    rows = [[c.value for c in r] for r in book["Answers"].iter_rows()]
    assert rows[0] == [
        "编号",
        "评论",
        "日期",
        "sentiment (qwen-plus)",
        "reason (qwen-plus)",
        "sentiment (qwen-flash)",
        "reason (qwen-flash)",
        "Status (qwen-plus)",
        "Status (qwen-flash)",
    ]
    assert [r[0] for r in rows[1:]] == ["001", "002", "003", "004"]
    assert rows[1][1] == "-5分 太差了，再也不买" and rows[2][2] == "3-4" and rows[4][2] == "1e5"
    for r in rows[1:]:
        assert r[3] in ("positive", "negative", "neutral") and r[5] in ("positive", "negative", "neutral")
        assert "qwen-plus" in r[4] and "qwen-flash" in r[6]
        assert r[7] == "done" and r[8] == "done"
    summary_sheet = {r[0].value: r[1].value for r in book["Summary"].iter_rows()}
    assert "sentiment: the variants agree" in summary_sheet and summary_sheet["qwen-flash · total tokens"] > 0
    semi = (tmp_path / "indonesia.csv").read_text(encoding="utf-8-sig")
    table = list(csv.reader(io.StringIO(semi, newline=""), delimiter=";"))
    assert table[0][:4] == ["编号", "评论", "日期", "sentiment (qwen-plus)"] and len(table) == 5
    assert [r[0] for r in table[1:]] == ['="001"', '="002"', '="003"', '="004"']
    # each variant's cost and the comparison's total (the sandbox bills nothing: "free", never absent)
    assert summary_sheet["qwen-plus · cost at batch prices"] == "free"
    assert summary_sheet["qwen-flash · cost at batch prices"] == "free"
    assert summary_sheet["cost of all variants at batch prices"] == "free"
    assert summary_sheet["qwen-flash · Batch ID"].startswith("batch_")
    assert source.read_bytes() == original, "the user's file is never written"
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_the_save_dialog_never_starts_inside_the_app(controller: AppController, tmp_path: Path, monkeypatch) -> None:
    from types import SimpleNamespace

    from desktop_app.resources import resource_path
    from desktop_app.ui import controller as controller_module

    documents = tmp_path / "Documents"
    monkeypatch.setattr(controller_module, "documents_folder", lambda: documents)

    def suggested(source: str | None, input_path: str | None, kind: str = "xlsx") -> Path:
        job = SimpleNamespace(source={"kind": "table", "path": source} if source else {}, input_path=input_path)
        return controller.suggested_export_path(job, kind)  # type: ignore[arg-type]

    sheet = tmp_path / "work" / "reviews.xlsx"
    built = controller.paths.data / "requests" / "reviews-1.jsonl"
    assert suggested(str(sheet), str(built)) == sheet.with_name("reviews-answers.xlsx"), "next to the user's sheet"
    assert suggested(None, str(tmp_path / "mine.jsonl"), "csv") == documents / "mine-answers.csv"
    sample = resource_path("samples", "translation-sample.csv")
    assert suggested(str(sample), str(built)) == documents / "translation-sample-answers.xlsx", "not the install"
    assert suggested(None, str(resource_path("samples", "test-model-sample.jsonl"))).parent == documents
    assert suggested(str(controller.paths.cache / "x.csv"), None).parent == documents, "not the app's folders"


def test_two_prompts_on_one_model_side_by_side(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    window = MainWindow(controller)
    widgets.append(window)
    window.show()
    source = write_reviews(tmp_path)
    page = window.submit_page
    setup = page.setup_page
    box = setup.outputs_box

    async def scenario() -> None:
        await window.start()
        drop_files(window, source)
        await wait_for(lambda: page.step == STEP_SETUP, what="the mapping step")
        setup.id_combo.setCurrentIndex(setup.id_combo.findData("编号"))
        setup.template_edit.setPlainText("情感？{评论}")
        box.add_button.click()
        fill_row(box, 0, "sentiment", OutputKind.LABEL, "positive, negative, neutral", "")
        box.prompt_edit.setPlainText("Is this review happy or not? {评论}")
        assert not box.compare_edit.isEnabled(), "one kind of comparison at a time"
        assert setup.compare_prompt() == "Is this review happy or not? {评论}"
        setup.build_button.click()
        await wait_for(lambda: page.step == STEP_REQUESTS and page.current_check is not None, what="the check")
        assert page.submit_button.text() == "Submit 2 batches (one per prompt)"
        await page.submit()
        jobs = page.last_jobs
        assert [j.model for j in jobs] == ["qwen-plus", "qwen-plus"]
        second = [orjson.loads(line) for line in Path(jobs[1].input_path).read_bytes().splitlines()]
        assert second[0]["body"]["messages"][-1]["content"] == "Is this review happy or not? -5分 太差了，再也不买"
        sandbox.clock.advance(3600)
        await window.jobs_page.refresh_now()
        results = await window.jobs_page.open_results(await controller.job(jobs[1].id))
        await wait_for(lambda: results.statuses_ready, what="the status pass")
        assert "prompt B" in results.summary.text()
        await results.export("xlsx", tmp_path / "prompts.xlsx")

    qloop.run_until_complete(scenario())
    book = openpyxl.load_workbook(tmp_path / "prompts.xlsx")
    header = [c.value for c in next(book["Answers"].iter_rows())]
    assert header[3:] == ["sentiment (prompt A)", "sentiment (prompt B)", "Status (prompt A)", "Status (prompt B)"]
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_a_comparison_that_would_need_splitting_sends_nothing(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch,
) -> None:
    from types import SimpleNamespace

    window = MainWindow(controller)
    widgets.append(window)
    window.show()
    page = window.submit_page
    setup = page.setup_page
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda text, *a, **k: errors.append(text))

    async def scenario() -> None:
        await window.start()
        drop_files(window, write_reviews(tmp_path))
        await wait_for(lambda: page.step == STEP_SETUP, what="the mapping step")
        setup.template_edit.setPlainText("{评论}")
        setup.outputs_box.compare_edit.setText("qwen-flash")
        setup.build_button.click()
        await wait_for(lambda: page.step == STEP_REQUESTS and page.current_check is not None, what="the check")

        async def over_the_limits() -> object:  # as if the file were over 50,000 requests / 500 MB
            return SimpleNamespace(ok=False, needs_split=True, parts=[1, 2])

        monkeypatch.setattr(page.editor, "ensure_checked", over_the_limits)
        monkeypatch.setattr(type(page.editor), "current_check", await over_the_limits(), raising=False)
        page._update_buttons()
        # the button names the comparison, never "Submit as 2 parts" (which is not what would happen)
        assert page.submit_button.text() == "Submit 2 batches (one per model)"
        assert await page.submit() is None
        assert await controller.jobs() == [], "nothing was sent"

    qloop.run_until_complete(scenario())
    assert errors and "would have to be split into 2 parts" in errors[-1]
    assert "comparing split files is not supported yet" in errors[-1]
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))
