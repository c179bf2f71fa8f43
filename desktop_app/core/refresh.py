"""When to poll the service next: fast right after a submit, then backing off (vendor guidance §5)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.core.limits import MIN_POLL_INTERVAL_S, RATE_LIST_PER_MIN


@dataclass
class RefreshSchedule:
    """Decides the delay before the next refresh tick.

    After a submit (or a press of Refresh) the app polls every ``fast_s`` for ``fast_period_s``;
    then it waits ``MIN_POLL_INTERVAL_S`` and doubles after every tick that changed nothing, up to
    ``cap_s``. Any change seen resets the back-off to the minimum.
    """

    clock: Callable[[], float]
    fast_s: float = 10.0
    fast_period_s: float = 180.0
    slow_min_s: float = MIN_POLL_INTERVAL_S
    cap_s: float = 600.0
    _fast_until: float = 0.0
    _slow_s: float = field(default=MIN_POLL_INTERVAL_S, init=False)

    def kick(self) -> None:
        """A job was just submitted or the user asked for a refresh: poll fast for a while."""
        self._fast_until = self.clock() + self.fast_period_s
        self._slow_s = self.slow_min_s

    def next_delay(self, *, changed: bool, active_jobs: int) -> float | None:
        """Seconds until the next tick, or None when nothing is running (no polling needed)."""
        if active_jobs == 0:
            return None
        if self.clock() < self._fast_until:
            return self.fast_s
        if changed:
            self._slow_s = self.slow_min_s
            return self._slow_s
        delay = self._slow_s
        self._slow_s = min(self._slow_s * 2, self.cap_s)
        return delay


@dataclass
class RateBudget:
    """A rolling one-minute budget of calls, e.g. the account-wide 100 list calls per minute."""

    clock: Callable[[], float]
    per_minute: int = RATE_LIST_PER_MIN
    _calls: deque[float] = field(default_factory=deque, init=False)

    def try_spend(self) -> bool:
        """Record one call and return True, or False when the minute's budget is used up."""
        now = self.clock()
        while self._calls and now - self._calls[0] >= 60.0:
            self._calls.popleft()
        if len(self._calls) >= self.per_minute:
            return False
        self._calls.append(now)
        return True
