"""The app's actions as coroutines, with no Qt in them: the window awaits these, and so do tests.

The controller owns one :class:`BatchService` per region (made lazily, once its key is known), and
runs every blocking step (keyring, hashing, validating, exporting, SQLite) in a worker thread so
the UI thread never stalls.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import workflow
from desktop_app.core.errors import AuthError, BatchDeskError, NotFound
from desktop_app.core.export import export_csv
from desktop_app.core.ledger import JobRecord, Ledger
from desktop_app.core.logging_setup import register_secret
from desktop_app.core.paths import AppPaths
from desktop_app.core.regions import SANDBOX, Region, RegionKind, all_regions
from desktop_app.core.results import join_results
from desktop_app.core.secrets import KeyStore, mask_key
from desktop_app.core.service import BatchService
from desktop_app.core.settings import Settings
from desktop_app.core.validate import ValidationReport, validate_batch_options, validate_jsonl

log = logging.getLogger(__name__)

SANDBOX_KEY = "sandbox"
LOCAL_ACTIVE_STATES = frozenset({"draft", "uploading", "uploaded", "creating", "create_unknown"})


class MissingKey(BatchDeskError):
    """No key is stored for a region that needs one."""

    def __init__(self, region: Region) -> None:
        super().__init__(
            f"There is no API key for {region.name} yet. Open Settings, paste the key for this region "
            "and press Save — or switch to the Sandbox to try the app without one."
        )


@dataclass(frozen=True)
class KeyState:
    """What the window shows about a region's key."""

    region_id: str
    has_key: bool
    masked: str
    where: str


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    rows: int
    succeeded: int
    failed: int
    missing: int


@dataclass(frozen=True)
class RefreshOutcome:
    """What one refresh pass saw."""

    jobs: list[JobRecord]
    changed: bool
    active: int
    problems: list[str]
    finished: list[JobRecord]


