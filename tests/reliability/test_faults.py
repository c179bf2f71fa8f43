"""Every route × every fault, against the sandbox over real loopback HTTP: one table-driven suite.

For each scenario the call the app really makes (``workflow.submit_file`` for upload and create,
``workflow.reconcile_unfinished`` for the list lookup, ``workflow.refresh_job`` for retrieve,
``workflow.download_results`` for content, ``BatchService.cancel`` / ``delete_file``) runs with a
short client timeout and a fake sleep, then the suite checks:

* a transient fault (armed for 1 or 2 requests) is retried and the call succeeds;
* a persistent fault ends in the right typed error with a plain user message;
* ``create`` never makes two batches for one submit — the batches for the input file are counted on
  the server afterwards: exactly one, or none with a ``create_failed`` job for a definite failure;
* the ledger agrees with the server (ids, and status after a refresh);
* a failed download leaves neither the destination nor a temp file behind.

The window-level tests at the bottom drive the same faults through ``MainWindow`` / ``AppController``
and check that the user sees the boundary's plain message and that the event loop never stalls.
"""

from __future__ import annotations

import asyncio
import html
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from desktop_app.core import workflow
from desktop_app.core.batch import BatchInfo
from desktop_app.core.errors import BatchDeskError, NetworkError, RateLimited, ServerError
from desktop_app.core.fileutil import PARTIAL_SUFFIX
from desktop_app.core.ledger import JobRecord, Ledger, LocalState
from desktop_app.core.regions import SANDBOX
from desktop_app.core.service import BatchService, RetryNotice, RetryPolicy
from desktop_app.sandbox.faults import Fault
from desktop_app.sandbox.server import SandboxServer
from tests.reliability.conftest import LoopProbe, record, run_in_window, stall_limit, wait_for

ENDPOINT = "/v1/chat/completions"
MODEL = "qwen-plus"
TIMEOUT = 0.4  # the client's timeout in the scenarios: short, so "slow" costs little wall time
SLOW = 1.0  # the server's injected delay: well past the client timeout
UPLOAD_BYTES = 1_500_000  # big enough that a drop lands while the body is still being sent
DOWNLOAD_CUT = 3_000  # bytes of the output file sent before the connection is cut
JSON_CUT = 20  # bytes of a JSON answer sent before the connection is cut

FAULTS: dict[str, dict[str, Any]] = {
    "429": {"status": 429},
    "500": {"status": 500},
    "503": {"status": 503},
    "slow": {"delay": SLOW},
    "drop": {"drop": True},  # closed before any answer (for upload: while the body is being read)
    "cut": {},  # the answer (or the file) cut off part-way; drop_after_bytes is set per route
    "500-after": {"status": 500, "after_effect": True},  # done on the server, then a 500
    "drop-after": {"drop": True, "after_effect": True},  # done on the server, then no answer
    "slow-after": {"delay": SLOW, "after_effect": True},  # done on the server, answered too late
}
EXPECTED_ERROR: dict[str, type[BatchDeskError]] = {
    "429": RateLimited,
    "500": ServerError,
    "503": ServerError,
    "slow": NetworkError,
    "drop": NetworkError,
    "cut": NetworkError,
    "500-after": ServerError,
    "drop-after": NetworkError,
    "slow-after": NetworkError,
}
# Words each persistent failure's message must contain: what happened, in plain words.
EXPECTED_WORDS: dict[str, str] = {
    "429": "too many requests",
    "500": "internal problem",
    "503": "internal problem",
    "slow": "did not answer in time",
    "drop": "Could not reach",
    "cut": "Could not reach",
    "500-after": "internal problem",
    "drop-after": "Could not reach",
    "slow-after": "did not answer in time",
}
BASIC = ("429", "500", "503", "slow", "drop", "cut")
ROUTE_FAULTS: dict[str, tuple[str, ...]] = {
    "upload": (*BASIC, "500-after"),
    "create": (*BASIC, "500-after", "drop-after", "slow-after"),
    "retrieve": BASIC,
    "list": BASIC,
    "cancel": (*BASIC, "500-after", "drop-after"),
    "content": BASIC,
    "delete": (*BASIC, "500-after", "drop-after"),
}
# 429 after the effect is left out on purpose: a server that did the work does not answer "rate
# limited"; a 429 means "not done", which is exactly why create may resend after one.


