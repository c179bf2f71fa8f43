"""Every folder the app writes to, in one place.

Set ``BATCH_DESK_HOME`` to move all of them (config, data, cache, logs) under one folder; tests do
this so nothing touches the real home directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop_app import APP_ID

HOME_ENV = "BATCH_DESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The app's folders. Call :meth:`ensure` before writing."""

    config: Path
    data: Path
    cache: Path
    logs: Path

    @property
    def ledger_db(self) -> Path:
        """SQLite file holding every submitted job."""
        return self.data / "ledger.sqlite3"

    @property
    def results(self) -> Path:
        """Downloaded output and error files, kept after the service forgets the job."""
        return self.data / "results"

    @property
    def requests(self) -> Path:
        """Request files the app built or uploaded, and the sheets' rows they were built from (the
        ledger points at them)."""
        return self.data / "requests"

    @property
    def settings_file(self) -> Path:
        """User settings (JSON, no secrets)."""
        return self.config / "settings.json"

    def ensure(self) -> AppPaths:
        """Create every folder (private to the user) and return self."""
        old = os.umask(0o077)
        try:
            for folder in (self.config, self.data, self.cache, self.logs, self.results):
                folder.mkdir(parents=True, exist_ok=True)
        finally:
            os.umask(old)
        return self


def app_paths(home: str | os.PathLike[str] | None = None) -> AppPaths:
    """Resolve the app's folders: ``home`` argument, else ``$BATCH_DESK_HOME``, else platformdirs."""
    base = home if home is not None else os.environ.get(HOME_ENV)
    if base:
        root = Path(base)
        return AppPaths(root / "config", root / "data", root / "cache", root / "logs")
    return AppPaths(
        Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
    )
