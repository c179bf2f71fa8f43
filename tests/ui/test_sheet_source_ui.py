"""A request file made with ``desktop-app-cli convert`` and opened in the window keeps its sheet: the
window asks the same question the CLI asks (``services.sheet``), so the job shows the user's columns."""

from __future__ import annotations

import asyncio
import csv
import gc
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.core.answers.source import SourceSpec, load_source_rows
from desktop_app.core.builder.jsonl import build_jsonl
from desktop_app.core.builder.spec import EndpointKind, RequestSpec
from desktop_app.core.tables.readers import open_table
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import wait_for

CTRL = Qt.KeyboardModifier.ControlModifier
ROWS = [["编号", "原文", "备注"], ["001", "今日は良い天気です", "東京"], ["0042", "这个产品很好用", "  空格  "]]


@pytest.fixture(autouse=True)
def collect_in_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


def converted(folder: Path, *, edit: bool = False) -> Path:
    """What ``convert 表.csv --id-column 编号 --endpoint test`` writes (the same core call)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(ROWS)
    sheet = folder / "表.csv"
    sheet.write_text(buffer.getvalue(), encoding="utf-8")
    requests = folder / "requests.jsonl"
    with open_table(sheet) as table:
        spec = RequestSpec(template="{原文}", endpoint=EndpointKind.TEST, id_column="编号")
        assert build_jsonl(table, spec, requests).ok
    if edit:  # changed after convert wrote it: the sheet no longer vouches for it
        requests.write_bytes(
            requests.read_bytes().replace("東京".encode(), b"x").replace("今日".encode(), "明日".encode())
        )
    return requests


@pytest.mark.parametrize("edit", [False, True])
def test_a_converted_file_opened_in_the_window_keeps_the_sheet(
    qtbot,
    qloop: asyncio.AbstractEventLoop,
    controller: AppController,
    sandbox: SandboxServer,
    tmp_path: Path,
    edit: bool,
) -> None:
    controller.settings.set("welcome_seen", True)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    errors: list[str] = []
    window.show_error = errors.append  # type: ignore[method-assign]
    requests = converted(tmp_path, edit=edit)

    async def scenario() -> None:
        await window.start()
        report = await window.submit_page.load_file(requests)
        assert report is not None and report.ok, report
        await wait_for(lambda: window.submit_page.submit_button.isEnabled(), what="submit enabled")
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Return, CTRL)
        await wait_for(lambda: window.jobs_page.model.rowCount() >= 1, what="the job is listed")
        await wait_for(lambda: window.submit_page.submit_button.isEnabled(), what="the submit has ended")

    qloop.run_until_complete(scenario())
    assert errors == []
    [job] = controller.ledger.jobs()
    spec = SourceSpec.from_json(job.source)
    if edit:
        assert spec is None  # never the wrong rows next to the answers
    else:
        assert spec is not None and spec.columns == tuple(ROWS[0])
        assert spec.rows_path is not None and Path(spec.rows_path).parent == controller.paths.requests
        assert load_source_rows(spec)[1] == {r[0]: tuple(r) for r in ROWS[1:]}
    window.close()
    qloop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))
