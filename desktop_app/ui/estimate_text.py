"""The estimate in the window's language (core computes it; this only words it)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop_app.core.estimate import Estimate, format_cost
from desktop_app.core.pricing import SAVINGS_PLAN_NOTE
from desktop_app.ui.messages import core_text as translate_text

CONTEXT = "Estimate"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _cost(value: float | None, currency: str | None) -> str:
    return _tr("unknown") if value is None or currency is None else format_cost(value, currency)


def estimate_html(est: Estimate, _widget: object = None) -> str:
    """Input tokens (exact), output range, thinking, cost range with its source, or "free"."""
    parts = [
        _tr("Input tokens: {tokens} (exact)").format(tokens=f"{est.input_tokens:,}")
        if not est.approximate_tokens
        else _tr("Input tokens: about {tokens} (this model uses another tokenizer)").format(
            tokens=f"{est.input_tokens:,}"
        )
    ]
    if est.media_parts:
        parts.append(_tr("{count} image/video parts not counted").format(count=f"{est.media_parts:,}"))
    high = _tr("unknown") if est.output_high is None else f"{est.output_high:,}"
    parts.append(_tr("output tokens: {low} to {high}").format(low=f"{est.output_low:,}", high=high))
    parts.append(_tr("thinking on: thinking tokens are billed as output") if est.thinking else _tr("thinking off"))
    line = " · ".join(parts)
    if est.free:
        return line + "<br>" + _tr("<b>Cost: free</b> (the test model is not billed)")
    if not est.billed:
        return line + "<br>" + _tr("<b>Cost: none</b> — the sandbox is simulated and bills nothing")
    cost = _tr("<b>Cost at batch prices: {low} to {high}</b>").format(
        low=html.escape(_cost(est.cost_low, est.currency)), high=html.escape(_cost(est.cost_high, est.currency))
    )
    notes = []
    if est.price is not None:
        notes.append(
            _tr("Prices as listed on {page} on {date}; batch = 50 % of real-time.").format(
                page=html.escape(est.price.listed_on), date=html.escape(est.price.listed_date)
            )
        )
    for reason in est.unknown:
        notes.append(html.escape(translate_text(reason)))
    notes.append(html.escape(translate_text(SAVINGS_PLAN_NOTE)))
    return line + "<br>" + cost + "<br><small>" + " ".join(notes) + "</small>"
