"""Qt-free orchestration of submit / reconcile / refresh / download, shared by the window and the CLI.

The order of ledger writes is what makes a crash harmless:

1. ``record_intent`` (hash, size, name, region) before any network call — a *reservation*: the
   "same bytes already live in this region?" check runs in the same transaction (:func:`blocks_resubmit`);
2. ``record_upload`` once the file id is known;
3. ``mark_creating`` just before create is sent — from here on the batch may exist;
4. ``record_created`` with the batch id.

:func:`reconcile_unfinished` resolves rows a crash left in steps 1–3 by looking the batch up by its
input file id; it never creates anything, and while another Batch Desk process runs it leaves rows that
process may still be sending alone (:mod:`desktop_app.core.startup`). A create whose answer was lost is
*Unconfirmed* (``create_unknown``) — unknown, never absent — until the service lists the batch or
:data:`CREATE_SETTLE_S` passes with the service answering and the batch absent (*Not created*).
Every ledger call of the coroutines here runs on the ledger's own thread (:meth:`Ledger.call`), so another process
holding the ledger's write lock never stalls the loop.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from desktop_app.core import startup
from desktop_app.core import wording as w
from desktop_app.core.answers.counts import count_answers, input_custom_ids
from desktop_app.core.answers.index import save_answer_index, save_input_index
from desktop_app.core.answers.lineage import input_index_of, open_rerun, open_results, root_job
from desktop_app.core.answers.rerun import build_rerun_input
from desktop_app.core.answers.source import SourceSpec
from desktop_app.core.answers.verdict import judge
from desktop_app.core.batch import JobStatus
from desktop_app.core.errors import AmbiguousCreate, BatchDeskError, NotFound
from desktop_app.core.fileutil import CHUNK_BYTES, sha256_file
from desktop_app.core.ledger import JobRecord, JobRelation, Ledger, LocalState, ReservationRefused
from desktop_app.core.limits import DEFAULT_COMPLETION_WINDOW, TEST_MODEL
from desktop_app.core.service import BatchService, ProgressCallback

log = logging.getLogger("desktop_app.workflow")

OUTPUT_FILE_NAME = "output.jsonl"
ERROR_FILE_NAME = "errors.jsonl"

ID_REUSED_MESSAGE = (
    "The service now uses this job's id for another job, so this job's state can no longer be refreshed. "
    "Answers already downloaded are kept."
)
UPLOAD_INTERRUPTED_MESSAGE = "The upload did not finish, so no batch was created; you can submit the file again."
NOT_SENT_MESSAGE = (
    "The app stopped before it asked for the batch, so no batch was created; you can submit the file again."
)

# How long an unconfirmed create stays *Unconfirmed* while the service answers normally and does not
# list the batch. The batch list is eventually consistent (seconds, in practice), and a create the
# gateway gave up on may still be finished by the backend a little later; 15 minutes is far beyond
# both, yet short enough that a person who comes back after a coffee can submit again.
CREATE_SETTLE_S = 15 * 60
# How often the window and ``jobs`` look an unconfirmed submit up (the vendor's polling guidance).
UNCONFIRMED_CHECK_EVERY_S = 60


def unconfirmed_message(region_name: str) -> str:
    """What an *Unconfirmed* job says: not known yet, don't resubmit, we keep checking."""
    return (
        f"We cannot tell yet whether {region_name} made this batch. Don't submit the file again — it "
        "could run and be billed twice; the app checks every minute and shows the batch as soon as the "
        "service lists it."
    )


def not_created_message(minutes: int) -> str:
    """What a job says once the settle period has passed without the batch: *Not created*."""
    return (
        f"The service has no batch from this file {minutes} minutes after the submit, so it was not "
        "created and nothing is billed. You can submit the file again."
    )


# Jobs this process is submitting right now: reconcile must not judge them while create is in flight.
_in_flight: set[int] = set()


