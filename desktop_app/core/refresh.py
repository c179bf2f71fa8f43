"""When to poll the service next, and what to ask it, within the vendor's limits (reference §5).

* :class:`RefreshSchedule` — the delay between ticks: fast (every ``fast_s``) for ``fast_period_s``
  after a submit, then at least ``MIN_POLL_INTERVAL_S`` (the vendor's "above one minute"), doubling
  after every tick that changed nothing, capped at ``cap_s``. A press of Refresh resets the back-off.
* :class:`RateBudget` — a rolling one-minute budget of calls (the account-wide 100 list calls and
  1,000 retrieve calls per minute).
* :class:`RefreshPlanner` — per tick, which list and retrieve calls to make: one list call per region
  while the list budget lasts (leaving a reserve for retries of a call in flight), retrieve calls only
  for unfinished jobs (least recently seen first, within the retrieve budget), nothing at all while
  a tick is still in flight. Regions whose server has no list route are only retrieved.

Everything takes a ``clock`` (seconds, monotonic) so tests drive it with a fake clock.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from desktop_app.core.batch import JobStatus
from desktop_app.core.ledger import JobRecord
from desktop_app.core.limits import MIN_POLL_INTERVAL_S, RATE_LIST_PER_MIN, RATE_RETRIEVE_PER_MIN

LIST_RETRY_RESERVE = 4  # a list call in flight may be retried this often (RetryPolicy.attempts - 1)


@dataclass
class RefreshSchedule:
    """Decides the delay before the next refresh tick.

    After a submit (or a press of Refresh) the app polls every ``fast_s`` for ``fast_period_s``;
    then it waits ``MIN_POLL_INTERVAL_S`` and doubles after every tick that changed nothing, up to
    ``cap_s``. Any change seen resets the back-off to the minimum. With no job running it returns
    ``idle_s`` (None: stop polling until something happens).
    """

    clock: Callable[[], float]
    fast_s: float = 10.0
    fast_period_s: float = 180.0
    slow_min_s: float = MIN_POLL_INTERVAL_S
    cap_s: float = 600.0
    idle_s: float | None = None
    _fast_until: float = 0.0
    _slow_s: float = field(default=MIN_POLL_INTERVAL_S, init=False)

    def __post_init__(self) -> None:
        self._slow_s = self.slow_min_s

    def kick(self) -> None:
        """A job was just submitted or the user asked for a refresh: poll fast for a while."""
        self._fast_until = self.clock() + self.fast_period_s
        self._slow_s = self.slow_min_s

    def reset_backoff(self) -> None:
        """Back to the slowest-but-one pace (``slow_min_s``) without entering fast mode."""
        self._slow_s = self.slow_min_s

    @property
    def fast(self) -> bool:
        """True while in the fast period after a submit / Refresh."""
        return self.clock() < self._fast_until

    @property
    def current_backoff_s(self) -> float:
        """The delay the next unchanged slow tick will get."""
        return self._slow_s

    def next_delay(self, *, changed: bool, active_jobs: int) -> float | None:
        """Seconds until the next tick, or ``idle_s`` when nothing is running."""
        if active_jobs == 0:
            return self.idle_s
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

    def _prune(self) -> float:
        now = self.clock()
        while self._calls and now - self._calls[0] >= 60.0:
            self._calls.popleft()
        return now

    def try_spend(self, reserve: int = 0) -> bool:
        """Record one call and return True, or False when fewer than ``reserve`` + 1 calls are left."""
        now = self._prune()
        if len(self._calls) + reserve >= self.per_minute:
            return False
        self._calls.append(now)
        return True

    def spend(self) -> None:
        """Record a call that happens anyway (e.g. a retry made inside the service)."""
        self._calls.append(self._prune())

    def used(self) -> int:
        """Calls in the last 60 seconds."""
        self._prune()
        return len(self._calls)

    def remaining(self) -> int:
        """Calls still allowed in the rolling minute."""
        return max(0, self.per_minute - self.used())

    def seconds_until_free(self) -> float:
        """How long until one more call fits (0 when one fits now)."""
        now = self._prune()
        if len(self._calls) < self.per_minute:
            return 0.0
        return max(0.0, 60.0 - (now - self._calls[0]))


@dataclass(frozen=True)
class ListCall:
    """List the newest batches of a region (the first page; "load more" is a separate call)."""

    region_id: str


@dataclass(frozen=True)
class RetrieveCall:
    """Retrieve one unfinished batch."""

    region_id: str
    batch_id: str
    job_id: int


@dataclass(frozen=True)
class TickPlan:
    """What one refresh tick asks the servers."""

    lists: tuple[ListCall, ...] = ()
    retrieves: tuple[RetrieveCall, ...] = ()
    reconcile_regions: tuple[str, ...] = ()  # regions with submits a crash left without a batch id
    deferred_lists: tuple[str, ...] = ()  # regions not listed this tick: the list budget is used up
    deferred_retrieves: int = 0  # unfinished jobs not retrieved this tick: the retrieve budget is used up

    @property
    def calls(self) -> int:
        """Planned calls in total."""
        return len(self.lists) + len(self.retrieves) + len(self.reconcile_regions)


@dataclass(frozen=True)
class JobFacts:
    """What a tick's plan needs from the ledger rows (worked out in one pass, off the UI thread)."""

    unfinished: tuple[JobRecord, ...]  # watched jobs the server may still change, least recently seen first
    intent_regions: tuple[str, ...]  # regions with submits a crash left without a batch id (sorted)


