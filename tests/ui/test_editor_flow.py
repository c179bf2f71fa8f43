"""The editor's whole path, offscreen, against the sandbox: a GBK CSV → map → fix → save → rehearsal."""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path

import orjson
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.controller import AppController
from desktop_app.ui.editor.models import COL_ID, COL_PROMPT, COL_SHEET_ROW, ERROR_CELL, WARNING_TINT
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.submit_page import STEP_REQUESTS, STEP_SETUP
from tests.ui.conftest import shot, wait_for
from tests.ui.test_editor_problems import widgets  # noqa: F401 - fixture
from tests.ui.test_end_to_end import drop_files

ROWS = [
    ("编号", "原文", "语言"),
    ("A-001", "今天天气很好，我们去西湖散步吧。", "英语"),
    ("", "東京の桜は三月末に満開になります。", "英语"),  # blank id
    ("A-003", '他说："明天见"，然后走了。\n第二行', "日语"),  # quotes, comma and a line break in one cell
    ("A-003", "请在周五之前把报告发给我。", "英语"),  # the id again
]


def write_gbk_csv(folder: Path) -> Path:
    """A CSV as Chinese Excel saves it: GBK, CRLF, quoted cells where needed."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(ROWS)
    path = folder / "翻译任务.csv"
    path.write_bytes(
        buffer.getvalue().replace("東京の桜は三月末に満開になります。", "东京的樱花三月底盛开。").encode("gbk")
    )
    return path


def test_gbk_csv_to_checked_saved_and_rehearsed_requests(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    window = MainWindow(controller)
    widgets.append(window)
    window.show()
    source = write_gbk_csv(tmp_path)
    original = source.read_bytes()
    page = window.submit_page
    setup = page.setup_page
    editor = page.editor

    async def scenario() -> None:
        await window.start()
        shot(window, "editor-01-start")

        # 1. Drop the CSV: the import options show the detected encoding and a correct preview.
        drop_files(window, source)
        await wait_for(lambda: page.step == STEP_SETUP, what="the mapping step")
        assert setup.encoding_combo.currentData() == "gb18030"
        assert "GBK" in setup.encoding_combo.currentText()
        assert "Chinese Simplified" in setup.detected_label.text()
        assert setup.delimiter_combo.currentData() == ","
        assert setup.header_check.isChecked()
        preview = setup.preview_model
        assert preview.rowCount() == 4 and preview.columnCount() == 3
        assert preview.headerData(1, Qt.Orientation.Horizontal) == "原文"
        assert preview.data(preview.index(0, 1)) == "今天天气很好，我们去西湖散步吧。"
        assert preview.data(preview.index(2, 1)) == '他说："明天见"，然后走了。 ⏎ 第二行'
        assert preview.headerData(3, Qt.Orientation.Vertical) == "5", "rows are numbered as the spreadsheet shows"

        # Changing the encoding re-reads the file (live preview); a wrong one shows mojibake, not a crash.
        setup.encoding_combo.setCurrentIndex(setup.encoding_combo.findData("cp1252"))
        assert await setup.reopen(setup.read_options()) in (True, False)
        assert preview.rowCount() == 0 or preview.data(preview.index(0, 1)) != "今天天气很好，我们去西湖散步吧。"
        setup.encoding_combo.setCurrentIndex(setup.encoding_combo.findData("gb18030"))
        assert await setup.reopen(setup.read_options())
        assert preview.data(preview.index(0, 1)) == "今天天气很好，我们去西湖散步吧。"

        # 2. Map: id column, template with placeholders, preview of the selected row's request.
        setup.id_combo.setCurrentIndex(setup.id_combo.findData("编号"))
        setup.template_edit.setPlainText("请把这句话翻译成{语言}：{原文}")
        setup.system_edit.setPlainText("你是一名专业翻译。")
        setup.preview_view.selectRow(2)
        await wait_for(lambda: "翻译成日语" in setup.json_preview.toPlainText(), what="the request preview")
        request = setup.preview_request
        assert request is not None
        assert request["custom_id"] == "A-003"
        assert request["body"]["messages"] == [
            {"role": "system", "content": "你是一名专业翻译。"},
            {"role": "user", "content": '请把这句话翻译成日语：他说："明天见"，然后走了。\n第二行'},
        ]
        assert request["body"]["enable_thinking"] is False, "thinking is set explicitly"
        assert "billed as output" in setup.thinking_note.text()
        assert setup.build_button.isEnabled()
        assert "1 blank and 1 repeated ID(s)" in setup.spec_label.text(), "flagged before anything else"
        shot(window, "editor-02-mapping")

        # 3. Build: the requests table shows the rows, with the two id problems highlighted and listed.
        setup.build_button.click()
        await wait_for(lambda: page.step == STEP_REQUESTS and page.current_check is not None, what="the check")
        model = editor.model
        assert model.rowCount() == 4
        assert model.data(model.index(0, COL_PROMPT)) == "请把这句话翻译成英语：今天天气很好，我们去西湖散步吧。"
        assert model.data(model.index(3, COL_SHEET_ROW)) == "5"
        codes = editor.problems_model.codes()
        assert {"blank_id", "duplicate_id"} <= codes, codes
        assert model.data(model.index(1, COL_ID), Qt.ItemDataRole.BackgroundRole).color() == ERROR_CELL
        assert model.data(model.index(3, COL_ID), Qt.ItemDataRole.BackgroundRole).color() == ERROR_CELL
        assert model.data(model.index(0, COL_ID), Qt.ItemDataRole.BackgroundRole) is None
        assert model.data(model.index(1, COL_PROMPT), Qt.ItemDataRole.BackgroundRole).color() != WARNING_TINT
        assert not page.submit_button.isEnabled(), "Submit stays disabled while an error remains"
        assert "must be fixed" in page.summary.text()
        await asyncio.sleep(0.05)  # let the problem rows wrap before the screenshot
        shot(window, "editor-03-problems")

        # The problems panel jumps to the row.
        problems = editor.problems_model
        duplicate = next(r for r in range(problems.rowCount()) if problems.problem_at(r).code == "duplicate_id")
        assert "sheet row 5" in problems.data(problems.index(duplicate, 0))
        editor.problems_view.clicked.emit(problems.index(duplicate, 1))
        assert editor.current_row() == 3

        # 4. Fix by editing cells; the check runs again and Submit becomes available.
        assert model.setData(model.index(1, COL_ID), "A-002")
        assert model.setData(model.index(3, COL_ID), " A-004 ")
        await wait_for(lambda: page.current_check is not None and page.current_check.ok, what="a clean check")
        assert model.data(model.index(3, COL_ID)) == "A-004"
        assert editor.problems_model.rowCount() == 0
        assert page.submit_button.isEnabled()
        assert "Ready to submit" in page.summary.text()
        assert "4 requests" in page.summary.text()
        shot(window, "editor-04-fixed")

        # 5. Save as JSONL: UTF-8 without BOM, one compact object per line; reopening shows the same.
        saved = await page.save_as(tmp_path / "out" / "requests.jsonl")
        data = saved.read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\n")
        lines = data.split(b"\n")[:-1]
        assert len(lines) == 4
        for line in lines:
            assert orjson.dumps(orjson.loads(line)) == line, "compact"
        assert "东京的樱花".encode() in data, "CJK is written as UTF-8, not \\u escapes"
        assert [orjson.loads(line)["custom_id"] for line in lines] == ["A-001", "A-002", "A-003", "A-004"]
        before = [model.doc.fields(r) for r in range(model.rowCount())]
        assert not model.doc.dirty

        report = await page.load_file(saved)
        assert report is not None and report.ok and report.requests == 4
        assert [editor.model.doc.fields(r) for r in range(editor.model.rowCount())] == before
        again = await page.save_as(tmp_path / "out" / "again.jsonl")
        assert again.read_bytes() == data, "reopened unchanged"

        # 6. Rehearsal on the sandbox's test model: it finishes and says the plumbing works.
        job = await page.rehearse()
        assert job is not None and job.model == "batch-test-model" and job.endpoint == "/v1/chat/ds-test"
        assert page.rehearsal_notice.isVisible() and "Rehearsal sent" in page.rehearsal_notice.message
        shot(window, "editor-05-rehearsal-sent")
        sandbox.clock.advance(3600)
        await window.jobs_page.refresh_now()
        await wait_for(lambda: page.rehearsal_notice.kind == "success", what="the rehearsal result")
        assert "Rehearsal passed" in page.rehearsal_notice.message
        assert "4 request(s)" in page.rehearsal_notice.message
        assert window.tabs.currentWidget() is page, "a rehearsal does not take the user away from the editor"
        shot(window, "editor-06-rehearsal-passed")

    qloop.run_until_complete(scenario())
    assert source.read_bytes() == original, "the source file is never modified"
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_sample_table_opens_with_a_guessed_mapping(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
) -> None:
    window = MainWindow(controller)
    widgets.append(window)
    window.show()
    page = window.submit_page

    async def scenario() -> None:
        await window.start()
        assert page.sample_button.isVisible()
        page.sample_button.click()
        await wait_for(lambda: page.step == STEP_SETUP, what="the sample in the mapping step")
        setup = page.setup_page
        assert setup.encoding_combo.currentData() == "utf-8-sig"
        assert setup.id_combo.currentData() == "编号"
        assert setup.template_edit.toPlainText() == "{原文}"
        setup.template_edit.setPlainText("Translate into {翻译成}: {原文}")
        await wait_for(lambda: "Translate into English" in setup.json_preview.toPlainText(), what="preview")
        shot(window, "editor-00-sample")

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def test_workbook_sheets_models_images_and_regions(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    tmp_path: Path,
) -> None:
    import openpyxl

    from desktop_app.core.regions import INTL_MODELS

    book = openpyxl.Workbook()
    first = book.active
    first.title = "说明"
    first.append(["这一页只是说明"])
    sheet = book.create_sheet("数据")
    sheet.append(["订单号", "图片", "问题"])
    sheet.append(["000123456789012345", "https://example.com/a.png", "这是什么？"])
    sheet.append(["000123456789012346", "", "图里有几个人？"])
    for row in (2, 3):
        sheet.cell(row, 1).number_format = "@"
    path = tmp_path / "图片问题.xlsx"
    book.save(path)

    window = MainWindow(controller)
    widgets.append(window)
    window.show()
    page = window.submit_page
    setup = page.setup_page

    async def scenario() -> None:
        await window.start()
        await page.load_file(path)
        assert page.step == STEP_SETUP
        assert setup.sheet_combo.isVisible() and not setup.encoding_combo.isVisible()
        setup.sheet_combo.setCurrentIndex(setup.sheet_combo.findData("数据"))
        assert await setup.reopen(setup.read_options())
        preview = setup.preview_model
        assert preview.data(preview.index(0, 0)) == "000123456789012345", "long ids keep every digit"

        # A vision model with an image column: the image goes into the request.
        setup.model_combo.setCurrentText("qwen-vl-max")
        setup.image_combo.setCurrentIndex(setup.image_combo.findData("图片"))
        setup.template_edit.setPlainText("{问题}")
        await wait_for(lambda: "image_url" in setup.json_preview.toPlainText(), what="the image in the preview")
        content = setup.preview_request["body"]["messages"][-1]["content"]
        assert content[0] == {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}

        # International does not document qwen-vl-max: a warning, and free text stays allowed.
        window.select_region("intl")
        await page.region_changed()
        assert [setup.model_combo.itemText(i) for i in range(setup.model_combo.count())] == [
            m for m in INTL_MODELS if m != "batch-test-model"
        ]
        assert setup.model_combo.currentText() == "qwen-vl-max"
        setup._schedule_render()
        await wait_for(lambda: setup.model_note.isVisible(), what="the undocumented-model warning")
        assert setup.build_button.isEnabled(), "a warning does not block"
        shot(window, "editor-07-workbook-images")

        # Embeddings: their models, and the chat-only settings switched off.
        setup.kind_combo.setCurrentIndex(setup.kind_combo.findData("embeddings"))
        assert setup.model_combo.currentText() == "text-embedding-v4"
        assert not setup.thinking_combo.isEnabled() and not setup.image_combo.isEnabled()
        await wait_for(lambda: '"input"' in setup.json_preview.toPlainText(), what="an embedding request")

    qloop.run_until_complete(scenario())
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))