class NoResultsYet(BatchDeskError):
    """The batch has no output or error file to download (yet)."""

    def __init__(self, status: str) -> None:
        if JobStatus.parse(status) is not None and JobStatus(status).is_terminal:
            text = w.ENDED_WITHOUT_RESULTS(status=w.Status(status))
        else:
            text = w.NOT_FINISHED(status=w.Status(status or "unknown"))
        super().__init__(text)


def _message(exc: BaseException) -> str:
    if isinstance(exc, BatchDeskError):
        return exc.user_message
    if isinstance(exc, asyncio.CancelledError):
        return "Stopped before it finished."
    return f"{type(exc).__name__}: {exc}"


# A job in one of these states cannot bill again, so submitting its file again is no duplicate.
RESUBMITTABLE_STATES = frozenset({"create_failed", "failed", "cancelled", "expired", "draft"})


def blocks_resubmit(earlier: JobRecord, *, endpoint: str, model: str) -> bool:
    """Whether ``earlier`` (same bytes, same region) forbids submitting the file again now.

    The one rule for "is this a second bill?": a job that is running, has answers or whose create is
    unconfirmed blocks; failed, cancelled, expired and never-created jobs don't. The free test model
    is exempt — except while an earlier submit of it is still in flight, so one key press bounced
    twice never makes two batches.
    """
    if earlier.endpoint and endpoint and earlier.endpoint != endpoint:
        return False
    if earlier.status in RESUBMITTABLE_STATES:
        return False
    if model == TEST_MODEL:
        return earlier.is_unfinished_intent
    return True


class AlreadySubmitted(BatchDeskError):
    """The same file was already submitted to the region; a second run would bill every request again."""

    def __init__(self, earlier: JobRecord) -> None:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(earlier.created_at)) if earlier.created_at else ""
        self.earlier = earlier
        if earlier.is_unfinished_intent:
            job_name: w.Param = earlier.name or w.A_JOB
            super().__init__(
                w.JUST_SUBMITTED_WHEN(job_name=job_name, when=when) if when else w.JUST_SUBMITTED(job_name=job_name)
            )
            return
        values: dict[str, w.Param] = {
            "name": earlier.name or earlier.batch_id or "",
            "batch_ref": earlier.batch_id or w.BATCH_ID_UNCONFIRMED,
            "status": w.Status(earlier.status),
        }
        super().__init__(w.ALREADY_SUBMITTED_WHEN(**values, when=when) if when else w.ALREADY_SUBMITTED(**values))


