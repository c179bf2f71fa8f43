"""Jobs view core: merge of list pages and ledger, the table diff, the refresh planner on a fake clock,
the monitor against the sandbox over loopback HTTP, servers that send less, and remote files."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import workflow
from desktop_app.core.answers.verdict import Verdict
from desktop_app.core.batch import BatchInfo
from desktop_app.core.jobs import (
    JobFilter,
    JobsMonitor,
    JobTable,
    JobView,
    delete_remote_files,
    format_duration,
    list_remote_files,
    merge_views,
    storage_usage,
    sync_region,
)
from desktop_app.core.ledger import Ledger
from desktop_app.core.limits import MAX_STORED_BYTES, MAX_STORED_FILES
from desktop_app.core.refresh import RateBudget, RefreshPlanner, RefreshSchedule
from desktop_app.core.service import BatchService
from desktop_app.sandbox.engine import Namespace
from desktop_app.sandbox.server import SandboxServer, SandboxTiming

ENDPOINT = "/v1/chat/completions"
MODEL = "qwen-plus"
DAY = 86_400


class FakeClock:
    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


SANDBOX_OPTIONS = {"speed": 0.0, "timing": SandboxTiming(validating_s=2, per_request_s=1, finalizing_s=1)}
pytestmark = pytest.mark.usefixtures("clean_faults")


def write_input(path: Path, n: int = 3, bad: tuple[int, ...] = ()) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            body: dict[str, Any] = {"model": MODEL, "messages": [{"role": "user", "content": f"q {i}"}]}
            if i in bad:
                body["temperature"] = 7  # refused by the model API: an error line
            line = {"custom_id": f"r{i}", "method": "POST", "url": ENDPOINT, "body": body}
            handle.write(json.dumps(line) + "\n")
    return path


def batch(batch_id: str, status: str = "in_progress", **extra: Any) -> BatchInfo:
    data: dict[str, Any] = {
        "id": batch_id,
        "status": status,
        "request_counts": {"total": 10, "completed": 3, "failed": 1},
        "created_at": 1_700_000_000,
        "metadata": {"ds_name": f"job {batch_id}"},
    }
    data.update(extra)
    return BatchInfo.from_api(data)


def monitor_for(ledger: Ledger, svc: BatchService, tmp_path: Path, clock: FakeClock, **kwargs: Any) -> JobsMonitor:
    async def service_for(region_id: str) -> BatchService:
        assert region_id == "sandbox"
        return svc

    return JobsMonitor(ledger, service_for, tmp_path / "results", ["sandbox"], planner=RefreshPlanner(clock), **kwargs)


# ---- rows, filters and the diff ---------------------------------------------------------------


def test_job_view_values(ledger: Ledger) -> None:
    now = 1_700_000_000 + 600
    job = ledger.update_from_batch(
        "intl", batch("batch_a", in_progress_at=1_700_000_060, expires_at=1_700_000_000 + DAY)
    )
    view = JobView.from_record(job, "Singapore")
    assert (view.name, view.region_label, view.done, view.total) == ("job batch_a", "Singapore", 4, 10)
    assert view.progress == pytest.approx(0.4)
    assert view.running_seconds(now) == 540
    assert view.expires_in(now) == DAY - 600
    assert not view.forgotten_by_server(now) and view.forgotten_by_server(now + 31 * DAY)
    done = ledger.update_from_batch("intl", batch("batch_a", "completed", completed_at=1_700_000_300))
    finished = JobView.from_record(done)
    assert finished.expires_in(now) is None  # only unfinished jobs expire
    assert finished.running_seconds(now + 9999) == 240
    assert format_duration(3 * 3600 + 5 * 60) == "3 h 05 min" and format_duration(None) == ""


def test_filter_matches_and_maps_to_list_params(ledger: Ledger) -> None:
    for i, status in enumerate(("in_progress", "completed", "failed")):
        ledger.update_from_batch("intl", batch(f"b{i}", status, created_at=1_700_000_000 + i * DAY))
    ledger.record_intent(region_id="cn", name="local draft", status="create_failed")
    views = merge_views(ledger.jobs())
    assert len(views) == 4
    f = JobFilter(
        statuses=frozenset({"completed", "failed", "create_failed"}),
        name="JOB B",
        created_after=datetime.fromtimestamp(1_700_000_000 + DAY),
    )
    assert {v.batch_id for v in merge_views(ledger.jobs(), job_filter=f)} == {"b1", "b2"}
    assert f.list_kwargs() == {
        "name": "JOB B",
        "statuses": ["completed", "failed"],  # local states never go to the server
        "created_after": f.created_after,
    }
    assert JobFilter(statuses=frozenset({"create_failed"})).local_only
    only_cn = JobFilter(region_ids=frozenset({"cn"}))
    assert [v.name for v in merge_views(ledger.jobs(), job_filter=only_cn)] == ["local draft"]


def test_table_diff_updates_in_place_inserts_on_top_removes(ledger: Ledger) -> None:
    for i in range(5):
        ledger.update_from_batch("intl", batch(f"b{i}", created_at=1_700_000_000 + i))
    table = JobTable()
    first = table.apply(merge_views(ledger.jobs()))
    assert first.inserted == 5 and not first.changed and not first.removed
    assert [v.batch_id for v in table.rows] == ["b4", "b3", "b2", "b1", "b0"]
    keys = [v.key for v in table.rows]

    assert table.apply(merge_views(ledger.jobs())).empty  # nothing changed: nothing to do

    ledger.update_from_batch("intl", batch("b2", "completed"))
    gone = ledger.find_batch("intl", "b0")
    assert gone is not None
    ledger.forget(gone.id)
    ledger.update_from_batch("intl", batch("b9", created_at=1_700_000_100))
    diff = table.apply(merge_views(ledger.jobs()))
    assert diff.removed == (4,)  # b0 was the last row
    assert diff.inserted == 1
    assert [table.rows[r].batch_id for r in diff.changed] == ["b2"]
    assert [v.batch_id for v in table.rows] == ["b9", "b4", "b3", "b2", "b1"]
    assert [v.key for v in table.rows[1:]] == keys[:4]  # the rows kept their identity and order
    assert table.row_of(table.rows[3].key) == 3


def test_a_table_plan_changes_nothing_until_committed_and_a_stale_one_is_refused(ledger: Ledger) -> None:
    """The window works out a refresh's diff of 10,000 rows in a worker thread (issue 13): the plan must
    leave the table as it is, and a plan made before another update must never be applied."""
    for i in range(3):
        ledger.update_from_batch("intl", batch(f"b{i}", created_at=1_700_000_000 + i))
    table = JobTable()
    table.apply(merge_views(ledger.jobs()))
    shown = list(table.rows)
    ledger.update_from_batch("intl", batch("b1", "completed"))
    ledger.update_from_batch("intl", batch("b7", created_at=1_700_000_050))
    planned = table.plan(merge_views(ledger.jobs()))
    assert table.rows == shown and table.row_of(shown[0].key) == 0  # nothing changed yet
    assert planned.diff.inserted == 1 and [planned.rows[r].batch_id for r in planned.diff.changed] == ["b1"]
    stale = table.plan(merge_views(ledger.jobs()))
    assert table.commit(planned) == planned.diff
    assert [v.batch_id for v in table.rows] == ["b7", "b2", "b1", "b0"] and table.row_of(table.rows[0].key) == 0
    assert not table.is_current(stale)
    with pytest.raises(ValueError):
        table.commit(stale)


# ---- the refresh planner on a fake clock ------------------------------------------------------


def test_schedule_fast_then_exponential_backoff_capped_and_reset() -> None:
    clock = FakeClock()
    schedule = RefreshSchedule(clock=clock, fast_s=10, fast_period_s=180, slow_min_s=60, cap_s=600)
    assert schedule.next_delay(changed=False, active_jobs=0) is None
    schedule.kick()
    delays = []
    for _ in range(18):
        delay = schedule.next_delay(changed=False, active_jobs=1)
        assert delay is not None
        delays.append(delay)
        clock.advance(delay)
    assert delays[:18] == [10.0] * 18  # three minutes of fast polling
    slow = []
    for _ in range(6):
        delay = schedule.next_delay(changed=False, active_jobs=1)
        assert delay is not None
        slow.append(delay)
        clock.advance(delay)
    assert slow == [60, 120, 240, 480, 600, 600]  # >= 1 minute, doubling, capped
    assert schedule.next_delay(changed=True, active_jobs=1) == 60  # a change resets
    schedule.next_delay(changed=False, active_jobs=1)
    schedule.reset_backoff()  # the Refresh button
    assert schedule.next_delay(changed=False, active_jobs=1) == 60
    schedule.kick()
    assert schedule.next_delay(changed=False, active_jobs=1) == 10


def test_planner_never_overlaps_and_refresh_resets(ledger: Ledger) -> None:
    clock = FakeClock()
    planner = RefreshPlanner(clock)
    ledger.update_from_batch("intl", batch("running"))
    jobs = ledger.jobs()
    plan = planner.plan(jobs, ["intl"])
    assert plan is not None and planner.in_flight
    assert planner.plan(jobs, ["intl"]) is None  # a tick is in flight: skip
    assert planner.skipped_ticks == 1
    for _ in range(5):
        planner.finish(changed=False, active_jobs=1)
        clock.advance(1000)
        assert planner.plan(jobs, ["intl"]) is not None
    delay = planner.finish(changed=False, active_jobs=1)
    assert delay is not None and delay > 60
    planner.refresh_pressed()
    assert planner.plan(jobs, ["intl"]) is not None
    assert planner.finish(changed=False, active_jobs=1) == planner.schedule.fast_s


def test_planner_keeps_list_calls_within_100_a_minute_across_regions(ledger: Ledger) -> None:
    clock = FakeClock()
    budget = RateBudget(clock, per_minute=100)
    planner = RefreshPlanner(clock, list_budget=budget)
    regions = ["intl", "cn", "sandbox", "custom:a"]
    ledger.update_from_batch("intl", batch("running"))
    jobs = ledger.jobs()
    calls: list[float] = []
    deferred = 0
    for _ in range(400):  # a tick every second: far more than the budget allows
        plan = planner.plan(jobs, regions)
        assert plan is not None
        calls += [clock.now] * len(plan.lists)
        deferred += len(plan.deferred_lists)
        if plan.lists and len(calls) % 50 == 0:
            planner.note_list_retry()  # a retry made inside the service counts too
        planner.finish(changed=False, active_jobs=1)
        clock.advance(1.0)
    assert deferred > 0
    for start in range(0, 400):
        window = [t for t in calls if 1000 + start <= t < 1000 + start + 60]
        assert len(window) <= 100 - planner.list_reserve
    # Only unfinished jobs are retrieved.
    ledger.update_from_batch("intl", batch("done", "completed"))
    plan = planner.plan(ledger.jobs(), ["intl"])
    assert plan is not None and [r.batch_id for r in plan.retrieves] == ["running"]
    planner.finish(changed=False, active_jobs=1)


def test_planner_spreads_retrieves_within_their_budget(ledger: Ledger) -> None:
    clock = FakeClock()
    planner = RefreshPlanner(clock, retrieve_budget=RateBudget(clock, per_minute=3))
    for i in range(5):
        ledger.update_from_batch("intl", batch(f"r{i}"))
    plan = planner.plan(ledger.jobs(), ["intl"])
    assert plan is not None and len(plan.retrieves) == 3 and plan.deferred_retrieves == 2
    planner.finish(changed=False, active_jobs=5)


# ---- the monitor against the sandbox ----------------------------------------------------------


@pytest.mark.asyncio
async def test_monitor_merges_console_jobs_and_keeps_forgotten_ones(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    clock = FakeClock()
    monitor = monitor_for(ledger, svc, tmp_path, clock, region_labels={"sandbox": "Sandbox"})
    mine = await workflow.submit_file(
        svc,
        ledger,
        write_input(tmp_path / "mine.jsonl", 3, bad=(1,)),
        name="mine",
        endpoint=ENDPOINT,
        model=MODEL,
        request_count=3,
    )
    monitor.submitted()
    # Made in the "web console": straight to the API, the ledger knows nothing of it.
    console_file = await svc.upload(write_input(tmp_path / "console.jsonl", 2))
    console = await svc.create(console_file.id, ENDPOINT, name="from the console")
    # A job the server forgot long ago, with its answers still here.
    old = ledger.update_from_batch(
        "sandbox", batch("batch_forgotten", "completed", created_at=int(time.time()) - 60 * DAY)
    )
    ledger.record_results(old.id, None, None)

    first = await monitor.tick()
    assert first is not None and not first.problems
    assert first.next_delay == 10.0  # fast right after a submit
    views = {v.batch_id: v for v in monitor.views()}
    assert set(views) >= {mine.batch_id, console.id, "batch_forgotten"}
    assert views[console.id].name == "from the console" and not views[console.id].submitted_here
    assert views["batch_forgotten"].has_local_results
    assert views[mine.batch_id].region_label == "Sandbox"

    srv.clock.advance(60)
    second = await monitor.tick()
    assert second is not None
    assert {j.batch_id for j in second.finished} == {mine.batch_id, console.id}
    assert {j.batch_id for j in second.downloaded} == {mine.batch_id, console.id}
    done = ledger.find_batch("sandbox", str(mine.batch_id))
    assert done is not None and done.has_local_results and done.output_path and done.error_path
    assert (done.result_succeeded, done.result_failed) == (2, 1)
    assert done.verdict == Verdict.COMPLETE_WITH_FAILURES
    assert done.total_tokens and done.prompt_tokens and done.completion_tokens
    assert done.total_tokens == done.prompt_tokens + done.completion_tokens
    assert second.active == 0 and second.next_delay is None
    still = ledger.find_batch("sandbox", "batch_forgotten")
    assert still is not None and still.status == "completed"  # never retrieved: it is finished

    again = await monitor.tick()
    assert again is not None and not again.finished and not again.downloaded and not again.changed


@pytest.mark.asyncio
async def test_monitor_load_more_pages_with_a_cursor(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    monitor = monitor_for(ledger, svc, tmp_path, FakeClock(), page_size=2, job_filter=JobFilter(name="paging"))
    created = []
    src = write_input(tmp_path / "p.jsonl", 1)
    for i in range(5):
        uploaded = await svc.upload(src)
        created.append((await svc.create(uploaded.id, ENDPOINT, name=f"paging {i}")).id)
    tick = await monitor.tick()
    assert tick is not None
    shown = {v.batch_id for v in monitor.views()}
    assert shown == set(created[-2:])  # the first page: the newest two
    assert monitor.has_more("sandbox")
    more = await monitor.load_more()
    assert len(more.changed) == 2 and monitor.has_more()
    await monitor.load_more()
    assert sorted(str(v.batch_id) for v in monitor.views()) == sorted(created)
    assert not monitor.has_more()
    assert (await monitor.load_more()).changed == set()


@pytest.mark.asyncio
async def test_monitor_falls_back_to_retrieve_when_list_route_is_unknown(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    monitor = monitor_for(ledger, svc, tmp_path, FakeClock())
    job = await workflow.submit_file(
        svc, ledger, write_input(tmp_path / "in.jsonl", 2), name="no list", endpoint=ENDPOINT, model=MODEL
    )
    srv.faults.add("list", status=404, times=None)
    srv.clock.advance(60)
    result = await monitor.tick()
    assert result is not None and result.list_unsupported == ["sandbox"]
    assert not result.problems
    done = ledger.get(job.id)
    assert done is not None and done.status == "completed" and done.has_local_results
    # The next tick does not try the list again (until Refresh is pressed).
    nxt = await monitor.tick()
    assert nxt is not None and nxt.plan is not None and nxt.plan.lists == ()
    monitor.refresh_pressed()
    srv.faults.clear()
    last = await monitor.tick()
    assert last is not None and last.plan is not None and len(last.plan.lists) == 1


@pytest.mark.asyncio
async def test_server_that_omits_fields(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No ``id`` on batch objects, no ``request_id`` / ``id`` / ``error`` on result lines."""
    drop = ("id", "object", "errors", "metadata", "in_progress_at", "expires_at", "finalizing_at")
    real_get, real_list = Namespace.get_batch, Namespace.list_batches

    def lean_get(self: Namespace, batch_id: str) -> dict[str, Any]:
        data = real_get(self, batch_id)
        return {k: v for k, v in data.items() if k not in drop}

    def lean_list(self: Namespace, query: Any) -> dict[str, Any]:
        page = real_list(self, query)
        return {"data": [{k: v for k, v in b.items() if k not in drop} for b in page["data"]]}

    from desktop_app.sandbox import answers

    real_success = answers.success_line

    def lean_line(*args: Any) -> dict[str, Any]:
        line = real_success(*args)
        line.pop("id")
        line.pop("error")
        line["response"].pop("request_id")
        return line

    monkeypatch.setattr(answers, "success_line", lean_line)
    job = await workflow.submit_file(
        svc, ledger, write_input(tmp_path / "in.jsonl", 2), name="lean", endpoint=ENDPOINT, model=MODEL
    )
    monkeypatch.setattr(Namespace, "get_batch", lean_get)
    monkeypatch.setattr(Namespace, "list_batches", lean_list)
    monitor = monitor_for(ledger, svc, tmp_path, FakeClock())
    srv.clock.advance(60)
    result = await monitor.tick()
    assert result is not None and not result.problems
    done = ledger.get(job.id)
    assert done is not None and done.status == "completed" and done.batch_id == job.batch_id
    assert done.verdict == Verdict.COMPLETE and done.result_succeeded == 2


