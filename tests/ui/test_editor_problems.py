"""Every problem code of core/validate reaches the editor's problems table (and its row is highlighted)."""

from __future__ import annotations

import asyncio
import gc
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from desktop_app.core import validate
from desktop_app.core.ledger import Ledger
from desktop_app.core.limits import MAX_LINE_BYTES
from desktop_app.core.paths import app_paths
from desktop_app.core.secrets import KeyStore
from desktop_app.core.settings import Settings
from desktop_app.ui.controller import AppController
from desktop_app.ui.messages import problem_text
from desktop_app.ui.submit_page import STEP_REQUESTS, SubmitPage
from desktop_app.ui.tasks import TaskOwner
from tests.ui.conftest import shot

CHAT = "/v1/chat/completions"


def line(
    cid: object = "r1", *, model: object = "qwen-plus", url: object = CHAT, method: object = "POST", **body: object
) -> str:
    """One request line as JSON text (``body`` overrides: ``messages=None`` drops the key)."""
    import json

    fields: dict[str, object] = {"model": model, "messages": [{"role": "user", "content": "你好"}]}
    for key, value in body.items():
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    if model is None:
        fields.pop("model")
    return json.dumps({"custom_id": cid, "method": method, "url": url, "body": fields}, ensure_ascii=False)


def text(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


# code -> (file bytes, region id, 1-based line to highlight or None for a file-level problem)
CORPUS: dict[str, tuple[Callable[[], bytes], str, int | None]] = {
    "bom": (lambda: b"\xef\xbb\xbf" + text(line()), "sandbox", 1),
    "blank_line": (lambda: text(line("a"), "", line("b")), "sandbox", 2),
    "line_too_large": (
        lambda: text(line("a"), line("big", messages=[{"role": "user", "content": "x" * (MAX_LINE_BYTES + 10)}])),
        "sandbox",
        2,
    ),
    "invalid_json": (lambda: text(line("a"), '{"custom_id": "b", "method": '), "sandbox", 2),
    "encoding": (
        lambda: text(line("a")) + line("b").replace("你好", "{}").encode().replace(b"{}", "你好".encode("gbk")) + b"\n",
        "sandbox",
        2,
    ),
    "wrong_format": (lambda: b"%PDF-1.7\n%binary", "sandbox", None),
    "not_object": (lambda: text(line("a"), "[1, 2, 3]"), "sandbox", 2),
    "missing_field": (
        lambda: text(line("a"), '{"custom_id": "b", "method": "POST", "url": "/v1/chat/completions"}'),
        "sandbox",
        2,
    ),
    "duplicate_custom_id": (lambda: text(line("a"), line("a")), "sandbox", 2),
    "custom_id_type": (lambda: text(line("a"), line(7)), "sandbox", 2),
    "method": (lambda: text(line("a"), line("b", method="GET")), "sandbox", 2),
    "url": (lambda: text(line("a"), line("b", url="/v2/chat")), "sandbox", 2),
    "url_mismatch": (lambda: text(line("a"), line("b", url="/v1/chat/ds-test")), "sandbox", 2),
    "body_type": (
        lambda: text(line("a"), '{"custom_id": "b", "method": "POST", "url": "/v1/chat/completions", "body": "hi"}'),
        "sandbox",
        2,
    ),
    "model_missing": (lambda: text(line("a"), line("b", model=None)), "sandbox", 2),
    "model_region": (lambda: text(line("a", model="qwen-vl-max")), "intl", 1),
    "context_window": (
        lambda: text(
            line("a", model="qwen-max"),
            line("b", model="qwen-max", messages=[{"role": "user", "content": "w " * 40_000}]),
        ),
        "intl",
        2,
    ),
    "mixed_model": (lambda: text(line("a"), line("b", model="qwen-max")), "sandbox", 2),
    "url_model": (lambda: text(line("a", model="text-embedding-v4")), "sandbox", 1),
    "thinking_type": (lambda: text(line("a"), line("b", enable_thinking="yes")), "sandbox", 2),
    "mixed_thinking": (lambda: text(line("a", enable_thinking=True), line("b", enable_thinking=False)), "sandbox", 2),
    "embedding_input": (
        lambda: text(line("a", model="text-embedding-v4", url="/v1/embeddings", messages=None)),
        "sandbox",
        1,
    ),
    "messages": (lambda: text(line("a", messages=None)), "sandbox", 1),
    "temperature": (lambda: text(line("a", temperature=3)), "sandbox", 1),
    "top_p": (lambda: text(line("a", top_p=1.5)), "sandbox", 1),
    "empty_file": (lambda: b"", "sandbox", None),
    "too_many_requests": (lambda: text(line("a"), line("b"), line("c")), "sandbox", None),
    "file_too_large": (lambda: text(line("a")), "sandbox", None),
    "test_model_limit": (
        lambda: text(*(line(f"t{i}", model="batch-test-model", url="/v1/chat/ds-test") for i in range(101))),
        "sandbox",
        None,
    ),
}


def validator_codes() -> set[str]:
    """Every code core/validate can report, read from its source (a new code fails the coverage test)."""
    source = Path(validate.__file__).read_text(encoding="utf-8")
    return set(re.findall(r'add\(\s*(?:None|\w+),\s*"([a-z_0-9]+)"', source))


def test_the_corpus_covers_every_validator_code() -> None:
    assert validator_codes() == set(CORPUS)


class Host:
    """The page host, without a window: errors are collected, regions come from the controller."""

    def __init__(self, controller: AppController, region_id: str) -> None:
        self.controller = controller
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.tasks = TaskOwner(self.errors.append)
        self._region_id = region_id

    @property
    def region_id(self) -> str:
        return self._region_id

    def show_error(self, message: str) -> None:
        self.errors.append(message)

    def show_info(self, message: str, kind: str = "success") -> None:
        self.infos.append(message)


@pytest.fixture
def widgets(qloop: asyncio.AbstractEventLoop) -> Iterator[list[QWidget]]:
    """Top-level widgets a test makes, destroyed at its end on the GUI thread.

    Left to the garbage collector, a widget caught in a reference cycle may be destroyed by a
    collection that happens to run in a worker thread ("Timers cannot be stopped from another thread").
    """
    made: list[QWidget] = []
    yield made
    for widget in made:
        if shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)
    gc.collect()


