"""The "Copy diagnostics" text: versions, regions, keychain, folders, last errors — and never a key."""

from __future__ import annotations

import logging
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.core import logging_setup
from desktop_app.core.diagnostics import diagnostics_text, log_tail, package_version, safe_url
from desktop_app.core.paths import app_paths
from desktop_app.core.regions import all_regions, custom_region
from desktop_app.core.secrets import KeyStore
from tests.reliability.conftest import record


@pytest.fixture
def app_log(app_home: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    paths = app_paths().ensure()
    logging_setup.configure_logging(paths.logs)
    yield paths.logs
    logging_setup.shutdown_logging()
    root.setLevel(level)


def test_diagnostics_has_what_support_needs_and_no_secret(app_log: Path, app_home: Path) -> None:
    key = "sk-diag-" + secrets.token_hex(12)
    store = KeyStore()
    store.set("intl", key)
    log = logging.getLogger("desktop_app.diagnostics_test")
    log.info("starting")
    log.warning("list on intl failed (HTTP 500); retrying")
    log.error("create failed for key %s", key)
    logging_setup.shutdown_logging()
    # A log written by an older version, before scrubbing existed, with a raw key in it:
    with open(app_log / logging_setup.LOG_FILE_NAME, "a", encoding="utf-8") as handle:
        handle.write(f"2024-01-01 00:00:00,000 ERROR old: Authorization: Bearer {key}\n")
    custom = custom_region("Proxy", f"https://user:{key}@proxy.example.com:8443/v1?token={key}")
    text = diagnostics_text(
        app_paths(), keystore=store, regions=all_regions([custom]), current_region="intl", log_lines=20
    )

    assert f"Batch Desk {__version__}" in text
    assert f"Qt for Python: {package_version('PySide6-Essentials', 'PySide6')}" in text
    assert "openai: " in text and "keyring: " in text and "python: " in text
    assert "os: " in text
    assert "current: intl" in text and "sandbox: " in text and "custom:proxy" in text
    assert "https://proxy.example.com:8443/v1" in text, "the address is kept, its credentials are not"
    assert "backend: tests.conftest.MemoryKeyring" in text and "available: yes" in text
    assert f"logs: {app_log}" in text
    errors = text.split("[last errors]")[1].split("[last")[0]
    assert "HTTP 500" in errors and "create failed" in errors
    assert "starting" not in errors
    assert key not in text and key[3:] not in text
    record("secret", "diagnostics-text", secrets_found=int(key in text))


def test_diagnostics_without_log_or_keystore(app_home: Path) -> None:
    text = diagnostics_text(app_paths())
    assert "backend: not checked" in text
    assert "(the log is empty)" in text
    assert log_tail(app_home / "nowhere") == []


def test_safe_url() -> None:
    assert safe_url(None) == "-"
    assert safe_url("https://a:b@h.example/v1?k=sk-abcdefgh12345678#x") == "https://h.example/v1"
    assert safe_url("http://[::1]:8080/v1") in ("http://::1:8080/v1", "http://[::1]:8080/v1")


def test_diagnostics_module_needs_no_qt() -> None:
    code = (
        "import sys, desktop_app.core.diagnostics as d; d.package_version('PySide6-Essentials'); "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_log_tail_reads_only_the_end(app_log: Path) -> None:
    log = logging.getLogger("desktop_app.tail")
    for i in range(500):
        log.info("line %03d %s", i, "x" * 50)
    logging_setup.shutdown_logging()
    tail = log_tail(app_log, 5)
    assert len(tail) == 5 and tail[-1].endswith("line 499 " + "x" * 50)
