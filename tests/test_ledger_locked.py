"""A job list locked by another process for longer than the busy timeout is a plain message on both faces:
``LedgerError`` is a ``BatchDeskError`` (issue 11), so the CLI prints it and the window's error boundary
shows it translated — never a traceback or "an unexpected error happened"."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.cli import main
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.ledger import Ledger, LedgerError
from desktop_app.core.paths import app_paths
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.tasks import ui_errors
from tests.ledger_lock import hold_lock, release
from tests.test_i18n import CLOSE, OPEN, pseudo_translation


def test_ledger_error_is_a_batch_desk_error() -> None:
    error = LedgerError("The job list file is damaged.", path=Path("x"), detail="DatabaseError: boom")
    assert isinstance(error, BatchDeskError)
    assert (error.user_message, error.detail, error.path) == (
        "The job list file is damaged.",
        "DatabaseError: boom",
        Path("x"),
    )


def test_cli_with_a_job_list_locked_by_another_process(
    short_busy_timeout: float, capsys: pytest.CaptureFixture[str]
) -> None:
    path = app_paths().ensure().ledger_db
    holder = hold_lock(path, "fresh")
    try:
        code = main(["jobs", "--offline", "--json"])
    finally:
        release(holder)
    out, err = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in err and "unexpected" not in err
    assert "in use by another program" in err and str(path) in err
    assert json.loads(out)["error"].startswith("The job list file is in use by another program")


def test_cli_submit_while_another_process_writes_the_job_list(
    short_busy_timeout: float, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = app_paths().ensure().ledger_db
    Ledger(path).close()  # ours, in WAL mode: reading works, writing waits for the other process
    src = tmp_path / "in.jsonl"
    body = {"model": "qwen-plus", "messages": [{"role": "user", "content": "hi"}]}
    src.write_text(json.dumps({"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": body}) + "\n")
    server = SandboxServer()
    server.start()
    holder = hold_lock(path, "existing")
    try:
        code = main(["submit", str(src), "--region", "sandbox", "--base-url", server.base_url("sandbox")])
    finally:
        release(holder)
        server.stop()
    _, err = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in err and "in use by another program" in err


def test_the_window_shows_a_locked_job_list_plainly_and_translated(
    qapp: QApplication, short_busy_timeout: float, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.sqlite3"
    shown: list[str] = []

    async def scenario() -> None:
        async with ui_errors(shown.append, "refresh the jobs"):
            await asyncio.to_thread(Ledger, path)

    holder = hold_lock(path, "fresh")
    try:
        with pseudo_translation():
            asyncio.run(scenario())
    finally:
        release(holder)
    [message] = shown
    assert "unexpected" not in message
    assert message.startswith(OPEN + "The job list file is in use by another program") and message.endswith(CLOSE)
    assert str(path) in message


def test_steps_waiting_for_another_programs_lock_leave_the_worker_pool_free(tmp_path: Path) -> None:
    """Ledger steps awaited from the loop wait on the ledger's own thread: while another program holds the
    write lock, the shared pool (hashing, keychain, opening results) keeps answering at once, and every
    waiting write lands once the lock is released."""
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    job_id = ledger.record_intent(
        region_id="sandbox",
        name="x",
        description="",
        completion_window="24h",
        endpoint="/v1/chat/completions",
        model="qwen-plus",
        input_path=tmp_path / "in.jsonl",
        input_sha256="0" * 64,
        input_bytes=1,
    )
    threads: set[str] = set()

    def write(n: int) -> str:
        threads.add(threading.current_thread().name)
        return ledger.set_status(job_id, "uploaded", last_error=f"write {n}").last_error or ""

    async def scenario() -> tuple[float, list[str]]:
        holder = await asyncio.to_thread(hold_lock, ledger.path, "existing")
        try:
            writes = [asyncio.ensure_future(ledger.call(write, n)) for n in range(12)]
            await asyncio.sleep(0.2)
            started = time.perf_counter()
            await asyncio.to_thread(lambda: None)  # any other worker-thread step of the window
            waited = time.perf_counter() - started
            assert not any(task.done() for task in writes), "the writes wait for the other program"
        finally:
            release(holder)
        return waited, list(await asyncio.gather(*writes))

    try:
        waited, results = asyncio.run(scenario())
    finally:
        ledger.close()
    assert waited < 0.5, f"the worker pool was held up {waited:.1f} s by ledger steps waiting for a lock"
    assert results == [f"write {n}" for n in range(12)], "every write landed, in order"
    assert len(threads) == 1 and next(iter(threads)).startswith("ledger")
