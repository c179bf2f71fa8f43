"""Every job of every region in one table: the server's list pages merged with the local ledger.

The ledger is the single source of rows. Each refresh writes what the servers say into it
(:meth:`Ledger.update_from_batches` upserts by region and batch id), so:

* jobs made elsewhere (the web console, another computer) appear as soon as a list page shows them;
* jobs the server forgot (retrievable for 30 days only) stay, with their downloaded answers;
* rows keep one identity (the ledger id) for their whole life, so the UI updates them in place.

Pieces, from pure to networked:

* :class:`JobView` — one table row, plain values (no Qt); :meth:`JobView.from_record`.
* :class:`JobFilter` — status / name text / created between / regions; maps onto the server's list
  filters and filters ledger rows the same way.
* :class:`JobTable` — the rows the UI shows and :meth:`JobTable.apply`, which diffs a fresh list into
  removals, in-place changes and insertions (what a Qt model turns into begin/end calls and
  ``dataChanged``). Pure Python, cheap: this is the UI-thread part of a tick.
* :class:`JobsMonitor` — runs refresh ticks planned by :class:`~desktop_app.core.refresh.RefreshPlanner`
  (list calls within 100/min in total, retrieves for unfinished jobs only, never two ticks at once),
  downloads the answers of jobs that end, and offers "load more" paging with a cursor per region.
  Servers without a list route fall back to retrieving the ids the ledger knows.
* Remote files: :func:`list_remote_files`, :func:`delete_remote_files`, :func:`storage_usage`.

Network functions are coroutines; ledger and file work is sent to a worker thread.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.core import wording as w
from desktop_app.core import workflow
from desktop_app.core.batch import TERMINAL_STATUSES, BatchInfo, JobStatus
from desktop_app.core.errors import (
    AuthError,
    BatchDeskError,
    NetworkError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    UnexpectedResponse,
)
from desktop_app.core.ledger import JobRecord, Ledger, LocalState
from desktop_app.core.limits import MAX_STORED_BYTES, MAX_STORED_FILES, RETRIEVABLE_DAYS
from desktop_app.core.refresh import JobFacts, RefreshPlanner, RetrieveCall, TickPlan, job_facts, needs_status
from desktop_app.core.service import BatchService, FileInfo

log = logging.getLogger("desktop_app.jobs")

ServiceGetter = Callable[[str], Awaitable[BatchService]]
RETRIEVABLE_S = RETRIEVABLE_DAYS * 86_400
DEFAULT_PAGE_SIZE = 100
RETRIEVE_CONCURRENCY = 8
FILES_PAGE_SIZE = 100
STORAGE_MAX_PAGES = 200
NEAR_LIMIT_FRACTION = 0.8


# --- one row -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JobView:
    """What the jobs table shows for one job (plain values; times are Unix seconds).

    ``key`` (the ledger id) is stable for the job's whole life: update rows by it.
    """

    key: int
    region_id: str
    region_label: str
    batch_id: str | None
    name: str
    description: str
    status: str  # API status or local state (see ledger.LocalState)
    completed: int
    failed: int
    total: int
    created_at: float
    started_at: int | None  # in_progress_at
    finished_at: int | None
    expires_at: int | None
    model: str
    endpoint: str
    has_local_results: bool
    verdict: str | None  # answers.verdict.Verdict value once the answers are downloaded
    last_error: str | None
    parent_job_id: int | None
    relation: str | None
    group_id: str | None
    part_index: int | None
    prompt_tokens: int | None
    completion_tokens: int | None
    total_tokens: int | None
    input_file_id: str | None
    output_file_id: str | None
    error_file_id: str | None
    remote_files_deleted: bool
    submitted_here: bool  # the input file was submitted from this computer

    @classmethod
    def from_record(cls, job: JobRecord, region_label: str = "") -> JobView:
        """The row for a ledger job."""
        return cls(
            key=job.id,
            region_id=job.region_id,
            region_label=region_label or job.region_id,
            batch_id=job.batch_id,
            name=job.name or _file_name(job.input_path) or job.batch_id or "Untitled",
            description=job.description,
            status=job.status,
            completed=job.completed,
            failed=job.failed,
            total=job.total or job.request_count or 0,
            created_at=float(job.batch_created_at or job.created_at),
            started_at=job.in_progress_at,
            finished_at=job.finished_at,
            expires_at=job.expires_at,
            model=job.model,
            endpoint=job.endpoint,
            has_local_results=job.has_local_results,
            verdict=job.verdict,
            last_error=job.last_error,
            parent_job_id=job.parent_job_id,
            relation=job.relation,
            group_id=job.group_id,
            part_index=job.part_index,
            prompt_tokens=job.prompt_tokens,
            completion_tokens=job.completion_tokens,
            total_tokens=job.total_tokens,
            input_file_id=job.input_file_id,
            output_file_id=job.output_file_id,
            error_file_id=job.error_file_id,
            remote_files_deleted=job.remote_results_deleted_at is not None,
            submitted_here=job.input_path is not None,
        )

    @property
    def is_terminal(self) -> bool:
        """The server will not change this job any more (or it never reached the server)."""
        return self.status in TERMINAL_STATUSES or self.status in ("create_failed", "draft")

    @property
    def done(self) -> int:
        """Requests finished so far (completed + failed)."""
        return self.completed + self.failed

    @property
    def has_progress(self) -> bool:
        """The server runs (or ran) this job's requests: a job never created there shows no progress."""
        return self.batch_id is not None and self.total > 0

    @property
    def progress(self) -> float:
        """Finished fraction 0..1 (0 while the total is unknown or the batch was never created)."""
        return min(1.0, self.done / self.total) if self.has_progress else 0.0

    def running_seconds(self, now: float) -> float | None:
        """Seconds from start (in progress, else created) to finish, or to ``now`` while running."""
        start = self.started_at or self.created_at
        if not start:
            return None
        end = self.finished_at if self.finished_at else (None if self.is_terminal else now)
        return None if end is None else max(0.0, end - start)

    def expires_in(self, now: float) -> float | None:
        """Seconds until the completion window closes (negative once past), for unfinished jobs only."""
        if self.is_terminal or not self.expires_at:
            return None
        return self.expires_at - now

    def forgotten_by_server(self, now: float) -> bool:
        """True when the job is older than the 30 days the server keeps it queryable."""
        return bool(self.batch_id) and now - self.created_at > RETRIEVABLE_S


