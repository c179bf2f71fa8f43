"""API keys per region: show (masked), save, remove and test — the Settings dialog's buttons and
``desktop-app-cli keys list | set | delete | test`` make these same calls.

Every function but :func:`test_key` blocks on the keychain (a D-Bus unlock prompt may appear): the
window runs them in a worker thread. A key is never returned in a message, printed or logged: each one
read or saved is registered with the log redaction (``core.logging_setup.register_secret``).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Protocol

from desktop_app.core import wording as w
from desktop_app.core.logging_setup import register_secret
from desktop_app.core.regions import Region
from desktop_app.core.secrets import KeyBackendStatus, StoredWhere, mask_key
from desktop_app.core.service import BatchService

SESSION_ONLY = w.KEYS_SESSION_ONLY
NOT_NEEDED = w.KEYS_NOT_NEEDED
EMPTY_KEY = "There is no key to save. Paste one first."


class KeyBackend(Protocol):
    """What a keychain offers here (``core.secrets.KeyStore``)."""

    def get(self, region_id: str) -> str | None: ...

    def set(self, region_id: str, key: str) -> StoredWhere: ...

    def delete(self, region_id: str) -> None: ...

    def backend_status(self) -> KeyBackendStatus: ...


@dataclass(frozen=True)
class KeyState:
    """What the window and ``keys list`` show about a region's key (never the key itself)."""

    region_id: str
    has_key: bool
    masked: str
    place: w.Param  # where keys live (worded by the window)

    @property
    def where(self) -> str:
        """:attr:`place` in English (the CLI)."""
        return w.english(self.place)


def key_state(keys: KeyBackend, region: Region) -> KeyState:
    """Whether ``region`` has a key, masked, and where keys live (blocking: the keychain)."""
    if not region.needs_key:
        return KeyState(region.id, True, "", NOT_NEEDED)
    key = keys.get(region.id)
    status = keys.backend_status()
    where = status.place if status.available else SESSION_ONLY
    return KeyState(region.id, bool(key), mask_key(key) if key else "", where)


def save_key(keys: KeyBackend, region_id: str, key: str) -> StoredWhere:
    """Store ``key`` (surrounding spaces dropped) for a region: the keychain, else this session's memory
    (``StoredWhere.description`` says which). Raises ValueError for an empty key (the Settings dialog
    never sends one; the CLI says :data:`EMPTY_KEY`)."""
    key = key.strip()
    if not key:
        raise ValueError(EMPTY_KEY)
    register_secret(key)
    return keys.set(region_id, key)


def remove_key(keys: KeyBackend, region_id: str) -> None:
    """Forget a region's key (keychain and session); a missing key is no error."""
    keys.delete(region_id)


async def test_key(region: Region, key: str, *, base_url: str | None) -> None:
    """One cheap list call with ``key`` at ``base_url`` (None: the region's own address); raises a
    BatchDeskError that says what is wrong (``AuthError``: refused; network problems)."""
    key = key.strip()
    register_secret(key)
    # Building the client loads TLS certificates (15–30 ms, far more under load): not on the event loop.
    service = await asyncio.to_thread(BatchService, region, key, base_url=base_url)
    try:
        await service.check_key()
    finally:
        await service.aclose()
