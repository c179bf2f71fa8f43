"""The price before the bill: what a batch file will cost, as a range, and the spending cap.

:func:`estimate_file` streams a JSONL file once (blocking: run it in a worker), counts every request's
input tokens exactly (:mod:`desktop_app.core.tokens`), bounds the output tokens (lower: the stated
default per answer, or a rehearsal's average; upper: each request's ``max_tokens`` or the model's
maximum output — with thinking on, also its ``thinking_budget``) and prices both ends with the region's
price table at the batch rate. Unknown is never absent: a missing price, tier or bound makes that end
``None`` and the reason is listed.

:func:`check_submit` is the one rule both faces call before a submit: it refuses a billed submit whose
upper estimate is above the cap (or unknown while a cap is set) and says whether the window must ask
for confirmation.
"""

from __future__ import annotations

import copy
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import orjson

from desktop_app.core import tokens
from desktop_app.core import wording as w
from desktop_app.core.catalogue import Catalogue, ModelInfo, current_catalogue
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.fileutil import sha256_file
from desktop_app.core.ledger import JobRecord
from desktop_app.core.limits import BATCH_PRICE_FACTOR, TEST_MODEL
from desktop_app.core.pricing import SAVINGS_PLAN_NOTE, ModelPrice, PriceTable, current_prices, format_amount
from desktop_app.core.pricing import ActualCost as ActualCost  # re-exported
from desktop_app.core.pricing import format_cost as format_cost  # re-exported
from desktop_app.core.regions import Region, RegionKind

TEST_MODEL_COMPLETION_TOKENS = 20
DEFAULT_OUTPUT_TOKENS = 100  # the stated lower bound per answer when no rehearsal says otherwise
_BATCH_LINES = 4096  # requests encoded together (both cores) ...
_BATCH_CHARS = 2_000_000  # ... or fewer, so the token lists in flight stay small
_READ_BUFFER = 1 << 20


class EstimateCancelled(Exception):
    """The caller set the cancel event."""


class CancelFlag(Protocol):
    """What ``cancel`` needs: a ``threading.Event``, or the token process's flag in its child."""

    def is_set(self) -> bool: ...


class Estimator(Protocol):
    """:func:`estimate_file`'s signature: in this process, or ``services.token_process`` in a child one."""

    def __call__(
        self,
        path: str | os.PathLike[str],
        region: Region,
        *,
        catalogue: Catalogue | None = None,
        prices: PriceTable | None = None,
        output_low_per_request: int | None = None,
        threads: int = 2,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelFlag | None = None,
    ) -> Estimate: ...


@dataclass
class _Tally:
    """Running sums of one price tier (or of all requests when the price is unknown)."""

    requests: int = 0
    input_tokens: int = 0
    output_low: int = 0  # the assumed answer length, never above a request's own cap (max_tokens)
    output_high: int = 0


