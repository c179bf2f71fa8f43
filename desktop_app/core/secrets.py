"""API keys, one per region, in the system keychain — or in memory for this session when there is none.

All methods are synchronous and may block (a keychain can show an unlock prompt over D-Bus): call them
off the UI thread (``loop.run_in_executor`` / ``asyncio.to_thread``). A missing or failing keychain is a
normal state, never a crash: the key is then kept in memory until the app quits. Keys are never written
to a plain file.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desktop_app.core import wording as w
from desktop_app.core.logging_setup import register_secret, unregister_secret

if TYPE_CHECKING:
    import keyring
    import keyring.errors
else:  # imported with the first key look-up, in a worker thread: not before the window's first paint
    from desktop_app.core.lazy import lazy_module

    keyring = lazy_module("keyring")

log = logging.getLogger(__name__)

ENV_KEY = "DASHSCOPE_API_KEY"
DEFAULT_SERVICE_NAME = "batch-desk"

_NO_KEYCHAIN = w.KEYS_NO_KEYCHAIN


class StoredWhere(StrEnum):
    """Where :meth:`KeyStore.set` put a key."""

    KEYRING = "keyring"  # the system keychain: survives restarts
    SESSION = "session"  # memory only: gone when the app quits

    @property
    def text(self) -> w.Text:
        """What the settings screen says (a sentence)."""
        return w.KEYS_SAVED() if self is StoredWhere.KEYRING else w.KEYS_KEPT_IN_MEMORY()

    @property
    def description(self) -> str:
        """:attr:`text` in English (the CLI)."""
        return w.english(self.text)


@dataclass(frozen=True)
class KeyBackendStatus:
    """What the settings screen says about key storage."""

    available: bool
    backend_name: str  # technical name (class), for logs and bug reports
    place: w.Param  # where keys live, e.g. "Windows Credential Manager" (worded by the window)
    why: w.Wording | None  # a sentence for the user when keys cannot be stored permanently

    @property
    def where(self) -> str:
        """:attr:`place` in English (CLI, diagnostics)."""
        return w.english(self.place)

    @property
    def problem(self) -> str | None:
        """:attr:`why` in English (CLI, diagnostics)."""
        return w.english(self.why) if self.why is not None else None


_FRIENDLY_NAMES = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring / KWallet)",
    "keyring.backends.libsecret.Keyring": "Secret Service (GNOME Keyring / KWallet)",
    "keyring.backends.kwallet.DBusKeyring": "KDE Wallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KDE Wallet",
}
_UNUSABLE = {"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"}


def _qualname(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _backend_chain(backend: object) -> list[object]:
    """The real backends behind ``backend`` (unwraps keyring's ChainerBackend)."""
    children = getattr(backend, "backends", None)
    if _qualname(backend).startswith("keyring.backends.chainer.") and isinstance(children, (list, tuple)):
        return [child for child in children if _qualname(child) not in _UNUSABLE]
    return [backend]


def mask_key(key: str | None) -> str:
    """A form of ``key`` safe to show: ``sk-…wxyz`` (empty for no key)."""
    if not key:
        return ""
    key = key.strip()
    prefix = "sk-" if key.startswith("sk-") else ""
    tail = key[-4:] if len(key) >= 12 else ""
    return f"{prefix}…{tail}"


def key_from_env(name: str = ENV_KEY) -> str | None:
    """The key in ``$DASHSCOPE_API_KEY`` (the CLI's fallback), or None."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    register_secret(value)
    return value


class KeyStore:
    """get / set / delete one key per region (keychain entry: service ``service_name``, user = region id)."""

    def __init__(self, service_name: str = DEFAULT_SERVICE_NAME, backend: Any | None = None) -> None:
        self.service_name = service_name
        self._backend = backend  # None: whatever keyring.get_keyring() returns at call time
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()
        self._problem: w.Wording | None = None

    def _keyring(self) -> Any:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def _note_failure(self, action: str, exc: BaseException) -> None:
        self._problem = _problem_text(exc)
        log.warning("Keychain %s failed (%s); using session memory", action, type(exc).__name__)

    def get(self, region_id: str) -> str | None:
        """The key for ``region_id``, or None when there is none (or the keychain cannot be read)."""
        with self._lock:
            if region_id in self._session:
                return self._session[region_id]
        try:
            value = self._keyring().get_password(self.service_name, region_id)
        except Exception as exc:  # KeyringError, D-Bus errors, anything a backend throws
            self._note_failure("read", exc)
            return None
        if not value:
            return None
        register_secret(value)
        return str(value)

    def set(self, region_id: str, key: str) -> StoredWhere:
        """Store ``key`` for ``region_id``; falls back to session memory when the keychain fails."""
        key = key.strip()
        if not key:
            raise ValueError("The key is empty.")
        register_secret(key)
        try:
            self._keyring().set_password(self.service_name, region_id, key)
        except Exception as exc:
            self._note_failure("write", exc)
            with self._lock:
                self._session[region_id] = key
            return StoredWhere.SESSION
        with self._lock:
            self._session.pop(region_id, None)
        self._problem = None
        log.info("Key for region %s stored in the keychain", region_id)
        return StoredWhere.KEYRING

    def delete(self, region_id: str) -> None:
        """Forget the key for ``region_id`` everywhere. Deleting a missing key is not an error."""
        with self._lock:
            old = self._session.pop(region_id, None)
        unregister_secret(old)
        try:
            self._keyring().delete_password(self.service_name, region_id)
        except keyring.errors.PasswordDeleteError:
            pass  # there was no entry
        except Exception as exc:
            self._note_failure("delete", exc)

    def where(self, region_id: str) -> StoredWhere | None:
        """Where the key for ``region_id`` currently lives, or None when there is none."""
        with self._lock:
            if region_id in self._session:
                return StoredWhere.SESSION
        return StoredWhere.KEYRING if self.get(region_id) is not None else None

    def backend_status(self) -> KeyBackendStatus:
        """Plain-language description of where keys are kept and whether that survives a restart."""
        try:
            backend = self._keyring()
        except Exception as exc:
            return KeyBackendStatus(False, "unknown", w.KEYS_MEMORY_ONLY, _problem_text(exc))
        name = _qualname(backend)
        usable = [b for b in _backend_chain(backend) if _qualname(b) not in _UNUSABLE]
        if not usable:
            return KeyBackendStatus(False, name, w.KEYS_MEMORY_ONLY, _NO_KEYCHAIN)
        names = dict.fromkeys(_FRIENDLY_NAMES.get(_qualname(b), type(b).__name__) for b in usable)
        where = w.Clauses(tuple(w.KEY_PLACES.get(name, name) for name in names), ", ")
        if self._problem:
            return KeyBackendStatus(False, name, where, self._problem)
        return KeyBackendStatus(True, name, where, None)


def _problem_text(exc: BaseException) -> w.Wording:
    if isinstance(exc, keyring.errors.NoKeyringError):
        return _NO_KEYCHAIN
    if isinstance(exc, keyring.errors.KeyringLocked):
        return w.KEYS_LOCKED
    return w.KEYS_KEYCHAIN_PROBLEM