def _file_name(path: str | None) -> str:
    if not path:
        return ""
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def format_duration(seconds: float | None) -> str:
    """``45 s``, ``12 min``, ``3 h 05 min``, ``2 d 4 h``; empty for None; negative shows as ``0 s``."""
    if seconds is None:
        return ""
    s = max(0, int(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 86_400:
        return f"{s // 3600} h {s % 3600 // 60:02d} min"
    return f"{s // 86_400} d {s % 86_400 // 3600} h"


# Errors about a whole region (its key, its network, its load): one notice, not one per job.
_REGION_WIDE = (AuthError, PermissionDenied, RateLimited, ServerError, NetworkError)


def job_label(job: JobRecord) -> str:
    """How notices name a job: its name, else its batch id, else its ledger number."""
    return job.name or job.batch_id or f"#{job.id}"


def job_notice(job: JobRecord, message: w.Text) -> w.Text:
    """A message about one job, naming it (a notice must never leave the reader guessing which job)."""
    return w.JOB_NOTICE(name=job_label(job), message=message)


# --- filters -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class JobFilter:
    """The jobs view's filters; the same rules apply to server list calls and ledger rows.

    Attributes:
        statuses: API statuses (and local states) to show; empty = all.
        name: case-insensitive text contained in the job name (server: ``ds_name`` fuzzy match).
        created_after / created_before: creation time bounds (inclusive).
        region_ids: regions to show; empty = all.
    """

    statuses: frozenset[str] = frozenset()
    name: str = ""
    created_after: datetime | None = None
    created_before: datetime | None = None
    region_ids: frozenset[str] = frozenset()

    def matches(self, view: JobView) -> bool:
        """True when a row passes every filter."""
        if self.region_ids and view.region_id not in self.region_ids:
            return False
        if self.statuses and view.status not in self.statuses:
            return False
        if self.name and self.name.casefold() not in view.name.casefold():
            return False
        if self.created_after is not None and view.created_at < self.created_after.timestamp():
            return False
        return self.created_before is None or view.created_at <= self.created_before.timestamp()

    def list_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for :meth:`BatchService.list` (documented statuses only)."""
        kwargs: dict[str, Any] = {}
        if self.name:
            kwargs["name"] = self.name
        api_statuses = sorted(s for s in self.statuses if JobStatus.parse(s) is not None)
        if api_statuses:
            kwargs["statuses"] = api_statuses
        if self.created_after is not None:
            kwargs["created_after"] = self.created_after
        if self.created_before is not None:
            kwargs["created_before"] = self.created_before
        return kwargs

    @property
    def local_only(self) -> bool:
        """True when the status filter names only local states (nothing to ask the server)."""
        return bool(self.statuses) and all(JobStatus.parse(s) is None for s in self.statuses)


def merge_views(
    jobs: Iterable[JobRecord], region_labels: Mapping[str, str] | None = None, job_filter: JobFilter | None = None
) -> list[JobView]:
    """Ledger jobs as table rows (newest first, as the ledger orders them), filtered."""
    labels = region_labels or {}
    views = [JobView.from_record(job, labels.get(job.region_id, "")) for job in jobs]
    if job_filter is None or job_filter == JobFilter():
        return views
    return [v for v in views if job_filter.matches(v)]


# --- the table diff ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableDiff:
    """How to turn the old rows into the new ones, in this order:

    1. ``removed``: row numbers of the old table, highest first: remove them one by one;
    2. ``changed``: row numbers (after the removals) whose values changed: ``dataChanged``;
    3. ``inserted``: this many new rows at the top (row 0 .. inserted-1), newest first.
    """

    removed: tuple[int, ...] = ()
    changed: tuple[int, ...] = ()
    inserted: int = 0

    @property
    def empty(self) -> bool:
        """Nothing to do."""
        return not (self.removed or self.changed or self.inserted)


class JobTable:
    """The rows the jobs view shows, updated in place by key (pure Python; the Qt model wraps it)."""

    def __init__(self) -> None:
        self.rows: list[JobView] = []
        self._row_of: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def row_of(self, key: int) -> int | None:
        """The row showing ``key``."""
        return self._row_of.get(key)

    def apply(self, fresh: Sequence[JobView]) -> TableDiff:
        """Make the table show ``fresh`` (ordered newest first) and return the diff that did it.

        Existing rows keep their position (a proxy model sorts); new rows go on top.
        """
        return self.commit(self.plan(fresh))

    def plan(self, fresh: Sequence[JobView]) -> PlannedRows:
        """Work out :meth:`apply` without changing the table, so a worker thread can do it (10,000 rows:
        10–25 ms of comparisons the window's refresh made on the UI thread, issue 13)."""
        base = self.rows
        incoming = {view.key: view for view in fresh}
        removed = [row for row, view in enumerate(base) if view.key not in incoming]
        if removed:
            gone = set(removed)
            rows = [view for row, view in enumerate(base) if row not in gone]
        else:
            rows = list(base)
        changed: list[int] = []
        for row, old in enumerate(rows):
            new = incoming[old.key]
            if new is not old and new != old:
                rows[row] = new
                changed.append(row)
        known = {view.key for view in rows}
        new_rows = [view for view in fresh if view.key not in known]
        if new_rows:
            rows = new_rows + rows
            changed = [row + len(new_rows) for row in changed]
        row_of = {view.key: row for row, view in enumerate(rows)} if removed or new_rows else None
        return PlannedRows(
            base, rows, row_of, TableDiff(tuple(sorted(removed, reverse=True)), tuple(changed), len(new_rows))
        )

    def commit(self, planned: PlannedRows) -> TableDiff:
        """Apply a plan made from the rows the table still shows (see :meth:`is_current`)."""
        if not self.is_current(planned):
            raise ValueError("the table changed since this plan was made")
        self.rows = planned.rows
        if planned.row_of is not None:
            self._row_of = planned.row_of
        return planned.diff

    def is_current(self, planned: PlannedRows) -> bool:
        """The plan was made from the rows the table shows now (rows are never changed in place)."""
        return planned.base is self.rows


@dataclass(frozen=True)
class PlannedRows:
    """What :meth:`JobTable.plan` worked out: the new rows, their index and the diff, from ``base``."""

    base: list[JobView]
    rows: list[JobView]
    row_of: dict[int, int] | None
    diff: TableDiff


# --- the monitor ---------------------------------------------------------------------------------


@dataclass
class PageCursor:
    """Where "load more" continues in one region's list."""

    after: str | None = None
    has_more: bool = True
    pages: int = 0


@dataclass
class TickResult:
    """What a refresh tick (or "load more") did."""

    changed: set[int] = field(default_factory=set)  # ledger ids whose row changed or appeared
    finished: list[JobRecord] = field(default_factory=list)  # jobs that reached a terminal status now
    downloaded: list[JobRecord] = field(default_factory=list)  # jobs whose answers were downloaded now
    problems: list[w.Text] = field(default_factory=list)  # one per distinct problem (``str()``: English)
    next_delay: float | None = None  # seconds until the next tick; None: nothing is running
    plan: TickPlan | None = None
    list_unsupported: list[str] = field(default_factory=list)  # regions that fell back to retrieving
    active: int = 0  # jobs still running (or awaiting a create check)
    _seen: set[str] = field(default_factory=set, repr=False, compare=False)

    def add_problem(self, text: w.Text) -> None:
        """Record a problem once (a set: thousands of per-job notices must not cost a quadratic scan)."""
        english = w.english(text)
        if english and english not in self._seen:
            self._seen.add(english)
            self.problems.append(text)


def _signature(job: JobRecord) -> tuple[object, ...]:
    return (
        job.status,
        job.completed,
        job.failed,
        job.total,
        job.results_downloaded_at,
        job.verdict,
        job.last_error,
        job.output_file_id,
        job.error_file_id,
        job.name,
    )


def _is_active(job: JobRecord) -> bool:
    return needs_status(job) or job.is_unfinished_intent


class JobsMonitor:
    """Refresh ticks, "load more" and automatic downloads for every watched region.

    Args:
        ledger: the ledger (rows live there).
        service_for: ``await service_for(region_id)`` returns the region's service (raise a
            BatchDeskError, e.g. "no key", to skip the region with that message).
        results_dir: where answers are downloaded (``results/<region>/<batch id>/``).
        regions: region ids to watch (those with a key; the sandbox when it runs).
        planner: the refresh planner (owns the schedule and the rate budgets).
        page_size: batches per list call (1..100).
        auto_download: download the answers of jobs that end (submitted here or seen running).
        delete_remote_after_download: the setting of the same name: delete the input, output and
            error files from the server once the answers are safe on disk.
        region_labels: short names for the table.
    """

    def __init__(
        self,
        ledger: Ledger,
        service_for: ServiceGetter,
        results_dir: Path,
        regions: Iterable[str],
        *,
        planner: RefreshPlanner | None = None,
        clock: Callable[[], float] = time.monotonic,
        page_size: int = DEFAULT_PAGE_SIZE,
        job_filter: JobFilter | None = None,
        auto_download: bool = True,
        delete_remote_after_download: bool = False,
        region_labels: Mapping[str, str] | None = None,
    ) -> None:
        self.ledger = ledger
        self.service_for = service_for
        self.results_dir = Path(results_dir)
        self.regions = list(dict.fromkeys(regions))
        self.planner = planner or RefreshPlanner(clock)
        self.page_size = page_size
        self.filter = job_filter or JobFilter()
        self.auto_download = auto_download
        self.delete_remote_after_download = delete_remote_after_download
        self.region_labels = dict(region_labels or {})
        self.cursors: dict[str, PageCursor] = {}
        self._download_failed: set[int] = set()
        self._instrumented: set[int] = set()

    # -- configuration --

    def set_filter(self, job_filter: JobFilter) -> None:
        """New filters: "load more" starts again from the first page."""
        if job_filter != self.filter:
            self.filter = job_filter
            self.cursors.clear()

    def set_regions(self, regions: Iterable[str]) -> None:
        """Watch these regions from the next tick on (e.g. after a key was added)."""
        self.regions = list(dict.fromkeys(regions))

    def submitted(self) -> None:
        """A job was just submitted: poll fast."""
        self.planner.kick()

    def refresh_pressed(self) -> None:
        """Refresh was pressed: reset the back-off (and retry listing everywhere)."""
        self.planner.refresh_pressed()
        self._download_failed.clear()

    # -- rows --

    def views(self, jobs: Iterable[JobRecord] | None = None) -> list[JobView]:
        """The filtered rows from the ledger (blocking: SQLite; call in a worker thread)."""
        return merge_views(self.ledger.jobs() if jobs is None else jobs, self.region_labels, self.filter)

    def has_more(self, region_id: str | None = None) -> bool:
        """True when "load more" can fetch further pages (in a region, or in any)."""
        regions = [region_id] if region_id else self.regions
        usable = [r for r in regions if r not in self.planner.list_unsupported]
        return any(self.cursors.get(r, PageCursor()).has_more for r in usable)

    # -- ticks --

    async def tick(self) -> TickResult | None:
        """One refresh tick; None when the previous one is still running (the tick is skipped)."""
        regions = list(self.regions)
        jobs = await self.ledger.call(self.ledger.jobs)
        facts, unconfirmed = await asyncio.to_thread(_plan_facts, jobs, regions)
        plan = self.planner.plan_from(facts, regions)
        if plan is None:
            return None
        result = TickResult(plan=plan)
        try:
            await self._run(plan, jobs, result)
        finally:
            result.next_delay = self.planner.finish(changed=bool(result.changed), active_jobs=result.active)
            if unconfirmed and result.next_delay is not None:
                # An unconfirmed submit is looked up every minute, whatever the back-off says (we told
                # the user so); the list budget still holds (the planner skips what it cannot afford).
                result.next_delay = min(result.next_delay, float(workflow.UNCONFIRMED_CHECK_EVERY_S))
        return result

    async def _service(self, region_id: str, result: TickResult) -> BatchService | None:
        try:
            service = await self.service_for(region_id)
        except BatchDeskError as exc:
            result.add_problem(exc.said)
            return None
        self._instrument(service)
        return service

    def _instrument(self, service: BatchService) -> None:
        """Count the service's own retries of list calls against the list budget."""
        if id(service) in self._instrumented:
            return
        self._instrumented.add(id(service))
        previous = service.on_retry
        planner = self.planner

        def on_retry(notice: Any) -> None:
            if getattr(notice, "operation", "") == "list":
                planner.note_list_retry()
            if previous is not None:
                previous(notice)

        service.on_retry = on_retry

    async def _run(self, plan: TickPlan, before: list[JobRecord], result: TickResult) -> None:
        seen_now: set[tuple[str, str]] = set()
        for call in plan.lists:
            service = await self._service(call.region_id, result)
            if service is None:
                continue
            page = await self._list_page(service, call.region_id, None, result)
            if page is None:
                continue
            await self.ledger.call(self.ledger.update_from_batches, call.region_id, page.items)
            seen_now.update((call.region_id, b.id) for b in page.items)
            cursor = self.cursors.setdefault(call.region_id, PageCursor())
            if cursor.pages == 0:
                cursor.after, cursor.has_more, cursor.pages = page.last_id, page.has_more, 1
        for region_id in plan.reconcile_regions:
            service = await self._service(region_id, result)
            if service is None:
                continue
            try:
                await workflow.reconcile_unfinished(service, self.ledger)
            except BatchDeskError as exc:
                result.add_problem(exc.said)
        # A list call that fell back this tick: retrieve that region's unfinished jobs instead.
        retrieves = [r for r in plan.retrieves if (r.region_id, r.batch_id) not in seen_now]
        fallback = set(result.list_unsupported)
        if fallback:
            planned = {r.job_id for r in retrieves}
            candidates = await asyncio.to_thread(
                lambda: [j for j in before if j.region_id in fallback and needs_status(j) and j.id not in planned]
            )
            for job in candidates:
                if self.planner.retrieve_budget.try_spend():
                    assert job.batch_id is not None
                    retrieves.append(RetrieveCall(job.region_id, job.batch_id, job.id))
        if retrieves:
            wanted = {r.job_id for r in retrieves}
            names = await asyncio.to_thread(lambda: {j.id: job_label(j) for j in before if j.id in wanted})
            await self._retrieve_all(retrieves, result, names)
        after = await self.ledger.call(self.ledger.jobs)
        await self._after(before, after, result)

    async def _list_page(self, service: BatchService, region_id: str, after: str | None, result: TickResult) -> Any:
        try:
            return await service.list(after=after, limit=self.page_size, **self.filter.list_kwargs())
        except UnexpectedResponse as exc:
            log.warning("list on %s unusable (%s); retrieving known ids instead", region_id, exc.detail)
            self.planner.mark_list_unsupported(region_id)
            result.list_unsupported.append(region_id)
            cursor = self.cursors.setdefault(region_id, PageCursor())
            cursor.has_more = False
            return None
        except BatchDeskError as exc:
            result.add_problem(exc.said)
            return None

    async def _retrieve_all(
        self, calls: Sequence[RetrieveCall], result: TickResult, names: Mapping[int, str] | None = None
    ) -> None:
        if not calls:
            return
        gate = asyncio.Semaphore(RETRIEVE_CONCURRENCY)

        async def one(region_id: str, batch_id: str, job_id: int) -> None:
            async with gate:
                service = await self._service(region_id, result)
                if service is None:
                    return
                try:
                    batch = await service.retrieve(batch_id)
                except NotFound as exc:
                    # Older than 30 days, deleted, or another region's: keep the row and its answers.
                    await self.ledger.call(self.ledger.record_failure, job_id, exc.user_message)
                    name = (names or {}).get(job_id) or batch_id
                    result.add_problem(w.JOB_GONE(name=name))
                    return
                except _REGION_WIDE as exc:  # about the region, not this job: said once for all of them
                    result.add_problem(exc.said)
                    return
                except BatchDeskError as exc:
                    name = (names or {}).get(job_id) or batch_id
                    result.add_problem(w.JOB_NOTICE(name=name, message=exc.said))
                    return
                await self.ledger.call(self.ledger.update_from_batch, region_id, _with_id(batch, batch_id))

        await asyncio.gather(*(one(c.region_id, c.batch_id, c.job_id) for c in calls))

    async def _after(self, before: list[JobRecord], after: list[JobRecord], result: TickResult) -> None:
        """What changed and ended this tick, the downloads that follow, and how many jobs still run.
        The loops over every ledger row run in worker threads (10,000 jobs: ~5 ms a loop, each tick)."""
        regions = set(self.regions)
        failed_before = set(self._download_failed)
        changed, finished, downloads = await asyncio.to_thread(
            _compare, before, after, self.auto_download, failed_before, regions
        )
        result.changed.update(changed)
        result.finished.extend(finished)
        for job in downloads:
            if job.id not in self._download_failed:
                await self._download(job, result)
        final = after
        if result.downloaded:
            final = await self.ledger.call(self.ledger.jobs)
        result.active = await asyncio.to_thread(_count_active, final, regions)

    async def _download(self, job: JobRecord, result: TickResult) -> None:
        service = await self._service(job.region_id, result)
        if service is None:
            return
        try:
            record = await workflow.download_results(
                service,
                self.ledger,
                job,
                self.results_dir,
                delete_remote=self.delete_remote_after_download,
            )
        except BatchDeskError as exc:
            self._download_failed.add(job.id)
            await self.ledger.call(self.ledger.record_failure, job.id, exc.user_message)
            result.add_problem(job_notice(job, exc.said))
            return
        result.downloaded.append(record)
        result.changed.add(record.id)

    # -- load more --

    async def load_more(self, region_id: str | None = None) -> TickResult:
        """Fetch the next list page of one region (or of every region that has more), within the
        list budget; the new jobs land in the ledger and show up in :meth:`views`."""
        result = TickResult()
        regions = [region_id] if region_id else self.regions
        before = await self.ledger.call(self.ledger.jobs)
        for region in regions:
            if region in self.planner.list_unsupported:
                continue
            cursor = self.cursors.setdefault(region, PageCursor())
            if not cursor.has_more:
                continue
            if not self.planner.allow_list():
                result.add_problem(w.LIST_LIMIT())
                break
            service = await self._service(region, result)
            if service is None:
                continue
            page = await self._list_page(service, region, cursor.after, result)
            if page is None:
                continue
            await self.ledger.call(self.ledger.update_from_batches, region, page.items)
            cursor.after = page.last_id or cursor.after
            cursor.has_more = bool(page.has_more and page.last_id)
            cursor.pages += 1
        after = await self.ledger.call(self.ledger.jobs)
        old = {job.id: _signature(job) for job in before}
        result.changed = {job.id for job in after if old.get(job.id) != _signature(job)}
        result.active = sum(1 for job in after if _is_active(job))
        return result


def _plan_facts(jobs: list[JobRecord], regions: list[str]) -> tuple[JobFacts, bool]:
    """What the plan needs from the ledger rows, and whether a submit awaits its check (a worker thread:
    loops over every row)."""
    unconfirmed = any(j.status == LocalState.CREATE_UNKNOWN for j in jobs)
    return job_facts(jobs, regions), unconfirmed


def _compare(
    before: list[JobRecord], after: list[JobRecord], auto_download: bool, failed: set[int], regions: set[str]
) -> tuple[set[int], list[JobRecord], list[JobRecord]]:
    """``(changed ids, jobs that ended now, jobs whose answers to download)`` from two ledger reads."""
    old = {job.id: job for job in before}
    changed: set[int] = set()
    finished: list[JobRecord] = []
    for job in after:
        previous = old.get(job.id)
        if previous is None or _signature(previous) != _signature(job):
            changed.add(job.id)
        was_open = previous is None or not previous.is_terminal
        if job.is_terminal and job.batch_id and previous is not None and was_open:
            finished.append(job)
    downloads: list[JobRecord] = []
    if auto_download:
        finished_ids = {job.id for job in finished}
        for job in after:
            wanted = job.id in finished_ids or job.input_path is not None
            if (
                wanted
                and job.batch_id
                and JobStatus.parse(job.status) in TERMINAL_STATUSES
                and not job.has_local_results
                and job.id not in failed
                and job.region_id in regions
            ):
                downloads.append(job)
    return changed, finished, downloads


def _count_active(jobs: list[JobRecord], regions: set[str]) -> int:
    return sum(1 for job in jobs if _is_active(job) and job.region_id in regions)


def _with_id(batch: BatchInfo, batch_id: str) -> BatchInfo:
    return batch if batch.id else replace(batch, id=batch_id)


# --- one-shot listing (CLI) ----------------------------------------------------------------------


async def sync_region(
    service: BatchService,
    ledger: Ledger,
    job_filter: JobFilter | None = None,
    *,
    limit: int = DEFAULT_PAGE_SIZE,
    max_pages: int = 1,
) -> tuple[list[JobRecord], bool]:
    """List up to ``max_pages`` pages of a region into the ledger; return the stored jobs and whether
    the server has more. A server without a list route falls back to retrieving the unfinished jobs
    the ledger knows (the second value is then False)."""
    region_id = service.region.id
    kwargs = (job_filter or JobFilter()).list_kwargs()
    stored: list[JobRecord] = []
    after: str | None = None
    has_more = False
    try:
        for _ in range(max(1, max_pages)):
            page = await service.list(after=after, limit=limit, **kwargs)
            stored += await ledger.call(ledger.update_from_batches, region_id, page.items)
            has_more = bool(page.has_more and page.last_id)
            if not has_more:
                break
            after = page.last_id
    except UnexpectedResponse:
        log.warning("list on %s unusable; retrieving known unfinished jobs", region_id)
        for job in await ledger.call(ledger.jobs, region_id):
            if needs_status(job):
                assert job.batch_id is not None
                try:
                    batch = await service.retrieve(job.batch_id)
                except NotFound as exc:
                    await ledger.call(ledger.record_failure, job.id, exc.user_message)
                    continue
                batch = _with_id(batch, job.batch_id)
                stored.append(await ledger.call(ledger.update_from_batch, region_id, batch))
        has_more = False
    return stored, has_more


# --- remote files --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilesPage:
    """One page of the account's files."""

    files: list[FileInfo]
    has_more: bool
    last_id: str | None

    @property
    def bytes(self) -> int:
        """Total size of the page's files (unknown sizes count 0)."""
        return sum(f.bytes or 0 for f in self.files)


async def list_remote_files(
    service: BatchService, *, after: str | None = None, limit: int = FILES_PAGE_SIZE, purpose: str | None = None
) -> FilesPage:
    """One page of uploaded and produced files (newest first). ``has_more`` is inferred from a full
    page (the service helper does not pass the server's flag on): one extra, empty call at the end."""
    files = await service.list_files(purpose=purpose, limit=limit, after=after)
    last = files[-1].id if files else None
    return FilesPage(files, has_more=len(files) >= limit and last is not None, last_id=last)


@dataclass(frozen=True)
class DeleteReport:
    """What :func:`delete_remote_files` did."""

    deleted: tuple[str, ...]
    failed: dict[str, str]  # file id → plain reason


async def delete_remote_files(
    service: BatchService, file_ids: Iterable[str], ledger: Ledger | None = None
) -> DeleteReport:
    """Delete files from the account's storage (one by one; a file already gone counts as deleted).

    With a ledger, jobs of this region that used those files are marked (input / result files
    deleted), so the UI can say so and does not offer a download that would fail.
    """
    deleted: list[str] = []
    failed: dict[str, str] = {}
    for file_id in dict.fromkeys(file_ids):
        try:
            await service.delete_file(file_id)
        except NotFound:
            deleted.append(file_id)
        except BatchDeskError as exc:
            failed[file_id] = exc.user_message
        else:
            deleted.append(file_id)
    if ledger is not None and deleted:
        await ledger.call(_mark_deleted, ledger, service.region.id, set(deleted))
    return DeleteReport(tuple(deleted), failed)


def _mark_deleted(ledger: Ledger, region_id: str, gone: set[str]) -> None:
    for job in ledger.jobs(region_id):
        inputs = bool(job.input_file_id and job.input_file_id in gone)
        results = bool(
            (job.output_file_id and job.output_file_id in gone) or (job.error_file_id and job.error_file_id in gone)
        )
        if inputs or results:
            ledger.record_remote_deleted(job.id, input_file=inputs, result_files=results)


@dataclass(frozen=True)
class StorageUsage:
    """How close the account is to the storage limits (10,000 files or 100 GB)."""

    files: int
    bytes: int
    complete: bool  # False when the listing stopped early (too many pages): the numbers are a minimum
    max_files: int = MAX_STORED_FILES
    max_bytes: int = MAX_STORED_BYTES

    @property
    def files_fraction(self) -> float:
        """Used share of the file count limit."""
        return self.files / self.max_files

    @property
    def bytes_fraction(self) -> float:
        """Used share of the size limit."""
        return self.bytes / self.max_bytes

    @property
    def fraction(self) -> float:
        """The closer of the two limits."""
        return max(self.files_fraction, self.bytes_fraction)

    @property
    def near_limit(self) -> bool:
        """80 % or more of either limit is used."""
        return self.fraction >= NEAR_LIMIT_FRACTION

    @property
    def message(self) -> str:
        """A plain sentence for the UI."""
        gb = self.bytes / (1024**3)
        text = (
            f"{self.files:,} of {self.max_files:,} files, {gb:,.2f} GB of {self.max_bytes // 1024**3:,} GB "
            f"stored ({self.fraction:.0%} of the limit)."
        )
        if not self.complete:
            text += " (At least: the list was too long to count to the end.)"
        if self.near_limit:
            text += " Delete old files: new uploads fail once a limit is reached."
        return text


async def storage_usage(
    service: BatchService, *, page_limit: int = FILES_PAGE_SIZE, max_pages: int = STORAGE_MAX_PAGES
) -> StorageUsage:
    """Count every file of the account and its size by walking the file list."""
    files = size = 0
    after: str | None = None
    for _ in range(max_pages):
        page = await list_remote_files(service, after=after, limit=page_limit)
        files += len(page.files)
        size += page.bytes
        if not page.has_more:
            return StorageUsage(files, size, complete=True)
        after = page.last_id
    return StorageUsage(files, size, complete=False)
