"""Fixtures for window tests: a live sandbox, a controller on temp folders (``qloop`` is in tests/conftest.py)."""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Awaitable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QWidget

from desktop_app.core.ledger import Ledger
from desktop_app.core.paths import app_paths
from desktop_app.core.secrets import KeyStore
from desktop_app.core.settings import Settings
from desktop_app.ui.controller import AppController
from tests.qt_loop import wait_for as wait_for  # re-exported: window tests import it from here

T = TypeVar("T")


@pytest.fixture(autouse=True)
def count_tokens_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Window tests count tokens in the test's process, as the command line does: a token process
    started for every test would outlast many tests' last step. The token process itself is tested
    in tests/test_token_process.py and tests/ui/test_estimate_out_of_process.py."""
    from desktop_app.ui.controller import AppController

    monkeypatch.setattr(AppController, "count_out_of_process", False)


@pytest.fixture
def collect_qt_garbage() -> Iterator[None]:
    """Free earlier tests' unreachable Qt objects here, on the main thread: a collection that happens to
    run in a worker thread would destroy them there ("Timers cannot be stopped from another thread").
    Modules that need it: ``pytestmark = pytest.mark.usefixtures("collect_qt_garbage")``."""
    gc.collect()
    yield
    gc.collect()


@pytest.fixture
def sandbox() -> Iterator[Any]:
    """A live sandbox on a random loopback port, with a short lifecycle."""
    from desktop_app.sandbox.server import SandboxServer, SandboxTiming

    server = SandboxServer(timing=SandboxTiming(validating_s=1.0, per_request_s=0.5, finalizing_s=1.0))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def controller(sandbox: Any) -> Iterator[AppController]:
    """The app's controller on the test's temp folders, pointed at the sandbox."""
    paths = app_paths().ensure()
    ledger = Ledger(paths.ledger_db)
    ctrl = AppController(paths, ledger, KeyStore(), Settings(paths.settings_file), sandbox.base_url("sandbox"))
    yield ctrl
    tokens = ctrl.token_process  # a test that counted without a window: its token process ends here,
    if tokens is not None:  # as the window's shutdown ends it (``aclose``), not at the end of the run
        tokens.close()
    ctrl.settings.flush(timeout=30)  # the writer thread done before the temp folders go
    ledger.close()


def shot(widget: QWidget, name: str) -> Path | None:
    """Save a screenshot when ``BATCH_DESK_SHOTS`` names a folder (for looking at the UI)."""
    folder = os.environ.get("BATCH_DESK_SHOTS")
    if not folder:
        return None
    path = Path(folder) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path))
    return path


async def settle(awaitable: Awaitable[T]) -> T:
    """Await something and then let queued Qt events run once."""
    result = await awaitable
    await asyncio.sleep(0)
    return result