@dataclass
class Estimate:
    """What a file will cost at batch prices, as a range; None anywhere means "not known"."""

    region_id: str
    model: str
    requests: int = 0
    input_tokens: int = 0
    media_parts: int = 0  # image/video parts: not counted
    output_low: int = 0
    output_high: int | None = 0
    output_low_per_request: int = DEFAULT_OUTPUT_TOKENS
    output_low_source: str = "default"  # "default" or "rehearsal"
    thinking: bool = False
    free: bool = False
    billed: bool = True  # False for the sandbox (simulated) and the free test model
    currency: str | None = None
    cost_low: float | None = None
    cost_high: float | None = None
    price: ModelPrice | None = None
    unknown: list[str] = field(default_factory=list)  # why an end is unknown (English, one per reason)
    approximate_tokens: bool = False  # the model uses another tokenizer than Qwen's
    model_listed: bool = True
    catalogue_checked: str = ""
    seconds: float = 0.0
    digest: str = ""  # sha256 of the very bytes counted (:class:`RememberedEstimates` matches on it)

    @property
    def savings_plan_note(self) -> str:
        """The vendor's note on savings plans and batch (shown wherever the estimate is)."""
        return SAVINGS_PLAN_NOTE

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict for ``estimate --json``."""
        return {
            "region": self.region_id,
            "model": self.model,
            "requests": self.requests,
            "input_tokens": self.input_tokens,
            "input_tokens_exact": not self.approximate_tokens,
            "media_parts_not_counted": self.media_parts,
            "output_tokens": {
                "low": self.output_low,
                "high": self.output_high,
                "low_per_request": self.output_low_per_request,
                "low_source": self.output_low_source,
            },
            "thinking": self.thinking,
            "free": self.free,
            "billed": self.billed,
            "currency": self.currency,
            "cost": {"low": _round(self.cost_low), "high": _round(self.cost_high)},
            "batch_price_factor": BATCH_PRICE_FACTOR,
            "price_source": None if self.price is None else self.price.provenance,
            "unknown": list(self.unknown),
            "model_listed": self.model_listed,
            "catalogue_checked": self.catalogue_checked,
            "savings_plan": SAVINGS_PLAN_NOTE,
            "seconds": round(self.seconds, 3),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def summary_lines(est: Estimate) -> list[str]:
    """The estimate in plain English lines (the CLI prints these; the window words its own)."""
    lines = [
        f"{est.requests:,} requests to {est.model or '(no model)'} in {est.region_id}",
        f"input tokens: {est.input_tokens:,}"
        + (" (approximate: this model uses another tokenizer)" if est.approximate_tokens else " (exact)")
        + (f"; {est.media_parts:,} image/video parts not counted" if est.media_parts else ""),
        "output tokens: "
        + f"{est.output_low:,} to {'unknown' if est.output_high is None else format(est.output_high, ',')}"
        + (
            f" (low: {est.output_low_per_request:,} per answer, "
            + {"rehearsal": "the rehearsal's average", "documented": "documented"}.get(est.output_low_source, "assumed")
            + ")"
        ),
        f"thinking: {'on — thinking tokens are billed as output' if est.thinking else 'off'}",
    ]
    if est.free:
        lines.append("cost: free (the test model is not billed)")
    elif not est.billed:
        lines.append("cost: nothing is billed (simulated)")
    else:
        lines.append(
            f"cost at batch prices (50 % of real-time): {format_cost(est.cost_low, est.currency)} to "
            f"{format_cost(est.cost_high, est.currency)}"
        )
        if est.price is not None:
            lines.append(f"prices {est.price.provenance}")
        lines.extend(f"unknown: {reason}" for reason in est.unknown)
        lines.append(SAVINGS_PLAN_NOTE)
    if not est.model_listed:
        lines.append(f'"{est.model}" is not in our model list as of {est.catalogue_checked}; the service decides.')
    return lines


def _thinking_budget(body: dict[str, Any]) -> int | None:
    value = body.get("thinking_budget")
    return value if type(value) is int and value >= 0 else None


def estimate_file(
    path: str | os.PathLike[str],
    region: Region,
    *,
    catalogue: Catalogue | None = None,
    prices: PriceTable | None = None,
    output_low_per_request: int | None = None,
    threads: int = 2,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelFlag | None = None,
) -> Estimate:
    """Estimate a JSONL batch file's tokens and batch cost (blocking; streams the file once).

    Args:
        path: the JSONL file (lines that are not JSON objects with a ``body`` are skipped: validation
            reports them).
        region: where it would run (its prices and model list).
        output_low_per_request: a rehearsal's average answer length; None uses DEFAULT_OUTPUT_TOKENS.
        threads: encoder threads (tiktoken releases the GIL; 2 uses both cores here).

    Raises:
        OSError: the file cannot be read.
        EstimateCancelled: ``cancel`` was set.
    """
    started = time.perf_counter()
    catalogue = catalogue or current_catalogue()
    prices = prices or current_prices()
    p = Path(path)
    total = p.stat().st_size
    est = Estimate(region_id=region.id, model="", catalogue_checked=catalogue.checked)
    if output_low_per_request is not None:
        est.output_low_per_request = max(0, output_low_per_request)
        est.output_low_source = "rehearsal"
    info: ModelInfo | None = None
    price: ModelPrice | None = None
    tallies: dict[int | None, _Tally] = {}  # by tier index; None: no tier fits
    unknown_high = False
    pending: list[tuple[tokens.RequestText, int | None]] = []
    pending_chars = 0
    done = 0
    step = max(total // 100, 1 << 20)
    next_tick = step
    import hashlib  # not at import: OpenSSL's loading costs `validate` ~3 ms (issue 13)

    digest = hashlib.sha256()

    def flush() -> None:
        nonlocal unknown_high
        texts = [t for req, _ in pending for t in req.texts]
        counts = tokens.count_texts(texts, threads=threads)
        at = 0
        for req, out_high in pending:
            n = len(req.texts)
            request_tokens = req.template_tokens + sum(counts[at : at + n])
            at += n
            est.requests += 1
            est.input_tokens += request_tokens
            est.media_parts += req.media_parts
            tier_key: int | None = None
            if price is not None:
                tier = price.tier_for(request_tokens)
                tier_key = None if tier is None else price.tiers.index(tier)
            tally = tallies.setdefault(tier_key, _Tally())
            tally.requests += 1
            tally.input_tokens += request_tokens
            if out_high is None:
                unknown_high = True
                tally.output_low += est.output_low_per_request
            else:
                tally.output_high += out_high
                tally.output_low += min(est.output_low_per_request, out_high)
        pending.clear()

    with open(p, "rb", buffering=_READ_BUFFER) as handle:
        for raw in handle:
            done += len(raw)
            digest.update(raw)
            if done >= next_tick:
                next_tick = done + step
                if cancel is not None and cancel.is_set():
                    raise EstimateCancelled
                if progress is not None:
                    progress(done, total)
            if done == len(raw) and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if raw.isspace():
                continue
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError:
                continue
            body = obj.get("body") if isinstance(obj, dict) else None
            if not isinstance(body, dict):
                continue
            if not est.model and isinstance(body.get("model"), str):
                est.model = body["model"]
                info = catalogue.get(region.id, est.model)
                price = prices.get(region.id, est.model)
                est.thinking = info.thinks(body.get("enable_thinking")) if info is not None else False
            req = tokens.request_text(body)
            thinks = (
                info.thinks(body.get("enable_thinking")) if info is not None else body.get("enable_thinking") is True
            )
            est.thinking = est.thinking or thinks
            max_tokens = body.get("max_tokens")
            answer_cap = max_tokens if type(max_tokens) is int and max_tokens > 0 else None
            if answer_cap is None and info is not None:
                answer_cap = info.max_output
            out_high: int | None = answer_cap
            if thinks and out_high is not None:
                budget = _thinking_budget(body)
                out_high = None if budget is None else out_high + budget
            pending.append((req, out_high))
            pending_chars += len(raw)
            if len(pending) >= _BATCH_LINES or pending_chars >= _BATCH_CHARS:
                flush()
                pending_chars = 0
        if pending:
            flush()
    if progress is not None:
        progress(done, total)

    est.output_low = sum(t.output_low for t in tallies.values())
    est.output_high = None if unknown_high else sum(t.output_high for t in tallies.values())
    if est.model == TEST_MODEL:  # its answer is fixed: 20 completion tokens (reference §4)
        est.output_low_per_request, est.output_low_source = TEST_MODEL_COMPLETION_TOKENS, "documented"
        est.output_low = est.output_high = est.requests * TEST_MODEL_COMPLETION_TOKENS
    est.model_listed = info is not None
    est.approximate_tokens = info is not None and not info.qwen_tokenizer
    est.price = price
    est.free = est.model == TEST_MODEL or (info is not None and info.free)
    est.billed = region.kind is not RegionKind.SANDBOX and not est.free
    if est.free or not est.billed:
        est.cost_low = est.cost_high = 0.0
        est.currency = price.currency if price is not None else None
    else:
        _price_it(est, price, info, tallies, unknown_high)
    est.digest = digest.hexdigest()
    est.seconds = time.perf_counter() - started
    return est


def _price_it(
    est: Estimate,
    price: ModelPrice | None,
    info: ModelInfo | None,
    tallies: dict[int | None, _Tally],
    unknown_high: bool,
) -> None:
    """Fill the cost range from the per-tier sums, listing every reason an end is unknown."""
    if est.requests == 0:
        est.cost_low = est.cost_high = 0.0
        est.currency = price.currency if price is not None else None
        return
    if price is None:
        est.unknown.append(f"no price is known for {est.model or 'this model'} in {est.region_id}")
        if unknown_high:
            est.unknown.append(_high_reason(est, info))
        return
    est.currency = price.currency
    if None in tallies:
        est.unknown.append(
            f"{tallies[None].requests:,} request(s) are longer than the longest listed price tier "
            f"({price.tiers[-1].up_to_input_tokens:,} input tokens)"
        )
        if unknown_high:
            est.unknown.append(_high_reason(est, info))
        return
    low = high = 0.0
    high_known = not unknown_high
    for key, tally in tallies.items():
        assert key is not None
        tier = price.tiers[key]
        out_price = tier.thinking_output if est.thinking else tier.output
        low += price.batch_cost(tally.input_tokens, tier.input)
        high += price.batch_cost(tally.input_tokens, tier.input)
        if out_price is None:
            est.unknown.append("the price of thinking output is not listed")
            est.cost_low = None
            est.cost_high = None
            return
        low += price.batch_cost(tally.output_low, out_price)
        high += price.batch_cost(tally.output_high, out_price)
    est.cost_low = low
    if high_known:
        est.cost_high = high
    else:
        est.unknown.append(_high_reason(est, info))


def _high_reason(est: Estimate, info: ModelInfo | None) -> str:
    if est.thinking:
        return "the upper end: thinking is not limited by max_tokens; set thinking_budget (and max_tokens) to bound it"
    if info is None or info.max_output is None:
        return "the upper end: set max_tokens (the model's maximum output is not in our list)"
    return "the upper end"


class CostCapExceeded(BatchDeskError):
    """The upper estimate is above the user's per-job cap (or unknown while a cap is set)."""

    def __init__(self, est: Estimate, cap: float) -> None:
        currency = est.currency or ""
        cap_text = f"{(currency + ' ') if currency else ''}{format_amount(cap)}"
        if est.cost_high is None:
            reasons = w.clauses([w.Matched(r) for r in est.unknown] or [w.UNKNOWN])
            text = w.COST_CAP_UNKNOWN(cap=cap_text, reasons=reasons)
        else:
            text = w.COST_CAP(
                cost=format_cost(est.cost_high, est.currency),
                requests=est.requests,
                input_tokens=est.input_tokens,
                output_tokens=est.output_high or 0,
                cap=cap_text,
            )
        super().__init__(text)
        self.estimate = est
        self.cap = cap


