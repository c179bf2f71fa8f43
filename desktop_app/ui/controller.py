"""The app's actions as coroutines, with no Qt in them: the window awaits these, and so do tests.

The controller owns one :class:`BatchService` per region (made lazily, once its key is known), and
runs every blocking step (keyring, hashing, validating, exporting, SQLite) in a worker thread so
the UI thread never stalls.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop_app.core import wording, workflow
from desktop_app.core.answers.lineage import (
    GroupPlan,
    group_plan,
    open_group_results,
    open_results,
    root_job,
    variant_jobs,
    variant_label,
    whole_group,
)
from desktop_app.core.answers.view import ResultsView, gc_paused
from desktop_app.core.cells import excel_csv_style
from desktop_app.core.diagnostics import diagnostics_text
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.estimate import (
    ActualCost,
    Estimate,
    Estimator,
    MonthCost,
    RememberedEstimates,
    SubmitCheck,
    actual_cost,
    estimate_file,
    month_cost,
    prepare_submit,
    prepare_variants_submit,
)
from desktop_app.core.export import (
    DEFAULT_COLUMNS,
    EMBEDDING_COLUMNS,
    XlsxReport,
    export_csv,
    export_jsonl,
    export_xlsx,
)
from desktop_app.core.jobs import (
    DeleteReport,
    FilesPage,
    JobFilter,
    JobsMonitor,
    JobView,
    StorageUsage,
    merge_views,
)
from desktop_app.core.ledger import JobRecord, Ledger
from desktop_app.core.limits import canonical_completion_window
from desktop_app.core.logging_setup import register_secret
from desktop_app.core.memory import release_free_memory
from desktop_app.core.paths import AppPaths
from desktop_app.core.pricing import PriceTable, current_prices
from desktop_app.core.regions import SANDBOX, Region
from desktop_app.core.secrets import KeyStore
from desktop_app.core.service import BatchService, RetryNotice, WaitNotice
from desktop_app.core.settings import Settings
from desktop_app.core.sheet import (
    SheetKind,
    SheetReport,
    SheetWords,
    Variant,
    check_xlsx_rows,
    export_group_sheet,
    export_sheet,
    exports_apart,
    sheet_path,
)
from desktop_app.core.validate import (
    FINISH_CALLBACK_KEY,
    Problem,
    ValidationReport,
    validate_batch_options,
    validate_finish_callback,
    validate_jsonl,
)
from desktop_app.services import job_actions, remote_files, resubmit
from desktop_app.services import keys as keys_service
from desktop_app.services import rerun as rerun_service
from desktop_app.services.billing import billing_gate
from desktop_app.services.keys import KeyState as KeyState  # re-exported (the window uses it)
from desktop_app.services.regions import MissingKey as MissingKey  # re-exported (the window's tests use it)
from desktop_app.services.regions import (
    find_region,
    known_regions,
    read_key,
    regions_with_keys,
    service_address,
)

if TYPE_CHECKING:
    from desktop_app.services.token_process import TokenProcess

log = logging.getLogger(__name__)

LOCAL_ACTIVE_STATES = frozenset({"draft", "uploading", "uploaded", "creating", "create_unknown"})
FIRST_ROWS = 2_000  # rows indexed before the results window opens; the rest is indexed while it shows them
ExportKind = Literal["csv", "xlsx", "jsonl"]
ExportLayout = Literal["sheet", "all"]  # the user's sheet + answers (default), or every technical column


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    rows: int
    succeeded: int
    failed: int
    missing: int
    sheet: SheetReport | None = None  # the sheet layout's report (variants, agreement, vectors file)


@dataclass(frozen=True)
class RefreshOutcome:
    """What one refresh tick (or "load more") saw.

    ``jobs`` and ``views`` are every ledger job (unfiltered: the window's proxy filters); ``finished``
    holds the jobs that ended during this tick (their downloaded record when the answers came too);
    ``next_delay`` is when to tick again (None: nothing is running); ``skipped`` is True when a tick was
    still in flight and this one did nothing.
    """

    jobs: list[JobRecord]
    changed: bool
    active: int
    problems: list[wording.Text]  # each once (core/jobs.py TickResult.add_problem)
    finished: list[JobRecord]
    views: list[JobView] = field(default_factory=list)
    downloaded: list[JobRecord] = field(default_factory=list)
    next_delay: float | None = None
    skipped: bool = False
    has_more: bool = False


@dataclass(frozen=True)
class OpenedResults:
    """A job's results view, opened and indexed in a worker thread."""

    job: JobRecord  # the job whose results these are (a re-run opens its parent)
    view: ResultsView
    rows: int
    variants: tuple[tuple[str, ResultsView, JobRecord], ...] = ()  # a comparison: every variant with answers
    waiting_variants: tuple[str, ...] = ()  # variants whose answers are not downloaded yet
    complete: bool = True  # False: ``rows`` are the first rows indexed; the view indexes the rest on demand

    @property
    def views(self) -> list[ResultsView]:
        """Every view this holds (close them all)."""
        return [self.view, *(v for _, v, _ in self.variants if v is not self.view)]

    def close(self) -> None:
        """Close every view (blocking)."""
        for view in self.views:
            view.close()


class AppController:
    """Everything the window can do, as awaitable steps."""

    # Token counting (estimates, the check's context-window rule) in the token process, so the window
    # never builds the tokenizer (issue 13). False: in this process, as the command line counts (window
    # tests that are not about counting: the child's start would outlast their last step).
    count_out_of_process: bool = True

    def __init__(
        self,
        paths: AppPaths,
        ledger: Ledger,
        keystore: KeyStore,
        settings: Settings,
        sandbox_base_url: str | None,
    ) -> None:
        self.paths = paths
        self.ledger = ledger
        self.keystore = keystore
        self.settings = settings
        settings.write_in_background()  # the atomic write's fsync never on the UI thread (issue 13)
        self.sandbox_base_url = sandbox_base_url
        self._services: dict[str, BatchService] = {}
        self._service_locks: dict[str, asyncio.Lock] = {}
        self._keyed_regions: list[str] | None = None  # regions with a stored key (cached; None: ask)
        self._monitor: JobsMonitor | None = None
        self.prices: PriceTable | None = None  # read in a worker by month_cost()
        self.jobs_page_size = 100  # batches per list call (tests use small pages to exercise "load more")
        # the window's display of retries and unanswered calls (issue 10); called on the loop's thread
        self.on_retry: Callable[[RetryNotice], None] | None = None
        self.on_wait: Callable[[WaitNotice], None] | None = None
        self._tokens: TokenProcess | None = None  # made on the first count, ended by aclose()
        # the submit's estimate of the bytes the check's estimate just counted comes from memory
        self.estimates = RememberedEstimates(self._count)

    # ----- regions and keys -------------------------------------------------------------------
    def regions(self) -> tuple[Region, ...]:
        """Built-in regions plus the user's custom endpoints."""
        return known_regions(self.settings)

    def region(self, region_id: str) -> Region:
        """Look a region up by id (``services.regions``); unknown ids fall back to the sandbox."""
        return find_region(self.regions(), region_id) or SANDBOX

    async def key_state(self, region_id: str) -> KeyState:
        """Whether a key exists for the region, masked, and where it lives (``services.keys``)."""
        return await asyncio.to_thread(keys_service.key_state, self.keystore, self.region(region_id))

    async def first_region_with_key(self) -> str | None:
        """The saved region if it has a key, else the first vendor region with one, else None."""
        preferred = self.settings.get("region")
        candidates = [preferred] if preferred else []
        candidates += [r.id for r in self.regions() if r.needs_key and r.id != preferred]
        for region_id in candidates:
            if region_id and (await self.key_state(region_id)).has_key:
                return str(region_id)
        return None

    async def save_key(self, region_id: str, key: str) -> wording.Text:
        """Store a key for a region (``services.keys``); returns where it was stored (a sentence)."""
        where = await asyncio.to_thread(keys_service.save_key, self.keystore, region_id, key)
        await self._drop_service(region_id)
        self._keyed_regions = None
        return where.text

    async def remove_key(self, region_id: str) -> None:
        """Forget a region's key (keychain and session)."""
        await asyncio.to_thread(keys_service.remove_key, self.keystore, region_id)
        await self._drop_service(region_id)
        self._keyed_regions = None

    async def test_key(self, region_id: str, key: str) -> None:
        """Make one cheap list call with ``key`` (``services.keys.test_key``, as ``desktop-app-cli keys
        test``); raises a BatchDeskError that says what is wrong."""
        region = self.region(region_id)
        await keys_service.test_key(region, key, base_url=self._base_url(region))

    async def service(self, region_id: str) -> BatchService:
        """The service of a region, built once its key is known (the client is built in a worker thread:
        it loads TLS certificates, 15–30 ms and far more under load)."""
        if region_id in self._services:
            return self._services[region_id]
        lock = self._service_locks.setdefault(region_id, asyncio.Lock())
        async with lock:  # two callers at once must not build two clients
            if region_id in self._services:
                return self._services[region_id]
            region = self.region(region_id)
            key = await asyncio.to_thread(read_key, self.keystore, region)
            if region.needs_key:
                register_secret(key)
            base_url = self._base_url(region)
            service = await asyncio.to_thread(
                BatchService, region, key, base_url=base_url, on_retry=self._retried, on_wait=self._waiting
            )
            self._services[region_id] = service
            return service

    def _retried(self, notice: RetryNotice) -> None:
        if self.on_retry is not None:
            self.on_retry(notice)

    def _waiting(self, notice: WaitNotice) -> None:
        if self.on_wait is not None:
            self.on_wait(notice)

    def _base_url(self, region: Region) -> str | None:
        return service_address(region, sandbox_url=self.sandbox_base_url)

    async def _drop_service(self, region_id: str) -> None:
        service = self._services.pop(region_id, None)
        if service is not None:
            await service.aclose()

    # ----- files and submits --------------------------------------------------------------------
    async def validate(self, path: Path, region_id: str) -> ValidationReport:
        """Validate a JSONL file in a worker thread against the chosen region's rules."""
        region = self.region(region_id)
        return await asyncio.to_thread(validate_jsonl, path, region=region, count_request=self.request_counter)

    def check_options(self, name: str, description: str, window: str) -> list[Problem]:
        """The batch options that break a documented rule (empty when fine)."""
        return validate_batch_options(name, description, window)

    def spending_cap(self) -> float | None:
        """The per-job cap from Settings (None: no cap)."""
        cap = float(self.settings.get("max_cost_per_job"))
        return cap if cap > 0 else None

    @property
    def estimator(self) -> Estimator:
        """How the window counts tokens: core's ``estimate_file`` run in the token process
        (``services.token_process``, started on first use), or in this process when
        ``count_out_of_process`` is False — and never twice for the same bytes
        (``core.estimate.RememberedEstimates``)."""
        return self.estimates

    def _count(self, path: str | os.PathLike[str], region: Region, **options: Any) -> Estimate:
        """Count in the token process (or here when ``count_out_of_process`` is False)."""
        if not self.count_out_of_process:
            return estimate_file(path, region, **options)
        return self._token_process().estimate_file(path, region, **options)

    def _token_process(self) -> TokenProcess:
        if self._tokens is None:
            from desktop_app.services.token_process import TokenProcess  # not before the first paint

            self._tokens = TokenProcess()
        return self._tokens

    @property
    def request_counter(self) -> Callable[[dict[str, Any]], int] | None:
        """How the window's check counts one request's tokens (the context-window rule): in the token
        process, like the estimate; None: core's default, in this process."""
        if not self.count_out_of_process:
            return None
        return self._token_process().count_request

    @property
    def token_process(self) -> TokenProcess | None:
        """The token process once an estimate has asked for it (None before)."""
        return self._tokens

    async def estimate(self, path: Path, region_id: str) -> Estimate:
        """Count a file's tokens and estimate its batch cost, off the UI thread and out of this process
        (cancelling stops the count). Raises ``TokenCountFailed`` when the token process stopped."""
        stop = threading.Event()
        estimator = self.estimator
        try:
            return await asyncio.to_thread(estimator, path, self.region(region_id), cancel=stop)
        except asyncio.CancelledError:
            stop.set()
            raise

    async def prepare_submit(self, path: Path, region_id: str) -> SubmitCheck:
        """The rule before every submit (worker thread): estimate, refuse over the cap, say if a
        confirmation is needed. Raises ``CostCapExceeded`` with the numbers."""
        stop = threading.Event()
        region, cap, estimator = self.region(region_id), self.spending_cap(), self.estimator
        try:
            return await asyncio.to_thread(prepare_submit, path, region, cap, cancel=stop, estimator=estimator)
        except asyncio.CancelledError:
            stop.set()
            raise

    async def prepare_variants_submit(self, files: Sequence[tuple[str, Path]], region_id: str) -> SubmitCheck:
        """The same rule for a comparison (worker thread): each variant's estimate, their total, and
        the cap applied to the total (every variant is billed)."""
        stop = threading.Event()
        try:
            return await asyncio.to_thread(
                prepare_variants_submit,
                files,
                self.region(region_id),
                self.spending_cap(),
                cancel=stop,
                estimator=self.estimator,
            )
        except asyncio.CancelledError:
            stop.set()
            raise

    async def month_cost(self, jobs: list[JobRecord] | None = None) -> MonthCost:
        """This month's actual cost of the jobs (default: the ledger's), with prices re-read (worker thread)."""

        if jobs is None:
            jobs = await self.ledger.call(self.ledger.jobs)
        chosen = jobs

        def work() -> MonthCost:
            self.prices = current_prices(self.paths.config)
            return month_cost(chosen, prices=self.prices)

        return await asyncio.to_thread(work)

    async def read_prices(self) -> PriceTable:
        """Read the price table (shipped + the user's prices.json) in a worker thread, for :meth:`job_cost`."""
        self.prices = await asyncio.to_thread(current_prices, self.paths.config)
        return self.prices

    def job_cost(self, job: JobRecord) -> ActualCost | None:
        """A job's actual cost with the prices last read off the UI thread (None: not read yet)."""
        return None if self.prices is None else actual_cost(job, self.prices)

    def finish_metadata(self, finish_callback: str, region_id: str) -> dict[str, str] | None:
        """The create call's metadata for an optional finish callback (Beijing only, a public https
        address); raises with the reason when the address cannot work."""
        problems = validate_finish_callback(finish_callback, region_id)
        if problems:
            raise BatchDeskError(wording.sentences([p.text or p.message for p in problems]))
        url = finish_callback.strip()
        return {FINISH_CALLBACK_KEY: url} if url else None

    def batch_options(self, name: str, description: str, window: str) -> str:
        """The completion window as the service wants it (``48H`` → ``48h``); raises a BatchDeskError
        naming every option that breaks a rule."""
        problems = self.check_options(name, description, window)
        if problems:
            raise BatchDeskError(wording.sentences([p.text or p.message for p in problems]))
        return canonical_completion_window(window)

    async def submit(
        self,
        path: Path,
        report: ValidationReport,
        region_id: str,
        *,
        name: str,
        description: str,
        completion_window: str,
        progress: Callable[[int, int], None] | None = None,
        source: dict[str, Any] | None = None,
        allow_duplicate: bool = False,
        finish_callback: str = "",
    ) -> JobRecord:
        """Upload and create a batch; the ledger records the intent before any network call.

        ``source`` describes the spreadsheet the requests came from (results show its columns);
        ``allow_duplicate`` submits bytes this region already ran (see ``workflow.AlreadySubmitted``).
        """
        if not report.ok:
            raise BatchDeskError(wording.STILL_HAS_ERRORS)
        completion_window = self.batch_options(name, description, completion_window)
        metadata = self.finish_metadata(finish_callback, region_id)
        service = await self.service(region_id)
        return await workflow.submit_file(
            service,
            self.ledger,
            path,
            name=name,
            description=description,
            completion_window=completion_window,
            endpoint=report.endpoint or "",
            model=report.models[0] if report.models else "",
            request_count=report.requests,
            progress=progress,
            source=source,
            allow_duplicate=allow_duplicate,
            metadata=metadata,
        )

    # ----- jobs -----------------------------------------------------------------------------------
    async def jobs(self) -> list[JobRecord]:
        """Every job in the ledger, newest first."""
        return await self.ledger.call(self.ledger.jobs)

    async def job(self, job_id: int) -> JobRecord | None:
        """One ledger job, read in a worker thread."""
        return await self.ledger.call(self.ledger.get, job_id)

    def region_labels(self) -> dict[str, str]:
        """Short region names for tables."""
        return {region.id: region.label for region in self.regions()}

    async def watched_regions(self) -> list[str]:
        """The regions the jobs view follows: the sandbox (when it runs) and every region with a key."""
        if self._keyed_regions is None:
            keyed = await asyncio.to_thread(regions_with_keys, self.regions(), self.keystore)
            self._keyed_regions = [region.id for region in keyed]
        regions = list(self._keyed_regions)
        if self.sandbox_base_url:
            regions.insert(0, SANDBOX.id)
        return regions

    async def jobs_monitor(self) -> JobsMonitor:
        """The refresh monitor over every watched region (made on first use, kept up to date)."""
        regions = await self.watched_regions()
        delete_remote = bool(self.settings.get("delete_remote_after_download"))
        if self._monitor is None:
            self._monitor = JobsMonitor(
                self.ledger,
                self.service,
                self.paths.results,
                regions,
                page_size=self.jobs_page_size,
                delete_remote_after_download=delete_remote,
                region_labels=self.region_labels(),
            )
        else:
            self._monitor.set_regions(regions)
            self._monitor.region_labels = self.region_labels()
            self._monitor.delete_remote_after_download = delete_remote
        return self._monitor

    async def _snapshot(self) -> tuple[list[JobRecord], list[JobView]]:
        """Every ledger job and its table row (SQLite read and row building in a worker thread)."""
        labels = self.region_labels()

        jobs = await self.ledger.call(self.ledger.jobs)
        return jobs, await asyncio.to_thread(merge_views, jobs, labels)

    async def job_views(self) -> tuple[list[JobRecord], list[JobView]]:
        """Every ledger job with its table row, unfiltered (the window filters with a proxy)."""
        return await self._snapshot()

    async def refresh(self, *, pressed: bool = False) -> RefreshOutcome:
        """One refresh tick over every watched region: list pages, retrieves of unfinished jobs, and the
        download of jobs that ended. ``pressed``: the user asked for it (resets the back-off)."""
        monitor = await self.jobs_monitor()
        if pressed:
            monitor.refresh_pressed()
        result = await monitor.tick()
        if result is None:
            return RefreshOutcome([], False, 0, [], [], skipped=True, has_more=monitor.has_more())
        jobs, views = await self._snapshot()
        downloaded = {job.id: job for job in result.downloaded}
        finished = [downloaded.pop(job.id, job) for job in result.finished]
        finished += list(downloaded.values())  # answers of a job that ended earlier, fetched only now
        return RefreshOutcome(
            jobs,
            bool(result.changed),
            result.active,
            list(result.problems),
            finished,
            views,
            list(result.downloaded),
            result.next_delay,
            False,
            monitor.has_more(),
        )

    async def load_more(self) -> RefreshOutcome:
        """The next list page of every region that has more (within the list budget)."""
        monitor = await self.jobs_monitor()
        result = await monitor.load_more()
        jobs, views = await self._snapshot()
        return RefreshOutcome(
            jobs, bool(result.changed), result.active, list(result.problems), [], views, has_more=monitor.has_more()
        )

    async def set_job_filter(self, job_filter: JobFilter) -> None:
        """Filters for the servers' list calls ("load more" starts again from the first page)."""
        (await self.jobs_monitor()).set_filter(job_filter)

    async def job_submitted(self) -> None:
        """A job was just submitted (or re-run, or cancelled): poll fast for a while. An idle token
        process ends: its count served the confirmation, and its ~100 MB are better given back while the
        batch runs (the results' index needs room when the answers come); the next count starts one."""
        (await self.jobs_monitor()).submitted()
        await self._release_tokens()

    async def _release_tokens(self) -> None:
        """End the token process if it is idle (never one that counts; see ``TokenProcess.release_idle``)."""
        tokens = self._tokens
        if tokens is not None:
            await asyncio.to_thread(tokens.release_idle)

    async def cancel(self, job: JobRecord) -> JobRecord:
        """Ask the server to cancel a job; finished requests stay billed."""
        allowed = job_actions.can_cancel(job)
        if not allowed or job.batch_id is None:
            raise BatchDeskError(allowed.text)
        service = await self.service(job.region_id)
        batch = await service.cancel(job.batch_id)
        if not batch.id:
            batch = replace(batch, id=job.batch_id)
        record = await self.ledger.call(self.ledger.update_from_batch, job.region_id, batch)
        await self.job_submitted()
        return record

    async def download(self, job: JobRecord) -> JobRecord:
        """Download a finished job's answers now (they are also fetched automatically)."""
        service = await self.service(job.region_id)
        return await workflow.download_results(
            service,
            self.ledger,
            job,
            self.paths.results,
            delete_remote=bool(self.settings.get("delete_remote_after_download")),
        )

    async def delete_job_files(self, job: JobRecord) -> JobRecord:
        """Delete a finished job's input, output and error files from the server (answers stay here)."""
        service = await self.service(job.region_id)
        try:
            return await workflow.delete_job_files(
                service, self.ledger, job, input_file=True, result_files=job.has_local_results
            )
        except ValueError as exc:
            raise BatchDeskError(wording.FILES_STAY) from exc

    async def rerun_family(self, job: JobRecord) -> list[JobRecord]:
        """The re-runs below ``job``'s root (for ``services.job_actions.can_rerun``), read in a worker thread."""

        jobs = await self.ledger.call(self.ledger.jobs)
        return await asyncio.to_thread(job_actions.rerun_family, job_actions.root_id(job), jobs)

    def _billing_gate(
        self, region_id: str, confirm: Callable[[SubmitCheck], Awaitable[bool]] | None
    ) -> Callable[[Path], Awaitable[None]]:
        """The step every submit from the jobs view takes before it sends a file
        (``services.billing.billing_gate``): the estimate and the cap, then — when billed — ``confirm``
        must answer True (else ``SubmitNotConfirmed``)."""
        return billing_gate(self.region(region_id), self.spending_cap(), confirm, estimator=self.estimator)

    async def rerun(self, job: JobRecord, confirm: Callable[[SubmitCheck], Awaitable[bool]] | None = None) -> JobRecord:
        """Submit the failed and missing requests of ``job`` again (``services.rerun``, the same call as
        ``desktop-app-cli rerun``); the new job is linked to it and its answers merge into the same results.

        Like every submit, the re-run's file is estimated and capped first, and a billed one needs
        ``confirm`` to answer True (without it, a billed re-run raises ``SubmitNotConfirmed``)."""
        service = await self.service(job.region_id)
        gate = self._billing_gate(job.region_id, confirm)
        child = await rerun_service.rerun(service, self.ledger, job, self.paths.results, before_submit=gate)
        await self.job_submitted()
        return child

    async def submit_again(
        self, job: JobRecord, confirm: Callable[[SubmitCheck], Awaitable[bool]] | None = None
    ) -> JobRecord:
        """Send a *Not created* job's file again (``services.resubmit``): estimated and capped first, and a
        billed one needs ``confirm`` to answer True, like every submit."""
        service = await self.service(job.region_id)

        gate = self._billing_gate(job.region_id, confirm)

        again = await resubmit.submit_again(service, self.ledger, job, before_submit=gate)
        await self.job_submitted()
        return again

    # ----- results ----------------------------------------------------------------------------------
    async def open_results(self, job: JobRecord) -> OpenedResults:
        """The results of ``job`` (a re-run opens its parent's; a split part opens its whole group when
        every part is downloaded), opened and indexed in a worker thread. Close ``.view`` when done."""

        def work() -> OpenedResults:
            root = root_job(self.ledger, job)
            family = variant_jobs(self.ledger, root)
            if len(family) > 1:
                return self._open_variants(family, root)
            group = whole_group(self.ledger, root)
            view = open_group_results(self.ledger, group) if group else open_results(self.ledger, root)
            try:
                with gc_paused():  # a collection over the fresh index would hold the GIL from the UI thread
                    # the answers and the first rows, here, not on the UI thread; the window asks for the rest
                    rows = view.ensure_rows(FIRST_ROWS)
            except BaseException:
                view.close()
                raise
            return OpenedResults(root, view, rows, complete=view.index_complete)

        return await asyncio.to_thread(work)

    def _open_variants(self, family: list[JobRecord], clicked: JobRecord) -> OpenedResults:
        """A comparison's variants, each opened with its re-runs (blocking)."""
        opened: list[tuple[str, ResultsView, JobRecord]] = []
        waiting: list[str] = []
        try:
            for member in family:
                if not member.has_local_results:
                    waiting.append(variant_label(member))
                    continue
                view = open_results(self.ledger, member)
                opened.append((variant_label(member), view, member))
                with gc_paused():
                    len(view)
        except BaseException:
            for _, view, _ in opened:
                view.close()
            raise
        if not opened:
            raise BatchDeskError(wording.COMPARISON_NOT_DOWNLOADED)
        main = next((entry for entry in opened if entry[2].id == clicked.id), opened[0])
        return OpenedResults(main[2], main[1], len(main[1]), tuple(opened), tuple(waiting))

    def suggested_export_path(self, job: JobRecord, kind: str) -> Path:
        """Where the save dialog starts: next to the user's spreadsheet, else in Documents."""
        source = job.source.get("path") if isinstance(job.source, dict) else None
        path = source if isinstance(source, str) and source else job.input_path
        suffix: SheetKind = "xlsx" if kind == "xlsx" else "csv"
        if path and self._inside_app(Path(path)):
            return documents_folder() / f"{Path(path).stem}-answers.{suffix}"
        return sheet_path(path, suffix, documents_folder())

    def _inside_app(self, path: Path) -> bool:
        from desktop_app.resources import resource_path

        folders = [self.paths.data, self.paths.config, self.paths.cache, resource_path("samples").parent]
        resolved = path.resolve()
        return any(resolved.is_relative_to(Path(folder).resolve()) for folder in folders)

    async def export_results(
        self,
        opened: OpenedResults,
        kind: ExportKind,
        dest: Path,
        layout: ExportLayout = "sheet",
        words: SheetWords | None = None,
    ) -> ExportSummary:
        """Write opened results as an Excel-ready CSV, an XLSX workbook or the raw JSONL lines (in a worker
        thread; atomic); ``layout`` as for :func:`write_export`. A big split group's sheet is written by a
        worker process (``core.sheet.exports_apart``)."""
        if layout == "sheet" and kind in ("csv", "xlsx") and not opened.variants and opened.view.part_layers:
            apart = await asyncio.to_thread(self._apart_plan, opened.job)
            if apart is not None:
                return await self._write_apart(apart, kind, dest, words)
        return await asyncio.to_thread(write_export, opened, kind, dest, layout, words)

    async def export_csv(
        self, job: JobRecord, dest: Path, layout: ExportLayout = "sheet", words: SheetWords | None = None
    ) -> ExportSummary:
        """Join the job's answers with its input rows and write an Excel-ready CSV (the user's sheet with the
        answers by default)."""
        allowed = job_actions.can_open_results(job)
        if not allowed:
            raise BatchDeskError(allowed.text)
        kind: ExportKind = "xlsx" if dest.suffix.lower() == ".xlsx" else "csv"
        if layout == "sheet":  # a big split group: its view is opened by the worker only, not here too
            apart = await asyncio.to_thread(self._apart_plan, job)
            if apart is not None:
                return await self._write_apart(apart, kind, dest, words)
        opened = await self.open_results(job)
        try:
            if not opened.view.has_input:
                raise BatchDeskError(wording.EXPORT_NO_REQUESTS(reason=opened.view.input_note or ""))
            return await self.export_results(opened, kind, dest, layout, words)
        finally:
            await asyncio.to_thread(opened.close)

    async def _write_apart(
        self, apart: tuple[JobRecord, GroupPlan], kind: ExportKind, dest: Path, words: SheetWords | None
    ) -> ExportSummary:
        """A split group's sheet written by a worker process (:func:`write_group_export`). An idle token
        process is ended first, and the window gives its free pages back (``core.memory``): the worker's
        memory (~120 MB at a million rows) comes in their place rather than on top; the next count starts
        a new token process."""
        await self._release_tokens()
        await asyncio.to_thread(release_free_memory)
        return await asyncio.to_thread(write_group_export, apart[0], apart[1], kind, dest, words)

    def _apart_plan(self, job: JobRecord) -> tuple[JobRecord, GroupPlan] | None:
        """The root and the plan of ``job``'s split group when its sheet is written by a worker process
        (as :meth:`open_results` opens a group: every part downloaded, not a comparison); else None
        (blocking: the ledger and the files' sizes)."""
        root = root_job(self.ledger, job)
        group = whole_group(self.ledger, root)
        if group is None or len(variant_jobs(self.ledger, root)) > 1:
            return None
        plan = group_plan(self.ledger, group)
        if not all(Path(path).is_file() for path in plan.inputs) or not exports_apart(plan):
            return None
        return root, plan

    # ----- remote files -----------------------------------------------------------------------------
    async def remote_files(self, region_id: str, after: str | None = None) -> FilesPage:
        """One page of the files stored in a region's account, newest first (``services.remote_files``)."""
        return await remote_files.files_page(await self.service(region_id), after)

    async def delete_remote(self, region_id: str, file_ids: Iterable[str]) -> DeleteReport:
        """Delete files from a region's storage; jobs that used them are marked in the ledger."""
        return await remote_files.delete_files(await self.service(region_id), file_ids, self.ledger)

    async def storage_usage(self, region_id: str) -> StorageUsage:
        """How close a region's account is to 10,000 files / 100 GB (walks the whole file list)."""
        return await remote_files.usage(await self.service(region_id))

    async def set_delete_remote_after_download(self, value: bool) -> None:
        """The setting of the same name (saved at once; the monitor uses it from the next download)."""
        await asyncio.to_thread(self.settings.set, "delete_remote_after_download", bool(value))
        if self._monitor is not None:
            self._monitor.delete_remote_after_download = bool(value)

    async def diagnostics(self, current_region: str | None) -> str:
        """The redacted diagnostics report (versions, regions, keychain, folders, last log lines)."""
        return await asyncio.to_thread(
            diagnostics_text,
            self.paths,
            keystore=self.keystore,
            regions=self.regions(),
            current_region=current_region,
        )

    async def aclose(self) -> None:
        """Close every service's HTTP client (on the loop that made it) and end the token process."""
        for region_id in list(self._services):
            await self._drop_service(region_id)
        tokens, self._tokens = self._tokens, None
        if tokens is not None:
            tokens.close()  # kills the child: never blocks


def documents_folder() -> Path:
    """The user's Documents folder (home when there is none)."""
    import platformdirs

    folder = Path(platformdirs.user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def write_export(
    opened: OpenedResults,
    kind: str,
    dest: Path,
    layout: str = "sheet",
    words: SheetWords | None = None,
) -> ExportSummary:
    """Write opened results to ``dest`` as "csv" (Excel-ready), "xlsx" or "jsonl" (blocking; atomic).

    ``layout`` "sheet" (the default): the user's columns, then the answers (split into output
    columns; every variant of a comparison side by side), then a status column, headers in ``words``;
    "all": every technical column (request id, status code, tokens…).
    """
    view = opened.view
    if layout == "sheet" and kind in ("csv", "xlsx"):
        members = opened.variants or ((opened.job.model, view, opened.job),)
        variants = [_variant(label, member_view, member) for label, member_view, member in members]
        words = words or SheetWords()
        sheet_kind: SheetKind = "xlsx" if kind == "xlsx" else "csv"
        sheet = export_sheet(
            variants,
            dest,
            sheet_kind,
            words=words,
            summary=_sheet_head(opened.job, words),
            style=excel_csv_style(),
        )
        return _sheet_summary(dest, sheet)
    columns = _export_columns(opened.job, view)
    if kind == "csv":
        rows = export_csv(view, dest, columns, style=excel_csv_style())
    elif kind == "xlsx":
        check_xlsx_rows(len(view))
        report: XlsxReport = export_xlsx(view, dest, columns, summary=_usage_summary(opened.job, view, words))
        rows = report.rows
    elif kind == "jsonl":
        rows = export_jsonl(view, dest, include_missing=True)
    else:
        raise ValueError(f"unknown export kind {kind!r}")
    summary = view.summary()
    return ExportSummary(dest, rows, summary.succeeded, summary.failed, summary.missing)


def write_group_export(
    job: JobRecord, plan: GroupPlan, kind: str, dest: Path, words: SheetWords | None = None
) -> ExportSummary:
    """A split group's sheet layout as "csv" or "xlsx", written by a worker process (blocking; atomic):
    the file of :func:`write_export`, without this process holding the pass (``core.sheet``)."""
    words = words or SheetWords()
    sheet_kind: SheetKind = "xlsx" if kind == "xlsx" else "csv"
    meta = _variant(job.model, None, job)
    sheet = export_group_sheet(
        plan, meta, dest, sheet_kind, words=words, summary=_sheet_head(job, words), style=excel_csv_style()
    )
    return _sheet_summary(dest, sheet)


def _variant(label: str, view: ResultsView | None, job: JobRecord) -> Variant:
    """One job's columns in the sheet layout (``view`` None: a worker opens it)."""
    return Variant(
        label,
        view,  # type: ignore[arg-type]
        embeddings="embedding" in (job.endpoint or ""),
        batch_id=job.batch_id or "",
        model=job.model,
        cost=actual_cost(job),
    )


def _sheet_head(job: JobRecord, words: SheetWords) -> dict[str, object]:
    """The first lines of the sheet export's summary: the job and its region."""
    return {words.job: job.name or job.batch_id or "", words.region: job.region_id}


def _sheet_summary(dest: Path, sheet: SheetReport) -> ExportSummary:
    """What the window says after a sheet export (the first variant's counts)."""
    first = sheet.variants[0]
    failed = first.failed + first.needs_another_try
    return ExportSummary(dest, sheet.rows, first.succeeded, failed, first.missing, sheet)


def _export_columns(job: JobRecord, view: ResultsView) -> tuple[str, ...]:
    """The export's columns: embeddings get their own set; merged re-run answers say which re-run."""
    columns = EMBEDDING_COLUMNS if "embedding" in (job.endpoint or "") else DEFAULT_COLUMNS
    if len(view.layers) > 1:
        columns = (*columns, "answered_by")
    return columns


def _usage_summary(job: JobRecord, view: ResultsView, words: SheetWords | None = None) -> dict[str, object]:
    """The XLSX "Summary" sheet: the job, its counts and its token usage (thinking included), labels
    from ``words`` (the window's language)."""
    words = words or SheetWords()
    summary = view.summary()
    return {
        words.job: job.name or job.batch_id or "",
        words.batch_id: job.batch_id or "",
        words.region: job.region_id,
        words.status: job.status,
        words.model: job.model,
        words.requests: summary.total,
        words.done: summary.succeeded,
        words.failed: summary.failed,
        words.no_answer: summary.missing,
        words.prompt_tokens: summary.prompt_tokens,
        words.completion_tokens: summary.completion_tokens,
        words.total_tokens: summary.total_tokens,
        words.cost: words.cost_text(actual_cost(job)),
    }
