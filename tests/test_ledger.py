"""The job ledger: migrations, intent → created flow, upserts, damage, threads."""

from __future__ import annotations

import sqlite3
import stat
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.core.batch import BatchInfo
from desktop_app.core.ledger import (
    MIGRATIONS,
    SCHEMA_VERSION,
    JobRecord,
    Ledger,
    LedgerError,
    LocalState,
    migrate,
    schema_version,
)
from desktop_app.core.paths import app_paths


def batch(batch_id: str, status: str = "validating", **extra: object) -> BatchInfo:
    data: dict[str, object] = {
        "id": batch_id,
        "status": status,
        "endpoint": "/v1/chat/ds-test",
        "completion_window": "24h",
        "request_counts": {"total": 3, "completed": 1, "failed": 0},
        "created_at": 1_700_000_000,
    }
    data.update(extra)
    return BatchInfo.from_api(data)


def test_default_path_is_under_app_home(app_home: Path) -> None:
    with Ledger() as led:
        assert led.path == app_paths().ledger_db
        assert str(led.path).startswith(str(app_home))
        assert led.version == SCHEMA_VERSION


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_new_file_is_private_and_wal(ledger: Ledger) -> None:
    assert stat.S_IMODE(ledger.path.stat().st_mode) == 0o600
    with sqlite3.connect(ledger.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrate_from_version_0(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE unrelated (x INTEGER)")  # a pre-versioning file: no schema_version
    conn.commit()
    conn.close()
    with Ledger(path) as led:
        assert led.version == SCHEMA_VERSION
        job_id = led.record_intent(region_id="intl", name="n")
        assert led.get(job_id) is not None


def test_migrate_from_version_1_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, upto=1) == 1
    conn.execute(
        "INSERT INTO jobs (region_id, batch_id, status, created_at, updated_at, name) "
        "VALUES ('cn', 'batch_old', 'completed', 1.0, 1.0, 'old job')"
    )
    conn.close()
    with Ledger(path) as led:
        assert led.version == SCHEMA_VERSION
        job = led.find_batch("cn", "batch_old")
        assert job is not None
        assert job.name == "old job"
        assert job.batch_created_at is None and job.finished_at is None


def test_migrations_are_idempotent(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None)
    migrate(conn)
    for step in MIGRATIONS:  # running every step again changes nothing and raises nothing
        step(conn)
    assert schema_version(conn) == SCHEMA_VERSION
    assert migrate(conn) == SCHEMA_VERSION
    conn.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn)
    conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 5,))
    conn.close()
    with pytest.raises(LedgerError, match="newer version"):
        Ledger(path)


def test_damaged_file_raises_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    garbage = b"this is not a database, just some bytes " * 200
    path.write_bytes(garbage)
    with pytest.raises(LedgerError) as info:
        Ledger(path)
    assert str(path) in info.value.user_message
    assert "damaged" in info.value.user_message
    assert path.read_bytes() == garbage  # never silently replaced


def test_intent_to_created_flow(ledger: Ledger) -> None:
    job_id = ledger.record_intent(
        region_id="intl",
        name="Survey",
        description="d",
        completion_window="48h",
        endpoint="/v1/chat/completions",
        model="qwen-plus",
        input_path=Path("/data/in.jsonl"),
        input_sha256="ab" * 32,
        input_bytes=123,
        request_count=3,
        metadata={"k": "v"},
    )
    job = ledger.get(job_id)
    assert job is not None
    assert job.status == LocalState.UPLOADING and job.batch_id is None
    assert job.input_path == str(Path("/data/in.jsonl")) and job.metadata == {"k": "v"}
    assert [j.id for j in ledger.unfinished_intents()] == [job_id]

    assert ledger.record_upload(job_id, "file-batch-1").status == LocalState.UPLOADED
    assert ledger.mark_creating(job_id).status == LocalState.CREATING
    created = ledger.record_created(job_id, batch("batch_1", input_file_id="file-batch-1"))
    assert created.batch_id == "batch_1"
    assert created.status == "validating"
    assert created.total == 3 and created.completed == 1
    assert created.input_file_id == "file-batch-1"
    assert created.batch_created_at == 1_700_000_000
    assert ledger.unfinished_intents() == []
    assert ledger.find_batch("intl", "batch_1") == created
    assert ledger.find_batch("cn", "batch_1") is None


def test_create_unknown_and_failure(ledger: Ledger) -> None:
    job_id = ledger.record_intent(region_id="cn")
    ledger.record_upload(job_id, "file-batch-x")
    ledger.mark_creating(job_id)
    unknown = ledger.record_create_unknown(job_id, "not sure")
    assert unknown.status == LocalState.CREATE_UNKNOWN and unknown.last_error == "not sure"
    assert unknown.is_unfinished_intent
    failed = ledger.record_failure(job_id, "not created")
    assert failed.status == LocalState.CREATE_FAILED and failed.is_terminal
    assert ledger.unfinished_intents() == []

    # After the batch exists, a failure only notes the error; the server's status stays.
    other = ledger.record_intent(region_id="cn")
    ledger.record_created(other, batch("batch_2"))
    noted = ledger.record_failure(other, "download failed")
    assert noted.status == "validating" and noted.last_error == "download failed"