async def submit_file(
    service: BatchService,
    ledger: Ledger,
    path: str | os.PathLike[str],
    *,
    name: str,
    description: str = "",
    completion_window: str = DEFAULT_COMPLETION_WINDOW,
    endpoint: str,
    model: str = "",
    request_count: int | None = None,
    metadata: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    staging_dir: Path | None = None,
    allow_duplicate: bool = False,
    parent_job_id: int | None = None,
    relation: str | None = None,
    group_id: str | None = None,
    part_index: int | None = None,
    source: Mapping[str, Any] | None = None,
    replaces_job_id: int | None = None,
    refuse_if: Callable[[JobRecord], bool] | None = None,
) -> JobRecord:
    """Hash, record, upload and create one batch; returns the job as recorded.

    ``parent_job_id`` / ``relation`` / ``group_id`` / ``part_index`` link a re-run or a split part to
    its family, and ``source`` records the spreadsheet the file was built from
    (``answers.source.SourceSpec.to_json()``); all are written with the intent, before any network call.

    The same bytes already submitted to this region, by a job that is running, finished with answers or
    whose submit is unconfirmed, raise :class:`AlreadySubmitted` (a second run is a second bill) unless
    ``allow_duplicate``; the free test model is exempt. ``replaces_job_id`` takes the place of a *Not
    created* job in the same reservation (``ledger.ReplacedAlready`` when it is no longer one).
    ``refuse_if`` replaces that rule (a re-run: refused only while another re-run of the same job with
    the same bytes is open), still checked in the reservation's transaction.

    A file that starts with a UTF-8 BOM is uploaded from a BOM-less copy in ``staging_dir`` (default:
    the file's temp folder), because the service reads the mark as part of the first line; the
    user's file is never changed.

    Returns a job in ``create_unknown`` (not an exception) when the server's answer to create was lost
    and could not be checked: the app must not resubmit; :func:`reconcile_unfinished` resolves it.
    Definite failures are recorded as ``create_failed`` and re-raised as BatchDeskError.
    """
    path = Path(path)
    size = await asyncio.to_thread(lambda: path.stat().st_size)
    digest = await asyncio.to_thread(sha256_file, path)

    def blocks(earlier: JobRecord) -> bool:
        return blocks_resubmit(earlier, endpoint=endpoint, model=model)

    rule = refuse_if or blocks

    def reserve() -> int:
        # The check and the record are one transaction (BEGIN IMMEDIATE): a second press, window or
        # process finds this row and is refused, before anything is uploaded.
        return ledger.record_intent(
            region_id=service.region.id,
            name=name,
            description=description,
            completion_window=completion_window,
            endpoint=endpoint,
            model=model,
            input_path=path,
            input_sha256=digest,
            input_bytes=size,
            request_count=request_count,
            metadata=metadata,
            parent_job_id=parent_job_id,
            relation=relation,
            group_id=group_id,
            part_index=part_index,
            source=source,
            refuse_if=None if allow_duplicate else rule,
            replaces_job_id=replaces_job_id,
        )

    try:
        job_id = await ledger.call(reserve)
    except ReservationRefused as exc:
        raise AlreadySubmitted(exc.earlier) from None
    _in_flight.add(job_id)
    upload_path = path
    try:
        try:
            upload_path = await asyncio.to_thread(_without_bom, path, staging_dir)
            uploaded = await service.upload(upload_path, progress)
        except BaseException as exc:
            await ledger.call(ledger.record_failure, job_id, f"Upload failed: {_message(exc)}")
            raise
        finally:
            if upload_path != path:
                shutil.rmtree(upload_path.parent, ignore_errors=True)
        await ledger.call(ledger.record_upload, job_id, uploaded.id)
        await ledger.call(ledger.mark_creating, job_id)
        try:
            batch = await service.create(
                uploaded.id,
                endpoint,
                name=name,
                description=description,
                completion_window=completion_window,
                metadata=metadata,
            )
        except AmbiguousCreate:
            # Unknown is never absent: the job is Unconfirmed until the service lists the batch or the
            # settle period passes (reconcile); nothing here or in the caller creates again.
            log.warning("job %d: create outcome unknown; unconfirmed", job_id)
            return await ledger.call(ledger.record_create_unknown, job_id, unconfirmed_message(service.region.name))
        except BatchDeskError as exc:
            # The service only raises these after being told nothing was created (4xx, 429 retries spent).
            await ledger.call(ledger.record_failure, job_id, exc.user_message)
            raise
        # Anything else (cancelled, a bug): the row stays "creating"; reconcile will look it up.
        record = await ledger.call(ledger.record_created, job_id, batch)
        log.info("job %d: created %s on %s", job_id, batch.id, service.region.id)
        return record
    finally:
        _in_flight.discard(job_id)


BOM = b"\xef\xbb\xbf"


def _without_bom(path: Path, staging_dir: Path | None) -> Path:
    """``path`` itself, or a streamed copy without the leading UTF-8 BOM (same file name)."""
    with open(path, "rb") as source:
        if source.read(len(BOM)) != BOM:
            return path
        folder = Path(tempfile.mkdtemp(prefix="upload-", dir=staging_dir))
        copy = folder / path.name
        with open(copy, "wb") as target:
            shutil.copyfileobj(source, target, CHUNK_BYTES)
    return copy


