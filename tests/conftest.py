"""Test-wide setup: offscreen Qt, every app folder under tmp_path, an in-memory keyring."""

from __future__ import annotations

import asyncio
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import pytest_asyncio
from keyring.backend import KeyringBackend

from desktop_app.core.paths import HOME_ENV


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every app folder at a fresh temp folder; no test writes into the real home."""
    home = tmp_path / "app-home"
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.delenv("DASHSCOPE_API_KEY", raising=False)
    yield home


class MemoryKeyring(KeyringBackend):
    """An in-memory keychain, so no test ever touches the machine's real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keychain; the previous backend is restored after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# ---- shared fixtures: the ledger, the sandbox, a service on it, a qasync loop -------------------------
# A module sets its sandbox up with ``SANDBOX_OPTIONS = {...}`` (``SandboxServer`` keyword arguments) and its
# service's retries with ``RETRY_ATTEMPTS``; ``pytestmark = pytest.mark.usefixtures("clean_faults")``
# clears armed faults around each of its tests. tests/reliability has its own session-wide sandbox.


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Any]:
    """A fresh ledger in the test's temp folder, closed afterwards."""
    from desktop_app.core.ledger import Ledger

    led = Ledger(tmp_path / "ledger.sqlite3")
    yield led
    led.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> float:
    """Ledgers opened from now on give up after 0.3 s when another program holds the lock (not 10 s)."""
    from desktop_app.core import ledger as ledger_mod

    monkeypatch.setattr(ledger_mod, "BUSY_TIMEOUT_S", 0.3)
    return 0.3


@pytest.fixture(scope="module")
def srv(request: pytest.FixtureRequest) -> Iterator[Any]:
    """One live sandbox per test module, made with the module's ``SANDBOX_OPTIONS`` (keyword arguments)."""
    from desktop_app.sandbox.server import SandboxServer

    options: dict[str, Any] = {"list_rate_per_min": 100_000, **getattr(request.module, "SANDBOX_OPTIONS", {})}
    server = SandboxServer(**options)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def clean_faults(srv: Any) -> Iterator[Any]:
    """The module's sandbox with no armed fault before and after the test."""
    srv.faults.clear()
    yield srv
    srv.faults.clear()


async def _no_sleep(seconds: float) -> None:
    return None


@pytest_asyncio.fixture
async def svc(srv: Any, request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    """A sandbox service on ``srv`` whose retries do not wait (``RETRY_ATTEMPTS`` of the module, else 2)."""
    from desktop_app.core.regions import SANDBOX
    from desktop_app.core.service import BatchService, RetryPolicy

    attempts = int(getattr(request.module, "RETRY_ATTEMPTS", 2))
    service = BatchService(
        SANDBOX, "sandbox", base_url=srv.base_url("sandbox"), retry=RetryPolicy(attempts=attempts), sleep=_no_sleep
    )
    yield service
    await service.aclose()


@pytest.fixture
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A fresh qasync loop for one window test; run scenarios with ``qloop.run_until_complete(...)``."""
    from tests.qt_loop import qasync_loop

    with qasync_loop(qapp) as loop:
        yield loop
