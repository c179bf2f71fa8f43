"""Another program holds the job list's write lock while the window refreshes and downloads (issue 11).

The window's loop must keep running (a 10 ms ``QTimer`` probe sees no gap over 100 ms) while the lock
is held for 5 s, and once the lock outlasts the busy timeout the person reads the plain "in use by
another program" message — never "unexpected error".
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from desktop_app.core import workflow
from desktop_app.core.ledger import JobRecord
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.main_window import TAB_JOBS
from tests.ledger_lock import hold_lock, release
from tests.reliability.conftest import run_in_window, stall_limit, wait_for

URL = "/v1/chat/completions"
HOLD_S = 5.0
STALL_LIMIT_S = 0.100


class TimerProbe:
    """A 10 ms ``QTimer`` on the GUI thread; ``max_gap`` is the longest time it could not fire."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.interval = interval_ms / 1000
        self.max_gap = 0.0
        self.ticks = 0
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self._last - self.interval)
        self._last = now
        self.ticks += 1

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def write_input(path: Path, tag: str) -> Path:
    lines = [
        {
            "custom_id": f"c{n}",
            "method": "POST",
            "url": URL,
            "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": f"{tag} {n}"}]},
        }
        for n in range(3)
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


async def finished_jobs(window: Any, sandbox: SandboxServer, tmp_path: Path, count: int) -> list[JobRecord]:
    """``count`` jobs submitted here, finished on the server and known as finished to the ledger, with
    their answers not downloaded yet."""
    controller = window.controller
    monitor = await controller.jobs_monitor()
    monitor.auto_download = False
    service = await controller.service("sandbox")
    jobs = []
    for n in range(count):
        source = write_input(tmp_path / f"in-{n}.jsonl", uuid.uuid4().hex)
        jobs.append(await workflow.submit_file(service, controller.ledger, source, name=f"locked {n}", endpoint=URL))
    sandbox.clock.advance(3600)
    await window.jobs_page.refresh_now(pressed=True)
    ids = {job.id for job in jobs}
    known = [job for job in await controller.jobs() if job.id in ids]
    assert len(known) == count and all(job.status == "completed" and job.output_file_id for job in known)
    assert not any(job.has_local_results for job in known)
    monitor.auto_download = True
    return known


def test_window_keeps_running_while_another_process_holds_the_job_list(
    app_window: Any, qloop: asyncio.AbstractEventLoop, clean_faults: SandboxServer, tmp_path: Path
) -> None:
    window = app_window
    page = window.jobs_page

    async def scenario() -> None:
        await window.start()
        window.tabs.setCurrentIndex(TAB_JOBS)
        jobs = await finished_jobs(window, clean_faults, tmp_path, 3)
        holder = await asyncio.to_thread(hold_lock, window.controller.ledger.path, "existing")
        probe = TimerProbe()
        probe.start()
        started = time.perf_counter()
        try:

            async def let_go() -> None:
                await asyncio.sleep(HOLD_S)
                await asyncio.to_thread(release, holder)

            releaser = asyncio.ensure_future(let_go())
            # The download button's coroutine and a pressed refresh (list, then auto-download of the rest).
            downloaded, _ = await asyncio.gather(page.download(jobs[0]), page.refresh_now(pressed=True))
            await releaser
        finally:
            probe.stop()
            if holder.poll() is None:
                await asyncio.to_thread(release, holder)
        elapsed = time.perf_counter() - started
        assert elapsed >= HOLD_S - 0.5, "the writes must have waited for the other program"
        assert probe.ticks > HOLD_S / 0.02, "the 10 ms timer kept firing"
        assert probe.max_gap < (limit := stall_limit(STALL_LIMIT_S)), (
            f"the UI thread stalled for {probe.max_gap * 1000:.0f} ms (limit {limit * 1000:.0f} ms)"
        )
        assert downloaded.has_local_results
        await wait_for(lambda: window.tasks.running == 0, what="the window's tasks")
        ids = {job.id for job in jobs}
        after = [job for job in await window.controller.jobs() if job.id in ids]
        assert all(job.has_local_results for job in after), "every finished job's answers were fetched"
        assert not window.notice.isVisible() or "unexpected" not in window.notice.message

    run_in_window(qloop, window, scenario())


def test_a_lock_longer_than_the_busy_timeout_is_a_plain_message_in_the_window(
    short_busy_timeout: float,
    app_window: Any,
    qloop: asyncio.AbstractEventLoop,
    clean_faults: SandboxServer,
    tmp_path: Path,
) -> None:
    window = app_window
    page = window.jobs_page

    async def scenario() -> None:
        await window.start()
        [job] = await finished_jobs(window, clean_faults, tmp_path, 1)
        holder = await asyncio.to_thread(hold_lock, window.controller.ledger.path, "existing")
        probe = TimerProbe()
        probe.start()
        try:
            task = window.tasks.spawn(page.download(job), "download the answers")
            await asyncio.gather(task, return_exceptions=True)
        finally:
            probe.stop()
            await asyncio.to_thread(release, holder)
        await wait_for(lambda: window.tasks.running == 0, what="the window's tasks")
        assert probe.max_gap < (limit := stall_limit(STALL_LIMIT_S)), (
            f"the UI thread stalled for {probe.max_gap * 1000:.0f} ms (limit {limit * 1000:.0f} ms)"
        )
        assert window.notice.isVisible()
        text = window.notice.message
        assert "in use by another program" in text, text
        assert "unexpected" not in text.lower() and "Traceback" not in text
        assert str(window.controller.ledger.path) in text

    run_in_window(qloop, window, scenario())
