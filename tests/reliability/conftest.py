"""Shared fixtures and the scoreboard of the reliability suite.

* A hypothesis profile for CI: derandomized (the same examples on every run), a 2 s deadline per
  example, no example database written into the repository.
* One live sandbox for the whole reliability run (faults are cleared around every test).
* Window tests use the ``qloop`` fixture of ``tests/conftest.py``.
* :func:`record` — every scenario reports recovered / data lost / duplicates / secrets found. Set
  ``BATCH_DESK_RELIABILITY_REPORT=path.json`` to get the totals printed and written at the end of the
  run (the numbers in ``docs/reliability.md`` come from there).
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from desktop_app.sandbox.server import SandboxServer, SandboxTiming
from tests.qt_loop import wait_for as wait_for  # re-exported: reliability tests import it from here


@pytest.fixture(autouse=True)
def count_tokens_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Window tests count tokens in the test's process, as the command line does: a token process
    started for every test would outlast many tests' last step. The token process itself is tested
    in tests/test_token_process.py and tests/ui/test_estimate_out_of_process.py."""
    from desktop_app.ui.controller import AppController

    monkeypatch.setattr(AppController, "count_out_of_process", False)


settings.register_profile(
    "reliability",
    derandomize=True,
    deadline=2000,  # ms per example: a hang or a quadratic blow-up fails instead of stalling CI
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# Applied per test (``@settings(parent=PROFILE, ...)``), not loaded globally: other suites keep theirs.
PROFILE = settings.get_profile("reliability")

REPORT_ENV = "BATCH_DESK_RELIABILITY_REPORT"


@dataclass
class Outcome:
    """One exercised scenario."""

    category: str  # "fault", "malformed file", "hypothesis", "secret", "durability"
    name: str
    recovered: bool  # the app ended in a state the user can finish from (success or a clear error)
    data_lost: int = 0  # results or input the user paid for / owns and could not get back
    duplicates: int = 0  # batches created twice for one submit
    secrets_found: int = 0  # places a key turned up where it must not
    examples: int = 1  # hypothesis: examples run
    orphans: int = 0  # unused input files left on the server by a retried upload (not billed)


SCOREBOARD: list[Outcome] = []


def record(category: str, name: str, *, recovered: bool = True, **counts: int) -> Outcome:
    """Add one scenario to the scoreboard (tests assert the counts themselves; this only tallies)."""
    outcome = Outcome(category, name, recovered, **counts)
    SCOREBOARD.append(outcome)
    return outcome


def _totals() -> dict[str, dict[str, int]]:
    totals: dict[str, dict[str, int]] = {}
    for item in SCOREBOARD:
        row = totals.setdefault(
            item.category,
            {
                "scenarios": 0,
                "examples": 0,
                "recovered": 0,
                "data_lost": 0,
                "duplicates": 0,
                "secrets_found": 0,
                "orphans": 0,
            },
        )
        row["scenarios"] += 1
        row["examples"] += item.examples
        row["recovered"] += int(item.recovered)
        row["data_lost"] += item.data_lost
        row["duplicates"] += item.duplicates
        row["secrets_found"] += item.secrets_found
        row["orphans"] += item.orphans
    return totals


def pytest_terminal_summary(terminalreporter: Any) -> None:
    target = os.environ.get(REPORT_ENV)
    if not target or not SCOREBOARD:
        return
    totals = _totals()
    Path(target).write_text(
        json.dumps({"totals": totals, "scenarios": [asdict(o) for o in SCOREBOARD]}, indent=1), encoding="utf-8"
    )
    terminalreporter.section("reliability scoreboard")
    for category, row in totals.items():
        terminalreporter.line(f"{category:16} " + "  ".join(f"{k}={v}" for k, v in row.items()))


# ---- fixtures ------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def srv() -> Iterator[SandboxServer]:
    """One sandbox for the reliability run; jobs run in seconds of sandbox time."""
    server = SandboxServer(
        port=0,
        timing=SandboxTiming(validating_s=2, per_request_s=0.1, finalizing_s=1),
        list_rate_per_min=1_000_000,
    )
    server.start()
    yield server
    server.stop()


@pytest.fixture
def clean_faults(srv: SandboxServer) -> Iterator[SandboxServer]:
    """The sandbox with no armed fault before and after the test, and its clock stopped: batches move
    only when a test calls ``srv.clock.advance``, so "the ledger matches the server" cannot race a
    status change on a slow machine."""
    srv.faults.clear()
    srv.clock.speed = 0.0
    yield srv
    srv.faults.clear()
    srv.clock.speed = 1.0


@pytest.fixture
def quick_services(monkeypatch: pytest.MonkeyPatch) -> None:
    """The controller's services with a short timeout and quick (real) back-off: a failing call takes
    a second, not the minutes the production retry policy may wait."""
    import desktop_app.ui.controller as controller_mod
    from desktop_app.core.service import BatchService, RetryPolicy

    real = controller_mod.BatchService

    def quick(*args: Any, **kwargs: Any) -> BatchService:
        kwargs.setdefault("timeout", 0.4)
        kwargs.setdefault("retry", RetryPolicy(attempts=2, base=0.05, cap=0.1))
        return real(*args, **kwargs)

    monkeypatch.setattr(controller_mod, "BatchService", quick)


@pytest.fixture
def app_window(qtbot: Any, qloop: asyncio.AbstractEventLoop, clean_faults: SandboxServer) -> Iterator[Any]:
    """The real window on the test's folders, talking to the sandbox; closed properly even when the test
    failed (a window left half-alive makes the next test's Qt event processing crash)."""
    from desktop_app.core.ledger import Ledger
    from desktop_app.core.paths import app_paths
    from desktop_app.core.secrets import KeyStore
    from desktop_app.core.settings import Settings
    from desktop_app.ui.controller import AppController
    from desktop_app.ui.main_window import MainWindow

    paths = app_paths().ensure()
    ledger = Ledger(paths.ledger_db)
    controller = AppController(
        paths, ledger, KeyStore(), Settings(paths.settings_file), clean_faults.base_url("sandbox")
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    yield window
    try:
        assert window._shutdown_done, "the test must end with run_in_window (it closes the window)"
    finally:
        ledger.close()


def run_in_window(loop: asyncio.AbstractEventLoop, window: Any, scenario: Any) -> Any:
    """Run ``scenario`` on the window's loop, then close the window properly — also when it failed (a
    window left half-alive makes the next test's Qt event processing crash)."""
    try:
        return loop.run_until_complete(scenario)
    finally:
        window.close()
        loop.run_until_complete(wait_for(lambda: window._shutdown_done, what="window shutdown"))


def stall_limit(idle_limit: float = 0.1) -> float:
    """The longest loop gap a window test accepts: ``idle_limit`` on an idle machine, more when the
    machine is busier than it has cores (a starved UI thread is not a blocked one).

    The stalls these tests guard against last seconds (a lock waited for on the loop, a client timeout):
    they fail at any load. A 100 ms limit on a CI runner at load 4 on 2 cores failed a test once with 109 ms.
    """
    try:
        load = os.getloadavg()[0]
    except OSError:
        return idle_limit
    return idle_limit * max(1.0, load / (os.cpu_count() or 1))


class LoopProbe:
    """Measures how long the event loop goes without running a 10 ms timer (a stalled UI thread)."""

    def __init__(self, interval: float = 0.01) -> None:
        self.interval = interval
        self.max_gap = 0.0
        self.ticks = 0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        last = loop.time()
        while True:
            await asyncio.sleep(self.interval)
            now = loop.time()
            self.max_gap = max(self.max_gap, now - last - self.interval)
            self.ticks += 1
            last = now

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


def scan_for(needles: list[bytes], *roots: Path) -> list[str]:
    """Every file under ``roots`` containing any needle (as bytes): ``["path: needle", ...]``."""
    hits: list[str] = []
    files: dict[Path, None] = {}
    for root in roots:
        if root.is_file():
            files[root.resolve()] = None
        elif root.is_dir():
            files.update((p.resolve(), None) for p in root.rglob("*") if p.is_file())
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits += [f"{path}: {needle!r}" for needle in needles if needle in data]
    return hits