class TokenCountFailed(BatchDeskError):
    """The token process (``services.token_process``) could not start or stopped before it answered:
    the count, so the cost, is unknown."""

    def __init__(self, *, detail: str = "") -> None:
        super().__init__(w.TOKENS_NOT_COUNTED, detail=detail)


class SubmitNotConfirmed(BatchDeskError):
    """The user did not confirm a billed submit (or no one could be asked): nothing was sent."""

    def __init__(self) -> None:
        super().__init__(w.NOT_CONFIRMED)


@dataclass(frozen=True)
class SubmitCheck:
    """What must happen before a submit: ``confirm`` says the window must ask first.

    For a comparison ``estimate`` is the total of every variant (all are billed) and ``variants``
    holds each one's own estimate, by its label.
    """

    estimate: Estimate
    confirm: bool
    region_name: str
    variants: tuple[tuple[str, Estimate], ...] = ()


def check_submit(est: Estimate, region: Region, cap: float | None) -> SubmitCheck:
    """The rule before every submit, for both faces.

    A billed submit (not the sandbox, not the free test model) whose upper estimate is above ``cap``
    — or unknown while a cap is set — raises :class:`CostCapExceeded`; otherwise the returned check
    says whether a confirmation is needed (every billed submit).
    """
    if est.billed and cap is not None and cap > 0 and (est.cost_high is None or est.cost_high > cap):
        raise CostCapExceeded(est, cap)
    return SubmitCheck(est, confirm=est.billed, region_name=region.name)