@pytest.mark.asyncio
async def test_sync_region_and_forgotten_unfinished_job(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    ledger.update_from_batch("sandbox", batch("batch_gone", "in_progress"))
    stored, _ = await sync_region(svc, ledger, limit=100)
    assert stored  # the module's earlier jobs are listed
    monitor = monitor_for(ledger, svc, tmp_path, FakeClock())
    result = await monitor.tick()
    assert result is not None
    # The notice names the job.
    shown = " ".join(map(str, result.problems))
    assert 'The job "job batch_gone" is no longer on the server (jobs are kept 30 days).' in shown
    gone = ledger.find_batch("sandbox", "batch_gone")
    assert gone is not None and gone.status == "in_progress" and gone.last_error  # kept, not deleted


# ---- remote files -----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_remote_files_list_delete_and_quota(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    job = await workflow.submit_file(
        svc, ledger, write_input(tmp_path / "in.jsonl", 2), name="files", endpoint=ENDPOINT, model=MODEL
    )
    srv.clock.advance(60)
    job = await workflow.refresh_job(svc, ledger, job)
    job = await workflow.download_results(svc, ledger, job, tmp_path / "results")
    assert job.output_file_id and job.input_file_id

    seen: list[str] = []
    after = None
    while True:
        page = await list_remote_files(svc, after=after, limit=3)
        seen += [f.id for f in page.files]
        assert all(f.bytes is not None for f in page.files)
        if not page.has_more:
            break
        after = page.last_id
    assert len(seen) == len(set(seen)) and {job.input_file_id, job.output_file_id} <= set(seen)

    usage = await storage_usage(svc, page_limit=3)
    assert usage.complete and usage.files == len(seen) and usage.bytes > 0
    assert (usage.max_files, usage.max_bytes) == (MAX_STORED_FILES, MAX_STORED_BYTES)
    assert not usage.near_limit and "of 10,000 files" in usage.message

    report = await delete_remote_files(svc, [job.output_file_id, "file-batch-nope"], ledger)
    assert report.deleted == (job.output_file_id, "file-batch-nope")  # already gone counts as deleted
    marked = ledger.get(job.id)
    assert marked is not None and marked.remote_results_deleted_at and not marked.remote_input_deleted_at
    assert job.output_file_id not in [f.id for f in (await list_remote_files(svc, limit=10_000)).files]
    # The answers stay here.
    assert marked.output_path and Path(marked.output_path).exists()


