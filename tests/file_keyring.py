"""A keychain for CLI subprocess tests: ``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` and
``BATCH_DESK_TEST_KEYRING=<file>``. Entries are stored base64-encoded (a real keychain encrypts them), so a
test can scan every file for the plain key and find none."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "BATCH_DESK_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    """Keys in the JSON file named by ``$BATCH_DESK_TEST_KEYRING`` (tests only)."""

    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def _save(self, data: dict[str, str]) -> None:
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        value = self._load().get(f"{service}/{username}")
        return base64.b64decode(value).decode() if value else None

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = base64.b64encode(password.encode()).decode()
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("not found")
        self._save(data)