def confirmation_text(check: SubmitCheck) -> str:
    """The English wording of the confirmation (the CLI prints it; the window translates its own)."""
    est = check.estimate
    each = "".join(
        f" {label}: {variant.requests:,} requests, estimated {format_cost(variant.cost_low, variant.currency)} to "
        f"{format_cost(variant.cost_high, variant.currency)}."
        for label, variant in check.variants
    )
    return (
        f"{check.region_name} · {est.model} · {est.requests:,} requests · estimated "
        f"{format_cost(est.cost_low, est.currency)} to {format_cost(est.cost_high, est.currency)}"
        + (f" for all {len(check.variants)} batches.{each}" if check.variants else ".")
        + f" This will be billed to the key of {check.region_name}."
    )


def _add(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a + b


def total_estimate(variants: Sequence[tuple[str, Estimate]]) -> Estimate:
    """The sum of a comparison's estimates (every variant is its own billed batch).

    A cost end is known only when it is known for every billed variant in one currency; the
    variants' reasons for an unknown end are kept (once each; they name the model where it matters).
    """
    if not variants:
        raise ValueError("no variants to add up")
    first = variants[0][1]
    total = Estimate(region_id=first.region_id, model=", ".join(dict.fromkeys(e.model for _, e in variants)))
    total.catalogue_checked = first.catalogue_checked
    total.output_low_per_request = first.output_low_per_request
    total.output_low_source = first.output_low_source
    total.cost_low = total.cost_high = 0.0
    total.free = all(e.free for _, e in variants)
    total.billed = any(e.billed for _, e in variants)
    currencies = {e.currency for _, e in variants if e.billed and e.currency is not None}
    for _label, est in variants:
        total.requests += est.requests
        total.input_tokens += est.input_tokens
        total.media_parts += est.media_parts
        total.output_low += est.output_low
        high = total.output_high
        total.output_high = None if high is None or est.output_high is None else high + est.output_high
        total.thinking = total.thinking or est.thinking
        total.approximate_tokens = total.approximate_tokens or est.approximate_tokens
        total.model_listed = total.model_listed and est.model_listed
        total.seconds += est.seconds
        total.unknown.extend(reason for reason in est.unknown if reason not in total.unknown)
        if est.billed:
            total.cost_low = _add(total.cost_low, est.cost_low)
            total.cost_high = _add(total.cost_high, est.cost_high)
    if len(currencies) > 1:
        total.cost_low = total.cost_high = None
        total.unknown.append(f"the variants are priced in different currencies ({', '.join(sorted(currencies))})")
    total.currency = next(iter(currencies)) if len(currencies) == 1 else None
    if total.currency is None and not total.billed:
        total.currency = first.currency
    prices = {id(e.price): e.price for _, e in variants if e.price is not None}
    total.price = next(iter(prices.values())) if len(prices) == 1 else None
    return total


# ----- actual cost, from the usage the answers reported ------------------------------------------


def actual_cost(job: JobRecord, prices: PriceTable | None = None) -> ActualCost:
    """Batch cost of a job's answered requests (prompt + completion tokens; thinking priced as thinking).

    The tier is chosen by the job's average prompt tokens per answered request (the ledger keeps
    sums); the sandbox and the free test model cost nothing.
    """
    if job.model == TEST_MODEL or job.region_id == "sandbox":
        return ActualCost(0.0, None)
    if job.prompt_tokens is None or job.completion_tokens is None:
        return ActualCost.unknown(None, w.COST_NOT_DOWNLOADED())
    price = (prices or current_prices()).get(job.region_id, job.model)
    if price is None:
        return ActualCost.unknown(None, w.COST_NO_PRICE(model=job.model, region=job.region_id))
    answered = job.result_succeeded or job.completed or 1
    tier = price.tier_for(job.prompt_tokens // max(1, answered))
    if tier is None:
        return ActualCost.unknown(price.currency, w.COST_BEYOND_TIERS())
    thinking = bool(job.reasoning_tokens)
    out_price = tier.thinking_output if thinking else tier.output
    if out_price is None:
        return ActualCost.unknown(price.currency, w.COST_NO_THINKING_PRICE())
    amount = price.batch_cost(job.prompt_tokens, tier.input) + price.batch_cost(job.completion_tokens, out_price)
    return ActualCost(amount, price.currency)


@dataclass(frozen=True)
class MonthCost:
    """Costs of the jobs that finished in one calendar month, per currency, and how many are unknown."""

    month: str  # YYYY-MM (local time)
    by_currency: dict[str, float]
    unknown_jobs: int


def month_cost(jobs: list[JobRecord], month: str | None = None, prices: PriceTable | None = None) -> MonthCost:
    """Sum :func:`actual_cost` over the jobs that finished in ``month`` (default: this month)."""
    month = month or time.strftime("%Y-%m")
    prices = prices or current_prices()
    totals: dict[str, float] = {}
    unknown = 0
    for job in jobs:
        when = job.finished_at
        if when is None or time.strftime("%Y-%m", time.localtime(when)) != month:
            continue
        cost = actual_cost(job, prices)
        if cost.amount is None:
            unknown += 1
        elif cost.currency is not None and cost.amount:
            totals[cost.currency] = totals.get(cost.currency, 0.0) + cost.amount
    return MonthCost(month, totals, unknown)


@dataclass(frozen=True)
class _Remembered:
    """One counted estimate and everything it was computed from besides the file's bytes."""

    estimate: Estimate
    size: int
    region: Region
    catalogue: Catalogue
    prices: PriceTable
    output_low_per_request: int | None


class RememberedEstimates:
    """An :class:`Estimator` that does not count the same bytes twice.

    The window estimates a file right after its check, and again before the submit (the confirmation
    and the cap must see the file that is sent). Counting a million requests takes 17–38 s; this
    remembers the last few estimates with the sha256 of the very bytes that were counted
    (``Estimate.digest``) and answers a later call from memory only when the file's bytes *now* have
    that digest and the region, catalogue, prices and output assumption are the same objects. A file
    changed in any byte, a price file re-read or another region is counted again. Thread-safe.
    """

    def __init__(self, count: Estimator, keep: int = 4) -> None:
        self._count = count
        self._keep = keep
        self._lock = threading.Lock()
        self._entries: list[_Remembered] = []
        self.counted = 0  # estimates actually counted (not answered from memory)

    def __call__(
        self,
        path: str | os.PathLike[str],
        region: Region,
        *,
        catalogue: Catalogue | None = None,
        prices: PriceTable | None = None,
        output_low_per_request: int | None = None,
        threads: int = 2,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelFlag | None = None,
    ) -> Estimate:
        """The estimate of ``path`` (from memory when its bytes were counted with the same inputs)."""
        catalogue = catalogue or current_catalogue()
        prices = prices or current_prices()
        size = Path(path).stat().st_size
        known = self._known(path, size, region, catalogue, prices, output_low_per_request, progress, cancel)
        if known is not None:
            return known
        est = self._count(
            path,
            region,
            catalogue=catalogue,
            prices=prices,
            output_low_per_request=output_low_per_request,
            threads=threads,
            progress=progress,
            cancel=cancel,
        )
        if est.digest:
            entry = _Remembered(copy.deepcopy(est), size, region, catalogue, prices, output_low_per_request)
            with self._lock:
                self.counted += 1
                self._entries = [*self._entries[-(self._keep - 1) :], entry] if self._keep > 1 else [entry]
        return est

    def _known(
        self,
        path: str | os.PathLike[str],
        size: int,
        region: Region,
        catalogue: Catalogue,
        prices: PriceTable,
        output_low_per_request: int | None,
        progress: Callable[[int, int], None] | None,
        cancel: CancelFlag | None,
    ) -> Estimate | None:
        """A copy of a remembered estimate of these bytes and inputs; None when there is none."""
        with self._lock:
            candidates = [
                e
                for e in self._entries
                if e.size == size
                and e.region == region
                and e.catalogue is catalogue
                and e.prices is prices
                and e.output_low_per_request == output_low_per_request
            ]
        if not candidates:
            return None

        def read(done: int) -> None:
            if cancel is not None and cancel.is_set():
                raise EstimateCancelled
            if progress is not None:
                progress(done, size)

        digest = sha256_file(Path(path), read)
        for entry in candidates:
            if entry.estimate.digest == digest:
                return copy.deepcopy(entry.estimate)
        return None


def prepare_submit(
    path: str | os.PathLike[str],
    region: Region,
    cap: float | None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelFlag | None = None,
    estimator: Estimator | None = None,
) -> SubmitCheck:
    """Estimate ``path`` for ``region`` and apply the cap: the step before every submit (blocking).

    ``estimator`` counts (default :func:`estimate_file` in this process; the window passes its token
    process's, ``services.token_process``).

    Raises:
        CostCapExceeded: a billed job whose upper estimate is above ``cap`` (or unknown).
        OSError: the file cannot be read.
    """
    count = estimator or estimate_file
    return check_submit(count(path, region, progress=progress, cancel=cancel), region, cap)


def prepare_variants_submit(
    files: Sequence[tuple[str, str | os.PathLike[str]]],
    region: Region,
    cap: float | None,
    *,
    cancel: CancelFlag | None = None,
    estimator: Estimator | None = None,
) -> SubmitCheck:
    """The step before a comparison's submit (blocking): estimate every variant's file, add them up,
    and apply the cap to the total — the comparison is one submit of several billed batches.

    Raises:
        CostCapExceeded: the total's upper end is above ``cap`` (or unknown while a cap is set).
        OSError: a file cannot be read.
    """
    count = estimator or estimate_file
    each = tuple((label, count(path, region, cancel=cancel)) for label, path in files)
    check = check_submit(total_estimate(each), region, cap)
    return SubmitCheck(check.estimate, check.confirm, check.region_name, each)
