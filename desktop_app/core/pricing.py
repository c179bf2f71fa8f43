"""Prices as data that say how old they are (``resources/catalogue/prices.json``).

Each entry: region, model, currency, tiers by a request's input tokens (input, output and — where it
differs — thinking-output price per ``per_tokens`` tokens, real-time), the page it was listed on and
that page's date. The batch price is derived by one rule (:data:`limits.BATCH_PRICE_FACTOR`). A
``prices.json`` of the same shape in the config folder replaces or adds entries. A region/model with
no entry has an unknown price: the app says so, it never guesses.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop_app.core.limits import BATCH_PRICE_FACTOR
from desktop_app.core.wording import Text, english
from desktop_app.resources import resource_path

log = logging.getLogger(__name__)

PRICES_FILE = "prices.json"
SAVINGS_PLAN_NOTE = (
    "The vendor's Japanese and Indonesian pages say the AI general-purpose savings plan can cover batch "
    "use; free quota, other savings plans and context cache do not apply to batch."
)


def format_cost(value: float | None, currency: str | None) -> str:
    """``USD 1.2345`` (4 decimals below 1, else 2); ``unknown`` for None."""
    if value is None or currency is None:
        return "unknown"
    return f"{currency} {format_amount(value)}"


def format_amount(value: float) -> str:
    """``1.2345`` below 1 (a cap of 0.005 must not read "0.00"), else ``1,234.50``."""
    return f"{value:,.4f}" if value < 1 else f"{value:,.2f}"


@dataclass(frozen=True)
class ActualCost:
    """A finished job's cost at batch prices from its answers' usage; ``amount`` None: unknown.

    ``amount`` 0 with ``currency`` None: free (the sandbox, the test model).
    """

    amount: float | None
    currency: str | None
    reason: str = ""  # why unknown (English: the CLI, ``--json``; the window words :attr:`text`)
    text: Text | None = None  # the same as a catalogue text

    @classmethod
    def unknown(cls, currency: str | None, why: Text) -> ActualCost:
        """An unknown cost and why (``reason`` is its English)."""
        return cls(None, currency, english(why), why)


@dataclass(frozen=True)
class PriceTier:
    """Real-time prices for requests with at most ``up_to_input_tokens`` input tokens (None: no end)."""

    up_to_input_tokens: int | None
    input: float
    output: float
    thinking_output: float | None  # None: not listed (unknown), unless equal by the entry's own words


@dataclass(frozen=True)
class ModelPrice:
    """One region's price entry for one model."""

    region: str
    model: str
    currency: str
    per_tokens: int
    tiers: tuple[PriceTier, ...]
    listed_on: str
    listed_date: str
    read_date: str
    note: str = ""
    from_user_file: bool = False

    def tier_for(self, input_tokens: int) -> PriceTier | None:
        """The tier a request of ``input_tokens`` falls in; None past the last listed tier."""
        for tier in self.tiers:
            if tier.up_to_input_tokens is None or input_tokens <= tier.up_to_input_tokens:
                return tier
        return None

    def batch_cost(self, tokens: float, unit_price: float) -> float:
        """Batch cost of ``tokens`` at a real-time ``unit_price`` (per ``per_tokens``)."""
        return tokens * unit_price / self.per_tokens * BATCH_PRICE_FACTOR

    @property
    def provenance(self) -> str:
        """``as listed on <page> on <date>`` (or the user's file)."""
        if self.from_user_file:
            return f"from your prices.json ({self.listed_on or 'no source given'}, {self.listed_date or 'no date'})"
        return f"as listed on {self.listed_on} on {self.listed_date}"

    def age_days(self, now: float | None = None) -> int | None:
        """Days since the listed date (None when the date is unreadable)."""
        try:
            listed = time.mktime(time.strptime(self.listed_date, "%Y-%m-%d"))
        except (ValueError, OverflowError):
            return None
        return max(0, int(((now if now is not None else time.time()) - listed) // 86400))


def _price(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        return None
    return float(value)


def _entry(item: Any, from_user: bool) -> ModelPrice | None:
    if not isinstance(item, dict) or not isinstance(item.get("model"), str) or not isinstance(item.get("region"), str):
        return None
    tiers: list[PriceTier] = []
    for raw in item.get("tiers") or []:
        if not isinstance(raw, dict):
            return None
        inp, out = _price(raw.get("input")), _price(raw.get("output"))
        if inp is None or out is None:
            return None
        up_to = raw.get("up_to_input_tokens")
        tiers.append(
            PriceTier(
                up_to_input_tokens=up_to if type(up_to) is int and up_to > 0 else None,
                input=inp,
                output=out,
                thinking_output=_price(raw.get("thinking_output")),
            )
        )
    per = item.get("per_tokens", 1_000_000)
    if not tiers or type(per) is not int or per <= 0 or not isinstance(item.get("currency"), str):
        return None
    return ModelPrice(
        region=item["region"],
        model=item["model"],
        currency=item["currency"],
        per_tokens=per,
        tiers=tuple(tiers),
        listed_on=str(item.get("listed_on") or ""),
        listed_date=str(item.get("listed_date") or ""),
        read_date=str(item.get("read_date") or ""),
        note=str(item.get("note") or ""),
        from_user_file=from_user,
    )


@dataclass(frozen=True)
class PriceTable:
    """Prices by (region, model)."""

    entries: dict[tuple[str, str], ModelPrice]
    user_file_problem: str = ""

    def get(self, region_id: str, model: str) -> ModelPrice | None:
        """The price entry, or None: unknown."""
        return self.entries.get((region_id, model))


def _read(raw: Any, into: dict[tuple[str, str], ModelPrice], from_user: bool) -> int:
    if not isinstance(raw, dict) or not isinstance(raw.get("prices"), list):
        raise ValueError('a price file must be a JSON object with a "prices" list')
    bad = 0
    for item in raw["prices"]:
        entry = _entry(item, from_user)
        if entry is None:
            bad += 1
            continue
        into[(entry.region, entry.model)] = entry
    return bad


def load_prices(override: Path | None = None) -> PriceTable:
    """The shipped prices with the user's ``override`` file (if any) over them."""
    entries: dict[tuple[str, str], ModelPrice] = {}
    _read(json.loads(resource_path("catalogue", PRICES_FILE).read_text(encoding="utf-8")), entries, False)
    problem = ""
    if override is not None and override.is_file():
        try:
            bad = _read(json.loads(override.read_text(encoding="utf-8")), entries, True)
            if bad:
                problem = f"{bad} entr{'y' if bad == 1 else 'ies'} of {override} could not be read and were skipped."
        except (OSError, ValueError) as exc:
            problem = f"{override} could not be read ({exc}); the shipped prices are used."
        if problem:
            log.warning("%s", problem)
    return PriceTable(entries, problem)


@lru_cache(maxsize=4)
def _cached(override: str, stamp: float) -> PriceTable:
    return load_prices(Path(override) if override else None)


def current_prices(config_dir: Path | None = None) -> PriceTable:
    """Shipped prices with ``prices.json`` of the config folder over them (re-read when it changes)."""
    if config_dir is None:
        from desktop_app.core.paths import app_paths

        config_dir = app_paths().config
    user = config_dir / PRICES_FILE
    try:
        stamp = user.stat().st_mtime
    except OSError:
        return _cached("", 0.0)
    return _cached(str(user), stamp)
