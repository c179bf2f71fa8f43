"""Durability: the ledger from its first schema, damaged and locked ledgers, the rotating scrubbed log."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import desktop_app.core.ledger as ledger_mod
import desktop_app.core.logging_setup as logging_setup
from desktop_app.core.batch import BatchInfo
from desktop_app.core.ledger import Ledger, LedgerError, LocalState
from tests.reliability.conftest import record

# The jobs table exactly as the first release created it (schema 1, commit 1f352fc). Written out by
# hand on purpose: if migration 1 is ever edited, this still describes the files already out there.
V1_SCHEMA = """
CREATE TABLE jobs (
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
);
CREATE UNIQUE INDEX jobs_region_batch ON jobs(region_id, batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX jobs_status ON jobs(status);
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
"""
V1_COLUMNS = [
    "id", "region_id", "batch_id", "name", "description", "completion_window", "endpoint", "model",
    "input_path", "input_sha256", "input_bytes", "request_count", "input_file_id", "output_file_id",
    "error_file_id", "status", "total", "completed", "failed", "created_at", "updated_at", "last_error",
    "output_path", "error_path", "results_downloaded_at", "metadata",
]  # fmt: skip


def _columns(conn: sqlite3.Connection) -> list[str]:
    return [str(row[1]) for row in conn.execute("PRAGMA table_info(jobs)")]


def build_v1(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(V1_SCHEMA)
    rows = [
        # a finished job with downloaded answers
        ("intl", "batch_done", "Survey 1", "completed", 3, 3, 0, "file-in-1", "file-out-1", "/r/o.jsonl", '{"a":"1"}'),
        # a submit a crash interrupted after create was sent
        ("cn", None, "Survey 2", "creating", 0, 0, 0, "file-in-2", None, None, "{}"),
    ]  # fmt: skip
    for region, batch, name, status, total, done, failed, file_in, file_out, out_path, meta in rows:
        conn.execute(
            "INSERT INTO jobs (region_id, batch_id, name, status, total, completed, failed, input_file_id, "
            "output_file_id, output_path, metadata, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1700000000.0, 1700000100.0)",
            (region, batch, name, status, total, done, failed, file_in, file_out, out_path, meta),
        )
    conn.close()


def test_first_migration_still_creates_the_first_schema(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "m1.sqlite3", isolation_level=None)
    ledger_mod.MIGRATIONS[0](conn)
    assert _columns(conn) == V1_COLUMNS, "migration 1 was edited: old files would not look like this"
    conn.close()


def test_ledger_migrates_from_the_first_schema(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    build_v1(path)
    with Ledger(path) as ledger:
        assert ledger.version == ledger_mod.SCHEMA_VERSION
        done = ledger.find_batch("intl", "batch_done")
        assert done is not None
        assert (done.name, done.status, done.completed, done.output_file_id, done.output_path) == (
            "Survey 1",
            "completed",
            3,
            "file-out-1",
            "/r/o.jsonl",
        )
        assert done.metadata == {"a": "1"} and done.created_at == 1700000000.0
        # The interrupted submit is still found, so reconcile can resolve it after the upgrade.
        [interrupted] = ledger.unfinished_intents("cn")
        assert interrupted.status == LocalState.CREATING and interrupted.input_file_id == "file-in-2"
        # And the migrated file takes the writes of the new version.
        batch = BatchInfo.from_api({"id": "batch_late", "status": "validating", "input_file_id": "file-in-2"})
        updated = ledger.record_created(interrupted.id, batch)
        assert updated.batch_id == "batch_late"
        job_id = ledger.record_intent(region_id="intl", name="new")
        assert ledger.get(job_id) is not None
    # Opening again changes nothing (migrations ran once).
    with Ledger(path) as again:
        assert again.version == ledger_mod.SCHEMA_VERSION
        assert len(again.jobs()) == 3
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM schema_version").fetchone() == (1,)
    conn.close()
    record("durability", "migrate-from-schema-1")


@pytest.mark.parametrize("start", range(0, ledger_mod.SCHEMA_VERSION + 1))
def test_every_migration_step_is_idempotent(tmp_path: Path, start: int) -> None:
    path = tmp_path / "ledger.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    assert ledger_mod.migrate(conn, upto=start) == start
    for step in ledger_mod.MIGRATIONS[:start]:
        step(conn)  # running an applied step again (a crash between step and version bump) is harmless
    assert ledger_mod.migrate(conn) == ledger_mod.SCHEMA_VERSION
    conn.close()
    with Ledger(path) as ledger:
        assert ledger.version == ledger_mod.SCHEMA_VERSION


# ---- damaged ---------------------------------------------------------------------------------------


def _damaged_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".damaged-" in p.name)


def _garbage() -> bytes:
    return b"this is not a database\x00\xff" * 200 + os.urandom(4096)


def _torn() -> bytes:
    """A real ledger with many rows whose middle pages were overwritten (a torn write / bad sector)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ok.sqlite3"
        with Ledger(path) as ledger:
            for i in range(400):
                ledger.record_intent(region_id="intl", name=f"job {i} " + "x" * 200)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[2 * page : 5 * page] = os.urandom(3 * page)
    return bytes(data)


@pytest.mark.parametrize("content", [_garbage, _torn], ids=["garbage", "torn-pages"])
def test_damaged_ledger_is_reported_and_backed_up_never_replaced(tmp_path: Path, content: object) -> None:
    path = tmp_path / "ledger.sqlite3"
    original = content()  # type: ignore[operator]
    path.write_bytes(original)
    started = time.monotonic()
    with pytest.raises(LedgerError) as info:
        Ledger(path)
    assert time.monotonic() - started < 5
    err = info.value
    assert "damaged" in err.user_message and str(path) in err.user_message
    assert "Nothing was changed or deleted" in err.user_message
    [backup] = _damaged_files(tmp_path)
    assert str(backup) in err.user_message, "the message says where the copy is"
    assert backup.read_bytes() == original, "the backup holds the original bytes"
    assert path.read_bytes() == original, "the damaged file was replaced or changed"
    # Trying again reports again (and keeps a second copy); still nothing replaced.
    with pytest.raises(LedgerError):
        Ledger(path)
    assert path.read_bytes() == original
    assert all(p.read_bytes() == original for p in _damaged_files(tmp_path) if not p.name.endswith(("-wal", "-shm")))
    record("durability", f"damaged-ledger-{content.__name__}")  # type: ignore[attr-defined]


# ---- locked ----------------------------------------------------------------------------------------


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(ledger_mod, "BUSY_TIMEOUT_S", 0.3)
    return 0.3


def test_locked_ledger_at_start_gives_a_clear_error_not_a_hang(tmp_path: Path, short_busy_timeout: float) -> None:
    path = tmp_path / "ledger.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)  # another program, rollback-journal mode
    other.execute("CREATE TABLE other (a)")
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(LedgerError) as info:
            Ledger(path)
        assert time.monotonic() - started < short_busy_timeout + 2
    finally:
        other.execute("ROLLBACK")
        other.close()
    message = info.value.user_message
    assert "in use by another program" in message and str(path) in message
    assert "damaged" not in message, "a locked file is not a damaged one: the user must not move it away"
    assert _damaged_files(tmp_path) == []
    with Ledger(path) as ledger:  # the lock is gone: it opens
        assert ledger.version == ledger_mod.SCHEMA_VERSION
    record("durability", "locked-ledger-at-start")


def test_ledger_locked_while_running_gives_a_clear_error(tmp_path: Path, short_busy_timeout: float) -> None:
    path = tmp_path / "ledger.sqlite3"
    with Ledger(path) as ledger:
        job_id = ledger.record_intent(region_id="intl", name="before")
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            started = time.monotonic()
            with pytest.raises(LedgerError) as info:
                ledger.record_failure(job_id, "x")
            assert time.monotonic() - started < short_busy_timeout + 2
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert "in use by another program" in info.value.user_message
        # Released: the same ledger carries on, nothing lost.
        ledger.record_failure(job_id, "after")
        job = ledger.get(job_id)
        assert job is not None and job.name == "before" and job.last_error == "after"
    assert _damaged_files(tmp_path) == []
    record("durability", "locked-ledger-while-running")


# ---- the log ---------------------------------------------------------------------------------------


@pytest.fixture
def app_logging(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(logging_setup, "MAX_LOG_BYTES", 4000)
    root = logging.getLogger()
    level = root.level
    folder = tmp_path / "logs"
    logging_setup.configure_logging(folder)
    yield folder
    logging_setup.shutdown_logging()
    root.setLevel(level)


def test_log_rotates_in_the_log_folder_and_scrubs_secrets(app_logging: Path) -> None:
    key = "sk-durability-" + os.urandom(8).hex()
    unregistered = "sk-" + os.urandom(10).hex()  # never registered: caught by the key pattern
    logging_setup.register_secret(key)
    log = logging.getLogger("desktop_app.test_durability")
    for i in range(120):
        log.info("line %d with key %s and %s", i, key, {"api_key": unregistered})
    try:
        raise ValueError(f"server said: bad key {key}")
    except ValueError:
        log.exception("request failed for %s", key)
    log.warning("stack", stack_info=True, extra={"note": key})
    log.error("broken %d format " + key, "not a number")  # a broken format string is still scrubbed
    logging_setup.shutdown_logging()

    files = sorted(app_logging.iterdir())
    names = [p.name for p in files]
    assert logging_setup.LOG_FILE_NAME in names and f"{logging_setup.LOG_FILE_NAME}.1" in names, names
    assert len(files) <= logging_setup.LOG_BACKUPS + 1
    assert all(p.stat().st_size <= 4000 + 2000 for p in files)
    text = "".join(p.read_text(encoding="utf-8") for p in files)
    assert "ValueError: server said: bad key sk-***" in text, "the traceback is kept, scrubbed"
    assert "line 119 with key sk-***" in text
    assert "broken %d format sk-***" in text
    found = sum(text.count(secret) for secret in (key, unregistered, key[3:], unregistered[3:]))
    assert found == 0, "a key reached the log file"
    record("durability", "rotating-log-scrubbed", secrets_found=found)


def test_log_records_from_worker_threads_are_scrubbed(app_logging: Path) -> None:
    key = "sk-thread-" + os.urandom(8).hex()
    logging_setup.register_secret(key)
    log = logging.getLogger("desktop_app.test_durability.threads")

    def work(n: int) -> None:
        for i in range(50):
            log.info("worker %d step %d key=%s", n, i, key)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    logging_setup.shutdown_logging()
    text = "".join(p.read_text(encoding="utf-8") for p in app_logging.iterdir())
    assert text.count("key=sk-***") > 0
    assert key not in text and key[3:] not in text