class AppController:
    """Everything the window can do, as awaitable steps."""

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
        self.sandbox_base_url = sandbox_base_url
        self._services: dict[str, BatchService] = {}

    # ----- regions and keys -------------------------------------------------------------------
    def regions(self) -> tuple[Region, ...]:
        """Built-in regions plus the user's custom endpoints."""
        return all_regions(self.settings.custom_regions())

    def region(self, region_id: str) -> Region:
        """Look a region up by id; unknown ids fall back to the sandbox."""
        for region in self.regions():
            if region.id == region_id:
                return region
        return SANDBOX

    async def key_state(self, region_id: str) -> KeyState:
        """Whether a key exists for the region, masked, and where it lives."""
        region = self.region(region_id)
        if not region.needs_key:
            return KeyState(region_id, True, "", "not needed: answers are simulated on this computer")
        key = await asyncio.to_thread(self.keystore.get, region_id)
        status = await asyncio.to_thread(self.keystore.backend_status)
        where = status.where if status.available else "this session only (no system keychain found)"
        return KeyState(region_id, bool(key), mask_key(key) if key else "", where)

    async def first_region_with_key(self) -> str | None:
        """The saved region if it has a key, else the first vendor region with one, else None."""
        preferred = self.settings.get("region")
        candidates = [preferred] if preferred else []
        candidates += [r.id for r in self.regions() if r.needs_key and r.id != preferred]
        for region_id in candidates:
            if region_id and (await self.key_state(region_id)).has_key:
                return str(region_id)
        return None

    async def save_key(self, region_id: str, key: str) -> str:
        """Store a key for a region; returns a plain description of where it was stored."""
        key = key.strip()
        register_secret(key)
        where = await asyncio.to_thread(self.keystore.set, region_id, key)
        await self._drop_service(region_id)
        return str(getattr(where, "description", where))

    async def remove_key(self, region_id: str) -> None:
        """Forget a region's key (keychain and session)."""
        await asyncio.to_thread(self.keystore.delete, region_id)
        await self._drop_service(region_id)

    async def test_key(self, region_id: str, key: str) -> None:
        """Make one cheap list call with ``key``; raises a BatchDeskError that says what is wrong."""
        region = self.region(region_id)
        register_secret(key)
        service = BatchService(region, key.strip(), base_url=self._base_url(region))
        try:
            await service.check_key()
        finally:
            await service.aclose()

    async def service(self, region_id: str) -> BatchService:
        """The service of a region, built once its key is known."""
        if region_id in self._services:
            return self._services[region_id]
        region = self.region(region_id)
        if region.needs_key:
            key = await asyncio.to_thread(self.keystore.get, region_id)
            if not key:
                raise MissingKey(region)
            register_secret(key)
        else:
            key = SANDBOX_KEY
        service = BatchService(region, key, base_url=self._base_url(region))
        self._services[region_id] = service
        return service

    def _base_url(self, region: Region) -> str | None:
        if region.kind is RegionKind.SANDBOX:
            if not self.sandbox_base_url:
                raise BatchDeskError("The sandbox is not running. Restart the app to start it again.")
            return self.sandbox_base_url
        return region.base_url

    async def _drop_service(self, region_id: str) -> None:
        service = self._services.pop(region_id, None)
        if service is not None:
            await service.aclose()

    # ----- files and submits --------------------------------------------------------------------
    async def validate(self, path: Path, region_id: str) -> ValidationReport:
        """Validate a JSONL file in a worker thread against the chosen region's rules."""
        region = self.region(region_id)
        return await asyncio.to_thread(validate_jsonl, path, region=region)

    def check_options(self, name: str, description: str, window: str) -> list[str]:
        """Plain messages for batch options that break a documented rule (empty when fine)."""
        return [problem.message for problem in validate_batch_options(name, description, window)]

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
    ) -> JobRecord:
        """Upload and create a batch; the ledger records the intent before any network call."""
        if not report.ok:
            raise BatchDeskError("This file still has problems marked as errors. Fix them, then submit again.")
        option_problems = self.check_options(name, description, completion_window)
        if option_problems:
            raise BatchDeskError(" ".join(option_problems))
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
        )

    # ----- jobs -----------------------------------------------------------------------------------
    async def jobs(self) -> list[JobRecord]:
        """Every job in the ledger, newest first."""
        return await asyncio.to_thread(self.ledger.jobs)

    async def refresh(self) -> RefreshOutcome:
        """Ask the servers about every unfinished job and fetch the results of finished ones."""
        problems: list[str] = []
        changed = await self._reconcile_intents(problems)
        finished: list[JobRecord] = []
        for job in await self.jobs():
            needs_status = bool(job.batch_id) and not _is_terminal(job.status)
            needs_results = bool(job.batch_id) and _is_terminal(job.status) and not job.results_downloaded_at
            if not (needs_status or needs_results):
                continue
            try:
                service = await self.service(job.region_id)
                updated = job
                if needs_status:
                    updated = await workflow.refresh_job(service, self.ledger, job)
                    if _signature(updated) != _signature(job):
                        changed = True
                if _is_terminal(updated.status) and not updated.results_downloaded_at:
                    updated = await workflow.download_results(service, self.ledger, updated, self.paths.results)
                    changed = True
                    finished.append(updated)
            except MissingKey as exc:
                problems.append(exc.user_message)
            except NotFound:
                problems.append(
                    f"The job “{job.name or job.batch_id}” is no longer on the server (jobs are kept "
                    "30 days; sandbox jobs end when the app closes). Answers already downloaded stay here."
                )
            except AuthError as exc:
                problems.append(exc.user_message)
            except BatchDeskError as exc:
                problems.append(exc.user_message)
        jobs = await self.jobs()
        active = sum(1 for job in jobs if (job.batch_id and not _is_terminal(job.status)) or job.is_unfinished_intent)
        return RefreshOutcome(jobs, changed, active, _unique(problems), finished)

    async def _reconcile_intents(self, problems: list[str]) -> bool:
        """Resolve submits a crash or an ambiguous failure left without a batch id (never re-creates)."""
        intents = await asyncio.to_thread(self.ledger.unfinished_intents)
        changed = False
        for region_id in sorted({job.region_id for job in intents}):
            try:
                service = await self.service(region_id)
                changed |= bool(await workflow.reconcile_unfinished(service, self.ledger))
            except BatchDeskError as exc:
                problems.append(exc.user_message)
        return changed

    async def cancel(self, job: JobRecord) -> JobRecord:
        """Ask the server to cancel a job; finished requests stay billed."""
        service = await self.service(job.region_id)
        if not job.batch_id:
            raise BatchDeskError("This job was never created on the server, so there is nothing to cancel.")
        await service.cancel(job.batch_id)
        return await workflow.refresh_job(service, self.ledger, job)

    async def export_csv(self, job: JobRecord, dest: Path) -> ExportSummary:
        """Join the job's answers with its input rows and write an Excel-ready CSV."""
        if not job.results_downloaded_at:
            raise BatchDeskError("The answers of this job have not been downloaded yet. Wait for it to finish.")
        if not job.input_path:
            raise BatchDeskError(
                "This job was not submitted from this computer, so its requests are not here to put the "
                "answers next to. Open the results folder to get the raw answer files."
            )
        input_path = Path(job.input_path)
        if not input_path.exists():
            raise BatchDeskError(
                f"The input file {input_path} is gone, so answers cannot be put next to the original "
                "requests. Put the file back where it was and export again."
            )

        def work() -> ExportSummary:
            joined = join_results(
                input_path,
                Path(job.output_path) if job.output_path else None,
                Path(job.error_path) if job.error_path else None,
            )
            rows = export_csv(joined.rows, dest)
            summary = joined.summary
            return ExportSummary(dest, rows, summary.succeeded, summary.failed, summary.missing)

        return await asyncio.to_thread(work)

    async def aclose(self) -> None:
        """Close every service's HTTP client (on the loop that made it)."""
        for region_id in list(self._services):
            await self._drop_service(region_id)


def _is_terminal(status: str) -> bool:
    return status in {"completed", "failed", "expired", "cancelled"}


def _signature(job: JobRecord) -> tuple[object, ...]:
    return (job.status, job.completed, job.failed, job.total)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