async def reconcile_unfinished(
    service: BatchService, ledger: Ledger, *, now: Callable[[], float] = time.time
) -> list[JobRecord]:
    """Resolve jobs a crash or a lost answer left between intent and batch id, for this region.

    Never creates or uploads anything. ``uploading`` without a file id can only be *not created*
    (create was never sent). The others are looked up by input file id (:func:`_resolve_intent`):
    found → the batch is recorded; absent → *Not created* only when create was never sent, or
    :data:`CREATE_SETTLE_S` after it was; otherwise *Unconfirmed* (``create_unknown``). Returns the
    updated jobs.
    """
    updated: list[JobRecord] = []
    others = await asyncio.to_thread(startup.others_running)
    for job in await ledger.call(ledger.unfinished_intents, service.region.id):
        if not _may_judge(job, others):
            continue
        if not job.input_file_id:
            updated.append(await ledger.call(ledger.record_failure, job.id, UPLOAD_INTERRUPTED_MESSAGE))
            continue
        updated.append(await _resolve_intent(service, ledger, job, now=now))
    return updated


def _may_judge(job: JobRecord, others_running: bool) -> bool:
    """Whether reconcile may decide an unfinished submit now: not while this process is sending it,
    nor — unless create already answered (``create_unknown``) — while another Batch Desk process runs,
    which may be the one still uploading or creating it (see :mod:`desktop_app.core.startup`)."""
    if job.id in _in_flight:
        return False
    return job.status == LocalState.CREATE_UNKNOWN or not others_running


def settled(job: JobRecord, now: float) -> bool:
    """True once an unconfirmed create is older than the settle period (see :data:`CREATE_SETTLE_S`)."""
    sent = job.create_sent_at if job.create_sent_at is not None else job.updated_at
    return now - sent >= CREATE_SETTLE_S


async def _resolve_intent(
    service: BatchService, ledger: Ledger, job: JobRecord, *, now: Callable[[], float] = time.time
) -> JobRecord:
    assert job.input_file_id is not None
    try:
        found = await service.find_batch_by_input_file(job.input_file_id)
    except BatchDeskError as exc:
        # The lookup itself failed: nothing is known, nothing changes but the reason.
        log.warning("job %d: could not check %s: %s", job.id, job.input_file_id, exc.detail)
        if job.status == LocalState.UPLOADED:
            return await ledger.call(ledger.set_status, job.id, LocalState.UPLOADED.value, last_error=exc.user_message)
        return await ledger.call(ledger.record_create_unknown, job.id, unconfirmed_message(service.region.name))
    if found is not None:
        log.info("job %d: found batch %s for %s", job.id, found.id, job.input_file_id)
        return await ledger.call(ledger.record_created, job.id, found)
    if job.status == LocalState.UPLOADED:
        # mark_creating is committed before create is sent: this create never left the computer.
        log.info("job %d: create was never sent for %s; not created", job.id, job.input_file_id)
        return await ledger.call(ledger.record_failure, job.id, NOT_SENT_MESSAGE)
    if settled(job, now()):
        minutes = CREATE_SETTLE_S // 60
        log.info("job %d: no batch for %s after %d min; not created", job.id, job.input_file_id, minutes)
        return await ledger.call(ledger.record_failure, job.id, not_created_message(minutes))
    log.info("job %d: no batch for %s listed yet; still unconfirmed", job.id, job.input_file_id)
    return await ledger.call(ledger.record_create_unknown, job.id, unconfirmed_message(service.region.name))


async def refresh_job(service: BatchService, ledger: Ledger, job: JobRecord) -> JobRecord:
    """Fetch the batch's current state and store it. Jobs without a batch id are reconciled instead."""
    _check_region(service, job)
    if job.batch_id is None:
        others = await asyncio.to_thread(startup.others_running)
        if job.is_unfinished_intent and job.input_file_id and _may_judge(job, others):
            return await _resolve_intent(service, ledger, job)
        return await ledger.call(ledger.get, job.id) or job
    try:
        batch = await service.retrieve(job.batch_id)
    except NotFound as exc:
        await ledger.call(ledger.record_failure, job.id, exc.user_message)
        raise
    if job.input_file_id and batch.input_file_id and batch.input_file_id != job.input_file_id:
        # The server reused this id for another job (issue 10): never copy that job's state onto this one.
        log.warning("job %d: batch %s now has another input file; not updated", job.id, job.batch_id)
        return await ledger.call(ledger.record_failure, job.id, ID_REUSED_MESSAGE)
    return await ledger.call(ledger.update_from_batch, job.region_id, batch)


