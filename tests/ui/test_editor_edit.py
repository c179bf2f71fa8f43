"""Editing the requests: cells (through the real delegate), add, delete, duplicate, find, the JSON box; the models."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import orjson
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLineEdit, QPlainTextEdit, QWidget

from desktop_app.core.request_doc import RequestDocument
from desktop_app.core.tables.model import Row
from desktop_app.core.validate import Problem, Severity
from desktop_app.ui.controller import AppController
from desktop_app.ui.editor.models import (
    COL_ID,
    COL_MODEL,
    COL_PROMPT,
    COL_SYSTEM,
    EditorProblemsModel,
    RequestsTableModel,
    TablePreviewModel,
)
from desktop_app.ui.submit_page import SubmitPage
from tests.ui.conftest import shot, wait_for
from tests.ui.test_editor_problems import Host, offline_controller, widgets  # noqa: F401 - fixtures

PROMPTS = ["杭州西湖有什么特色？", "東京の天気は、どうですか？", "Apa kabar?", "translate: good morning", "第五个问题"]


def write_requests(folder: Path, count: int = 5) -> Path:
    lines = [
        orjson.dumps(
            {
                "custom_id": f"q-{i + 1}",
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {
                    "model": "qwen-plus",
                    "messages": [{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}],
                    "enable_thinking": False,
                },
            }
        )
        for i in range(count)
    ]
    path = folder / "questions.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def ids(model: RequestsTableModel) -> list[str]:
    return [model.data(model.index(r, COL_ID)) for r in range(model.rowCount())]


def edit_cell(page: SubmitPage, row: int, column: int, value: str) -> None:
    """Type into a cell through the view's real editor and commit it, as a user would."""
    view = page.editor.view
    index = page.editor.model.index(row, column)
    view.setCurrentIndex(index)
    assert view.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None)
    editor = view.indexWidget(index)
    assert isinstance(editor, (QPlainTextEdit, QLineEdit)), editor
    if column in (COL_PROMPT, COL_SYSTEM):
        assert isinstance(editor, QPlainTextEdit), "prompts are edited in a multi-line box"
        editor.setPlainText(value)
    else:
        editor.setText(value)
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def test_edit_add_delete_duplicate_find(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    offline_controller: AppController,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    host = Host(offline_controller, "sandbox")
    page = SubmitPage(host)
    widgets.append(page)
    page.resize(1100, 720)
    page.show()
    source = write_requests(tmp_path)
    original = source.read_bytes()
    editor = page.editor
    editor.check_timer.setInterval(20)  # the pause after an edit (300 ms for people) would only slow the test
    model = editor.model

    async def checked() -> None:
        await wait_for(lambda: page.current_check is not None, what="the check")

    async def scenario() -> None:
        report = await page.load_file(source)
        assert report is not None and report.ok and report.requests == 5
        assert page.submit_button.isEnabled()

        # A prompt with a line break, through the multi-line delegate.
        edit_cell(page, 1, COL_PROMPT, "東京の天気は？\n二行目")
        assert model.doc.fields(1).prompt == "東京の天気は？\n二行目"
        assert model.data(model.index(1, COL_PROMPT)) == "東京の天気は？ ⏎ 二行目"
        edit_cell(page, 1, COL_SYSTEM, "日本語で答えてください。")
        edit_cell(page, 1, COL_MODEL, "qwen-max")
        await checked()
        assert "mixed_model" in editor.problems_model.codes()
        assert not page.submit_button.isEnabled()
        edit_cell(page, 1, COL_MODEL, "qwen-plus")
        await checked()
        assert page.current_check.ok
        request = model.doc.request(1)
        assert request["body"]["messages"][0] == {"role": "system", "content": "日本語で答えてください。"}
        assert "edited, not saved" in page.summary.text()

        # Add: a new empty request below the current row; its empty prompt is an error until filled.
        editor.jump_to_row(2)
        row = editor.add_row()
        assert row == 3 and model.rowCount() == 6
        open_editor = editor.view.indexWidget(model.index(3, COL_PROMPT))
        assert isinstance(open_editor, QPlainTextEdit), "the new row's prompt is ready to type into"
        editor.view.closeEditor(open_editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
        new = model.doc.request(3)
        assert new["custom_id"] == "new-6" and new["body"]["model"] == "qwen-plus"
        assert new["body"]["enable_thinking"] is False, "a new row keeps its neighbour's settings"
        await checked()
        assert "empty_prompt" in editor.problems_model.codes()
        assert model.mark(3) is not None
        shot(page, "editor-edit-added-row")
        assert model.setData(model.index(3, COL_PROMPT), "新的问题")
        await checked()
        assert page.current_check.ok

        # Duplicate two rows: copies with fresh ids, right after them, selected.
        editor._select_rows([0, 1])
        assert editor.duplicate_rows() == [2, 3]
        assert ids(model)[:4] == ["q-1", "q-2", "q-1-copy", "q-2-copy"]
        assert model.doc.fields(3).prompt == "東京の天気は？\n二行目"
        await checked()
        assert page.current_check.ok and page.current_check.report.requests == 8

        # Delete the copies again.
        assert editor.delete_rows() == 2
        assert ids(model) == ["q-1", "q-2", "q-3", "new-6", "q-4", "q-5"]
        await checked()

        # Find: next, wrap-around, previous, nothing.
        editor.jump_to_row(0)
        assert await editor.find_text("東京") == 1
        assert editor.find_label.text() == "1 of 1"
        assert await editor.find_text("q-") is not None
        editor.jump_to_row(5)
        assert await editor.find_text("Q-", backwards=False) == 0, "wraps around, case-insensitive"
        assert await editor.find_text("q-", backwards=True) == 5
        assert await editor.find_text("GOOD MORNING") == 4
        assert await editor.find_text("不存在的文字") is None and editor.find_label.text() == "No match"

        # The JSON box: apply a change, refuse broken JSON.
        editor.jump_to_row(0)
        data = json.loads(editor.json_edit.toPlainText())
        data["body"]["temperature"] = 0.2
        editor.json_edit.setPlainText(json.dumps(data, ensure_ascii=False, indent=2))
        assert editor.apply_button.isEnabled()
        assert editor.apply_json()
        assert model.doc.request(0)["body"]["temperature"] == 0.2
        editor.json_edit.setPlainText('{"custom_id": "q-1", ')
        assert not editor.apply_json()
        assert "Not valid JSON" in editor.json_error.text()
        assert model.doc.request(0)["body"]["temperature"] == 0.2, "unchanged"
        await checked()
        shot(page, "editor-edit-json-box")

        # Save and reopen: what was edited is what is read back.
        saved = await page.save_as(tmp_path / "edited.jsonl")
        back = RequestDocument.open(saved)
        assert [back.fields(r).custom_id for r in range(len(back))] == ["q-1", "q-2", "q-3", "new-6", "q-4", "q-5"]
        assert back.fields(1).prompt == "東京の天気は？\n二行目"
        back.close()

    qloop.run_until_complete(scenario())
    assert source.read_bytes() == original, "the opened file is never modified"


def test_an_invalid_line_is_fixed_in_the_json_box(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    offline_controller: AppController,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    host = Host(offline_controller, "sandbox")
    page = SubmitPage(host)
    widgets.append(page)
    path = write_requests(tmp_path, 2)
    path.write_bytes(path.read_bytes() + b'{"custom_id": "q-3", "method": "POST"\n')

    async def scenario() -> None:
        await page.load_file(path)
        editor = page.editor
        assert "invalid_json" in editor.problems_model.codes()
        assert not editor.model.flags(editor.model.index(2, COL_ID)) & Qt.ItemFlag.ItemIsEditable
        editor.jump_to_row(2)
        assert "not a JSON request" in editor.json_label.text()
        editor.json_edit.setPlainText(
            '{"custom_id": "q-3", "method": "POST", "url": "/v1/chat/completions",\n'
            ' "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": "第三"}],\n'
            ' "enable_thinking": false}}'
        )
        assert editor.apply_json()
        await wait_for(lambda: page.current_check is not None, what="the check")
        assert page.current_check.ok
        assert editor.model.flags(editor.model.index(2, COL_ID)) & Qt.ItemFlag.ItemIsEditable
        # the check starts the estimate as the page's own task: done before the loop is torn down (a busy
        # machine once ended the test with it still running: "tasks outlived the test")
        await wait_for(lambda: host.tasks.running == 0, what="the page's tasks")

    qloop.run_until_complete(scenario())


# ----- the models, without a view -----------------------------------------------------------------


@pytest.fixture
def small_doc(tmp_path: Path) -> RequestDocument:
    path = write_requests(tmp_path, 3)
    path.write_bytes(path.read_bytes() + b"\n[1, 2]\n")  # a blank line and a line that is not a request
    return RequestDocument.open(path)


def test_requests_model_passes_qtmodeltester(qtmodeltester, small_doc: RequestDocument) -> None:
    model = RequestsTableModel()
    model.set_document(small_doc)
    model.set_problems(
        [
            Problem(2, "duplicate_custom_id", Severity.ERROR, "Line 2: repeated id."),
            Problem(4, "blank_line", Severity.WARNING, "Line 4 is empty."),
            Problem(None, "empty_file", Severity.ERROR, "whole file"),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    assert model.data(model.index(3, COL_PROMPT)) == "(empty line)"
    assert model.data(model.index(4, COL_ID)) == "—"
    assert model.data(model.index(1, COL_ID), Qt.ItemDataRole.DecorationRole) is not None
    assert "repeated id" in model.data(model.index(1, COL_PROMPT), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, COL_ID), Qt.ItemDataRole.BackgroundRole) is None
    model.insert_lines(1, [small_doc.new_request(0)])
    model.remove_rows([0, 2])
    qtmodeltester.check(model, force_py=True)
    assert model.mark(2) is not None, "marks follow their rows through inserts and deletes"


def test_problems_and_preview_models_pass_qtmodeltester(qtmodeltester) -> None:
    problems = EditorProblemsModel()
    problems.set_problems(
        [
            Problem(None, "too_many_requests", Severity.ERROR, "Too many."),
            Problem(3, "blank_id", Severity.ERROR, "Row 4: blank id.", {"row": 4}),
            Problem(5, "blank_cell", Severity.WARNING, "Row 6: blank cell.", {"row": 6}),
        ]
    )
    qtmodeltester.check(problems, force_py=True)
    assert problems.data(problems.index(0, 0)) == "Whole file"
    assert problems.data(problems.index(1, 0)) == "Line 3 · sheet row 4"
    assert "code: blank_cell" in problems.data(problems.index(2, 1), Qt.ItemDataRole.ToolTipRole)

    preview = TablePreviewModel()
    preview.set_rows(("编号", "原文"), [Row(2, ("1", "你好")), Row(3, ("2", ""), (), 1)])
    qtmodeltester.check(preview, force_py=True)
    assert preview.headerData(1, Qt.Orientation.Vertical) == "3"
    assert preview.data(preview.index(1, 1), Qt.ItemDataRole.BackgroundRole) is not None, "a short row is flagged"


def test_every_control_of_the_editor_has_an_accessible_name(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    offline_controller: AppController,  # noqa: F811 - the fixture imported above
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QHeaderView

    page = SubmitPage(Host(offline_controller, "sandbox"))
    widgets.append(page)
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView)
    controls = [w for w in page.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) > 30
    unnamed = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r} in {type(w.parent()).__name__}"
        for w in controls
        if not w.accessibleName()
        and w.window() is page  # not a combo box's popup list
        and not isinstance(w, QHeaderView)  # a table's own headers
        and not isinstance(w.parent(), (QLineEdit, QAbstractItemView, QComboBox, QAbstractSpinBox))  # Qt's parts
    ]
    assert not unnamed, unnamed


def test_a_file_changed_by_another_program_is_noticed(
    widgets: list[QWidget],  # noqa: F811 - the fixture imported above
    qloop: asyncio.AbstractEventLoop,
    offline_controller: AppController,  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    host = Host(offline_controller, "sandbox")
    page = SubmitPage(host)
    widgets.append(page)
    path = write_requests(tmp_path, 3)
    qloop.run_until_complete(page.load_file(path))
    assert page.editor.doc._handle is not None or page.editor.doc.fields(0).custom_id == "q-1"
    page.editor._release_file()
    assert page.editor.doc._handle is None, "the file is not held open between reads"
    assert not host.errors
    path.write_bytes(path.read_bytes() + b"\n")
    page.editor._release_file()
    assert any("changed or removed by another program" in e for e in host.errors)

    # the check step's estimate runs as the page's own task
    qloop.run_until_complete(wait_for(lambda: host.tasks.running == 0, timeout=30, what="the page's tasks"))
