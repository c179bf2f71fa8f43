"""User settings, declared once and stored as JSON in the config folder (never secrets)."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.fileutil import atomic_write
from desktop_app.core.limits import canonical_completion_window
from desktop_app.core.regions import Region, custom_region

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its key, Python type, default and a label the UI shows."""

    key: str
    type: type
    default: Any
    label: str
    # Turns a stored value into the form the app uses; raises ValueError for one it cannot use.
    normalize: Callable[[Any], Any] | None = None


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("region", str, "", "Region used when the app starts (empty: sandbox until a key exists)"),
    SettingSpec(
        "completion_window",
        str,
        "24h",
        "Default completion window for new batches",
        normalize=canonical_completion_window,
    ),
    SettingSpec("custom_endpoints", list, [], "Custom OpenAI-compatible endpoints (name and base URL)"),
    SettingSpec("welcome_seen", bool, False, "The first-run notice was dismissed"),
    # "" follows the system's language; else one of en, zh_CN, zh_TW, ja, id (desktop_app/ui/i18n.py).
    SettingSpec("language", str, "", "Language of the window (empty: the system's language); applied on restart"),
    # 0 = no cap; in the region's currency (desktop_app.core.estimate.check_submit)
    SettingSpec("max_cost_per_job", float, 0.0, "Spending cap per job (upper estimate; 0: none)"),
    SettingSpec(
        "check_in_background",
        bool,
        False,
        "Keep checking jobs from an icon in the system tray (menu bar) after the window is closed",
    ),
    SettingSpec(
        "delete_remote_after_download",
        bool,
        False,
        "Delete the input and result files from the server once the answers are downloaded",
    ),
)
_SPECS = {spec.key: spec for spec in SETTINGS}
FLUSH_TIMEOUT_S = 10.0
"""How long the window's shutdown waits for the settings' writer (a stuck disk must not keep it open)."""


class Settings:
    """Typed access to ``settings.json``; unknown keys are kept, bad values fall back to defaults.

    A change is saved at once, atomically, by the caller's thread (the CLI: on disk before it exits).
    The window calls :meth:`write_in_background`: a change is then visible at once and written by one
    writer thread (issue 13: the atomic write's fsync took up to 65 ms on the UI thread); quick
    successive changes are coalesced, and :meth:`flush` waits until the last one is on disk.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._written = threading.Condition(self._lock)
        self._background = False
        self._changes = 0  # changes made so far (the writer writes all of them, then notes this number)
        self._saved = 0  # changes on disk
        self._writer: threading.Thread | None = None
        self.load()

    def load(self) -> None:
        """Read the file; a missing or broken file means defaults (a broken one is logged)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            self._values = raw if isinstance(raw, dict) else {}
        except FileNotFoundError:
            self._values = {}
        except (OSError, ValueError) as exc:
            log.warning("Settings file unreadable, using defaults: %s", exc)
            self._values = {}

    def get(self, key: str) -> Any:
        """The value of a declared setting, or its default when unset or of the wrong type."""
        spec = _SPECS[key]
        value = self._values.get(key, spec.default)
        if spec.type is float and type(value) is int:
            value = float(value)
        if not isinstance(value, spec.type):
            return spec.default
        if spec.normalize is not None:
            try:
                return spec.normalize(value)
            except ValueError:
                return spec.default
        return value

    def set(self, key: str, value: Any) -> None:
        """Change a declared setting and save it atomically: at once, or by the writer thread after
        :meth:`write_in_background`."""
        spec = _SPECS[key]
        if spec.type is float and type(value) is int:
            value = float(value)
        if not isinstance(value, spec.type):
            raise TypeError(f"Setting {key!r} must be {spec.type.__name__}")
        if spec.normalize is not None:
            value = spec.normalize(value)  # a value it cannot use raises ValueError, nothing is saved
        with self._lock:
            self._values = {**self._values, key: value}  # never changed in place: the writer dumps a snapshot
            if self._background:
                self._changes += 1
                if self._writer is None:
                    self._writer = threading.Thread(target=self._write_changes, name="settings-writer", daemon=True)
                    self._writer.start()
                return
        self.save()

    def save(self) -> None:
        """Write all values atomically (in the caller's thread)."""
        self._write(self._values)

    def write_in_background(self) -> None:
        """From now on :meth:`set` returns at once and one writer thread saves (the window)."""
        with self._lock:
            self._background = True

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every change made so far is on disk (or its write failed and was logged); False
        when ``timeout`` passed first. The window calls it when it shuts down."""
        with self._lock:
            target = self._changes
            return self._written.wait_for(lambda: self._saved >= target, timeout)

    def _write_changes(self) -> None:
        """The writer thread: write the newest values until no change is left unwritten."""
        while True:
            with self._lock:
                if self._saved >= self._changes:
                    self._writer = None
                    return
                target, values = self._changes, self._values
            try:
                self._write(values)
            except Exception as exc:  # a full disk, a value JSON cannot hold: the next change tries again
                log.warning("Settings not saved: %s", exc)
            with self._lock:
                self._saved = target
                self._written.notify_all()

    def _write(self, values: dict[str, Any]) -> None:
        with atomic_write(self.path, "w", encoding="utf-8") as handle:
            json.dump(values, handle, ensure_ascii=False, indent=2)

    def custom_regions(self) -> list[Region]:
        """The user's custom endpoints as regions; malformed entries are skipped."""
        regions = []
        for entry in self.get("custom_endpoints"):
            try:
                regions.append(custom_region(str(entry["name"]), str(entry["base_url"])))
            except (KeyError, TypeError, ValueError):
                log.warning("Skipping malformed custom endpoint entry")
        return regions