def _safe_part(text: str) -> str:
    """A folder name that is valid on every OS (region ids like ``custom:x`` contain ':')."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._") or "unknown"


_FOLDER_PREFIX_CHARS = 60


def _unique_part(text: str, *salt: object) -> str:
    """A readable, length-bounded prefix of ``text`` plus a short hash of the exact text (and ``salt``),
    so ``batch:7`` and ``batch/7`` or two all-non-ASCII ids never share a folder."""
    digest = hashlib.sha256("\0".join([text, *map(str, salt)]).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    prefix = _safe_part(text)[:_FOLDER_PREFIX_CHARS].rstrip("._")
    return f"{prefix or 'job'}-{digest}"


def legacy_results_folder(results_dir: Path, job: JobRecord) -> Path:
    """Where versions before issue 10 put a job's answers (``<region>/<batch_id>``, not unique)."""
    return Path(results_dir) / _safe_part(job.region_id) / _safe_part(job.batch_id or f"job-{job.id}")


def results_folder(results_dir: Path, job: JobRecord) -> Path:
    """``results_dir/<region>/<batch id prefix>-<hash>``: unique and stable per job (the hash covers the
    exact region, batch id and local job id), at most ~80 characters whatever the server's id."""
    region = job.region_id if _safe_part(job.region_id) == job.region_id else _unique_part(job.region_id)
    return Path(results_dir) / region / _unique_part(job.batch_id or f"job-{job.id}", job.region_id, job.id)


async def download_results(
    service: BatchService,
    ledger: Ledger,
    job: JobRecord,
    results_dir: str | os.PathLike[str],
    *,
    progress: Callable[[str, int, int], None] | None = None,
    delete_remote: bool = False,
) -> JobRecord:
    """Download the output and error files (when present) to ``results_dir/<region>/<batch_id>/``.

    Files are written atomically as ``output.jsonl`` / ``errors.jsonl``. Already downloaded files of
    the right size are not fetched again. ``progress(kind, done, total)`` has kind "output"/"errors".
    A finished batch without result files is recorded as downloaded with no paths; one that is not
    finished raises :class:`NoResultsYet`.

    Afterwards the answers are counted (a worker thread): token usage (successful lines; thinking is
    part of the completion tokens), succeeded / failed lines and the :class:`~desktop_app.core.answers.verdict.
    Verdict` are stored on the job. With ``delete_remote`` (the setting
    ``delete_remote_after_download``) the input, output and error files are then deleted from the
    server; a failed delete is logged and left for the user (remote files view), never an error here.
    """
    _check_region(service, job)
    if job.batch_id is None:
        raise NoResultsYet(job.status)
    if (not job.output_file_id and not job.error_file_id) or not job.is_terminal:
        job = await refresh_job(service, ledger, job)
    if not job.output_file_id and not job.error_file_id:
        if job.is_terminal:
            # Failed / expired / cancelled without files: nothing to fetch, and nothing to retry.
            await ledger.call(ledger.record_results, job.id, None, None)
            return await _after_download(service, ledger, job.id, delete_remote)
        raise NoResultsYet(job.status)
    folder = results_folder(Path(results_dir), job)
    paths: dict[str, Path | None] = {"output": None, "errors": None}
    plan = (
        ("output", job.output_file_id, OUTPUT_FILE_NAME, job.output_path),
        ("errors", job.error_file_id, ERROR_FILE_NAME, job.error_path),
    )
    for kind, file_id, file_name, recorded in plan:
        if not file_id:
            continue
        dest = folder / file_name
        # Answers an older version downloaded stay where they are (found through the recorded path).
        kept = Path(recorded) if recorded else None
        legacy = legacy_results_folder(Path(results_dir), job) / file_name
        if kept is not None and kept in (dest, legacy) and await _already_complete(service, file_id, kept):
            log.info("job %d: %s already downloaded to %s", job.id, kind, kept)
            paths[kind] = kept
            continue
        report = None if progress is None else _bind_progress(progress, kind)
        paths[kind] = await service.download(file_id, dest, report)
    await ledger.call(ledger.record_results, job.id, paths["output"], paths["errors"])
    return await _after_download(service, ledger, job.id, delete_remote)


