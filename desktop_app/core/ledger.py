"""The job ledger: every batch the app submitted or saw, in SQLite (``app_paths().ledger_db``).

Rules:

* The intent (file, hash, region, name) is written BEFORE any network call, the ids after it, so a
  crash at any point leaves a row that :func:`desktop_app.core.workflow.reconcile_unfinished` can
  resolve without submitting twice.
* Schema changes are a list of idempotent migration functions, recorded in ``schema_version``.
* The file is private to the user (mode 600), in WAL mode, and usable from worker threads (one
  connection guarded by a lock). The event loop reaches it through :meth:`Ledger.call`, which runs a
  step on the ledger's own single thread: while another program holds the write lock (up to
  :data:`BUSY_TIMEOUT_S`), only that thread waits — never the loop, and never the shared pool that
  hashes files, reads keys and opens results.
* A damaged file raises :class:`LedgerError` after a copy of it is saved next to it; it is never
  silently replaced. A file locked by another program raises a :class:`LedgerError` that says so.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import orjson

from desktop_app.core import wording as w
from desktop_app.core.batch import BatchInfo, JobStatus
from desktop_app.core.error_base import BatchDeskError
from desktop_app.core.paths import app_paths


class LedgerError(BatchDeskError):
    """The ledger file cannot be used (damaged, from a newer app version, locked, not writable)."""

    def __init__(self, user_message: w.Text | w.Wording, *, path: Path | None = None, detail: str = "") -> None:
        self.path = path
        super().__init__(user_message, detail=detail)


class ReservationRefused(Exception):
    """An earlier job holds the reservation for the same bytes (see :meth:`Ledger.record_intent`)."""

    def __init__(self, earlier: JobRecord) -> None:
        super().__init__(f"job {earlier.id} already holds this file")
        self.earlier = earlier


class ReplacedAlready(Exception):
    """The *Not created* job a submit was to replace is gone or no longer *Not created*."""

    def __init__(self, job_id: int) -> None:
        super().__init__(f"job {job_id} is no longer a job that was not created")
        self.job_id = job_id


class LocalState(StrEnum):
    """States a job has before (or instead of) an API status."""

    DRAFT = "draft"  # saved, not submitted
    UPLOADING = "uploading"  # intent recorded, upload running
    UPLOADED = "uploaded"  # input file id known, create not started
    CREATING = "creating"  # create request may be in flight
    CREATE_UNKNOWN = "create_unknown"  # create's outcome unknown: check again, never resubmit blindly
    CREATE_FAILED = "create_failed"  # definitely not created: the user may submit again


UNFINISHED_STATES = (
    LocalState.UPLOADING,
    LocalState.UPLOADED,
    LocalState.CREATING,
    LocalState.CREATE_UNKNOWN,
)


@dataclass(frozen=True)
class JobRecord:
    """One row of the ledger."""

    id: int
    region_id: str
    batch_id: str | None
    status: str  # an API status (JobStatus) or a LocalState
    name: str = ""
    description: str = ""
    completion_window: str = "24h"
    endpoint: str = ""
    model: str = ""
    input_path: str | None = None
    input_sha256: str | None = None
    input_bytes: int | None = None
    request_count: int | None = None
    input_file_id: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    total: int = 0
    completed: int = 0
    failed: int = 0
    created_at: float = 0.0  # Unix seconds: the server's creation time when known, else the intent's
    updated_at: float = 0.0
    last_error: str | None = None
    output_path: str | None = None
    error_path: str | None = None
    results_downloaded_at: float | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    batch_created_at: int | None = None  # server's created_at (schema 2)
    finished_at: int | None = None  # completed/failed/expired/cancelled time (schema 2)
    # schema 3: families of jobs, the source table, every server time, usage, remote clean-up
    parent_job_id: int | None = None  # the job this one re-runs (relation "rerun") or is a part of ("part")
    relation: str | None = None  # JobRelation value, or None for a top-level job
    group_id: str | None = None  # shared by the parts of one split submit
    part_index: int | None = None  # 0-based order of a part within its group
    source: dict[str, Any] = field(default_factory=dict)  # see desktop_app.core.answers.source.SourceSpec
    expires_at: int | None = None  # server's expires_at (deadline of a running batch)
    in_progress_at: int | None = None
    timestamps: dict[str, int | None] = field(default_factory=dict)  # every *_at the server sent
    errors: list[dict[str, Any]] = field(default_factory=list)  # the batch's ``errors`` (code, message, line)
    last_seen_at: float | None = None  # last time the server returned this batch (list or retrieve)
    prompt_tokens: int | None = None  # summed over the answered lines after download (None: not counted)
    completion_tokens: int | None = None  # includes thinking tokens
    total_tokens: int | None = None
    reasoning_tokens: int | None = None  # the thinking part of completion_tokens, when the server says
    result_succeeded: int | None = None  # lines in the downloaded files, by outcome (after download)
    result_failed: int | None = None
    verdict: str | None = None  # desktop_app.core.answers.verdict.Verdict value after download
    remote_input_deleted_at: float | None = None  # the input file was deleted from the server
    remote_results_deleted_at: float | None = None  # the output / error files were deleted from the server
    create_sent_at: float | None = None  # schema 4: when create was (last) sent; the settle period starts here
    # schema 5 (issue 10): answers that do not belong, counted after download (None: not counted)
    result_unknown: int | None = None  # answers for custom_ids never sent
    result_duplicates: int | None = None  # repeated answers for one custom_id (the first one is kept)

    @property
    def job_status(self) -> JobStatus | None:
        """The API status as an enum; None for local states and undocumented statuses."""
        return JobStatus.parse(self.status)

    @property
    def local_state(self) -> LocalState | None:
        """The local state, or None once the job has an API status."""
        try:
            return LocalState(self.status)
        except ValueError:
            return None

    @property
    def is_terminal(self) -> bool:
        """True when nothing will change on the server any more (or the job never reached it)."""
        status = self.job_status
        if status is not None:
            return status.is_terminal
        return self.status in (LocalState.CREATE_FAILED, LocalState.DRAFT)

    @property
    def is_unfinished_intent(self) -> bool:
        """True for jobs a crash may have interrupted before the batch id was recorded."""
        return self.status in UNFINISHED_STATES

    @property
    def has_local_results(self) -> bool:
        """True once the output / error files were downloaded (or the job ended without any)."""
        return self.results_downloaded_at is not None

    @property
    def is_rerun(self) -> bool:
        """True for a job that re-runs the failed and missing rows of ``parent_job_id``."""
        return self.relation == JobRelation.RERUN and self.parent_job_id is not None


class JobRelation(StrEnum):
    """How a job relates to its ``parent_job_id``."""

    RERUN = "rerun"  # runs the failed + missing rows of the parent again; its answers merge into the parent's
    PART = "part"  # one part of a file that was split into several batches (``group_id``, ``part_index``)
    VARIANT = "variant"  # the same rows through another model, compared side by side (``group_id``, ``part_index``)


# --- migrations ----------------------------------------------------------------------------------


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}


def _migration_1(conn: sqlite3.Connection) -> None:
    """The jobs table."""
    conn.execute(
        """
        CREATE TABLE IF NOT EXISTS jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            region_id TEXT NOT NULL,
            batch_id TEXT,
            name TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            completion_window TEXT NOT NULL DEFAULT '24h',
            endpoint TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            input_path TEXT,
            input_sha256 TEXT,
            input_bytes INTEGER,
            request_count INTEGER,
            input_file_id TEXT,
            output_file_id TEXT,
            error_file_id TEXT,
            status TEXT NOT NULL,
            total INTEGER NOT NULL DEFAULT 0,
            completed INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            last_error TEXT,
            output_path TEXT,
            error_path TEXT,
            results_downloaded_at REAL,
            metadata TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    conn.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS jobs_region_batch ON jobs(region_id, batch_id) WHERE batch_id IS NOT NULL"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status)")