@pytest.mark.asyncio
async def test_delete_remote_after_download_option(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    job = await workflow.submit_file(
        svc, ledger, write_input(tmp_path / "in.jsonl", 2), name="cleanup", endpoint=ENDPOINT, model=MODEL
    )
    srv.clock.advance(60)
    monitor = monitor_for(ledger, svc, tmp_path, FakeClock(), delete_remote_after_download=True)
    await monitor.tick()
    done = ledger.get(job.id)
    assert done is not None and done.remote_input_deleted_at and done.remote_results_deleted_at
    remaining = {f.id for f in (await list_remote_files(svc, limit=10_000)).files}
    assert done.input_file_id not in remaining and done.output_file_id not in remaining
    assert done.output_path and Path(done.output_path).read_text(encoding="utf-8").count("\n") == 2


def test_storage_usage_near_limit_message() -> None:
    from desktop_app.core.jobs import StorageUsage

    usage = StorageUsage(files=8_500, bytes=10 * 1024**3, complete=False)
    assert usage.near_limit and usage.fraction == pytest.approx(0.85)
    assert "Delete old files" in usage.message and "At least" in usage.message


@pytest.mark.asyncio
async def test_a_notice_about_one_job_names_it_and_a_region_wide_one_is_said_once(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    """Retrieving one job fails for a reason of its own (a 400 here): the notice names the job. The
    region failing (500s) is one notice for all its jobs, not one per job."""
    monitor = monitor_for(ledger, svc, tmp_path, FakeClock())
    for count, name in ((2, "商品评论 A"), (3, "商品评论 B")):
        await workflow.submit_file(
            svc, ledger, write_input(tmp_path / f"{name}.jsonl", count), name=name, endpoint=ENDPOINT, model=MODEL
        )
    srv.faults.add("list", status=404, times=None)  # the list is unusable: each job is retrieved by id
    srv.faults.add("retrieve", status=400, times=None)
    result = await monitor.tick()
    assert result is not None
    named = sorted(str(p).split('"')[1] for p in result.problems if str(p).startswith('Job "'))
    assert named == ["商品评论 A", "商品评论 B"], result.problems
    srv.faults.clear()
    srv.faults.add("list", status=404, times=None)
    srv.faults.add("retrieve", status=500, times=None)
    monitor.refresh_pressed()
    again = await monitor.tick()
    assert again is not None
    assert len(again.problems) == 1 and not str(again.problems[0]).startswith("Job "), again.problems


@pytest.mark.asyncio
async def test_ticks_never_loop_over_the_ledger_rows_on_the_event_loop_thread(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's event loop runs the ticks: with 10,000 jobs every loop over the rows there (the plan,
    what changed, what to download, what still runs) cost ~5 ms of UI-thread time, each tick. They run
    in worker threads now; the tick's results are the same (a job ends and is downloaded)."""
    import threading

    loop_thread = threading.get_ident()
    walked_here: list[str] = []

    class Rows(list):  # type: ignore[type-arg]
        def __iter__(self) -> Any:
            if threading.get_ident() == loop_thread:
                import traceback

                walked_here.append("".join(traceback.format_stack(limit=4)))
            return super().__iter__()

    real_jobs = ledger.jobs
    monkeypatch.setattr(ledger, "jobs", lambda *a, **k: Rows(real_jobs(*a, **k)))
    clock = FakeClock()
    monitor = monitor_for(ledger, svc, tmp_path, clock)
    job = await workflow.submit_file(
        svc, ledger, write_input(tmp_path / "in.jsonl", 2), name="j", endpoint=ENDPOINT, model=MODEL, request_count=2
    )
    walked_here.clear()
    first = await monitor.tick()
    assert first is not None and first.active >= 1
    srv.clock.advance(60)
    second = await monitor.tick()
    assert second is not None and job.id in [j.id for j in second.finished]
    assert job.id in [j.id for j in second.downloaded] and job.id in second.changed
    assert second.active < first.active
    done = next(j for j in second.downloaded if j.id == job.id)
    assert done.output_path and Path(done.output_path + ".rowindex").is_file(), "the answers' index, saved once"
    assert walked_here == [], walked_here[0] if walked_here else ""


@pytest.mark.asyncio
@pytest.mark.parametrize("unconfirmed", [True, False])
async def test_an_unconfirmed_submit_is_looked_up_every_minute_whatever_the_back_off(
    svc: BatchService, ledger: Ledger, tmp_path: Path, unconfirmed: bool
) -> None:
    """The message says "the app checks every minute": with an Unconfirmed job the next tick is never more
    than a minute away, while a plain running job backs off beyond that (the test can fail)."""
    clock = FakeClock()
    monitor = monitor_for(ledger, svc, tmp_path, clock)
    running = await workflow.submit_file(
        svc, ledger, write_input(tmp_path / "in.jsonl", 2), name="r", endpoint=ENDPOINT, model=MODEL
    )
    assert running.batch_id
    if unconfirmed:
        job_id = ledger.record_intent(region_id="sandbox", name="u", endpoint=ENDPOINT, model=MODEL)
        ledger.record_upload(job_id, "file-batch-not-listed-anywhere")
        ledger.mark_creating(job_id)
        ledger.record_create_unknown(job_id, workflow.unconfirmed_message("Sandbox"))
    delays = []
    for _ in range(8):
        result = await monitor.tick()
        assert result is not None and result.next_delay is not None
        delays.append(result.next_delay)
        clock.advance(result.next_delay)
    if unconfirmed:
        assert max(delays) <= workflow.UNCONFIRMED_CHECK_EVERY_S, delays
        [job] = [j for j in ledger.jobs() if j.name == "u"]
        assert job.status == "create_unknown", "never marked not created before the settle period"
    else:
        assert max(delays) > workflow.UNCONFIRMED_CHECK_EVERY_S, delays
