"""The sandbox's state and rules, without HTTP: files, batches, their clock-driven lifecycle, lists.

Every region namespace ("sandbox", "intl", "cn") is a :class:`Namespace` with its own files and
batches. A batch's status is a pure function of the sandbox clock (:func:`lifecycle`); its output and
error files are written the first time it is seen in a terminal state.
"""

from __future__ import annotations

import bisect
import collections
import json
import logging
import math
import random
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from desktop_app.core import limits
from desktop_app.core.batch import JobStatus
from desktop_app.core.fileutil import atomic_write
from desktop_app.core.regions import CN_MODELS, INTL_MODELS, SANDBOX, SUPPORTED_ENDPOINTS, Endpoint
from desktop_app.sandbox import answers
from desktop_app.sandbox.rules import FileRules, LineError, RequestLine, Validation, validate_file

NAMESPACE_MODELS: dict[str, frozenset[str]] = {
    "sandbox": frozenset(SANDBOX.models),
    "intl": frozenset(INTL_MODELS),
    "cn": frozenset(CN_MODELS),
}
KEY_PREFIXES: dict[str, str] = {"intl": "sk-sandbox-intl-", "cn": "sk-sandbox-cn-"}
SAMPLE_KEYS: dict[str, str] = {
    "sandbox": "sandbox",
    "intl": "sk-sandbox-intl-demo",
    "cn": "sk-sandbox-cn-demo",
}
# create_after / create_before are read as wall-clock time in UTC+8 (Beijing and Singapore).
LIST_TIME_ZONE = timezone(timedelta(hours=8))
RETRIEVABLE_S = limits.RETRIEVABLE_DAYS * 86_400
_WINDOW = re.compile(r"^([1-9][0-9]{0,4})([hd])$")
_LIST_PARAMS = frozenset({"after", "limit", "ds_name", "input_file_ids", "status", "create_after", "create_before"})
FILES_LIST_LIMIT_MAX = 10_000
STATE_FILE = "state.json"  # per namespace folder, when the engine is persistent
STATE_VERSION = 1
STATE_CLOCK_SAVE_S = 60.0  # sandbox seconds between saves while only time passes
_log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error the HTTP layer answers with an OpenAI-style body."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str,
        type_: str = "invalid_request_error",
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.type = type_
        self.param = param


def bad_request(message: str, param: str | None = None) -> ApiError:
    """A 400 for an invalid parameter."""
    return ApiError(400, message, "invalid_parameter_error", param=param)


def not_found(kind: str, ident: str) -> ApiError:
    """A 404 for a missing (or no longer retrievable) object."""
    return ApiError(404, f"No such {kind}: {ident}", "not_found", param=None)


def key_accepted(namespace: str, key: str | None) -> bool:
    """True when ``key`` opens ``namespace`` (any non-empty key opens "sandbox")."""
    if not key:
        return False
    prefix = KEY_PREFIXES.get(namespace)
    return prefix is None or (key.startswith(prefix) and len(key) > len(prefix))


@dataclass(frozen=True)
class SandboxTiming:
    """Sandbox seconds each phase of a batch takes."""

    validating_s: float = 3.0
    per_request_s: float = 0.5
    finalizing_s: float = 2.0
    cancelling_s: float = 1.0


@dataclass
class FileRecord:
    """A stored file (an upload, or a batch's output or error file)."""

    id: str
    filename: str
    purpose: str
    bytes: int
    created_at: int
    path: Path
    pins: int = 0
    deleted: bool = False

    def to_api(self) -> dict[str, Any]:
        """The file object as the API returns it."""
        return {
            "id": self.id,
            "bytes": self.bytes,
            "created_at": self.created_at,
            "filename": self.filename,
            "object": "file",
            "purpose": self.purpose,
            "status": "processed",
            "status_details": None,
        }


@dataclass
class BatchRecord:
    """A batch as the sandbox keeps it."""

    id: str
    seq: int
    endpoint: str
    input_file_id: str
    input: FileRecord
    completion_window: str
    window_s: float
    metadata: dict[str, str] | None
    created_at: float
    validation: Validation
    error_lines: list[int] = field(default_factory=list)  # indexes into validation.lines
    cancel_at: float | None = None
    materialized: bool = False
    output_file_id: str | None = None
    error_file_id: str | None = None
    created_real: float = 0.0  # real (monotonic) time of the create, for the list lag