def _migration_2(conn: sqlite3.Connection) -> None:
    """Server-side times (for sorting jobs imported from the console) and a lookup by input file."""
    existing = _columns(conn, "jobs")
    if "batch_created_at" not in existing:
        conn.execute("ALTER TABLE jobs ADD COLUMN batch_created_at INTEGER")
    if "finished_at" not in existing:
        conn.execute("ALTER TABLE jobs ADD COLUMN finished_at INTEGER")
    conn.execute("CREATE INDEX IF NOT EXISTS jobs_input_file ON jobs(region_id, input_file_id)")


_MIGRATION_3_COLUMNS = (
    ("parent_job_id", "INTEGER"),
    ("relation", "TEXT"),
    ("group_id", "TEXT"),
    ("part_index", "INTEGER"),
    ("source", "TEXT NOT NULL DEFAULT '{}'"),
    ("expires_at", "INTEGER"),
    ("in_progress_at", "INTEGER"),
    ("timestamps", "TEXT NOT NULL DEFAULT '{}'"),
    ("errors", "TEXT NOT NULL DEFAULT '[]'"),
    ("last_seen_at", "REAL"),
    ("prompt_tokens", "INTEGER"),
    ("completion_tokens", "INTEGER"),
    ("total_tokens", "INTEGER"),
    ("reasoning_tokens", "INTEGER"),
    ("result_succeeded", "INTEGER"),
    ("result_failed", "INTEGER"),
    ("verdict", "TEXT"),
    ("remote_input_deleted_at", "REAL"),
    ("remote_results_deleted_at", "REAL"),
)


