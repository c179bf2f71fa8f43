"""submit / reconcile / refresh / download, end to end against the sandbox over loopback HTTP."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest

from desktop_app.core import workflow
from desktop_app.core.errors import BadRequest
from desktop_app.core.ledger import Ledger, LocalState
from desktop_app.core.service import BatchService
from desktop_app.sandbox.server import SandboxServer, SandboxTiming

ENDPOINT = "/v1/chat/completions"
MODEL = "qwen-plus"


SANDBOX_OPTIONS = {"timing": SandboxTiming(validating_s=3, per_request_s=0.5, finalizing_s=2)}
RETRY_ATTEMPTS = 3
pytestmark = pytest.mark.usefixtures("clean_faults")


def write_input(path: Path, lines: int = 3, bad_line: bool = False) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(lines):
            body: dict[str, object] = {"model": MODEL, "messages": [{"role": "user", "content": f"q {i}"}]}
            if bad_line and i == 0:
                body["temperature"] = 7  # the model API refuses this line: it goes to the error file
            handle.write(json.dumps({"custom_id": str(i), "method": "POST", "url": ENDPOINT, "body": body}) + "\n")
    return path


async def on_server(service: BatchService, file_id: str) -> list[str]:
    page = await service.list(limit=100, input_file_ids=[file_id])
    return [b.id for b in page.items if b.input_file_id == file_id]


@pytest.mark.asyncio
async def test_submit_refresh_download(svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path) -> None:
    src = write_input(tmp_path / "in.jsonl", 3)
    progress: list[tuple[int, int]] = []
    job = await workflow.submit_file(
        svc,
        ledger,
        src,
        name="Workflow",
        description="happy",
        completion_window="24h",
        endpoint=ENDPOINT,
        model=MODEL,
        request_count=3,
        progress=lambda d, t: progress.append((d, t)),
    )
    assert job.batch_id and job.status == "validating"
    assert job.region_id == "sandbox" and job.name == "Workflow"
    assert job.input_sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert job.input_bytes == src.stat().st_size and job.request_count == 3
    assert job.input_file_id and progress[-1] == (src.stat().st_size,) * 2
    assert ledger.unfinished_intents() == []
    assert await on_server(svc, job.input_file_id) == [job.batch_id]

    results = tmp_path / "results"
    with pytest.raises(workflow.NoResultsYet):
        await workflow.download_results(svc, ledger, job, results)

    srv.clock.advance(120)
    job = await workflow.refresh_job(svc, ledger, job)
    assert job.status == "completed" and job.completed == 3 and job.output_file_id

    job = await workflow.download_results(svc, ledger, job, results)
    out = workflow.results_folder(results, job) / "output.jsonl"
    assert out.parent.parent == results / "sandbox" and out.parent.name.startswith(f"{job.batch_id}-")
    assert job.output_path == str(out) and out.exists()
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert job.results_downloaded_at is not None
    first_time = out.stat().st_mtime_ns

    # Idempotent: a second call does not fetch the content again (it would fail now).
    srv.faults.add("content", status=500, times=None)
    again = await workflow.download_results(svc, ledger, job, results)
    assert again.output_path == str(out) and out.stat().st_mtime_ns == first_time
    srv.faults.clear()

    # A truncated local copy is fetched again.
    out.write_bytes(b"partial")
    fixed = await workflow.download_results(svc, ledger, again, results)
    assert len(Path(str(fixed.output_path)).read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.asyncio
async def test_error_file_is_downloaded_too(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    src = write_input(tmp_path / "in.jsonl", 3, bad_line=True)
    job = await workflow.submit_file(
        svc, ledger, src, name="with errors", endpoint=ENDPOINT, model=MODEL, request_count=3
    )
    srv.clock.advance(120)
    job = await workflow.refresh_job(svc, ledger, job)
    assert job.status == "completed" and job.failed == 1 and job.error_file_id and job.output_file_id
    job = await workflow.download_results(svc, ledger, job, tmp_path / "r")
    assert job.error_path and Path(job.error_path).name == "errors.jsonl"
    [error_line] = Path(job.error_path).read_text(encoding="utf-8").splitlines()
    assert json.loads(error_line)["custom_id"] == "0"
    assert job.output_path and len(Path(job.output_path).read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.asyncio
async def test_reconcile_after_crash_between_create_and_record(
    svc: BatchService, srv: SandboxServer, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.sqlite3"
    src = write_input(tmp_path / "in.jsonl")
    with Ledger(path) as before_crash:
        # The app got as far as sending create; the batch exists; then it died before recording it.
        job_id = before_crash.record_intent(region_id="sandbox", name="crashy", input_path=src)
        uploaded = await svc.upload(src)
        before_crash.record_upload(job_id, uploaded.id)
        before_crash.mark_creating(job_id)
        created = await svc.create(uploaded.id, ENDPOINT, name="crashy")

        # Another job died while create was in flight, and no batch came of it.
        other_id = before_crash.record_intent(region_id="sandbox", name="never made")
        other_file = await svc.upload(write_input(tmp_path / "other.jsonl"))
        before_crash.record_upload(other_id, other_file.id)
        before_crash.mark_creating(other_id)

        # And one died after upload, before create was sent.
        unsent_id = before_crash.record_intent(region_id="sandbox", name="never sent")
        unsent_file = await svc.upload(write_input(tmp_path / "unsent.jsonl"))
        before_crash.record_upload(unsent_id, unsent_file.id)

        # And one died during the upload.
        uploading_id = before_crash.record_intent(region_id="sandbox", name="half uploaded")

        # A job of another region is not this service's business.
        foreign_id = before_crash.record_intent(region_id="intl", name="other region")

    with Ledger(path) as after_restart:
        updated = {job.id: job for job in await workflow.reconcile_unfinished(svc, after_restart)}
        assert set(updated) == {job_id, other_id, unsent_id, uploading_id}

        found = updated[job_id]
        assert found.batch_id == created.id and found.status == "validating"
        assert found.name == "crashy"

        # Create was sent and nothing is listed: unknown, never absent — until the settle period passes.
        unconfirmed = updated[other_id]
        assert unconfirmed.status == LocalState.CREATE_UNKNOWN and unconfirmed.batch_id is None
        assert unconfirmed.last_error and "Don't submit the file again" in unconfirmed.last_error

        # Create was never sent: not created, at once.
        unsent = updated[unsent_id]
        assert unsent.status == LocalState.CREATE_FAILED and unsent.batch_id is None
        assert unsent.last_error and "submit the file again" in unsent.last_error

        assert updated[uploading_id].status == LocalState.CREATE_FAILED

        foreign = after_restart.get(foreign_id)
        assert foreign is not None and foreign.status == LocalState.UPLOADING
        assert [j.id for j in after_restart.unfinished_intents()] == [other_id, foreign_id]

        # Nothing was created by reconciling.
        assert await on_server(svc, uploaded.id) == [created.id]
        assert await on_server(svc, other_file.id) == []

        # 15 minutes after create was sent, with the service answering and the batch still absent: not created.
        later = time.time() + workflow.CREATE_SETTLE_S + 1
        settled = {job.id: job for job in await workflow.reconcile_unfinished(svc, after_restart, now=lambda: later)}
        assert settled[other_id].status == LocalState.CREATE_FAILED
        assert "15 minutes" in (settled[other_id].last_error or "")


@pytest.mark.asyncio
async def test_ambiguous_submit_then_reconcile(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    src = write_input(tmp_path / "in.jsonl")
    create_fault = srv.faults.add("create", status=500, after_effect=True, times=None)
    srv.faults.add("list", status=503, times=None)
    job = await workflow.submit_file(svc, ledger, src, name="unsure", endpoint=ENDPOINT, model=MODEL)
    assert job.status == LocalState.CREATE_UNKNOWN and job.batch_id is None
    assert job.last_error and "Don't submit the file again" in job.last_error
    assert create_fault.hits == 1

    # Still unreachable: reconcile keeps it unknown, never creates.
    still = await workflow.reconcile_unfinished(svc, ledger)
    assert [j.status for j in still] == [LocalState.CREATE_UNKNOWN]
    srv.faults.clear()

    resolved = await workflow.reconcile_unfinished(svc, ledger)
    assert len(resolved) == 1 and resolved[0].batch_id
    assert job.input_file_id is not None
    assert await on_server(svc, job.input_file_id) == [resolved[0].batch_id]
    assert len(ledger.jobs()) == 1


@pytest.mark.asyncio
async def test_definite_failures_are_recorded(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    src = write_input(tmp_path / "in.jsonl")
    with pytest.raises(BadRequest):
        await workflow.submit_file(
            svc, ledger, src, name="bad window", completion_window="1000h", endpoint=ENDPOINT, model=MODEL
        )
    [job] = ledger.jobs()
    assert job.status == LocalState.CREATE_FAILED and job.last_error
    assert "completion_window" in job.last_error

    srv.faults.add("upload", status=400, times=1)
    with pytest.raises(BadRequest):
        await workflow.submit_file(svc, ledger, src, name="upload refused", endpoint=ENDPOINT, model=MODEL)
    newest = ledger.jobs()[0]
    assert newest.status == LocalState.CREATE_FAILED and newest.input_file_id is None
    assert newest.last_error and newest.last_error.startswith("Upload failed")
    assert ledger.unfinished_intents() == []


@pytest.mark.asyncio
async def test_cancelled_batch_without_files_is_marked_done(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    job = await workflow.submit_file(
        svc, ledger, write_input(tmp_path / "in.jsonl"), name="cancel me", endpoint=ENDPOINT, model=MODEL
    )
    assert job.batch_id
    await svc.cancel(job.batch_id)
    srv.clock.advance(30)
    job = await workflow.refresh_job(svc, ledger, job)
    assert job.status == "cancelled"
    done = await workflow.download_results(svc, ledger, job, tmp_path / "r")
    assert done.results_downloaded_at is not None
    if not job.output_file_id and not job.error_file_id:
        assert done.output_path is None and done.error_path is None


@pytest.mark.asyncio
async def test_file_with_bom_is_uploaded_without_it_and_left_untouched(
    srv: SandboxServer, svc: BatchService, ledger: Ledger, tmp_path: Path
) -> None:
    source = write_input(tmp_path / "bom.jsonl", lines=2)
    source.write_bytes(b"\xef\xbb\xbf" + source.read_bytes())
    before = source.read_bytes()
    staging = tmp_path / "staging"
    staging.mkdir()

    job = await workflow.submit_file(
        svc, ledger, source, name="bom", endpoint=ENDPOINT, model=MODEL, request_count=2, staging_dir=staging
    )
    srv.clock.advance(3600)
    job = await workflow.refresh_job(svc, ledger, job)

    # The sandbox, like a strict JSON reader, fails a file whose first line starts with a BOM.
    assert job.status == "completed", job.last_error
    assert job.completed == 2
    assert source.read_bytes() == before
    assert list(staging.iterdir()) == [], "the BOM-less copy is removed after the upload"


@pytest.mark.asyncio
async def test_the_same_file_is_not_submitted_twice_by_accident(
    srv: SandboxServer, svc: BatchService, ledger: Ledger, tmp_path: Path
) -> None:
    source = write_input(tmp_path / "twice.jsonl", lines=2)
    first = await workflow.submit_file(svc, ledger, source, name="once", endpoint=ENDPOINT, model=MODEL)
    assert first.input_file_id

    with pytest.raises(workflow.AlreadySubmitted) as refused:
        await workflow.submit_file(svc, ledger, source, name="twice", endpoint=ENDPOINT, model=MODEL)
    assert first.batch_id and first.batch_id in refused.value.user_message
    assert "bill" in refused.value.user_message
    assert await on_server(svc, first.input_file_id) == [first.batch_id]
    assert len(ledger.jobs()) == 1, "nothing was recorded for the refused submit"

    again = await workflow.submit_file(
        svc, ledger, source, name="twice", endpoint=ENDPOINT, model=MODEL, allow_duplicate=True
    )
    assert again.batch_id and again.batch_id != first.batch_id


@pytest.mark.asyncio
async def test_a_file_whose_job_cannot_bill_again_may_be_resubmitted(
    svc: BatchService, ledger: Ledger, tmp_path: Path
) -> None:
    source = write_input(tmp_path / "retry.jsonl", lines=1)
    first = await workflow.submit_file(svc, ledger, source, name="first", endpoint=ENDPOINT, model=MODEL)
    assert first.batch_id
    await svc.cancel(first.batch_id)
    ledger.set_status(first.id, "cancelled")
    second = await workflow.submit_file(svc, ledger, source, name="second", endpoint=ENDPOINT, model=MODEL)
    assert second.batch_id and second.batch_id != first.batch_id


@pytest.mark.asyncio
async def test_reconcile_of_an_unsent_create_while_the_lookup_fails_keeps_it_and_says_why(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    """A job that was uploaded but whose create was never sent, looked up while the service's list call
    fails: nothing is decided, the job stays "uploaded" with the reason — no crash (this step raised a
    TypeError before: the reason was passed where the ledger takes it by keyword only)."""
    src = write_input(tmp_path / "in.jsonl")
    job_id = ledger.record_intent(region_id="sandbox", name="unsent", input_path=src)
    uploaded = await svc.upload(src)
    ledger.record_upload(job_id, uploaded.id)
    srv.faults.add("list", status=400, times=None)
    [row] = await workflow.reconcile_unfinished(svc, ledger)
    assert row.id == job_id and row.status == LocalState.UPLOADED and row.batch_id is None
    assert row.last_error, "the failed lookup is said"
    srv.faults.clear()
    assert await on_server(svc, uploaded.id) == [], "nothing was created"