@dataclass(frozen=True)
class Scenario:
    route: str
    fault: str
    persistent: bool

    @property
    def id(self) -> str:
        return f"{self.route}-{self.fault}-{'persistent' if self.persistent else 'transient'}"

    @property
    def times(self) -> int | None:
        if self.persistent:
            return None
        # Two failures in a row for the plain server errors (proves back-off over several tries);
        # one for the rest (an ambiguous create is never sent again).
        return 2 if self.fault in ("429", "500", "503") and self.route != "create" else 1

    @property
    def slow(self) -> bool:
        return self.fault.startswith("slow")

    def kwargs(self) -> dict[str, Any]:
        kwargs = dict(FAULTS[self.fault])
        if self.fault == "cut":
            kwargs["drop_after_bytes"] = DOWNLOAD_CUT if self.route == "content" else JSON_CUT
        return kwargs


SCENARIOS = [
    Scenario(route, fault, persistent)
    for route, faults in ROUTE_FAULTS.items()
    for fault in faults
    for persistent in (False, True)
]


@dataclass
class Ctx:
    """What one scenario works with."""

    srv: SandboxServer
    svc: BatchService  # the service under test: short timeout, fake sleep
    clean: BatchService  # for set-up and checks, used only while no fault is armed
    ledger: Ledger
    tmp: Path
    scenario: Scenario
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:10])
    sleeps: list[float] = field(default_factory=list)
    notices: list[RetryNotice] = field(default_factory=list)
    orphans: int = 0

    def arm(self, route: str | None = None) -> Fault:
        s = self.scenario
        return self.srv.faults.add(route or s.route, times=s.times, **s.kwargs())

    def clear(self) -> None:
        self.srv.faults.clear()

    def input_file(self, lines: int = 3, pad: int = 0) -> Path:
        path = self.tmp / f"in-{self.tag}.jsonl"
        with open(path, "w", encoding="utf-8") as handle:
            for i in range(lines):
                body = {"model": MODEL, "messages": [{"role": "user", "content": f"{self.tag} q{i} {'x' * pad}"}]}
                handle.write(json.dumps({"custom_id": str(i), "method": "POST", "url": ENDPOINT, "body": body}) + "\n")
        return path

    async def submit(self, service: BatchService, path: Path) -> JobRecord:
        return await workflow.submit_file(service, self.ledger, path, name=self.tag, endpoint=ENDPOINT, model=MODEL)

    async def batches_for(self, file_id: str) -> list[BatchInfo]:
        page = await self.clean.list(limit=100, input_file_ids=[file_id])
        return [b for b in page.items if b.input_file_id == file_id]

    async def files_named(self, name: str) -> int:
        count, after = 0, None
        while True:
            files = await self.clean.list_files(limit=100, after=after)
            count += sum(1 for f in files if f.filename == name)
            if len(files) < 100:
                return count
            after = files[-1].id

    async def assert_ledger_matches_server(self, job_id: int) -> JobRecord:
        job = self.ledger.get(job_id)
        assert job is not None and job.batch_id
        job = await workflow.refresh_job(self.clean, self.ledger, job)
        server = await self.clean.retrieve(job.batch_id or "")
        assert (job.batch_id, job.status, job.input_file_id) == (server.id, server.status, server.input_file_id)
        return job

    def check_error(self, error: BaseException | None) -> BatchDeskError:
        s = self.scenario
        assert isinstance(error, EXPECTED_ERROR[s.fault]), f"{s.id}: got {error!r}"
        assert EXPECTED_WORDS[s.fault] in error.user_message, error.user_message
        for technical in ("Traceback", "httpx", "Error:", "Exception", "aiohttp"):
            assert technical not in error.user_message
        return error

    def check_retried(self, armed: Fault) -> None:
        """Transient faults on safe calls: every failure was followed by a back-off sleep."""
        assert armed.hits == self.scenario.times
        assert len(self.sleeps) >= armed.hits
        assert all(n.message for n in self.notices)