def _migration_3(conn: sqlite3.Connection) -> None:
    """Job families (re-runs, split parts), the source table, server times and errors, usage and
    reconcile counts after download, remote clean-up marks."""
    existing = _columns(conn, "jobs")
    for name, kind in _MIGRATION_3_COLUMNS:
        if name not in existing:
            conn.execute(f"ALTER TABLE jobs ADD COLUMN {name} {kind}")
    conn.execute("CREATE INDEX IF NOT EXISTS jobs_parent ON jobs(parent_job_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS jobs_group ON jobs(group_id)")


def _migration_4(conn: sqlite3.Connection) -> None:
    """When each create was sent (the settle period of an unconfirmed submit starts there), and a lookup
    of earlier submits of the same bytes for the submit reservation."""
    if "create_sent_at" not in _columns(conn, "jobs"):
        conn.execute("ALTER TABLE jobs ADD COLUMN create_sent_at REAL")
    # Rows an older version left mid-create: their create was sent no later than their last update.
    conn.execute(
        "UPDATE jobs SET create_sent_at = updated_at WHERE create_sent_at IS NULL AND status IN (?, ?)",
        (LocalState.CREATING.value, LocalState.CREATE_UNKNOWN.value),
    )
    conn.execute("CREATE INDEX IF NOT EXISTS jobs_input_sha ON jobs(region_id, input_sha256)")


_MIGRATION_5_COLUMNS = (
    ("result_unknown", "INTEGER"),  # answers for custom_ids the input never sent (not counted as answers)
    ("result_duplicates", "INTEGER"),  # further answers for a custom_id that already had one (ignored)
)


def _migration_5(conn: sqlite3.Connection) -> None:
    """Issue 10: a server may reuse a batch id for a second create. The id stays indexed but is no
    longer unique, so the second job never deletes the first one's row (idempotent)."""
    conn.execute("DROP INDEX IF EXISTS jobs_region_batch")
    conn.execute("CREATE INDEX IF NOT EXISTS jobs_region_batch_id ON jobs(region_id, batch_id)")
    existing = _columns(conn, "jobs")
    for name, kind in _MIGRATION_5_COLUMNS:
        if name not in existing:
            conn.execute(f"ALTER TABLE jobs ADD COLUMN {name} {kind}")


# Issue 10 took number 5 while migration 4 was written; both are idempotent.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_4,
    _migration_5,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in ``conn`` (0 for a new or pre-versioning file)."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(conn: sqlite3.Connection, upto: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to ``upto``, each in its own transaction; return the version."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise LedgerError(w.LEDGER_NEWER)
    for number in range(current + 1, upto + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number - 1](conn)
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        current = number
    return current


# --- the ledger ----------------------------------------------------------------------------------

_RECORD_FIELDS = (
    "id",
    "region_id",
    "batch_id",
    "status",
    "name",
    "description",
    "completion_window",
    "endpoint",
    "model",
    "input_path",
    "input_sha256",
    "input_bytes",
    "request_count",
    "input_file_id",
    "output_file_id",
    "error_file_id",
    "total",
    "completed",
    "failed",
    "created_at",
    "updated_at",
    "last_error",
    "output_path",
    "error_path",
    "results_downloaded_at",
    "metadata",
    "batch_created_at",
    "finished_at",
    *(name for name, _ in _MIGRATION_3_COLUMNS),
    "create_sent_at",
    *(name for name, _ in _MIGRATION_5_COLUMNS),
)
_SELECT = f"SELECT {', '.join(_RECORD_FIELDS)} FROM jobs"
_FINISH_STAMPS = ("completed_at", "failed_at", "expired_at", "cancelled_at")