def job_facts(jobs: Iterable[JobRecord], regions: Iterable[str]) -> JobFacts:
    """One pass over the ledger rows for :meth:`RefreshPlanner.plan_from` (blocking: ~5 ms for
    10,000 jobs; run it in a worker thread)."""
    allowed = set(regions)
    job_list = list(jobs)
    intents = sorted({j.region_id for j in job_list if j.is_unfinished_intent and j.input_file_id})
    unfinished = sorted(
        (j for j in job_list if j.region_id in allowed and needs_status(j)),
        key=lambda j: (j.last_seen_at or 0.0, j.id),
    )
    return JobFacts(tuple(unfinished), tuple(intents))


def needs_status(job: JobRecord) -> bool:
    """True for a job the server may still change: it has a batch id and no terminal status."""
    if not job.batch_id:
        return False
    status = JobStatus.parse(job.status)
    return status is None or not status.is_terminal


class RefreshPlanner:
    """Plans refresh ticks within the rate limits and never lets two ticks overlap.

    Use: ``plan = planner.plan(jobs, regions)``; None means "a tick is still in flight, skip this
    one". Run the plan, then ``delay = planner.finish(changed=..., active_jobs=...)`` (always, also after
    an error: use ``try/finally``) and arm the timer with ``delay`` (None: nothing is running).

    Attributes:
        list_budget: the account-wide list budget (share one between everything that lists).
        retrieve_budget: the account-wide retrieve budget.
        schedule: the delay policy.
        skipped_ticks: ticks refused because one was still in flight.
    """

    def __init__(
        self,
        clock: Callable[[], float],
        *,
        schedule: RefreshSchedule | None = None,
        list_budget: RateBudget | None = None,
        retrieve_budget: RateBudget | None = None,
        list_reserve: int = LIST_RETRY_RESERVE,
    ) -> None:
        self.clock = clock
        self.schedule = schedule or RefreshSchedule(clock=clock)
        self.list_budget = list_budget or RateBudget(clock, RATE_LIST_PER_MIN)
        self.retrieve_budget = retrieve_budget or RateBudget(clock, RATE_RETRIEVE_PER_MIN)
        self.list_reserve = list_reserve
        self.in_flight = False
        self.skipped_ticks = 0
        self.list_unsupported: set[str] = set()

    def kick(self) -> None:
        """A job was just submitted: poll fast for the next minutes."""
        self.schedule.kick()

    def refresh_pressed(self) -> None:
        """The user pressed Refresh: reset the back-off, poll fast again, and try listing again on
        servers that had no list route."""
        self.schedule.kick()
        self.list_unsupported.clear()

    def mark_list_unsupported(self, region_id: str) -> None:
        """The region's server has no batch list: follow its jobs by retrieving known ids only."""
        self.list_unsupported.add(region_id)

    def note_list_retry(self) -> None:
        """The service retried a list call: count it against the budget."""
        self.list_budget.spend()

    def allow_list(self) -> bool:
        """Spend one list call for something outside a tick ("load more", a lookup); False when the
        budget (with its reserve) is used up."""
        return self.list_budget.try_spend(self.list_reserve)

    def plan(self, jobs: Iterable[JobRecord], regions: Iterable[str]) -> TickPlan | None:
        """The calls for one tick over ``regions`` (the ones with a usable service), or None while a
        tick is in flight."""
        watched = list(dict.fromkeys(regions))
        return self.plan_from(job_facts(jobs, watched), watched)

    def plan_from(self, facts: JobFacts, regions: Iterable[str]) -> TickPlan | None:
        """:meth:`plan` from :func:`job_facts` worked out beforehand (in a worker thread: that is the
        loop over every ledger row); this part only spends the budgets."""
        if self.in_flight:
            self.skipped_ticks += 1
            return None
        self.in_flight = True
        watched = list(dict.fromkeys(regions))
        allowed = set(watched)
        lists: list[ListCall] = []
        deferred: list[str] = []
        for region_id in watched:
            if region_id in self.list_unsupported:
                continue
            if self.list_budget.try_spend(self.list_reserve):
                lists.append(ListCall(region_id))
            else:
                deferred.append(region_id)
        reconcile: list[str] = []
        for region_id in facts.intent_regions:
            usable = region_id in allowed and region_id not in self.list_unsupported
            if usable and self.list_budget.try_spend(self.list_reserve):
                reconcile.append(region_id)
        unfinished = [job for job in facts.unfinished if job.region_id in allowed]
        retrieves: list[RetrieveCall] = []
        for job in unfinished:
            if not self.retrieve_budget.try_spend():
                break
            assert job.batch_id is not None
            retrieves.append(RetrieveCall(job.region_id, job.batch_id, job.id))
        return TickPlan(
            lists=tuple(lists),
            retrieves=tuple(retrieves),
            reconcile_regions=tuple(reconcile),
            deferred_lists=tuple(deferred),
            deferred_retrieves=len(unfinished) - len(retrieves),
        )

    def finish(self, *, changed: bool, active_jobs: int) -> float | None:
        """The tick is over: allow the next one and return the delay until it (None: idle)."""
        self.in_flight = False
        delay = self.schedule.next_delay(changed=changed, active_jobs=active_jobs)
        if delay is not None and active_jobs and not self.list_budget.remaining():
            delay = max(delay, self.list_budget.seconds_until_free())
        return delay