def test_update_from_batch_upserts(ledger: Ledger) -> None:
    # A job made in the web console: inserted, metadata null tolerated.
    imported = ledger.update_from_batch("intl", batch("batch_web", metadata=None, input_file_id="file-web"))
    assert imported.batch_id == "batch_web" and imported.metadata == {}
    assert imported.created_at == 1_700_000_000
    again = ledger.update_from_batch(
        "intl",
        batch(
            "batch_web",
            status="completed",
            output_file_id="file-batch_output-1",
            completed_at=1_700_000_500,
            request_counts={"total": 3, "completed": 3, "failed": 0},
            metadata={"ds_name": "From console"},
        ),
    )
    assert again.id == imported.id
    assert again.status == "completed" and again.completed == 3
    assert again.output_file_id == "file-batch_output-1"
    assert again.finished_at == 1_700_000_500
    assert again.name == "From console"
    assert len(ledger.jobs()) == 1
    # Same batch id in another region is another job.
    ledger.update_from_batch("cn", batch("batch_web"))
    assert len(ledger.jobs()) == 2 and len(ledger.jobs("cn")) == 1


def test_update_from_batch_attaches_to_pending_intent(ledger: Ledger) -> None:
    job_id = ledger.record_intent(region_id="intl", name="mine")
    ledger.record_upload(job_id, "file-batch-mine")
    ledger.record_create_unknown(job_id, "lost answer")
    seen = ledger.update_from_batch("intl", batch("batch_found", input_file_id="file-batch-mine"))
    assert seen.id == job_id and seen.batch_id == "batch_found"
    assert seen.name == "mine" and seen.last_error is None
    assert len(ledger.jobs()) == 1


def test_record_created_folds_an_earlier_import(ledger: Ledger) -> None:
    ledger.update_from_batch("intl", batch("batch_dup"))  # a refresh imported it first
    job_id = ledger.record_intent(region_id="intl", name="ours")
    ledger.record_created(job_id, batch("batch_dup"))
    jobs = ledger.jobs()
    assert [j.id for j in jobs] == [job_id]


def test_jobs_newest_first_and_results(ledger: Ledger) -> None:
    first = ledger.update_from_batch("intl", batch("b1", created_at=100))
    second = ledger.update_from_batch("intl", batch("b2", created_at=300))
    third = ledger.update_from_batch("cn", batch("b3", created_at=200))
    assert [j.batch_id for j in ledger.jobs()] == ["b2", "b3", "b1"]
    assert [j.batch_id for j in ledger.jobs("intl")] == ["b2", "b1"]
    done = ledger.record_results(first.id, Path("/r/output.jsonl"), None)
    assert done.output_path == str(Path("/r/output.jsonl")) and done.error_path is None
    assert done.results_downloaded_at is not None
    ledger.forget(second.id)
    assert ledger.get(second.id) is None
    assert ledger.get(third.id) is not None


def test_rejects_batches_without_id(ledger: Ledger) -> None:
    with pytest.raises(ValueError):
        ledger.update_from_batch("intl", BatchInfo.from_api({"status": "completed"}))
    job_id = ledger.record_intent(region_id="intl")
    with pytest.raises(ValueError):
        ledger.record_created(job_id, BatchInfo.from_api({"status": "validating"}))
    with pytest.raises(KeyError):
        ledger.record_upload(9999, "file")


def test_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite3"
    with Ledger(path) as led:
        job_id = led.record_intent(region_id="intl", name="persist")
    with Ledger(path) as led:
        job = led.get(job_id)
        assert job is not None and job.name == "persist"


def test_usable_from_worker_threads(ledger: Ledger) -> None:
    ids: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(n: int) -> None:
        try:
            for i in range(20):
                job_id = ledger.record_intent(region_id="intl", name=f"{n}-{i}")
                ledger.record_upload(job_id, f"file-{n}-{i}")
                with lock:
                    ids.append(job_id)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(set(ids)) == 120
    assert len(ledger.unfinished_intents()) == 120


def test_reading_the_job_list_again_rebuilds_only_the_jobs_that_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every refresh tick reads the whole job list: with 10,000 jobs, rebuilding every record took
    150-450 ms of Python each time, in a thread the window's UI thread shares the interpreter with."""
    import desktop_app.core.ledger as ledger_module

    path = tmp_path / "ledger.db"
    with Ledger(path) as ledger:
        for n in range(50):
            ledger.update_from_batch("sandbox", BatchInfo.from_api({"id": f"batch_{n}", "status": "in_progress"}))
        built: list[int] = []
        real = ledger_module._row_to_record

        def counting(row: tuple[object, ...]) -> JobRecord:
            built.append(int(str(row[0])))
            return real(row)

        monkeypatch.setattr(ledger_module, "_row_to_record", counting)
        first = ledger.jobs()
        assert len(first) == 50 and not built, "the writes above already built them"
        # another program (the CLI) changes one job and deletes another behind this connection's back
        other = sqlite3.connect(path)
        with other:
            other.execute("UPDATE jobs SET status = 'completed' WHERE batch_id = 'batch_7'")
            other.execute("DELETE FROM jobs WHERE batch_id = 'batch_9'")
        other.close()
        second = ledger.jobs()
        changed = {job.batch_id: job for job in second}
        assert len(built) == 1 and changed["batch_7"].status == "completed"
        assert "batch_9" not in changed and len(second) == 49
        unchanged = {job.batch_id: job for job in first}
        assert changed["batch_3"] is unchanged["batch_3"], "an unchanged row is the same record"
        assert len(ledger._records) == 49, "deleted jobs are forgotten"
