"""The estimate in the window's language (core computes it; this only words it)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.core.estimate import Estimate, format_cost
from desktop_app.core.pricing import SAVINGS_PLAN_NOTE
from desktop_app.ui.messages import core_text

translate = QCoreApplication.translate


def _cost(value: float | None, currency: str | None) -> str:
    if value is None or currency is None:
        return translate("Estimate", "unknown")
    return format_cost(value, currency)


def estimate_html(est: Estimate) -> str:
    """Input tokens (exact), output range, thinking, cost range with its source, or "free"."""
    if est.approximate_tokens:
        parts = [
            translate("Estimate", "Input tokens: about {tokens} (this model uses another tokenizer)").format(
                tokens=f"{est.input_tokens:,}"
            )
        ]
    else:
        parts = [translate("Estimate", "Input tokens: {tokens} (exact)").format(tokens=f"{est.input_tokens:,}")]
    if est.media_parts:
        parts.append(
            translate("Estimate", "{count} image/video parts not counted").format(count=f"{est.media_parts:,}")
        )
    high = translate("Estimate", "unknown") if est.output_high is None else f"{est.output_high:,}"
    parts.append(translate("Estimate", "output tokens: {low} to {high}").format(low=f"{est.output_low:,}", high=high))
    if est.thinking:
        parts.append(translate("Estimate", "thinking on: thinking tokens are billed as output"))
    else:
        parts.append(translate("Estimate", "thinking off"))
    line = html.escape(" · ".join(parts))
    if est.free:
        return line + "<br>" + translate("Estimate", "<b>Cost: free</b> (the test model is not billed)")
    if not est.billed:
        return line + "<br>" + translate("Estimate", "<b>Cost: none</b> — the sandbox is simulated and bills nothing")
    if est.cost_low is None and est.cost_high is None:
        cost = translate("Estimate", "<b>Cost at batch prices: unknown</b>")
    else:
        cost = translate("Estimate", "<b>Cost at batch prices: {low} to {high}</b>").format(
            low=html.escape(_cost(est.cost_low, est.currency)), high=html.escape(_cost(est.cost_high, est.currency))
        )
    notes = []
    if est.price is not None:
        notes.append(
            translate("Estimate", "Prices as listed on {page} on {date}; batch = 50 % of real-time.").format(
                page=html.escape(est.price.listed_on), date=html.escape(est.price.listed_date)
            )
        )
    for reason in est.unknown:
        notes.append(translate("Estimate", "Unknown: {reason}.").format(reason=html.escape(core_text(reason))))
    notes.append(html.escape(core_text(SAVINGS_PLAN_NOTE)))
    return line + "<br>" + cost + "<br><small>" + " ".join(notes) + "</small>"


def not_counted_html(message: str) -> str:
    """The estimate when the tokens could not be counted: the cost is unknown, and why (translated)."""
    cost = translate("Estimate", "<b>Cost at batch prices: unknown</b>")
    return cost + "<br><small>" + html.escape(message) + "</small>"


def variants_html(variants: Sequence[tuple[str, Estimate]]) -> str:
    """A comparison's estimate per variant: one line each, its requests and cost range (or why unknown)."""
    lines = []
    for label, est in variants:
        if est.free:
            cost = translate("Estimate", "free")
        elif not est.billed:
            cost = translate("Estimate", "nothing is billed (simulated)")
        else:
            cost = translate("Estimate", "{low} to {high}").format(
                low=_cost(est.cost_low, est.currency), high=_cost(est.cost_high, est.currency)
            )
        line = translate("Estimate", "<b>{label}</b>: {requests} requests · {cost}").format(
            label=html.escape(label), requests=f"{est.requests:,}", cost=html.escape(cost)
        )
        if est.billed and not est.free and est.unknown:
            line += " <small>(" + html.escape("; ".join(core_text(reason) for reason in est.unknown)) + ")</small>"
        lines.append(line)
    return "<br>".join(lines)
