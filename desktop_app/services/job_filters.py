"""The jobs view's "Created" filter as time bounds: one rule for the window's date boxes and
``desktop-app-cli jobs --since DATE --until DATE``.

A day is this computer's local calendar day; both ends are inclusive (``until`` 2026-12-06 keeps a job
made at 23:59 that day). The bounds go into :class:`desktop_app.core.jobs.JobFilter`, which filters
ledger rows and the servers' list calls alike.
"""

from __future__ import annotations

import datetime as dt

BAD_DATE = "{flag} must be a date like 2026-12-06 (year-month-day), not {value!r}"
BACKWARDS = "--since ({since}) is after --until ({until}): no job can match"


def created_between(since: dt.date | None, until: dt.date | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Local-time bounds from the start of ``since`` to the end of ``until`` (None: open)."""
    after = dt.datetime.combine(since, dt.time.min) if since is not None else None
    before = dt.datetime.combine(until, dt.time.max) if until is not None else None
    return after, before


def created_within(days: int, now: dt.datetime | None = None) -> dt.datetime:
    """The lower bound of "the last ``days`` days" (the window's 24 hours / 7 days / 30 days choices)."""
    return (now or dt.datetime.now()) - dt.timedelta(days=days)


def parse_day(text: str, flag: str) -> dt.date:
    """An ISO date (``2026-12-06``); raises ValueError with a plain message naming ``flag``."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(BAD_DATE.format(flag=flag, value=text)) from None


def check_range(since: dt.date | None, until: dt.date | None) -> None:
    """Raise ValueError when ``since`` is after ``until``."""
    if since is not None and until is not None and since > until:
        raise ValueError(BACKWARDS.format(since=since.isoformat(), until=until.isoformat()))
