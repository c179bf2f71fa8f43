"""No keychain at all (keyring's ``fail`` backend): the app says so, keeps the key for the session, and
writes nothing secret to disk."""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from desktop_app.core import logging_setup
from desktop_app.core.ledger import Ledger
from desktop_app.core.paths import app_paths
from desktop_app.core.secrets import KeyStore, StoredWhere
from desktop_app.core.settings import Settings
from desktop_app.sandbox.server import SandboxServer
from desktop_app.ui.controller import AppController
from tests.reliability.conftest import record, run_in_window, scan_for


@pytest.fixture
def no_keychain(memory_keyring: Any) -> Iterator[None]:
    """keyring's own "nothing available" backend: every call raises NoKeyringError."""
    keyring.set_keyring(fail.Keyring())
    yield  # the autouse memory_keyring fixture restores the previous backend afterwards


@pytest.fixture
def app_log(app_home: Path) -> Iterator[Path]:
    """The app's rotating log, in the app's log folder, as app.main sets it up."""
    root = logging.getLogger()
    level = root.level
    paths = app_paths().ensure()
    logging_setup.configure_logging(paths.logs, logging.DEBUG)
    yield paths.logs
    logging_setup.shutdown_logging()
    root.setLevel(level)


def test_keystore_without_keychain_says_where_and_keeps_the_key_for_the_session(no_keychain: None) -> None:
    store = KeyStore()
    status = store.backend_status()
    assert status.available is False
    assert status.backend_name == "keyring.backends.fail.Keyring"
    assert status.where == "memory only (this session)"
    assert status.problem and "No system keychain" in status.problem and "until the app closes" in status.problem

    key = "sk-session-" + secrets.token_hex(12)
    assert store.get("intl") is None  # a failing keychain is "no key", not a crash
    where = store.set("intl", key)
    assert where is StoredWhere.SESSION
    assert "for this session only" in where.description
    assert store.get("intl") == key and store.where("intl") is StoredWhere.SESSION
    assert store.get("cn") is None
    assert KeyStore().get("intl") is None, "a restart (a new store) must not find a session key"
    store.delete("intl")
    assert store.get("intl") is None and store.where("intl") is None


def test_settings_offer_a_session_key_that_works_and_nothing_secret_reaches_disk(
    qtbot: Any,
    qloop: asyncio.AbstractEventLoop,
    no_keychain: None,
    app_log: Path,
    app_home: Path,
    clean_faults: SandboxServer,
    capfd: pytest.CaptureFixture[str],
) -> None:
    from desktop_app.ui.main_window import MainWindow

    key = "sk-sandbox-intl-session" + secrets.token_hex(12)
    paths = app_paths().ensure()
    ledger = Ledger(paths.ledger_db)
    settings = Settings(paths.settings_file)
    settings.set("custom_endpoints", [{"name": "Session Test", "base_url": clean_faults.base_url("intl")}])
    controller = AppController(paths, ledger, KeyStore(), settings, clean_faults.base_url("sandbox"))
    region_id = "custom:session-test"
    window = MainWindow(controller)
    qtbot.addWidget(window)

    async def scenario() -> None:
        await window.start()
        dialog = window.open_settings()
        await dialog.load()
        text = dialog.backend_label.text()
        assert re.sub(r"<[^>]+>", "", text) == (
            "⚠ No system keychain is available on this computer, so keys are kept only until the app closes; "
            "you will need to paste them again next time. Nothing is written to disk."
        ), "one sentence each, never a sentence in brackets ('(… time.).')"
        row = dialog.rows[region_id]
        row.field.setText(key)
        await dialog.save_key(region_id)
        assert "Kept in memory for this session only" in row.status.text()
        assert row.field.text() == ""
        assert await dialog.test_key(region_id) is True, row.status.text()
        # The key works for this session: a real call to the region with it.
        service = await controller.service(region_id)
        await service.check_key()
        state = await controller.key_state(region_id)
        assert state.has_key and state.where == "this session only (no system keychain found)"
        assert key not in state.masked and state.masked.endswith(key[-4:])
        window.select_region(region_id)
        await window.update_key_status()
        assert key not in window.key_status.text() and "this session only" in window.key_status.text()
        dialog.close()

    try:
        run_in_window(qloop, window, scenario())
    finally:
        ledger.close()
    logging_setup.shutdown_logging()
    captured = capfd.readouterr()
    needles = [key.encode(), key[len("sk-sandbox-intl-") :].encode()]
    hits = scan_for(needles, app_home)
    hits += [f"stdout/stderr: {n!r}" for n in needles if n.decode() in captured.out + captured.err]
    assert list(app_home.rglob("*")), "the app wrote its files (settings, ledger, log) under the home"
    assert (paths.logs / logging_setup.LOG_FILE_NAME).exists()
    assert hits == [], hits
    record("secret", "no-keychain-session-key", secrets_found=len(hits))
