"""The window counts a file's tokens in the token process (issue 13), never in its own.

Real child processes: the estimate the window shows has the numbers of counting in-process while the
tokenizer stays unbuilt in the window's process; closing the window ends the child; a child killed
while the window waits shows "Cost at batch prices: unknown" with the reason, and no number.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
from pathlib import Path

import pytest

from desktop_app.core import tokens
from desktop_app.core.estimate import SubmitCheck, SubmitNotConfirmed, estimate_file
from desktop_app.core.regions import INTL
from desktop_app.ui.controller import AppController
from desktop_app.ui.main_window import MainWindow
from tests.test_token_process import _gone, _varied
from tests.ui.conftest import shot, wait_for


@pytest.fixture(autouse=True)
def count_out_of_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window as it ships (tests/ui/conftest.py counts in-process for the other window tests)."""
    monkeypatch.setattr(AppController, "count_out_of_process", True)


def _big(path: Path, lines: int = 3_000) -> Path:
    text = "今日は良い天気です。The weather is nice today. 今天天气很好。" * 40
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(lines):
            body = {"model": "qwen-plus", "messages": [{"role": "user", "content": f"{i} {text}"}]}
            line = {"custom_id": f"r{i}", "method": "POST", "url": "/v1/chat/completions", "body": body}
            handle.write(json.dumps(line) + "\n")
    return path


def test_the_windows_estimate_has_the_in_process_numbers_and_the_tokenizer_is_not_built_here(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tokens, "_encoding", None)  # a window that has not counted yet
    window = MainWindow(controller)
    qtbot.addWidget(window)
    page = window.submit_page
    source = _varied(tmp_path / "varied.jsonl", broken_line=False)

    async def scenario() -> None:
        await window.start()
        window.select_region("intl")
        assert await page.load_file(source) is not None
        await wait_for(lambda: page.last_estimate is not None, 30, "the estimate")
        await wait_for(lambda: window.tasks.running == 0 and page.host.tasks.running == 0, what="tasks done")

    qloop.run_until_complete(scenario())
    shown = page.last_estimate
    assert shown is not None
    assert tokens._encoding is None, "the window built the tokenizer in its own process"
    worker = controller.token_process
    assert worker is not None and worker.pid is not None and worker.qt_in_child == []
    assert f"Input tokens: {shown.input_tokens:,} (exact)" in page.estimate_label.text()
    counted_here = estimate_file(source, INTL).to_json()
    got = shown.to_json()
    got.pop("seconds"), counted_here.pop("seconds")
    assert got == counted_here and shown.input_tokens > 30_000
    pid = worker.pid
    window.close()
    qloop.run_until_complete(wait_for(lambda: _gone(pid), 5, "the token process ended"))


def test_closing_the_window_ends_the_token_process_while_it_counts(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path: Path
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    page = window.submit_page
    big = _big(tmp_path / "big.jsonl")

    async def scenario() -> int:
        await window.start()
        window.select_region("intl")
        assert await page.load_file(big) is not None
        worker = await wait_for(lambda: controller.token_process, 60, "the token process asked for")
        pid: int = await wait_for(lambda: worker.pid, 30, "the token process started")
        assert page.last_estimate is None  # still counting
        window.close()
        await wait_for(lambda: _gone(pid), 5, "the token process ended")
        return pid

    qloop.run_until_complete(scenario())
    assert controller.token_process is None


def test_a_token_process_killed_while_the_window_waits_shows_unknown_with_the_reason(
    qtbot, qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path: Path
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    page = window.submit_page
    big = _big(tmp_path / "big.jsonl")
    shown_errors: list[str] = []
    window.show_error = shown_errors.append  # type: ignore[method-assign]

    async def scenario() -> None:
        await window.start()
        window.select_region("intl")
        assert await page.load_file(big) is not None
        worker = await wait_for(lambda: controller.token_process, 60, "the token process asked for")
        pid = await wait_for(lambda: worker.pid, 30, "the token process started")
        os.kill(pid, signal.SIGKILL)
        await wait_for(lambda: "unknown" in page.estimate_label.text(), 10, "the estimate says unknown")
        await wait_for(lambda: window.tasks.running == 0 and page.host.tasks.running == 0, what="tasks done")

    qloop.run_until_complete(scenario())
    text = page.estimate_label.text()
    assert "Cost at batch prices: unknown" in text
    assert "the token counter stopped before it finished, so the cost is unknown" in text
    assert "Input tokens" not in text and page.last_estimate is None  # no number at all
    assert not shown_errors
    shot(window, "estimate-token-process-killed")
    window.close()
    qloop.run_until_complete(asyncio.sleep(0.05))


def test_every_submit_check_of_the_window_counts_in_the_token_process(
    qloop: asyncio.AbstractEventLoop, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check before a submit, a comparison's and the jobs view's gate (re-run, send again)."""
    monkeypatch.setattr(tokens, "_encoding", None)
    source = _varied(tmp_path / "varied.jsonl", broken_line=False)
    second = tmp_path / "second.jsonl"
    second.write_text(source.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    seen: list[SubmitCheck] = []

    async def refuse(check: SubmitCheck) -> bool:
        seen.append(check)
        return False

    async def scenario() -> tuple[SubmitCheck, SubmitCheck]:
        single = await controller.prepare_submit(source, "intl")
        both = await controller.prepare_variants_submit([("A", source), ("B", second)], "intl")
        with pytest.raises(SubmitNotConfirmed):
            await controller._billing_gate("intl", refuse)(source)
        await controller.aclose()
        return single, both

    single, both = qloop.run_until_complete(scenario())
    assert tokens._encoding is None, "a submit check built the tokenizer in the window's process"
    here = estimate_file(source, INTL)
    assert single.estimate.input_tokens == here.input_tokens == seen[0].estimate.input_tokens
    assert single.confirm and seen[0].confirm
    assert both.estimate.input_tokens == here.input_tokens + estimate_file(second, INTL).input_tokens