BUSY_TIMEOUT_S = 10.0  # how long a write waits for another program's lock before giving up


def _is_locked(exc: BaseException) -> bool:
    """True for "database is locked / busy": the file is fine, another connection holds it."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def _backup_copy(path: Path) -> Path | None:
    """Copy a damaged ledger (and its -wal / -shm files) to ``<name>.damaged-<time>``; None if that fails.

    The original is left exactly where and as it is: the user (or support) decides what to do with it.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        backup = path.with_name(f"{path.name}.damaged-{stamp}" + (f"-{n}" if n else ""))
        if not backup.exists():
            break
    try:
        shutil.copy2(path, backup)
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                shutil.copy2(extra, backup.with_name(backup.name + suffix))
    except OSError:
        return None
    return backup


def _damaged(path: Path, exc: BaseException, *, backup: bool = False) -> LedgerError:
    """The error for a ledger that cannot be used: locked by another program, or damaged (then,
    with ``backup``, a copy of the file is kept next to it first)."""
    detail = f"{type(exc).__name__}: {exc}"
    if _is_locked(exc):
        return LedgerError(
            w.LEDGER_LOCKED(path=str(path)),
            path=path,
            detail=detail,
        )
    copy = _backup_copy(path) if backup else None
    text = (
        w.LEDGER_DAMAGED_COPY(path=str(path), copy=str(copy)) if copy is not None else w.LEDGER_DAMAGED(path=str(path))
    )
    return LedgerError(
        text,
        path=path,
        detail=detail,
    )


_P = ParamSpec("_P")
_T = TypeVar("_T")