@dataclass(frozen=True)
class Snapshot:
    """A batch's state at one sandbox instant."""

    status: JobStatus
    total: int
    done: int
    stamps: dict[str, float | None]


def lifecycle(batch: BatchRecord, now: float, timing: SandboxTiming) -> Snapshot:
    """Status, counts and timestamps of ``batch`` at sandbox time ``now``."""
    created = batch.created_at
    valid = batch.validation.ok
    n = len(batch.validation.lines)
    v_end = created + timing.validating_s
    per = timing.per_request_s
    fin = v_end + n * per
    expires = created + batch.window_s
    stamps: dict[str, float | None] = {"expires_at": expires}

    def done_at(t: float) -> int:
        if not valid or t < v_end:
            return 0
        if per <= 0:
            return n
        return min(n, math.floor((t - v_end) / per + 1e-9))

    if batch.cancel_at is not None:
        tc = batch.cancel_at
        stamps["cancelling_at"] = tc
        started = valid and tc >= v_end
        if started:
            stamps["in_progress_at"] = v_end
        if started and tc >= fin:
            stamps["finalizing_at"] = fin
        done = done_at(min(tc, fin))
        if now >= tc + timing.cancelling_s:
            stamps["cancelled_at"] = tc + timing.cancelling_s
            return Snapshot(JobStatus.CANCELLED, n if started else 0, done, stamps)
        return Snapshot(JobStatus.CANCELLING, n if started else 0, done, stamps)
    if now < v_end:
        return Snapshot(JobStatus.VALIDATING, 0, 0, stamps)
    if not valid:
        stamps["failed_at"] = v_end
        return Snapshot(JobStatus.FAILED, 0, 0, stamps)
    stamps["in_progress_at"] = v_end
    if fin > expires:
        if now < expires:
            return Snapshot(JobStatus.IN_PROGRESS, n, done_at(now), stamps)
        stamps["expired_at"] = expires
        return Snapshot(JobStatus.EXPIRED, n, done_at(expires), stamps)
    if now < fin:
        return Snapshot(JobStatus.IN_PROGRESS, n, done_at(now), stamps)
    stamps["finalizing_at"] = fin
    if now < fin + timing.finalizing_s:
        return Snapshot(JobStatus.FINALIZING, n, n, stamps)
    stamps["completed_at"] = fin + timing.finalizing_s
    return Snapshot(JobStatus.COMPLETED, n, n, stamps)


def terminal_time(snap: Snapshot) -> float | None:
    """When the snapshot's terminal state was reached (None while not terminal)."""
    for name in ("completed_at", "failed_at", "expired_at", "cancelled_at"):
        value = snap.stamps.get(name)
        if value is not None:
            return value
    return None


def parse_window(value: object) -> float:
    """Seconds of a completion window like "24h" or "7d" (24h..336h); raise a 400 otherwise."""
    match = _WINDOW.match(value) if isinstance(value, str) else None
    if match is None:
        raise bad_request("completion_window must be a whole number with unit h or d, e.g. 24h.", "completion_window")
    hours = int(match.group(1)) * (24 if match.group(2) == "d" else 1)
    if not limits.MIN_WINDOW_HOURS <= hours <= limits.MAX_WINDOW_HOURS:
        raise bad_request(
            f"completion_window must be between {limits.MIN_WINDOW_HOURS}h and {limits.MAX_WINDOW_HOURS}h.",
            "completion_window",
        )
    return hours * 3600.0


def parse_list_time(value: str, param: str) -> float:
    """Unix time of a ``yyyyMMddHHmmss`` list filter (read in UTC+8)."""
    try:
        moment = datetime.strptime(value, limits.LIST_TIME_FORMAT)
    except ValueError:
        raise bad_request(f"{param} must have the format yyyyMMddHHmmss.", param) from None
    if len(value) != 14:
        raise bad_request(f"{param} must have the format yyyyMMddHHmmss.", param)
    return moment.replace(tzinfo=LIST_TIME_ZONE).timestamp()


def _new_id(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex}"