def _save_indexes(job: JobRecord) -> None:
    """The results window's saved indexes: each answer file's, and the input's next to the answers."""
    for path in (job.output_path, job.error_path):
        if path:
            save_answer_index(path)
    index = input_index_of(job)
    if index is not None and job.input_path and Path(job.input_path).is_file():
        save_input_index(job.input_path, index)


async def _after_download(service: BatchService, ledger: Ledger, job_id: int, delete_remote: bool) -> JobRecord:
    """Store usage, counts and verdict; optionally delete the remote files."""
    job = await ledger.call(ledger.get, job_id)
    assert job is not None
    spec = SourceSpec.from_json(job.source)
    outputs = spec.outputs if spec is not None else ()
    known = await asyncio.to_thread(input_custom_ids, job.input_path, job.input_bytes)
    counts = await asyncio.to_thread(count_answers, job.output_path, job.error_path, outputs, known)
    # the results window's indexes of the answers and the input, built once here rather than at every opening
    await asyncio.to_thread(_save_indexes, job)
    if counts.unknown or counts.duplicates:
        log.warning(
            "job %d: %d answer(s) for ids never sent, %d repeated answer(s) ignored",
            job.id,
            counts.unknown,
            counts.duplicates,
        )
    expected = (len(known) if known else None) or job.request_count or job.total or None
    verdict = judge(job.status, expected, counts.succeeded, counts.failed)
    job = await ledger.call(
        ledger.record_usage,
        job.id,
        prompt_tokens=counts.prompt_tokens,
        completion_tokens=counts.completion_tokens,
        total_tokens=counts.total_tokens,
        reasoning_tokens=counts.reasoning_tokens or None,
        result_succeeded=counts.succeeded,
        result_failed=counts.failed,
        verdict=verdict.value,
        result_unknown=counts.unknown if known is not None else None,
        result_duplicates=counts.duplicates,
    )
    if delete_remote:
        job = await delete_job_files(service, ledger, job)
    return job


async def delete_job_files(
    service: BatchService, ledger: Ledger, job: JobRecord, *, input_file: bool = True, result_files: bool = True
) -> JobRecord:
    """Delete a finished job's files from the server once its answers are on disk.

    Deletes the input file and/or the output and error files; a file already gone counts as deleted.
    Failures are logged and leave the job unmarked. Refuses (ValueError) while the answers have not
    been downloaded, so nothing is ever lost.
    """
    _check_region(service, job)
    if result_files and not job.has_local_results:
        raise ValueError("the answers of this job have not been downloaded yet")
    ok_input = ok_results = True
    wanted: list[tuple[str, str | None]] = []
    if input_file:
        wanted.append(("input", job.input_file_id))
    if result_files:
        wanted += [("output", job.output_file_id), ("errors", job.error_file_id)]
    for kind, file_id in wanted:
        if not file_id:
            continue
        try:
            await service.delete_file(file_id)
        except NotFound:
            pass  # already gone
        except BatchDeskError as exc:
            log.warning("job %d: could not delete the %s file %s: %s", job.id, kind, file_id, exc.detail)
            if kind == "input":
                ok_input = False
            else:
                ok_results = False
    return await ledger.call(
        ledger.record_remote_deleted,
        job.id,
        input_file=input_file and ok_input,
        result_files=result_files and ok_results,
    )


def _bind_progress(progress: Callable[[str, int, int], None], kind: str) -> ProgressCallback:
    def report(done: int, total: int) -> None:
        progress(kind, done, total)

    return report


async def _already_complete(service: BatchService, file_id: str, dest: Path) -> bool:
    """True when ``dest`` exists with the size the server reports (or the server doesn't say)."""
    try:
        local = (await asyncio.to_thread(dest.stat)).st_size
    except OSError:
        return False
    try:
        remote = await service.file_info(file_id)
    except BatchDeskError:
        return True  # downloads are atomic and length-checked: a file that exists is complete
    return remote.bytes is None or remote.bytes == local