@pytest.fixture
def offline_controller() -> Iterator[AppController]:
    """A controller with no sandbox: checking files needs no network."""
    paths = app_paths().ensure()
    ledger = Ledger(paths.ledger_db)
    yield AppController(paths, ledger, KeyStore(), Settings(paths.settings_file), None)
    ledger.close()


@pytest.mark.parametrize("code", sorted(CORPUS))
def test_problem_code_reaches_the_problems_table(
    code: str,
    widgets: list[QWidget],
    qloop: asyncio.AbstractEventLoop,
    offline_controller: AppController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make, region_id, highlighted = CORPUS[code]
    if code == "too_many_requests":
        monkeypatch.setattr(validate, "MAX_REQUESTS_PER_FILE", 2)
    if code == "file_too_large":
        monkeypatch.setattr(validate, "MAX_FILE_BYTES", 50)
    path = tmp_path / f"{code}.jsonl"
    path.write_bytes(make())
    host = Host(offline_controller, region_id)
    page = SubmitPage(host)
    widgets.append(page)
    page.resize(1000, 700)
    page.show()

    async def scenario() -> None:
        await page.load_file(path)
        assert page.step == STEP_REQUESTS
        assert page.current_check is not None, host.errors
        if page.estimate_task is not None:  # the cost estimate of a file without errors
            await asyncio.wait({page.estimate_task})

    qloop.run_until_complete(scenario())
    editor = page.editor
    problems = editor.problems_model
    assert code in problems.codes(), (code, problems.codes(), host.errors)
    row = next(r for r in range(problems.rowCount()) if problems.problem_at(r).code == code)
    problem = problems.problem_at(row)
    message = problems.data(problems.index(row, 1))
    assert message and len(message) > 20, "a plain message, not just a code"
    assert problem.line == highlighted
    if highlighted is not None:
        mark = editor.model.mark(highlighted - 1)
        # the row shows the message as worded for the window (numbers in the locale's grouping)
        assert mark is not None and (problem.message in mark.messages or problem_text(problem) in mark.messages)
        editor.problems_view.clicked.emit(problems.index(row, 0))
        assert editor.current_row() == highlighted - 1, "clicking the problem jumps to its row"
    else:
        assert problems.data(problems.index(row, 0)) == "Whole file"
    if problem.severity == "error" and code not in ("too_many_requests", "file_too_large", "test_model_limit"):
        assert not page.submit_button.isEnabled()
    if code in ("invalid_json", "encoding", "line_too_large", "bom"):
        qloop.run_until_complete(asyncio.sleep(0.05))  # let the rows wrap
        shot(page, f"editor-problem-{code}")
