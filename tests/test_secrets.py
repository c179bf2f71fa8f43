"""KeyStore with an in-memory and a failing keychain; mask/env helpers; the log redaction filter."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from desktop_app.core.logging_setup import (
    LOG_FILE_NAME,
    configure_logging,
    redact,
    register_secret,
    shutdown_logging,
)
from desktop_app.core.secrets import KeyStore, StoredWhere, key_from_env, mask_key
from tests.conftest import MemoryKeyring

KEY = "sk-0123456789abcdefWXYZ"


class ExplodingKeyring(keyring.backend.KeyringBackend):
    """A backend whose D-Bus connection broke: raises something that is not a KeyringError."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.NoReply")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise OSError("gone")


@pytest.fixture
def use_backend() -> Iterator[Any]:
    previous = keyring.get_keyring()

    def install(backend: Any) -> Any:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


def files_containing(root: Path, needle: str) -> list[Path]:
    if not root.exists():
        return []
    found = []
    for path in root.rglob("*"):
        if path.is_file() and needle.encode() in path.read_bytes():
            found.append(path)
    return found


def test_memory_backend_roundtrip(use_backend: Any, app_home: Path) -> None:
    backend = use_backend(MemoryKeyring())
    store = KeyStore()
    assert store.get("intl") is None
    assert store.set("intl", f"  {KEY}\n") is StoredWhere.KEYRING
    assert backend.store == {("batch-desk", "intl"): KEY}  # one entry per region, username = region id
    assert store.get("intl") == KEY
    assert store.get("cn") is None
    assert store.where("intl") is StoredWhere.KEYRING
    status = store.backend_status()
    assert status.available and status.problem is None
    assert status.where == "MemoryKeyring"
    store.delete("intl")
    store.delete("intl")  # deleting a missing key is fine
    assert store.get("intl") is None and backend.store == {}
    assert files_containing(app_home, KEY) == []


def test_fail_backend_falls_back_to_session(use_backend: Any, app_home: Path, tmp_path: Path) -> None:
    use_backend(fail.Keyring())
    store = KeyStore()
    assert store.get("intl") is None  # no crash
    where = store.set("intl", KEY)
    assert where is StoredWhere.SESSION
    assert "session" in where.description.lower() or "memory" in where.description.lower()
    assert store.get("intl") == KEY
    status = store.backend_status()
    assert not status.available
    assert status.problem and "until the app closes" in status.problem
    assert "memory" in status.where
    store.delete("intl")
    assert store.get("intl") is None
    # A fresh store (a restart) does not have it: nothing was persisted anywhere.
    assert KeyStore().get("intl") is None
    assert files_containing(tmp_path, KEY) == []


def test_broken_backend_never_crashes(use_backend: Any) -> None:
    use_backend(ExplodingKeyring())
    store = KeyStore()
    assert store.get("cn") is None
    assert store.set("cn", KEY) is StoredWhere.SESSION
    assert store.get("cn") == KEY  # served from session memory
    status = store.backend_status()
    assert not status.available and status.problem and "locked" in status.problem
    store.delete("cn")
    assert store.get("cn") is None


def test_keyring_recovers_after_session_fallback(use_backend: Any) -> None:
    backend = MemoryKeyring()
    store = KeyStore(backend=ExplodingKeyring())
    assert store.set("intl", KEY) is StoredWhere.SESSION
    store._backend = backend  # the keychain came back (e.g. unlocked)
    assert store.set("intl", KEY) is StoredWhere.KEYRING
    assert store.where("intl") is StoredWhere.KEYRING
    assert store.backend_status().available


def test_empty_key_is_refused(use_backend: Any) -> None:
    use_backend(MemoryKeyring())
    with pytest.raises(ValueError):
        KeyStore().set("intl", "   ")


def test_mask_key() -> None:
    assert mask_key("sk-abcdefghijklwxyz") == "sk-…wxyz"
    assert mask_key("abcdefghijklmnop") == "…mnop"
    assert mask_key("sk-short") == "sk-…"
    assert mask_key("") == "" and mask_key(None) == ""
    assert "abcdefghijkl" not in mask_key("sk-abcdefghijklwxyz")


def test_key_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    assert key_from_env() is None
    monkeypatch.setenv("DASHSCOPE_API_KEY", "  sk-envkey1234567  ")
    assert key_from_env() == "sk-envkey1234567"
    monkeypatch.setenv("DASHSCOPE_API_KEY", "")
    assert key_from_env() is None


def test_redact_patterns() -> None:
    register_secret("my-custom-token-value")
    text = "key sk-abcdef123456 and sk-sandbox-intl-zzz and my-custom-token-value, Bearer abc.def"
    cleaned = redact(text)
    assert "sk-abcdef123456" not in cleaned
    assert "sk-sandbox-intl-zzz" not in cleaned
    assert "my-custom-token-value" not in cleaned
    assert "abc.def" not in cleaned
    assert redact("nothing secret here") == "nothing secret here"


def test_logging_filter_scrubs_registered_key(tmp_path: Path) -> None:
    secret = "plainsecretwithoutprefix42"
    register_secret(secret)
    log_dir = tmp_path / "logs"
    try:
        log_file = configure_logging(log_dir)
        again = configure_logging(log_dir)  # idempotent: one handler, same file
        assert again == log_file
        root = logging.getLogger()
        handlers = [h for h in root.handlers if getattr(h, "baseFilename", None) == str(log_file.resolve())]
        assert len(handlers) == 1
        log = logging.getLogger("desktop_app.test")
        log.info("key is %s", secret)
        log.info("inline %s", "sk-inlinekey99999")
        log.warning("direct sk-directkey12345 in message")
        try:
            raise RuntimeError(f"boom with {secret}")
        except RuntimeError:
            log.exception("failed")
        for handler in handlers:
            handler.flush()
        text = (log_dir / LOG_FILE_NAME).read_text(encoding="utf-8")
    finally:
        shutdown_logging()
    assert "key is sk-***" in text
    assert secret not in text
    assert "sk-inlinekey99999" not in text and "sk-directkey12345" not in text
    assert "boom with sk-***" in text