def _check_region(service: BatchService, job: JobRecord) -> None:
    if job.region_id != service.region.id:
        raise ValueError(f"job {job.id} belongs to region {job.region_id}, not {service.region.id}")


async def submit_rerun(
    service: BatchService,
    ledger: Ledger,
    job: JobRecord,
    results_dir: str | os.PathLike[str],
    *,
    name: str | None = None,
    completion_window: str | None = None,
    progress: ProgressCallback | None = None,
    before_submit: Callable[[Path], Awaitable[None]] | None = None,
) -> JobRecord:
    """Submit exactly the failed and missing requests of ``job`` again, as a child job.

    ``before_submit(path)`` is awaited with the re-run's input file before anything is recorded or
    sent (the estimate, the spending cap and the confirmation); it raises to stop the re-run.

    The new input file (``rerun-<n>.jsonl`` next to the parent's answers, kept for good) holds the
    original request lines byte for byte; the child is linked to the parent (relation ``rerun``)
    before anything is uploaded, and once its answers are downloaded they merge into the parent's
    results (``answers.lineage.open_results`` shows the newest answer per request). A re-run of a re-run
    re-runs what is still open in the whole family.

    Raises:
        answers.rerun.NothingToRerun: every request already has a successful answer.
        answers.lineage.ResultsUnavailable: the parent's answers are not downloaded yet.
        BatchDeskError: a re-run of this job is still running or its answers are not downloaded, or
            the requests are not on this computer; or the submit failed.
    """
    root, family = await ledger.call(_root_and_family, ledger, job)
    _check_region(service, root)
    if open_rerun(family) is not None:  # the same rule as services.job_actions.can_rerun
        raise BatchDeskError(w.RERUN_OPEN)

    def build() -> Any:
        folder = results_folder(Path(results_dir), root)
        dest = folder / f"rerun-{len(family) + 1}.jsonl"
        with open_results(ledger, root) as view:
            if not view.has_input:
                raise BatchDeskError(w.RERUN_NO_REQUESTS(reason=view.input_note or ""))
            return build_rerun_input(view, dest)

    plan = await asyncio.to_thread(build)
    if before_submit is not None:
        await before_submit(plan.path)
    base = root.name or root.batch_id or "job"
    child_name = name or f"{base} (re-run {len(family) + 1})"

    def open_sibling(earlier: JobRecord) -> bool:
        # Checked in the transaction that records this re-run: another re-run of the same job, made
        # since the family was read above (a second press, window or process), still open.
        return (
            earlier.relation == JobRelation.RERUN.value
            and earlier.parent_job_id == root.id
            and open_rerun([earlier]) is not None
        )

    try:
        return await submit_file(
            service,
            ledger,
            plan.path,
            name=child_name[:100],
            description=root.description,
            completion_window=completion_window or root.completion_window,
            endpoint=plan.endpoint or root.endpoint,
            model=plan.model or root.model,
            request_count=plan.count,
            progress=progress,
            parent_job_id=root.id,
            relation=JobRelation.RERUN.value,
            # Only failed and missing requests go again: they were not billed. The same failures re-run
            # twice (after the first re-run ended) have the same bytes and must not read as "already
            # submitted"; an open re-run of the same job is refused in the reservation (``refuse_if``).
            refuse_if=open_sibling,
        )
    except AlreadySubmitted:
        raise BatchDeskError(w.RERUN_OPEN) from None


def _root_and_family(ledger: Ledger, job: JobRecord) -> tuple[JobRecord, list[JobRecord]]:
    """``job``'s root and every re-run below it (blocking: SQLite; run it off the loop)."""
    root = root_job(ledger, job)
    return root, _family(ledger, root)


def _family(ledger: Ledger, root: JobRecord) -> list[JobRecord]:
    """Every re-run below ``root`` (re-runs of re-runs included)."""
    found: list[JobRecord] = []
    todo = [root.id]
    while todo:
        for child in ledger.children(todo.pop(), JobRelation.RERUN):
            found.append(child)
            todo.append(child.id)
    return found