class Namespace:
    """The files and batches of one region."""

    def __init__(
        self,
        name: str,
        storage: Path,
        now: Callable[[], float],
        timing: SandboxTiming,
        rules: FileRules,
        list_rate_per_min: int,
        real: Callable[[], float],
    ) -> None:
        self.name = name
        self.models = NAMESPACE_MODELS[name]
        self.storage = storage
        self.storage.mkdir(parents=True, exist_ok=True)
        self._now = now
        self.timing = timing
        self.rules = rules
        self.list_rate_per_min = list_rate_per_min
        self._real = real
        self._lock = threading.RLock()
        self._files: dict[str, FileRecord] = {}
        self._batches: dict[str, BatchRecord] = {}
        self._seq = 0
        self._list_calls: collections.deque[float] = collections.deque()
        # Real seconds a new batch stays out of list answers (the real list is eventually consistent);
        # retrieve by id sees it at once.
        self.list_lag_s = 0.0
        self.state_file: Path | None = None  # set by a persistent engine (see :meth:`load_state`)
        self.saved_now: float | None = None  # sandbox time of the loaded state

    def batch_count(self) -> int:
        """How many batches this namespace holds — what tests count to prove "billed once"."""
        with self._lock:
            return len(self._batches)

    # ---- files ---------------------------------------------------------------------------------

    def upload_target(self) -> Path:
        """A fresh temp path in this namespace's folder for an upload being received."""
        return self.storage / f".upload-{uuid.uuid4().hex}.part"

    def register_upload(self, tmp: Path, filename: str, purpose: str) -> dict[str, Any]:
        """Turn a fully received upload into a file; return the file object."""
        size = tmp.stat().st_size
        with self._lock:
            stored = list(self._files.values())
            if len(stored) >= limits.MAX_STORED_FILES or (
                sum(f.bytes for f in stored) + size > limits.MAX_STORED_BYTES
            ):
                tmp.unlink(missing_ok=True)
                raise ApiError(
                    400,
                    "File storage limit reached (10,000 files or 100 GB): delete old files first.",
                    "file_storage_limit_exceeded",
                )
            file_id = _new_id("file-batch-")
            final = self.storage / file_id
            tmp.replace(final)
            record = FileRecord(file_id, filename or "file.jsonl", purpose, size, int(self._now()), final)
            self._files[file_id] = record
            self._save()
            return record.to_api()

    def get_file(self, file_id: str) -> dict[str, Any]:
        """The file object, or a 404."""
        with self._lock:
            return self._file(file_id).to_api()

    def list_files(self, query: Mapping[str, str]) -> dict[str, Any]:
        """All files, newest first (``order=asc`` reverses), with ``purpose``/``after``/``limit``."""
        limit = _int_param(query, "limit", FILES_LIST_LIMIT_MAX, 1, FILES_LIST_LIMIT_MAX)
        order = query.get("order", "desc")
        if order not in ("asc", "desc"):
            raise bad_request("order must be asc or desc.", "order")
        with self._lock:
            items = sorted(self._files.values(), key=lambda f: (f.created_at, f.id), reverse=order == "desc")
        if purpose := query.get("purpose"):
            items = [f for f in items if f.purpose == purpose]
        if after := query.get("after"):
            ids = [f.id for f in items]
            items = items[ids.index(after) + 1 :] if after in ids else []
        page = items[:limit]
        return {
            "object": "list",
            "data": [f.to_api() for f in page],
            "first_id": page[0].id if page else None,
            "last_id": page[-1].id if page else None,
            "has_more": len(items) > limit,
        }

    def content_file(self, file_id: str) -> FileRecord:
        """The record of a downloadable file (batch output or error file)."""
        with self._lock:
            record = self._file(file_id)
            if record.purpose != "batch_output":
                raise bad_request(
                    "Only batch output and error files (file-batch_output-..., "
                    "file-batch_error-...) can be downloaded.",
                    "file_id",
                )
            return record

    def delete_file(self, file_id: str) -> dict[str, Any]:
        """Delete a file; its bytes stay on disk while a running batch still needs them."""
        with self._lock:
            record = self._file(file_id)
            del self._files[file_id]
            record.deleted = True
            if record.pins == 0:
                record.path.unlink(missing_ok=True)
            self._save()
        return {"id": file_id, "object": "file", "deleted": True}

    def _file(self, file_id: str) -> FileRecord:
        record = self._files.get(file_id)
        if record is None:
            raise not_found("file", file_id)
        return record

    def _unpin(self, record: FileRecord) -> None:
        record.pins -= 1
        if record.pins <= 0 and record.deleted:
            record.path.unlink(missing_ok=True)

    # ---- batches -------------------------------------------------------------------------------

    def create_batch(self, payload: object) -> dict[str, Any]:
        """Check the create parameters, validate the input file, register the batch."""
        if not isinstance(payload, dict):
            raise bad_request("The request body must be a JSON object.")
        input_file_id = payload.get("input_file_id")
        if not isinstance(input_file_id, str) or not input_file_id:
            raise bad_request("input_file_id is required.", "input_file_id")
        endpoint = payload.get("endpoint")
        if endpoint not in SUPPORTED_ENDPOINTS:
            raise bad_request(f"endpoint must be one of {', '.join(SUPPORTED_ENDPOINTS)}.", "endpoint")
        window = payload.get("completion_window", limits.DEFAULT_COMPLETION_WINDOW)
        window_s = parse_window(window)
        metadata = _check_metadata(payload.get("metadata"))
        with self._lock:
            record = self._file(input_file_id)
            if record.purpose != "batch":
                raise bad_request(f"File {input_file_id} was not uploaded with purpose=batch.", "input_file_id")
            record.pins += 1
        try:
            validation = validate_file(record.path, str(endpoint), self.models, self.rules)
        except BaseException:
            with self._lock:
                self._unpin(record)
            raise
        with self._lock:
            if endpoint == Endpoint.TEST.value:
                self._check_test_concurrency(record)
            self._seq += 1
            batch = BatchRecord(
                id=f"batch_{uuid.uuid4()}",
                seq=self._seq,
                endpoint=str(endpoint),
                input_file_id=input_file_id,
                input=record,
                completion_window=str(window),
                window_s=window_s,
                metadata=metadata,
                created_at=self._now(),
                created_real=self._real(),
                validation=validation,
                error_lines=[i for i, line in enumerate(validation.lines) if line.error is not None],
            )
            if not validation.ok:
                self._unpin(record)
                batch.materialized = True
            self._batches[batch.id] = batch
            self._save()
            return self._to_api(batch, self._now())

    def _check_test_concurrency(self, record: FileRecord) -> None:
        now = self._now()
        running = sum(
            1
            for b in self._batches.values()
            if b.endpoint == Endpoint.TEST.value and not lifecycle(b, now, self.timing).status.is_terminal
        )
        if running >= limits.TEST_MODEL_MAX_CONCURRENT_TASKS:
            self._unpin(record)
            raise ApiError(
                429,
                f"batch-test-model allows at most {limits.TEST_MODEL_MAX_CONCURRENT_TASKS} unfinished "
                "tasks at a time; wait for one to finish or cancel one.",
                "test_model_concurrency_limit",
                type_="limit_requests",
            )

    def get_batch(self, batch_id: str) -> dict[str, Any]:
        """The batch object now, or 404 (also once it is older than 30 sandbox days)."""
        with self._lock:
            now = self._now()
            self._touch(now)
            return self._to_api(self._batch(batch_id, now), now)

    def cancel_batch(self, batch_id: str) -> dict[str, Any]:
        """Ask a batch to stop: cancelling now, cancelled a moment later; finished lines are kept."""
        with self._lock:
            now = self._now()
            batch = self._batch(batch_id, now)
            status = lifecycle(batch, now, self.timing).status
            if status.is_terminal:
                raise ApiError(
                    400,
                    f"Batch {batch_id} is already {status.value} and cannot be cancelled.",
                    "invalid_batch_status",
                    param="batch_id",
                )
            if batch.cancel_at is None:
                batch.cancel_at = now
                self._save()
            return self._to_api(batch, now)

    def check_list_rate(self) -> None:
        """Count one list call; raise a 429 beyond ``list_rate_per_min`` in a rolling real minute."""
        with self._lock:
            real = self._real()
            calls = self._list_calls
            while calls and calls[0] <= real - 60.0:
                calls.popleft()
            if len(calls) >= self.list_rate_per_min:
                raise ApiError(
                    429,
                    f"Requests rate limit exceeded: at most {self.list_rate_per_min} "
                    "list calls per minute, please try again later.",
                    "limit_requests",
                    type_="limit_requests",
                )
            calls.append(real)

    def list_batches(self, query: Mapping[str, str]) -> dict[str, Any]:
        """One page of batches, newest first, filtered like the service's list call."""
        unknown = set(query) - _LIST_PARAMS
        if unknown:
            raise bad_request(f"Unknown query parameter(s): {', '.join(sorted(unknown))}.")
        limit = _int_param(query, "limit", limits.LIST_LIMIT_DEFAULT, limits.LIST_LIMIT_MIN, limits.LIST_LIMIT_MAX)
        match = _list_filter(query)
        with self._lock:
            now = self._now()
            listed_before = self._real() - self.list_lag_s
            self._touch(now)
            ordered = sorted(
                (
                    b
                    for b in self._batches.values()
                    if now - b.created_at <= RETRIEVABLE_S and b.created_real <= listed_before
                ),
                key=lambda b: (b.created_at, b.seq),
                reverse=True,
            )
            after = query.get("after")
            if after:
                ids = [b.id for b in ordered]
                ordered = ordered[ids.index(after) + 1 :] if after in ids else []
            objects = [self._to_api(b, now) for b in ordered]
        selected = [o for o in objects if match(o)]
        page = selected[:limit]
        return {
            "object": "list",
            "data": page,
            "first_id": page[0]["id"] if page else None,
            "last_id": page[-1]["id"] if page else None,
            "has_more": len(selected) > limit,
        }

    def _batch(self, batch_id: str, now: float) -> BatchRecord:
        batch = self._batches.get(batch_id)
        if batch is None or now - batch.created_at > RETRIEVABLE_S:
            raise not_found("batch", batch_id)
        return batch

    def _to_api(self, batch: BatchRecord, now: float) -> dict[str, Any]:
        snap = lifecycle(batch, now, self.timing)
        when = terminal_time(snap)
        if when is not None and not batch.materialized:
            self._materialize(batch, snap.done, when)
        failed = bisect.bisect_left(batch.error_lines, snap.done)
        stamps = {name: None if v is None else int(v) for name, v in snap.stamps.items()}
        errors = None
        if snap.status is JobStatus.FAILED:
            errors = {"object": "list", "data": batch.validation.errors}
        terminal = snap.status.is_terminal
        return {
            "id": batch.id,
            "object": "batch",
            "endpoint": batch.endpoint,
            "errors": errors,
            "input_file_id": batch.input_file_id,
            "completion_window": batch.completion_window,
            "status": snap.status.value,
            "output_file_id": batch.output_file_id if terminal else None,
            "error_file_id": batch.error_file_id if terminal else None,
            "created_at": int(batch.created_at),
            "in_progress_at": stamps.get("in_progress_at"),
            "expires_at": stamps.get("expires_at"),
            "finalizing_at": stamps.get("finalizing_at"),
            "completed_at": stamps.get("completed_at"),
            "failed_at": stamps.get("failed_at"),
            "expired_at": stamps.get("expired_at"),
            "cancelling_at": stamps.get("cancelling_at"),
            "cancelled_at": stamps.get("cancelled_at"),
            "request_counts": {"total": snap.total, "completed": snap.done - failed, "failed": failed},
            "metadata": dict(batch.metadata) if batch.metadata is not None else None,
        }

    def _materialize(self, batch: BatchRecord, done: int, when: float) -> None:
        """Write the output and error files for the first ``done`` lines (shuffled, seeded)."""
        ok_lines: list[str] = []
        error_lines: list[str] = []
        start = batch.created_at + self.timing.validating_s
        with open(batch.input.path, "rb") as handle:
            for index, line in enumerate(batch.validation.lines[:done]):
                rng = random.Random(f"{batch.id}:{index}")
                if line.error is not None:
                    record = answers.error_line(line.custom_id, line.error, rng)
                    error_lines.append(_dumps(record))
                    continue
                created = int(start + (index + 1) * self.timing.per_request_s)
                body = _read_body(handle, line)
                record = answers.success_line(line.custom_id, body, batch.endpoint, created, rng)
                ok_lines.append(_dumps(record))
        order = random.Random(f"{batch.id}:order")
        order.shuffle(ok_lines)
        order.shuffle(error_lines)
        if ok_lines:
            batch.output_file_id = self._write_result(batch, "file-batch_output-", "output", ok_lines, when)
        if error_lines:
            batch.error_file_id = self._write_result(batch, "file-batch_error-", "error", error_lines, when)
        batch.materialized = True
        self._unpin(batch.input)
        self._save()

    def _write_result(self, batch: BatchRecord, prefix: str, kind: str, lines: list[str], when: float) -> str:
        file_id = _new_id(prefix)
        path = self.storage / file_id
        data = ("\n".join(lines) + "\n").encode("utf-8")
        with atomic_write(path) as handle:
            handle.write(data)
        self._files[file_id] = FileRecord(
            file_id, f"{batch.id}_{kind}.jsonl", "batch_output", len(data), int(when), path
        )
        return file_id

    # ---- state on disk ------------------------------------------------------------------------

    def _touch(self, now: float) -> None:
        """Save now and then while only time passes, so a sped-up or advanced clock is not lost."""
        if self.state_file is not None and now - (self.saved_now or 0.0) >= STATE_CLOCK_SAVE_S:
            self._save()

    def _save(self) -> None:
        """Write this namespace's files and batches to its state file (atomically; caller holds the lock)."""
        if self.state_file is None:
            return
        files = {f.id: f for f in self._files.values()}
        for batch in self._batches.values():  # a deleted input still pinned by its batch
            files.setdefault(batch.input.id, batch.input)
        now = self._now()
        state = {
            "version": STATE_VERSION,
            "now": now,
            "seq": self._seq,
            "files": [_file_state(f, f.id in self._files) for f in files.values()],
            "batches": [_batch_state(b) for b in self._batches.values()],
        }
        with atomic_write(self.state_file) as handle:
            handle.write(json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        self.saved_now = now

    def load_state(self, state_file: Path) -> None:
        """Keep this namespace's state in ``state_file`` from now on, and load what an earlier run saved
        there (a missing file is a fresh start; an unreadable one is set aside, never half-loaded)."""
        with self._lock:
            self.state_file = state_file
            try:
                state = json.loads(state_file.read_bytes())
                if state.get("version") != STATE_VERSION:
                    raise ValueError(f"state version {state.get('version')!r}")
                records = {f["id"]: _file_record(f, self.storage) for f in state["files"]}
                batches = {b["id"]: _batch_record(b, records) for b in state["batches"]}
                seq, saved_now = int(state["seq"]), float(state["now"])
            except FileNotFoundError:
                return
            except (ValueError, KeyError, TypeError) as exc:
                aside = state_file.with_name(f"{state_file.name}.damaged-{int(time.time())}")
                state_file.replace(aside)
                _log.warning("sandbox state %s unreadable (%s); set aside as %s", state_file, exc, aside.name)
                return
            self._files = {fid: f for fid, f in records.items() if not f.deleted}
            self._batches = batches
            self._seq = seq
            self.saved_now = saved_now


def _file_state(record: FileRecord, listed: bool) -> dict[str, Any]:
    return {
        "id": record.id,
        "filename": record.filename,
        "purpose": record.purpose,
        "bytes": record.bytes,
        "created_at": record.created_at,
        "pins": record.pins,
        "deleted": record.deleted or not listed,
    }


def _file_record(state: dict[str, Any], storage: Path) -> FileRecord:
    file_id = str(state["id"])
    if not re.fullmatch(r"file-batch[\w-]*", file_id):
        raise ValueError(f"bad file id {file_id!r}")
    return FileRecord(
        file_id,
        str(state["filename"]),
        str(state["purpose"]),
        int(state["bytes"]),
        int(state["created_at"]),
        storage / file_id,
        int(state["pins"]),
        bool(state["deleted"]),
    )


def _batch_state(batch: BatchRecord) -> dict[str, Any]:
    validation = batch.validation
    return {
        "id": batch.id,
        "seq": batch.seq,
        "endpoint": batch.endpoint,
        "input_file_id": batch.input.id,
        "completion_window": batch.completion_window,
        "window_s": batch.window_s,
        "metadata": batch.metadata,
        "created_at": batch.created_at,
        "errors": validation.errors,
        "model": validation.model,
        "lines": [[ln.custom_id, ln.line_no, ln.offset, ln.length, ln.error] for ln in validation.lines],
        "cancel_at": batch.cancel_at,
        "materialized": batch.materialized,
        "output_file_id": batch.output_file_id,
        "error_file_id": batch.error_file_id,
    }


def _batch_record(state: dict[str, Any], files: Mapping[str, FileRecord]) -> BatchRecord:
    lines = [
        RequestLine(str(cid), int(no), int(offset), int(length), None if err is None else LineError(*err))
        for cid, no, offset, length, err in state["lines"]
    ]
    validation = Validation(errors=list(state["errors"]), lines=lines, model=state["model"])
    return BatchRecord(
        id=str(state["id"]),
        seq=int(state["seq"]),
        endpoint=str(state["endpoint"]),
        input_file_id=str(state["input_file_id"]),
        input=files[str(state["input_file_id"])],
        completion_window=str(state["completion_window"]),
        window_s=float(state["window_s"]),
        metadata=state["metadata"],
        created_at=float(state["created_at"]),
        validation=validation,
        error_lines=[i for i, line in enumerate(lines) if line.error is not None],
        cancel_at=state["cancel_at"],
        materialized=bool(state["materialized"]),
        output_file_id=state["output_file_id"],
        error_file_id=state["error_file_id"],
    )


def _read_body(handle: Any, line: RequestLine) -> dict[str, Any]:
    handle.seek(line.offset)
    obj = json.loads(handle.read(line.length).decode("utf-8"))
    body: dict[str, Any] = obj["body"]
    return body


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _int_param(query: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(f"{name} must be an integer.", name) from None
    if not low <= value <= high:
        raise bad_request(f"{name} must be between {low} and {high}.", name)
    return value


def _check_metadata(raw: object) -> dict[str, str] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise bad_request("metadata must be an object of string values.", "metadata")
    metadata: dict[str, str] = {}
    for key, value in raw.items():
        if not isinstance(value, str):
            raise bad_request(f"metadata.{key} must be a string.", "metadata")
        metadata[str(key)] = value
    if len(metadata.get("ds_name", "")) > limits.MAX_NAME_CHARS:
        raise bad_request(f"metadata.ds_name may have at most {limits.MAX_NAME_CHARS} characters.", "metadata.ds_name")
    if len(metadata.get("ds_description", "")) > limits.MAX_DESCRIPTION_CHARS:
        raise bad_request(
            f"metadata.ds_description may have at most {limits.MAX_DESCRIPTION_CHARS} characters.",
            "metadata.ds_description",
        )
    return metadata


def _list_filter(query: Mapping[str, str]) -> Callable[[dict[str, Any]], bool]:
    """A predicate over batch objects for the list filters (raises 400 on bad values)."""
    name = query.get("ds_name") or ""
    file_ids = {p.strip() for p in (query.get("input_file_ids") or "").split(",") if p.strip()}
    if len(file_ids) > limits.LIST_MAX_INPUT_FILE_IDS:
        raise bad_request(f"input_file_ids may list at most {limits.LIST_MAX_INPUT_FILE_IDS} ids.", "input_file_ids")
    statuses = {p.strip() for p in (query.get("status") or "").split(",") if p.strip()}
    unknown = {s for s in statuses if JobStatus.parse(s) is None}
    if unknown:
        raise bad_request(f"Unknown status value(s): {', '.join(sorted(unknown))}.", "status")
    after_raw, before_raw = query.get("create_after"), query.get("create_before")
    after = parse_list_time(after_raw, "create_after") if after_raw else None
    before = parse_list_time(before_raw, "create_before") if before_raw else None
    needle = name.casefold()

    def match(obj: dict[str, Any]) -> bool:
        if needle and needle not in str((obj["metadata"] or {}).get("ds_name", "")).casefold():
            return False
        if file_ids and obj["input_file_id"] not in file_ids:
            return False
        if statuses and obj["status"] not in statuses:
            return False
        if after is not None and obj["created_at"] < after:
            return False
        return before is None or obj["created_at"] <= before

    return match


class SandboxEngine:
    """All namespaces of one sandbox, sharing one clock and one storage folder."""

    def __init__(
        self,
        now: Callable[[], float],
        storage: Path,
        timing: SandboxTiming | None = None,
        list_rate_per_min: int = limits.RATE_LIST_PER_MIN,
        rules: FileRules | None = None,
        real: Callable[[], float] = time.monotonic,
        persistent: bool = False,
    ) -> None:
        self.timing = timing or SandboxTiming()
        self.namespaces = {
            name: Namespace(name, storage / name, now, self.timing, rules or FileRules(), list_rate_per_min, real)
            for name in NAMESPACE_MODELS
        }
        if persistent:  # files, batches and the clock survive a restart (the app's sandbox)
            for namespace in self.namespaces.values():
                namespace.load_state(namespace.storage / STATE_FILE)

    @property
    def saved_now(self) -> float | None:
        """The latest sandbox time a loaded state had reached (the clock must not start before it)."""
        times = [ns.saved_now for ns in self.namespaces.values() if ns.saved_now is not None]
        return max(times) if times else None

    def namespace(self, name: str) -> Namespace:
        """The namespace called ``name``."""
        return self.namespaces[name]