async def _capture(call: Awaitable[Any]) -> tuple[Any, BatchDeskError | None]:
    try:
        return await call, None
    except BatchDeskError as exc:
        return None, exc


# ---- one runner per route ------------------------------------------------------------------------


async def run_upload(ctx: Ctx) -> dict[str, int]:
    s = ctx.scenario
    src = ctx.input_file(lines=max(1, UPLOAD_BYTES // 2000), pad=1900)
    armed = ctx.arm()
    job, error = await _capture(ctx.submit(ctx.svc, src))
    ctx.clear()
    [row] = ctx.ledger.jobs()
    uploads = await ctx.files_named(src.name)
    if s.persistent:
        ctx.check_error(error)
        assert row.status == LocalState.CREATE_FAILED and row.input_file_id is None and row.batch_id is None
        assert row.last_error == f"Upload failed: {error.user_message}"  # type: ignore[union-attr]
        assert (await ctx.clean.list(name=ctx.tag, limit=100)).items == []
        return {"orphans": uploads}
    assert error is None, error
    ctx.check_retried(armed)
    assert [b.id for b in await ctx.batches_for(job.input_file_id)] == [job.batch_id]
    await ctx.assert_ledger_matches_server(job.id)
    # A cut answer or a 500 after the upload leaves the first copy on the server, unused (not billed).
    return {"orphans": uploads - 1}


async def run_create(ctx: Ctx) -> dict[str, int]:
    s = ctx.scenario
    src = ctx.input_file()
    armed = ctx.arm("create")
    job, error = await _capture(ctx.submit(ctx.svc, src))
    [row] = ctx.ledger.jobs()
    assert row.input_file_id, "the upload itself was not faulted"
    definite = s.persistent and s.fault == "429"  # "rate limited" means "not done": retried, then refused
    # A 5xx or a dropped connection, even when the server really did nothing: the client cannot know,
    # and the list may lag behind a batch that exists. Unconfirmed, never sent again.
    unconfirmed = s.fault in ("500", "503", "drop")
    if s.fault == "slow":
        # The server is still working on the request when the client gives up: the lookup finds
        # nothing *yet*. That must not count as "not created": the job waits for reconcile.
        await asyncio.sleep(SLOW)  # let the late create land
        ctx.clear()
        late = await ctx.batches_for(row.input_file_id)
        assert len(late) <= 1, f"create made {len(late)} batches for one submit"
        assert error is None, error
        assert row.status == LocalState.CREATE_UNKNOWN and row.batch_id is None
        assert "Don't submit the file again" in (row.last_error or "")
        assert armed.hits == 1
        [row] = await workflow.reconcile_unfinished(ctx.clean, ctx.ledger)
        assert row.batch_id, row
    elif unconfirmed:
        assert error is None, error
        assert row.status == LocalState.CREATE_UNKNOWN and row.batch_id is None
        assert "Don't submit the file again" in (row.last_error or "")
        assert armed.hits == 1, "an ambiguous create was sent again"
        ctx.clear()
        [row] = await workflow.reconcile_unfinished(ctx.clean, ctx.ledger)
        assert row.status == LocalState.CREATE_UNKNOWN, "absent from the list is not absent yet"
        later = time.time() + workflow.CREATE_SETTLE_S + 1
        [row] = await workflow.reconcile_unfinished(ctx.clean, ctx.ledger, now=lambda: later)
        assert row.status == LocalState.CREATE_FAILED and "You can submit the file again" in (row.last_error or "")
    elif definite:
        ctx.check_error(error)
        assert row.status == LocalState.CREATE_FAILED and row.batch_id is None
        assert row.last_error == error.user_message  # type: ignore[union-attr]
    else:
        assert error is None, error
        assert job.batch_id and job.id == row.id
        if s.fault in ("cut", "500-after", "drop-after", "slow-after"):
            assert armed.hits == 1, "an ambiguous create was sent again instead of being looked up"
    ctx.clear()
    on_server = await ctx.batches_for(row.input_file_id)
    assert len(on_server) <= 1, f"create made {len(on_server)} batches for one submit"
    row = ctx.ledger.get(row.id) or row
    if row.batch_id:
        assert [b.id for b in on_server] == [row.batch_id]
        await ctx.assert_ledger_matches_server(row.id)
    else:
        assert on_server == [] and row.status == LocalState.CREATE_FAILED
    return {"duplicates": max(0, len(on_server) - 1)}


async def run_list(ctx: Ctx) -> dict[str, int]:
    """A crash after create was sent: the next start looks the batch up (the list call) — never re-creates."""
    s = ctx.scenario
    uploaded = await ctx.clean.upload(ctx.input_file())
    created = await ctx.clean.create(uploaded.id, ENDPOINT, name=ctx.tag)
    job_id = ctx.ledger.record_intent(region_id=SANDBOX.id, name=ctx.tag, endpoint=ENDPOINT)
    ctx.ledger.record_upload(job_id, uploaded.id)
    ctx.ledger.mark_creating(job_id)
    armed = ctx.arm()
    [row] = await workflow.reconcile_unfinished(ctx.svc, ctx.ledger)
    ctx.clear()
    if s.persistent:
        # The lookup failed: the app must neither resubmit nor tell the user they may.
        assert row.status == LocalState.CREATE_UNKNOWN and row.batch_id is None
        assert "Don't submit the file again" in (row.last_error or "")
        [row] = await workflow.reconcile_unfinished(ctx.clean, ctx.ledger)
    else:
        ctx.check_retried(armed)
    assert row.batch_id == created.id
    assert [b.id for b in await ctx.batches_for(uploaded.id)] == [created.id]
    await ctx.assert_ledger_matches_server(job_id)
    return {}


async def run_retrieve(ctx: Ctx) -> dict[str, int]:
    s = ctx.scenario
    job = await ctx.submit(ctx.clean, ctx.input_file())
    before = ctx.ledger.get(job.id)
    armed = ctx.arm()
    refreshed, error = await _capture(workflow.refresh_job(ctx.svc, ctx.ledger, job))
    ctx.clear()
    if s.persistent:
        ctx.check_error(error)
        assert ctx.ledger.get(job.id) == before, "a failed refresh changed the ledger"
    else:
        assert error is None, error
        ctx.check_retried(armed)
        server = await ctx.clean.retrieve(job.batch_id or "")
        assert (refreshed.batch_id, refreshed.status) == (server.id, server.status)
    await ctx.assert_ledger_matches_server(job.id)
    return {}


async def run_cancel(ctx: Ctx) -> dict[str, int]:
    s = ctx.scenario
    job = await ctx.submit(ctx.clean, ctx.input_file())
    armed = ctx.arm()
    answer, error = await _capture(ctx.svc.cancel(job.batch_id or ""))
    ctx.clear()
    if s.persistent:
        ctx.check_error(error)
    else:
        assert error is None, error
        ctx.check_retried(armed)
        assert answer.id == job.batch_id and answer.status in ("cancelling", "cancelled")
    job = await ctx.assert_ledger_matches_server(job.id)
    if not s.persistent:
        assert job.status in ("cancelling", "cancelled")
    return {}


async def run_content(ctx: Ctx) -> dict[str, int]:
    s = ctx.scenario
    job = await ctx.submit(ctx.clean, ctx.input_file(lines=40, pad=200))
    ctx.srv.clock.advance(3600)
    job = await workflow.refresh_job(ctx.clean, ctx.ledger, job)
    assert job.status == "completed" and job.output_file_id
    reference = await ctx.clean.download(job.output_file_id, ctx.tmp / "reference.jsonl")
    assert reference.stat().st_size > DOWNLOAD_CUT * 3
    results = ctx.tmp / "results"
    dest = workflow.results_folder(results, job) / workflow.OUTPUT_FILE_NAME
    armed = ctx.arm()
    done, error = await _capture(workflow.download_results(ctx.svc, ctx.ledger, job, results))
    ctx.clear()
    lost = 0
    if s.persistent:
        ctx.check_error(error)
        assert not dest.exists(), "a failed download left a file where the answers belong"
        leftovers = [p.name for p in results.rglob("*") if p.is_file()]
        assert leftovers == [], f"partial files left: {leftovers}"
        row = ctx.ledger.get(job.id)
        assert row is not None and row.output_path is None and row.results_downloaded_at is None
        done = await workflow.download_results(ctx.clean, ctx.ledger, job, results)  # the user tries again
    else:
        assert error is None, error
        ctx.check_retried(armed)
    assert done.output_path == str(dest)
    if dest.read_bytes() != reference.read_bytes():
        lost += 1
    assert lost == 0, "the downloaded answers differ from the server's"
    names = sorted(p.name for p in dest.parent.iterdir())
    assert not [n for n in names if n.endswith(PARTIAL_SUFFIX)], names
    return {"data_lost": lost}


async def run_delete(ctx: Ctx) -> dict[str, int]:
    s = ctx.scenario
    uploaded = await ctx.clean.upload(ctx.input_file())
    armed = ctx.arm()
    _, error = await _capture(ctx.svc.delete_file(uploaded.id))
    ctx.clear()
    remaining = {f.id for f in await ctx.clean.list_files(limit=100)}
    if s.persistent:
        ctx.check_error(error)
        if not s.fault.endswith("after") and s.fault not in ("cut", "slow"):
            assert uploaded.id in remaining, "nothing was deleted, and the file is still there"
    else:
        assert error is None, error
        ctx.check_retried(armed)
        assert uploaded.id not in remaining
    return {}


RUNNERS: dict[str, Callable[[Ctx], Awaitable[dict[str, int]]]] = {
    "upload": run_upload,
    "create": run_create,
    "list": run_list,
    "retrieve": run_retrieve,
    "cancel": run_cancel,
    "content": run_content,
    "delete": run_delete,
}


# ---- the table -----------------------------------------------------------------------------------


@pytest_asyncio.fixture
async def clean_service(clean_faults: SandboxServer) -> AsyncIterator[BatchService]:
    service = BatchService(
        SANDBOX, "sandbox", base_url=clean_faults.base_url("sandbox"), timeout=10.0, retry=RetryPolicy(attempts=1)
    )
    yield service
    await service.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
async def test_fault(
    scenario: Scenario, clean_faults: SandboxServer, clean_service: BatchService, tmp_path: Path
) -> None:
    sleeps: list[float] = []
    notices: list[RetryNotice] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    service = BatchService(
        SANDBOX,
        "sandbox",
        base_url=clean_faults.base_url("sandbox"),
        timeout=TIMEOUT if scenario.slow else 10.0,
        retry=RetryPolicy(attempts=2 if scenario.slow else 3, base=1.0, cap=8.0),
        sleep=fake_sleep,
        on_retry=notices.append,
    )
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    ctx = Ctx(clean_faults, service, clean_service, ledger, tmp_path, scenario, sleeps=sleeps, notices=notices)
    try:
        counts = await RUNNERS[scenario.route](ctx)
    finally:
        clean_faults.faults.clear()
        await service.aclose()
        ledger.close()
    # Back-off: never a retry without a wait, and the waits grow.
    retries = [n.delay for n in notices if n.operation not in ("create-check",)]
    assert all(d > 0 for d in retries)
    record("fault", scenario.id, **counts)


def test_the_table_covers_every_route_and_fault() -> None:
    assert set(ROUTE_FAULTS) == {"upload", "create", "retrieve", "list", "cancel", "content", "delete"}
    for route, faults in ROUTE_FAULTS.items():
        assert set(BASIC) <= set(faults), route
    assert len(SCENARIOS) == 2 * sum(len(f) for f in ROUTE_FAULTS.values())


# ---- combined: an ambiguous create whose lookup fails too ------------------------------------------


@pytest.mark.asyncio
async def test_ambiguous_create_with_failing_lookup_is_left_for_reconcile(
    clean_faults: SandboxServer, clean_service: BatchService, tmp_path: Path
) -> None:
    async def fake_sleep(seconds: float) -> None:
        return None

    service = BatchService(
        SANDBOX, "sandbox", base_url=clean_faults.base_url("sandbox"), retry=RetryPolicy(attempts=2), sleep=fake_sleep
    )
    ledger = Ledger(tmp_path / "ledger.sqlite3")
    ctx = Ctx(clean_faults, service, clean_service, ledger, tmp_path, Scenario("create", "500-after", True))
    try:
        create_fault = clean_faults.faults.add("create", status=500, after_effect=True, times=None)
        clean_faults.faults.add("list", status=503, times=None)
        job = await ctx.submit(service, ctx.input_file())
        assert job.status == LocalState.CREATE_UNKNOWN and job.batch_id is None
        assert "Don't submit the file again" in (job.last_error or "")
        assert create_fault.hits == 1
        # Still down: reconcile keeps it unknown (never "you can submit again").
        [job] = await workflow.reconcile_unfinished(service, ledger)
        assert job.status == LocalState.CREATE_UNKNOWN
        clean_faults.faults.clear()
        [job] = await workflow.reconcile_unfinished(service, ledger)
        assert job.batch_id
        on_server = await ctx.batches_for(job.input_file_id or "")
        assert [b.id for b in on_server] == [job.batch_id]
        await ctx.assert_ledger_matches_server(job.id)
    finally:
        await service.aclose()
        ledger.close()
    record("fault", "create-500-after+list-503", duplicates=len(on_server) - 1)


# ---- through the window: plain words, and a loop that never stalls ---------------------------------

STALL_LIMIT = 0.1  # seconds the UI thread may go without running a timer


def _write_sample(folder: Path, tag: str) -> Path:
    path = folder / f"sample-{tag}.jsonl"
    lines = [
        json.dumps(
            {
                "custom_id": str(i),
                "method": "POST",
                "url": ENDPOINT,
                "body": {"model": MODEL, "messages": [{"role": "user", "content": f"{tag} {i}"}]},
            }
        )
        for i in range(3)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_window_submit_failing_upload_says_so_and_stays_responsive(
    app_window: Any,
    qloop: asyncio.AbstractEventLoop,
    clean_faults: SandboxServer,
    tmp_path: Path,
    quick_services: None,
) -> None:
    window = app_window
    source = _write_sample(tmp_path, uuid.uuid4().hex[:8])

    async def scenario() -> None:
        await window.start()
        report = await window.submit_page.load_file(source)
        assert report is not None and report.ok
        # Build the region's HTTP client before measuring: its first construction loads TLS
        # certificates on the calling thread (~20 ms here, more on a busy machine).
        await window.controller.service("sandbox")
        probe = LoopProbe()
        probe.start()
        clean_faults.faults.add("upload", status=503, times=None)
        window.submit_page.submit_button.click()  # the real slot: spawns submit() inside the error boundary
        await wait_for(lambda: window.notice.isVisible() and "internal problem" in window.notice.message)
        await wait_for(lambda: window.tasks.running == 0, what="the submit task to end")
        await probe.stop()
        assert probe.ticks >= 1
        assert probe.max_gap < (limit := stall_limit(STALL_LIMIT)), (
            f"the UI thread stalled for {probe.max_gap * 1000:.0f} ms (limit {limit * 1000:.0f} ms)"
        )
        text = window.notice.message
        assert "HTTP 503" in text and "try again" in text
        assert "Traceback" not in text
        assert window.submit_page.submit_button.isEnabled(), "the control must come back after a failure"
        # The jobs view lists every batch of the (shared) sandbox; ours is the one made from this file.
        [job] = [j for j in await window.controller.jobs() if j.input_path == str(source)]
        assert job.status == LocalState.CREATE_FAILED and job.batch_id is None

    run_in_window(qloop, window, scenario())
    record("fault", "window-upload-503-persistent")


def test_window_refresh_with_slow_server_says_so_and_stays_responsive(
    app_window: Any,
    qloop: asyncio.AbstractEventLoop,
    clean_faults: SandboxServer,
    tmp_path: Path,
    quick_services: None,
) -> None:
    window = app_window
    source = _write_sample(tmp_path, uuid.uuid4().hex[:8])

    async def scenario() -> None:
        await window.start()
        await window.submit_page.load_file(source)
        job = await window.submit_page.submit()
        assert job is not None and job.batch_id
        probe = LoopProbe()
        probe.start()
        # The list call comes first and normally answers for the job (no retrieve needed): slow both.
        clean_faults.faults.add("list", delay=SLOW, times=None)
        clean_faults.faults.add("retrieve", delay=SLOW, times=None)
        await window.jobs_page.refresh_now()
        await probe.stop()
        assert probe.max_gap < (limit := stall_limit(STALL_LIMIT)), (
            f"the UI thread stalled for {probe.max_gap * 1000:.0f} ms (limit {limit * 1000:.0f} ms)"
        )
        assert probe.ticks > 20, "the refresh should have taken two client timeouts"
        assert window.notice.isVisible()
        assert "did not answer in time" in window.notice.message
        assert window.jobs_page.refresh_button.isEnabled()
        clean_faults.faults.clear()
        await asyncio.sleep(SLOW)  # the server's late answers drain
        await window.jobs_page.refresh_now()
        [row] = [j for j in await window.controller.jobs() if j.id == job.id]
        server = await (await window.controller.service("sandbox")).retrieve(job.batch_id)
        assert (row.batch_id, row.status) == (server.id, server.status)

    run_in_window(qloop, window, scenario())
    record("fault", "window-retrieve-slow-persistent")


def test_window_ambiguous_create_is_not_resubmitted(
    app_window: Any,
    qloop: asyncio.AbstractEventLoop,
    clean_faults: SandboxServer,
    tmp_path: Path,
    quick_services: None,
) -> None:
    window = app_window
    source = _write_sample(tmp_path, uuid.uuid4().hex[:8])

    async def scenario() -> None:
        await window.start()
        await window.submit_page.load_file(source)
        clean_faults.faults.add("create", status=502, after_effect=True, times=None)
        clean_faults.faults.add("list", status=503, times=None)
        job = await window.submit_page.submit()
        assert job is not None and job.status == LocalState.CREATE_UNKNOWN
        assert window.notice.isVisible() and "Don't submit the file again" in html.unescape(window.notice.message)
        clean_faults.faults.clear()
        await window.jobs_page.refresh_now()
        mine = [j for j in await window.controller.jobs() if j.input_file_id == job.input_file_id]
        [row] = mine  # one row for this submit: the listed batch was folded into the intent, never twice
        assert row.id == job.id and row.batch_id
        service = await window.controller.service("sandbox")
        page = await service.list(limit=100, input_file_ids=[row.input_file_id])
        assert [b.id for b in page.items] == [row.batch_id]

    run_in_window(qloop, window, scenario())
    record("fault", "window-create-502-after+list-503")
