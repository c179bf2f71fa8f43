"""User settings, declared once and stored as JSON in the config folder (never secrets)."""

from __future__ import annotations

import json
import logging
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


class Settings:
    """Typed access to ``settings.json``; unknown keys are kept, bad values fall back to defaults."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
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
        """Change a declared setting and save at once (atomically)."""
        spec = _SPECS[key]
        if spec.type is float and type(value) is int:
            value = float(value)
        if not isinstance(value, spec.type):
            raise TypeError(f"Setting {key!r} must be {spec.type.__name__}")
        if spec.normalize is not None:
            value = spec.normalize(value)  # a value it cannot use raises ValueError, nothing is saved
        self._values[key] = value
        self.save()

    def save(self) -> None:
        """Write all values atomically."""
        with atomic_write(self.path, "w", encoding="utf-8") as handle:
            json.dump(self._values, handle, ensure_ascii=False, indent=2)

    def custom_regions(self) -> list[Region]:
        """The user's custom endpoints as regions; malformed entries are skipped."""
        regions = []
        for entry in self.get("custom_endpoints"):
            try:
                regions.append(custom_region(str(entry["name"]), str(entry["base_url"])))
            except (KeyError, TypeError, ValueError):
                log.warning("Skipping malformed custom endpoint entry")
        return regions
