"""Test-wide setup: offscreen Qt, every app folder under tmp_path, an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.paths import HOME_ENV


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every app folder at a fresh temp folder; no test writes into the real home."""
    home = tmp_path / "app-home"
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.delenv("DASHSCOPE_API_KEY", raising=False)
    yield home