class Ledger:
    """Thread-safe access to the ledger file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else app_paths().ensure().ledger_db
        self._lock = threading.RLock()
        # id -> (the row as read, its record): a row read again unchanged gives the same record, so a
        # refresh of 10,000 jobs builds only the records that changed (issue 13: 150-450 ms of Python
        # per full read, every tick, competing with the UI thread for the interpreter).
        self._records: dict[int, tuple[tuple[Any, ...], JobRecord]] = {}
        self._worker: concurrent.futures.ThreadPoolExecutor | None = None
        self._worker_lock = threading.Lock()
        self._conn = self._open()

    async def call(self, step: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        """Await a blocking ledger step (``ledger.jobs``, ``ledger.record_failure``, or a function
        that only reads and writes the ledger) from the event loop.

        The step runs on this ledger's one worker thread, in order of calls. Unlike
        ``asyncio.to_thread``, steps waiting for another program's write lock hold that one thread,
        not the shared pool's few workers (measured: 8 waiting writes kept an unrelated worker-thread
        job waiting 2.9 s with ``to_thread``, 1 ms here; ``docs/decisions.md``, issue 11).
        """
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor(), functools.partial(step, *args, **kwargs))

    def _executor(self) -> concurrent.futures.ThreadPoolExecutor:
        with self._worker_lock:
            if self._worker is None:
                self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="ledger")
            return self._worker

    def _open(self) -> sqlite3.Connection:
        path = self.path
        old_umask = os.umask(0o077)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                # Create the file ourselves so it is born private (sqlite would honour the umask too).
                fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
                os.close(fd)
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        finally:
            os.umask(old_umask)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            row = conn.execute("PRAGMA quick_check").fetchone()
            if not row or row[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {row[0] if row else 'no answer'}")
            migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _damaged(path, exc, backup=True) from exc
        except BaseException:
            conn.close()
            raise
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
        return conn

    # -- plumbing --

    def close(self) -> None:
        """Close the connection (idempotent); steps already handed to :meth:`call` finish first."""
        with self._worker_lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.shutdown(wait=False)
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                raise _damaged(self.path, exc) from exc
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _query(self, sql: str, params: tuple[Any, ...] = (), *, every_job: bool = False) -> list[JobRecord]:
        """The records of ``sql``'s rows; ``every_job``: the rows are the whole table (the cache of
        records then forgets deleted jobs)."""
        with self._lock:
            try:
                rows = self._conn.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                raise _damaged(self.path, exc) from exc
            cache = self._records
            records: list[JobRecord] = []
            for row in rows:
                known = cache.get(row[0])
                if known is None or known[0] != row:  # new or changed: any column, from any program
                    known = (row, _row_to_record(row))
                    cache[row[0]] = known
                records.append(known[1])
            if every_job and len(cache) > len(rows):
                self._records = {record.id: cache[record.id] for record in records}
        return records

    def _update(self, conn: sqlite3.Connection, job_id: int, values: Mapping[str, Any]) -> None:
        values = {**values, "updated_at": time.time()}
        assignments = ", ".join(f"{name} = ?" for name in values)
        cursor = conn.execute(f"UPDATE jobs SET {assignments} WHERE id = ?", (*values.values(), job_id))
        if cursor.rowcount != 1:
            raise KeyError(f"no job {job_id} in the ledger")

    def _require(self, job_id: int) -> JobRecord:
        record = self.get(job_id)
        if record is None:
            raise KeyError(f"no job {job_id} in the ledger")
        return record

    @property
    def version(self) -> int:
        """The schema version of the open file."""
        with self._lock:
            return schema_version(self._conn)

    # -- writes --

    def record_intent(
        self,
        *,
        region_id: str,
        name: str = "",
        description: str = "",
        completion_window: str = "24h",
        endpoint: str = "",
        model: str = "",
        input_path: str | os.PathLike[str] | None = None,
        input_sha256: str | None = None,
        input_bytes: int | None = None,
        request_count: int | None = None,
        metadata: Mapping[str, str] | None = None,
        status: str = LocalState.UPLOADING,
        parent_job_id: int | None = None,
        relation: str | None = None,
        group_id: str | None = None,
        part_index: int | None = None,
        source: Mapping[str, Any] | None = None,
        refuse_if: Callable[[JobRecord], bool] | None = None,
        replaces_job_id: int | None = None,
    ) -> int:
        """Write a new job before any network call; returns its local id.

        ``parent_job_id`` / ``relation`` link a re-run (or a split part, with ``group_id`` and
        ``part_index``) to its family from the start, so a crash never leaves an orphan. ``source``
        describes the spreadsheet the input was built from (see ``answers.source.SourceSpec``).

        ``refuse_if`` makes this a reservation: the earlier jobs of ``region_id`` with the same
        ``input_sha256`` are read in the same ``BEGIN IMMEDIATE`` transaction as the insert, and the
        first one (newest first) for which it returns True raises :class:`ReservationRefused` instead.
        Two callers — threads, windows or processes — can therefore never both pass the check.

        ``replaces_job_id`` names a *Not created* job (``create_failed``, no batch) this one takes the
        place of ("Submit again"): it is removed in the same transaction, or :class:`ReplacedAlready`
        is raised when it is no longer such a job (a second press, another window).
        """
        now = time.time()
        with self._write() as conn:
            if refuse_if is not None and input_sha256 is not None:
                rows = conn.execute(
                    f"{_SELECT} WHERE region_id = ? AND input_sha256 = ? ORDER BY created_at DESC, id DESC",
                    (region_id, input_sha256),
                ).fetchall()
                for row in rows:
                    earlier = _row_to_record(row)
                    if refuse_if(earlier):
                        raise ReservationRefused(earlier)
            if replaces_job_id is not None:
                gone = conn.execute(
                    "DELETE FROM jobs WHERE id = ? AND status = ? AND batch_id IS NULL",
                    (replaces_job_id, LocalState.CREATE_FAILED.value),
                )
                if gone.rowcount != 1:
                    raise ReplacedAlready(replaces_job_id)
            cursor = conn.execute(
                """
                INSERT INTO jobs (region_id, name, description, completion_window, endpoint, model,
                    input_path, input_sha256, input_bytes, request_count, status, created_at, updated_at,
                    metadata, total, parent_job_id, relation, group_id, part_index, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (
                    region_id,
                    name,
                    description,
                    completion_window,
                    endpoint,
                    model,
                    None if input_path is None else os.fspath(input_path),
                    input_sha256,
                    input_bytes,
                    request_count,
                    str(status),
                    now,
                    now,
                    _dump_metadata(metadata),
                    request_count or 0,
                    parent_job_id,
                    None if relation is None else str(relation),
                    group_id,
                    part_index,
                    _dump_json(dict(source or {})),
                ),
            )
            job_id = cursor.lastrowid
        assert job_id is not None
        return int(job_id)

    def set_status(self, job_id: int, status: str, *, last_error: str | None = None) -> JobRecord:
        """Set a local state directly (e.g. back to ``uploading`` on a retry)."""
        with self._write() as conn:
            self._update(conn, job_id, {"status": str(status), "last_error": last_error})
        return self._require(job_id)

    def record_upload(self, job_id: int, input_file_id: str) -> JobRecord:
        """The upload finished: remember the file id."""
        with self._write() as conn:
            self._update(
                conn,
                job_id,
                {"input_file_id": input_file_id, "status": LocalState.UPLOADED.value, "last_error": None},
            )
        return self._require(job_id)

    def mark_creating(self, job_id: int) -> JobRecord:
        """Create is about to be sent: from now on the batch may exist (the settle clock starts)."""
        with self._write() as conn:
            self._update(
                conn, job_id, {"status": LocalState.CREATING.value, "last_error": None, "create_sent_at": time.time()}
            )
        return self._require(job_id)

    def record_created(self, job_id: int, batch: BatchInfo) -> JobRecord:
        """The batch exists: store its id and state on the job."""
        if not batch.id:
            raise ValueError("a created batch must have an id")
        with self._write() as conn:
            job = conn.execute("SELECT region_id FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if job is None:
                raise KeyError(f"no job {job_id} in the ledger")
            # A refresh may already have imported this batch as a separate row: fold it into ours. Only
            # such an import (no local intent, same or unknown input file) goes: a server that reuses an
            # id for a second create must never delete the first job.
            conn.execute(
                "DELETE FROM jobs WHERE region_id = ? AND batch_id = ? AND id != ? AND input_sha256 IS NULL "
                "AND input_path IS NULL AND parent_job_id IS NULL AND (input_file_id IS NULL OR input_file_id IS ?)",
                (job[0], batch.id, job_id, batch.input_file_id),
            )
            self._update(conn, job_id, {"batch_id": batch.id, "last_error": None, **_batch_values(batch)})
        return self._require(job_id)

    def record_create_unknown(self, job_id: int, message: str) -> JobRecord:
        """Create's outcome is unknown: never resubmit; reconcile will look again."""
        with self._write() as conn:
            self._update(conn, job_id, {"status": LocalState.CREATE_UNKNOWN.value, "last_error": message})
        return self._require(job_id)

    def record_failure(self, job_id: int, message: str) -> JobRecord:
        """Something failed. Before the batch exists the job becomes ``create_failed``; after, only
        ``last_error`` is set (the batch's status stays the server's)."""
        record = self._require(job_id)
        values: dict[str, Any] = {"last_error": message}
        if record.batch_id is None:
            values["status"] = LocalState.CREATE_FAILED.value
        with self._write() as conn:
            self._update(conn, job_id, values)
        return self._require(job_id)

    def update_from_batch(self, region_id: str, batch: BatchInfo) -> JobRecord:
        """Upsert by (region, batch id): refreshes our jobs and imports jobs created elsewhere.

        A batch whose input file belongs to one of our jobs without a batch id (a create whose answer
        was lost) is attached to that job instead of being imported twice.
        """
        if not batch.id:
            raise ValueError("cannot record a batch without an id")
        with self._write() as conn:
            job_id = self._upsert(conn, region_id, batch)
        return self._require(job_id)

    def _upsert(self, conn: sqlite3.Connection, region_id: str, batch: BatchInfo) -> int:
        values = _batch_values(batch)
        # A reused batch id (issue 10) may name several jobs: the one with this input file, else the newest.
        row = conn.execute(
            "SELECT id, name, description FROM jobs WHERE region_id = ? AND batch_id = ? "
            "ORDER BY (input_file_id IS ?) DESC, id DESC LIMIT 1",
            (region_id, batch.id, batch.input_file_id),
        ).fetchone()
        if row is None and batch.input_file_id:
            row = conn.execute(
                "SELECT id, name, description FROM jobs WHERE region_id = ? AND input_file_id = ? "
                "AND batch_id IS NULL ORDER BY id DESC LIMIT 1",
                (region_id, batch.input_file_id),
            ).fetchone()
        if row is not None:
            job_id = int(row[0])
            if not row[1] and batch.name:
                values["name"] = batch.name
            if not row[2] and batch.description:
                values["description"] = batch.description
            self._update(conn, job_id, {"batch_id": batch.id, "last_error": None, **values})
            return job_id
        now = time.time()
        created = float(batch.created_at) if batch.created_at else now
        cursor = conn.execute(
            "INSERT INTO jobs (region_id, batch_id, name, description, status, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (region_id, batch.id, batch.name, batch.description, batch.status, created, now),
        )
        assert cursor.lastrowid is not None
        job_id = int(cursor.lastrowid)
        self._update(conn, job_id, values)
        return job_id

    def record_results(
        self,
        job_id: int,
        output_path: str | os.PathLike[str] | None,
        error_path: str | os.PathLike[str] | None,
    ) -> JobRecord:
        """Remember where the downloaded output / error files are."""
        with self._write() as conn:
            self._update(
                conn,
                job_id,
                {
                    "output_path": None if output_path is None else os.fspath(output_path),
                    "error_path": None if error_path is None else os.fspath(error_path),
                    "results_downloaded_at": time.time(),
                    "last_error": None,
                },
            )
        return self._require(job_id)

    def update_from_batches(self, region_id: str, batches: Iterable[BatchInfo]) -> list[JobRecord]:
        """:meth:`update_from_batch` for a whole list page, in one transaction; batches without an id
        are skipped. Returns the stored jobs in the order given."""
        ids: list[int] = []
        with self._write() as conn:
            for batch in batches:
                if batch.id:
                    ids.append(self._upsert(conn, region_id, batch))
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        found = {job.id: job for job in self._query(f"{_SELECT} WHERE id IN ({marks})", tuple(ids))}
        return [found[i] for i in ids if i in found]

    def record_usage(
        self,
        job_id: int,
        *,
        prompt_tokens: int,
        completion_tokens: int,
        total_tokens: int,
        reasoning_tokens: int | None = None,
        result_succeeded: int | None = None,
        result_failed: int | None = None,
        verdict: str | None = None,
        result_unknown: int | None = None,
        result_duplicates: int | None = None,
    ) -> JobRecord:
        """Store the token usage summed from the downloaded answers, and the reconcile outcome."""
        with self._write() as conn:
            self._update(
                conn,
                job_id,
                {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": total_tokens,
                    "reasoning_tokens": reasoning_tokens,
                    "result_succeeded": result_succeeded,
                    "result_failed": result_failed,
                    "verdict": None if verdict is None else str(verdict),
                    "result_unknown": result_unknown,
                    "result_duplicates": result_duplicates,
                },
            )
        return self._require(job_id)

    def record_remote_deleted(self, job_id: int, *, input_file: bool = False, result_files: bool = False) -> JobRecord:
        """Remember that the job's input file and/or its output and error files were deleted remotely."""
        values: dict[str, Any] = {}
        now = time.time()
        if input_file:
            values["remote_input_deleted_at"] = now
        if result_files:
            values["remote_results_deleted_at"] = now
        if values:
            with self._write() as conn:
                self._update(conn, job_id, values)
        return self._require(job_id)

    def set_source(self, job_id: int, source: Mapping[str, Any]) -> JobRecord:
        """Describe the spreadsheet a job's input was built from (``answers.source.SourceSpec.to_json()``)."""
        with self._write() as conn:
            self._update(conn, job_id, {"source": _dump_json(dict(source))})
        return self._require(job_id)

    def link(
        self,
        job_id: int,
        parent_job_id: int | None,
        relation: str | None,
        *,
        group_id: str | None = None,
        part_index: int | None = None,
    ) -> JobRecord:
        """Attach a job to its family (or detach it with ``None``)."""
        if parent_job_id is not None and parent_job_id == job_id:
            raise ValueError("a job cannot be its own parent")
        with self._write() as conn:
            self._update(
                conn,
                job_id,
                {
                    "parent_job_id": parent_job_id,
                    "relation": None if relation is None else str(relation),
                    "group_id": group_id,
                    "part_index": part_index,
                },
            )
        return self._require(job_id)

    def forget(self, job_id: int) -> None:
        """Remove a job from the list (the batch on the server is not touched)."""
        with self._write() as conn:
            conn.execute("DELETE FROM jobs WHERE id = ?", (job_id,))

    # -- reads --

    def get(self, job_id: int) -> JobRecord | None:
        """The job with local id ``job_id``."""
        found = self._query(f"{_SELECT} WHERE id = ?", (job_id,))
        return found[0] if found else None

    def find_batch(self, region_id: str, batch_id: str) -> JobRecord | None:
        """The job for a batch id in a region."""
        found = self._query(f"{_SELECT} WHERE region_id = ? AND batch_id = ? ORDER BY id DESC", (region_id, batch_id))
        return found[0] if found else None

    def jobs(self, region_id: str | None = None) -> list[JobRecord]:
        """Every job (of one region), newest first."""
        order = " ORDER BY created_at DESC, id DESC"
        if region_id is None:
            return self._query(_SELECT + order, every_job=True)
        return self._query(f"{_SELECT} WHERE region_id = ?{order}", (region_id,))

    def children(self, job_id: int, relation: str | None = None) -> list[JobRecord]:
        """Jobs whose parent is ``job_id`` (optionally of one relation), oldest first."""
        if relation is None:
            return self._query(f"{_SELECT} WHERE parent_job_id = ? ORDER BY id", (job_id,))
        return self._query(f"{_SELECT} WHERE parent_job_id = ? AND relation = ? ORDER BY id", (job_id, str(relation)))

    def group(self, group_id: str) -> list[JobRecord]:
        """The parts of one split submit, in part order."""
        return self._query(f"{_SELECT} WHERE group_id = ? ORDER BY part_index, id", (group_id,))

    def unfinished_intents(self, region_id: str | None = None) -> list[JobRecord]:
        """Jobs a crash may have left between intent and batch id (uploading … create_unknown)."""
        marks = ", ".join("?" for _ in UNFINISHED_STATES)
        params: tuple[Any, ...] = tuple(s.value for s in UNFINISHED_STATES)
        sql = f"{_SELECT} WHERE status IN ({marks})"
        if region_id is not None:
            sql += " AND region_id = ?"
            params += (region_id,)
        return self._query(sql + " ORDER BY id", params)


def _dump_json(value: object) -> str:
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def _load_json(raw: object, kind: type) -> Any:
    if not raw:
        return kind()
    try:
        data = orjson.loads(str(raw))
    except orjson.JSONDecodeError:
        return kind()
    return data if isinstance(data, kind) else kind()


def _dump_metadata(metadata: Mapping[str, str] | None) -> str:
    return orjson.dumps({str(k): str(v) for k, v in (metadata or {}).items()}).decode()


def _load_metadata(raw: object) -> dict[str, str]:
    if not raw:
        return {}
    try:
        data = orjson.loads(str(raw))
    except orjson.JSONDecodeError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _batch_values(batch: BatchInfo) -> dict[str, Any]:
    """Columns refreshed from a batch object; fields the server left out keep their value."""
    values: dict[str, Any] = {
        "status": batch.status or "unknown",
        "total": batch.request_counts.total,
        "completed": batch.request_counts.completed,
        "failed": batch.request_counts.failed,
    }
    optional = {
        "input_file_id": batch.input_file_id,
        "output_file_id": batch.output_file_id,
        "error_file_id": batch.error_file_id,
        "endpoint": batch.endpoint,
        "completion_window": batch.completion_window,
        "batch_created_at": batch.created_at,
    }
    values.update({k: v for k, v in optional.items() if v is not None})
    finished = [batch.timestamps.get(name) for name in _FINISH_STAMPS]
    stamps = [t for t in finished if t is not None]
    if stamps:
        values["finished_at"] = max(stamps)
    if batch.metadata:
        values["metadata"] = _dump_metadata(batch.metadata)
    sent = {name: stamp for name, stamp in batch.timestamps.items() if stamp is not None}
    if sent:
        values["timestamps"] = _dump_json(sent)
        for name in ("expires_at", "in_progress_at"):
            if sent.get(name) is not None:
                values[name] = sent[name]
    if batch.errors:
        values["errors"] = _dump_json([{"code": e.code, "message": e.message, "line": e.line} for e in batch.errors])
    values["last_seen_at"] = time.time()
    if batch.errors and batch.status == JobStatus.FAILED:
        values["last_error"] = "; ".join(f"{e.code}: {e.message}" for e in batch.errors)[:1000]
    return values


def _row_to_record(row: tuple[Any, ...]) -> JobRecord:
    data = dict(zip(_RECORD_FIELDS, row, strict=True))
    data["metadata"] = _load_metadata(data["metadata"])
    data["source"] = _load_json(data["source"], dict)
    data["timestamps"] = _load_json(data["timestamps"], dict)
    data["errors"] = _load_json(data["errors"], list)
    return JobRecord(**data)
