"""The results table model without a window: Qt's model checks, input order, statuses, block loading
(synchronous and through a loader), the status order (filter), spreadsheet columns and embeddings."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.answers.rows import RowStatus
from desktop_app.core.answers.source import SourceSpec, write_source_snapshot
from desktop_app.core.answers.view import ResultsView
from desktop_app.core.ledger import Ledger
from desktop_app.sandbox.answers import error_line, success_line
from desktop_app.sandbox.rules import LineError
from desktop_app.ui.results.model import BLOCK_ROWS, LOADING, ResultsTableModel, StatusRole

CHAT = "/v1/chat/completions"


pytestmark = pytest.mark.usefixtures("collect_qt_garbage")


def write_job(folder: Path, count: int, *, failed: set[int], missing: set[int], thinking: bool = False) -> ResultsView:
    """A job of ``count`` chat requests ``q0``…; answers shuffled, some in the error file, some never."""
    rng = random.Random(5)
    inputs, outputs, errors = [], [], []
    for n in range(count):
        body: dict[str, Any] = {"model": "qwen-plus", "messages": [{"role": "user", "content": f"问题 {n}"}]}
        if thinking:
            body["enable_thinking"] = True
        inputs.append({"custom_id": f"q{n}", "method": "POST", "url": CHAT, "body": body})
        if n in failed:
            errors.append(error_line(f"q{n}", LineError(400, "invalid_parameter_error", f"bad {n}"), rng))
        elif n not in missing:
            outputs.append(success_line(f"q{n}", body, CHAT, 1_760_000_000, rng))
    rng.shuffle(outputs)
    paths = {}
    for name, lines in (("input", inputs), ("output", outputs), ("errors", errors)):
        paths[name] = folder / f"{name}.jsonl"
        paths[name].write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return ResultsView.from_paths(paths["input"], paths["output"], paths["errors"])


def downloaded_job(
    ledger: Ledger, folder: Path, count: int, *, failed: set[int], missing: set[int], name: str = "big"
) -> int:
    """A completed job whose answers (:func:`write_job` in ``folder``) are downloaded; its ledger id."""
    write_job(folder, count, failed=failed, missing=missing).close()
    job_id = ledger.record_intent(
        region_id="sandbox", name=name, input_path=folder / "input.jsonl", request_count=count, status="uploading"
    )
    ledger.set_status(job_id, "completed")
    ledger.record_results(job_id, folder / "output.jsonl", folder / "errors.jsonl")
    return job_id


@pytest.fixture
def view(tmp_path: Path) -> Any:
    results = write_job(tmp_path, 450, failed={1, 300}, missing={2, 449}, thinking=True)
    yield results
    results.close()


def cell(model: ResultsTableModel, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.index(row, model.column_index(key)).data(role)


def test_model_passes_qt_model_checks_and_filter_resets(qtmodeltester, view: ResultsView) -> None:
    model = ResultsTableModel(view)
    qtmodeltester.check(model, force_py=True)
    model.set_order(view.filter({RowStatus.FAILED, RowStatus.MISSING}))
    assert model.rowCount() == 4
    model.set_order(None)
    assert model.rowCount() == 450


def test_rows_in_input_order_with_answers_errors_and_missing(qapp, view: ResultsView) -> None:
    model = ResultsTableModel(view)
    assert model.rowCount() == 450
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["#", "ID", "Prompt", "Status", "Answer"]
    assert [cell(model, r, "custom_id") for r in range(5)] == ["q0", "q1", "q2", "q3", "q4"]
    assert cell(model, 0, "prompt") == "问题 0"
    assert "问题 0" in cell(model, 0, "content") and cell(model, 0, "finish_reason") == "stop"
    assert cell(model, 0, "reasoning_content").startswith("[Sandbox]")
    assert "in +" in cell(model, 0, "tokens")
    assert [cell(model, r, "status") for r in range(3)] == ["Succeeded", "Failed", "Missing"]
    assert cell(model, 1, "error_code") == "invalid_parameter_error" and cell(model, 1, "error_message") == "bad 1"
    assert cell(model, 1, "content") == "Error: invalid_parameter_error: bad 1", (
        "the reason sits where the answer would"
    )
    assert cell(model, 2, "content") == "" and cell(model, 2, "status", StatusRole) == RowStatus.MISSING
    # Status by icon and colour as well as words.
    assert not cell(model, 1, "status", Qt.ItemDataRole.DecorationRole).isNull()
    assert cell(model, 1, "status", Qt.ItemDataRole.ForegroundRole) != cell(
        model, 0, "status", Qt.ItemDataRole.ForegroundRole
    )
    assert cell(model, 0, "custom_id", Qt.ItemDataRole.CheckStateRole) is None
    assert "reasoning_content" in model.found and "embedding_dim" not in model.found


def test_blocks_load_through_the_loader_and_stale_blocks_are_dropped(qapp, view: ResultsView) -> None:
    asked: list[tuple[int, int, list[int]]] = []
    model = ResultsTableModel(view, loader=lambda g, n, idx: asked.append((g, n, idx)))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=None: changed.append((top.row(), bottom.row())))
    # The id and a quick status come from the index at once; other cells wait for their block.
    assert cell(model, 0, "custom_id") == "q0" and cell(model, 1, "status") == "Failed"
    assert cell(model, 0, "content") == LOADING
    assert cell(model, 5, "content") == LOADING
    assert [(g, n, idx[:2], len(idx)) for g, n, idx in asked] == [(0, 0, [0, 1], BLOCK_ROWS)], "one request per block"
    generation, number, indices = asked[0]
    model.block_loaded(generation, number, view.rows(indices[0], len(indices)))
    assert changed == [(0, BLOCK_ROWS - 1)]
    assert "问题 0" in cell(model, 0, "content")
    # Far rows ask for their own block.
    model.prefetch(420, 449)
    assert asked[-1][1] == 2 and asked[-1][2] == list(range(400, 450))
    # A block that arrives after the order changed belongs to the old order: ignored.
    stale = asked[-1]
    model.set_order(view.filter({RowStatus.MISSING}))
    model.block_loaded(stale[0], stale[1], view.rows(400, 50))
    assert model.rowCount() == 2 and cell(model, 1, "custom_id") == "q449"
    assert cell(model, 1, "content") == LOADING
    assert asked[-1][0] == generation + 1 and asked[-1][2] == [2, 449]


def test_exact_statuses_replace_the_quick_ones(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "dup"
    folder.mkdir()
    results = write_job(folder, 4, failed=set(), missing=set())
    # An output line that is an error in disguise (status 500 in the output file): the index alone
    # says "succeeded" (it is in the output file); the exact pass says "failed".
    output = Path(results.layers[0].output_path)
    lines = output.read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[0])
    broken["response"]["status_code"] = 500
    broken["error"] = {"code": "InternalError", "message": "boom"}
    lines[0] = json.dumps(broken)
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    fresh = ResultsView.from_paths(results.inputs[0], output, None)
    try:
        model = ResultsTableModel(fresh, loader=lambda *_: None)
        row = int(broken["custom_id"][1:])
        assert model.index(row, 0).data(StatusRole) == RowStatus.SUCCEEDED
        model.set_statuses(fresh.statuses())
        assert model.index(row, 0).data(StatusRole) == RowStatus.FAILED
    finally:
        fresh.close()
        results.close()


def test_spreadsheet_columns_replace_the_prompt(qapp, tmp_path: Path) -> None:
    results = write_job(tmp_path, 3, failed=set(), missing={2})
    snapshot = tmp_path / "rows.jsonl"
    write_source_snapshot(snapshot, [(f"q{n}", [f"原文 {n}", f"=cmd {n}"]) for n in range(3)])
    spec = SourceSpec(path=str(tmp_path / "sheet.xlsx"), columns=("原文", "备注"), rows_path=str(snapshot))
    view = ResultsView(results.inputs, results.layers, source=spec)
    try:
        model = ResultsTableModel(view)
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers[:5] == ["#", "ID", "原文", "备注", "Status"] and "Prompt" not in headers
        assert model.index(1, 2).data() == "原文 1" and model.index(2, 3).data() == "=cmd 2"
    finally:
        view.close()
        results.close()


def test_embeddings_show_their_dimension(qapp, tmp_path: Path) -> None:
    rng = random.Random(1)
    url = "/v1/embeddings"
    body = {"model": "text-embedding-v4", "input": "你好", "dimensions": 64}
    (tmp_path / "in.jsonl").write_text(
        json.dumps({"custom_id": "e1", "method": "POST", "url": url, "body": body}) + "\n", encoding="utf-8"
    )
    (tmp_path / "out.jsonl").write_text(json.dumps(success_line("e1", body, url, 1, rng)) + "\n", encoding="utf-8")
    view = ResultsView.from_paths(tmp_path / "in.jsonl", tmp_path / "out.jsonl", None)
    try:
        model = ResultsTableModel(view)
        assert cell(model, 0, "embedding_dim") == "64"
        assert cell(model, 0, "content") == "[1 embedding(s), 64 dimensions]"
        assert "embedding_dim" in model.found
    finally:
        view.close()


def test_output_columns_show_typed_values_and_rows_that_need_another_try(qapp, tmp_path: Path) -> None:
    from tests.test_sheet import answer_with_sandbox, build_variant, gbk_sheet

    sheet = gbk_sheet(tmp_path)
    requests, source = build_variant(sheet, tmp_path, "qwen-plus")
    out = answer_with_sandbox(requests, tmp_path / "out.jsonl", broken={"003": '{"sentiment": "angry", "reason": "x"}'})
    with ResultsView.from_paths(requests, out, source=source) as results:
        model = ResultsTableModel(results)
        keys = [c.key for c in model.columns]
        assert [model.columns[keys.index(k)].header for k in ("output:0", "output:1")] == ["sentiment", "reason"]
        assert cell(model, 0, "output:0") in ("positive", "negative", "neutral")
        assert "qwen-plus" in cell(model, 0, "output:1")
        results.statuses()
        model.set_statuses(results.statuses())
        assert cell(model, 2, "status") == "Needs another try"
        assert cell(model, 2, "output:0") == ""
        assert "angry" in cell(model, 2, "error_message")
        assert cell(model, 0, "status") == "Succeeded"


def test_the_sheets_own_id_column_is_shown_once(qapp, tmp_path: Path) -> None:
    """The sheet's "id" column holds the request IDs: the window showed it next to "ID" with the same
    values. It is one column now, under the sheet's own name."""
    results = write_job(tmp_path, 3, failed=set(), missing=set())
    snapshot = tmp_path / "rows.jsonl"
    write_source_snapshot(snapshot, [(f"q{n}", [f"q{n}", f"原文 {n}"]) for n in range(3)])
    spec = SourceSpec(path=str(tmp_path / "s.xlsx"), columns=("id", "原文"), rows_path=str(snapshot), id_column="id")
    view = ResultsView(results.inputs, results.layers, source=spec)
    try:
        model = ResultsTableModel(view)
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers[:4] == ["#", "id", "原文", "Status"] and "ID" not in headers
        assert model.index(1, 1).data() == "q1" and model.index(1, 2).data() == "原文 1"
    finally:
        view.close()
        results.close()
