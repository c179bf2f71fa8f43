"""The batch models each region serves, as data (``resources/catalogue/models.json``), not code.

One entry per region and model: endpoint, context window, maximum output, thinking mode (``none``,
``optional`` with its default, or ``always`` — cannot be turned off), batch support (``batch``,
default true: the shipped list holds the documented batch models), whether it is free, and the date
it was checked. ``None`` means "not known to us": the service decides. A model that is not in
the list is a warning, never an error. A ``models.json`` of the same shape in the config folder
replaces or adds entries.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop_app.resources import resource_path

log = logging.getLogger(__name__)

CATALOGUE_FILE = "models.json"


class Thinking(StrEnum):
    """Whether a model thinks, and whether that can be switched."""

    NONE = "none"  # no thinking mode
    OPTIONAL = "optional"  # enable_thinking true/false both work
    ALWAYS = "always"  # a reasoning model: thinking cannot be turned off


@dataclass(frozen=True)
class ModelInfo:
    """What the catalogue knows about one model in one region."""

    model: str
    region: str
    endpoint: str
    context_window: int | None
    max_output: int | None
    thinking: Thinking
    thinking_default_on: bool
    free: bool
    batch: bool  # False: listed, but the vendor does not offer it for batch in this region
    qwen_tokenizer: bool  # False: counted with the Qwen vocabulary, but the model uses another one
    checked: str
    source: str

    @property
    def can_turn_off_thinking(self) -> bool:
        """False for reasoning models (qwq-plus, deepseek-r1): never send ``enable_thinking: false``."""
        return self.thinking is not Thinking.ALWAYS

    def thinks(self, enable_thinking: object) -> bool:
        """Whether a request with this ``enable_thinking`` value (None/absent: default) thinks."""
        if self.thinking is Thinking.ALWAYS:
            return True
        if self.thinking is Thinking.NONE:
            return False
        if isinstance(enable_thinking, bool):
            return enable_thinking
        return self.thinking_default_on


@dataclass(frozen=True)
class Catalogue:
    """Every region's model list with the date it was checked."""

    checked: str
    entries: dict[tuple[str, str], ModelInfo]

    def get(self, region_id: str, model: str) -> ModelInfo | None:
        """The entry for ``model`` in ``region_id`` (the sandbox answers with either region's entry)."""
        found = self.entries.get((region_id, model))
        if found is None and region_id == "sandbox":
            found = self.entries.get(("cn", model)) or self.entries.get(("intl", model))
        return found

    def any_region(self, model: str) -> ModelInfo | None:
        """The entry for ``model`` in any region (for choices made before a region is known)."""
        for (_, name), info in self.entries.items():
            if name == model:
                return info
        return None

    def models(self, region_id: str) -> tuple[str, ...]:
        """The models listed for a region, in file order."""
        if region_id == "sandbox":
            return tuple(dict.fromkeys(m for (r, m) in self.entries if r in ("cn", "intl")))
        return tuple(m for (r, m) in self.entries if r == region_id)


def _int_or_none(value: Any) -> int | None:
    return value if type(value) is int and value >= 0 else None


def _parse(raw: Any, into: dict[tuple[str, str], ModelInfo], default_checked: str) -> str:
    """Add the entries of one catalogue file; returns its ``checked`` date."""
    if not isinstance(raw, dict):
        raise ValueError("a model catalogue must be a JSON object")
    checked = str(raw.get("checked") or default_checked)
    regions = raw.get("regions")
    if not isinstance(regions, dict):
        raise ValueError('a model catalogue needs "regions"')
    for region_id, items in regions.items():
        if not isinstance(items, list):
            continue
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("model"), str):
                continue
            try:
                thinking = Thinking(str(item.get("thinking", "none")))
            except ValueError:
                thinking = Thinking.NONE
            into[(str(region_id), item["model"])] = ModelInfo(
                model=item["model"],
                region=str(region_id),
                endpoint=str(item.get("endpoint") or "/v1/chat/completions"),
                context_window=_int_or_none(item.get("context_window")),
                max_output=_int_or_none(item.get("max_output")),
                thinking=thinking,
                thinking_default_on=item.get("default_on") is True,
                free=item.get("free") is True,
                batch=item.get("batch", True) is not False,
                qwen_tokenizer=item.get("tokenizer", "qwen") == "qwen",
                checked=str(item.get("checked") or checked),
                source=str(item.get("source") or ""),
            )
    return checked


def load_catalogue(override: Path | None = None) -> Catalogue:
    """The shipped catalogue, with the user's ``override`` file (if any) laid over it."""
    entries: dict[tuple[str, str], ModelInfo] = {}
    shipped = json.loads(resource_path("catalogue", CATALOGUE_FILE).read_text(encoding="utf-8"))
    checked = _parse(shipped, entries, "")
    if override is not None and override.is_file():
        try:
            checked = _parse(json.loads(override.read_text(encoding="utf-8")), entries, checked)
        except (OSError, ValueError) as exc:
            log.warning("User model list %s ignored: %s", override, exc)
    return Catalogue(checked=checked, entries=entries)


@lru_cache(maxsize=4)
def _cached(override: str, stamp: float) -> Catalogue:
    return load_catalogue(Path(override) if override else None)


def current_catalogue() -> Catalogue:
    """The shipped catalogue with ``models.json`` of the app's config folder over it (cached by mtime)."""
    from desktop_app.core.paths import app_paths

    user = app_paths().config / CATALOGUE_FILE
    try:
        stamp = user.stat().st_mtime
    except OSError:
        return _cached("", 0.0)
    return _cached(str(user), stamp)
