"""A module imported on first use, so start-up never pays for what a run may not need.

``openai`` (~0.5 s and ~45 MB to import) and ``httpx2`` are needed only when the app talks to a
region: ``convert``, ``validate`` and ``export`` never load them, and the window loads them with its
first network call. ``tests/test_startup_imports.py`` pins this.
"""

from __future__ import annotations

import importlib
import threading
from types import ModuleType
from typing import Any

_lock = threading.Lock()


class LazyModule:
    """Stands in for a module; the first attribute read imports it (thread-safe, once)."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def load(self) -> ModuleType:
        """Import the module now (e.g. in a worker thread, ahead of the first call)."""
        module = self._module
        if module is None:
            with _lock:  # the import lock is per module; this keeps the cached reference simple
                module = self._module = importlib.import_module(self._name)
        return module

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.load(), attr)

    def __repr__(self) -> str:
        state = "loaded" if self._module is not None else "not loaded yet"
        return f"<lazy module {self._name!r} ({state})>"


def lazy_module(name: str) -> Any:
    """A :class:`LazyModule` for ``name``, typed ``Any`` (import the real module under ``TYPE_CHECKING``)."""
    return LazyModule(name)
