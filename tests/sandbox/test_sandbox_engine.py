"""The sandbox without HTTP: rules, lifecycle, clock, faults, answers, lists."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.batch import JobStatus
from desktop_app.sandbox import answers
from desktop_app.sandbox.clock import SandboxClock
from desktop_app.sandbox.engine import (
    ApiError,
    BatchRecord,
    FileRecord,
    SandboxEngine,
    SandboxTiming,
    key_accepted,
    lifecycle,
    parse_list_time,
    parse_window,
)
from desktop_app.sandbox.faults import FaultRegistry
from desktop_app.sandbox.rules import FileRules, LineError, Validation, validate_file
from tests.sandbox.helpers import chat_line, parse_jsonl, write_jsonl

CHAT = "/v1/chat/completions"
MODELS = frozenset({"qwen-plus", "batch-test-model", "text-embedding-v4"})


def codes(validation: Validation) -> list[tuple[str, int | None]]:
    return [(e["code"], e["line"]) for e in validation.errors]


def check(tmp_path: Path, lines: list[Any], endpoint: str = CHAT, rules: FileRules | None = None) -> Validation:
    return validate_file(write_jsonl(tmp_path / "in.jsonl", lines), endpoint, MODELS, rules)


# ---- file rules -------------------------------------------------------------------------------------


def test_valid_file_records_every_request(tmp_path: Path) -> None:
    result = check(tmp_path, [chat_line("a"), chat_line("b", "你好")])
    assert result.ok and result.model == "qwen-plus"
    assert [line.custom_id for line in result.lines] == ["a", "b"]
    raw = (tmp_path / "in.jsonl").read_bytes()
    second = result.lines[1]
    assert json.loads(raw[second.offset : second.offset + second.length])["custom_id"] == "b"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["{not json"], [("invalid_json_line", 1)]),
        (["[1, 2]"], [("invalid_json_line", 1)]),
        (
            [{"method": "POST", "url": CHAT, "body": {"model": "qwen-plus"}}],
            [("missing_required_parameter", 1)],
        ),
        ([{**chat_line("a"), "method": "GET"}], [("invalid_method", 1)]),
        ([{**chat_line("a"), "url": "/v1/completions"}], [("invalid_url", 1)]),
        ([{**chat_line("a"), "url": "/v1/embeddings"}], [("mismatched_endpoint", 1)]),
        ([chat_line("a"), {**chat_line("b"), "body": {"messages": []}}], [("missing_required_parameter", 2)]),
        ([chat_line("a"), chat_line("a")], [("duplicate_custom_id", 2)]),
        ([chat_line("a"), chat_line("b", model="qwen-max")], [("mismatched_model", 2)]),
        (
            [chat_line("a", enable_thinking=True), chat_line("b", enable_thinking=False)],
            [("mismatched_thinking_mode", 2)],
        ),
        ([chat_line("a", enable_thinking=True), chat_line("b")], [("mismatched_thinking_mode", 2)]),
        ([], [("empty_file", None)]),
        (["", "   "], [("empty_file", None)]),
    ],
)
def test_file_level_breakage(tmp_path: Path, lines: list[Any], expected: list[tuple[str, int]]) -> None:
    result = check(tmp_path, lines)
    assert not result.ok
    assert codes(result) == expected
    assert result.lines == []


def test_blank_lines_are_skipped_but_counted_for_line_numbers(tmp_path: Path) -> None:
    result = check(tmp_path, [chat_line("a"), "", "{broken"])
    assert codes(result) == [("invalid_json_line", 3)]


def test_not_utf8_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    good = json.dumps(chat_line("a")).encode()
    path.write_bytes(good + b"\n" + json.dumps(chat_line("b", "caf\u00e9")).encode("latin-1") + b"\n")
    assert codes(validate_file(path, CHAT, MODELS)) == []  # \u00e9 escaped by json.dumps: still ASCII
    path.write_bytes(good + b"\n" + b'{"custom_id":"b","x":"caf\xe9"}\n')
    assert codes(validate_file(path, CHAT, MODELS)) == [("invalid_encoding", 2)]
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n")
    assert codes(validate_file(path, CHAT, MODELS)) == [("invalid_encoding", 1)]


def test_size_and_count_limits(tmp_path: Path) -> None:
    lines = [chat_line(str(i)) for i in range(5)]
    assert codes(check(tmp_path, lines, rules=FileRules(max_requests=4))) == [("too_many_requests", 5)]
    assert codes(check(tmp_path, lines, rules=FileRules(max_file_bytes=100))) == [("file_too_large", None)]
    long_line = chat_line("long", "x" * 500)
    result = check(tmp_path, [chat_line("a"), long_line, chat_line("c")], rules=FileRules(max_line_bytes=300))
    assert codes(result) == [("line_too_large", 2)]
    exact = json.dumps(long_line)
    assert check(tmp_path, [long_line], rules=FileRules(max_line_bytes=len(exact))).ok
    assert not check(tmp_path, [long_line], rules=FileRules(max_line_bytes=len(exact) - 1)).ok


def test_test_model_limits(tmp_path: Path) -> None:
    lines = [chat_line(str(i), model="batch-test-model") for i in range(101)]
    assert codes(check(tmp_path, lines[:100], "/v1/chat/ds-test")) == []
    assert codes(check(tmp_path, lines, "/v1/chat/ds-test")) == [("test_model_too_many_lines", 101)]
    big = [chat_line(str(i), "y" * 20_000, model="batch-test-model") for i in range(60)]
    assert codes(check(tmp_path, big, "/v1/chat/ds-test")) == [("test_model_file_too_large", None)]


def test_error_reports_are_capped(tmp_path: Path) -> None:
    result = check(tmp_path, ["{bad"] * 50, rules=FileRules(max_reported_errors=5))
    assert len(result.errors) == 5


def test_line_level_problems_go_to_the_error_file(tmp_path: Path) -> None:
    lines = [
        chat_line("ok"),
        chat_line("hot", temperature=2.0),
        chat_line("top", top_p=1.5),
        {**chat_line("nomsg"), "body": {"model": "qwen-plus"}},
    ]
    result = check(tmp_path, lines)
    assert result.ok
    errors = [line.error for line in result.lines]
    assert errors[0] is None
    assert all(e is not None and e.status == 400 for e in errors[1:])
    unknown = check(tmp_path, [chat_line("a", model="qwen-nope")])
    assert unknown.ok and unknown.lines[0].error == LineError(
        404, "model_not_found", "The model `qwen-nope` does not exist or you do not have access to it."
    )


# ---- lifecycle --------------------------------------------------------------------------------------


def _batch(n: int, valid: bool = True, window_h: int = 24) -> BatchRecord:
    from desktop_app.sandbox.rules import RequestLine

    lines = [RequestLine(str(i), i + 1, 0, 1, None) for i in range(n)]
    validation = Validation(errors=[] if valid else [{"code": "x"}], lines=lines if valid else [])
    record = FileRecord("file-batch-x", "in.jsonl", "batch", 1, 1000, Path("/nonexistent"))
    return BatchRecord(
        "batch_x", 1, CHAT, record.id, record, f"{window_h}h", window_h * 3600.0, None, 1000.0, validation
    )


T = SandboxTiming(validating_s=3, per_request_s=2, finalizing_s=5, cancelling_s=1)


@pytest.mark.parametrize(
    ("now", "status", "done"),
    [
        (1000, JobStatus.VALIDATING, 0),
        (1002.9, JobStatus.VALIDATING, 0),
        (1003, JobStatus.IN_PROGRESS, 0),
        (1005, JobStatus.IN_PROGRESS, 1),
        (1012.5, JobStatus.IN_PROGRESS, 4),
        (1013, JobStatus.FINALIZING, 5),
        (1017.9, JobStatus.FINALIZING, 5),
        (1018, JobStatus.COMPLETED, 5),
    ],
)
def test_lifecycle_phases(now: float, status: JobStatus, done: int) -> None:
    snap = lifecycle(_batch(5), now, T)
    assert (snap.status, snap.done) == (status, done)
    assert snap.total == (0 if status is JobStatus.VALIDATING else 5)
    assert snap.stamps["expires_at"] == 1000 + 86400


def test_lifecycle_timestamps_failed_expired_cancelled() -> None:
    done = lifecycle(_batch(5), 5000, T)
    assert (done.stamps["in_progress_at"], done.stamps["finalizing_at"], done.stamps["completed_at"]) == (
        1003,
        1013,
        1018,
    )
    failed = lifecycle(_batch(5, valid=False), 1003, T)
    assert failed.status is JobStatus.FAILED and failed.stamps["failed_at"] == 1003
    slow = SandboxTiming(validating_s=3, per_request_s=10_000)
    expired = lifecycle(_batch(20), 1000 + 86400, slow)
    assert expired.status is JobStatus.EXPIRED and expired.done == 8
    assert expired.stamps["expired_at"] == 1000 + 86400
    assert lifecycle(_batch(20), 1000 + 86399, slow).status is JobStatus.IN_PROGRESS
    batch = _batch(5)
    batch.cancel_at = 1007.5
    cancelling = lifecycle(batch, 1008, T)
    assert (cancelling.status, cancelling.done, cancelling.total) == (JobStatus.CANCELLING, 2, 5)
    cancelled = lifecycle(batch, 1_000_000, T)
    assert (cancelled.status, cancelled.done) == (JobStatus.CANCELLED, 2)
    assert cancelled.stamps["cancelled_at"] == 1008.5
    early = _batch(5)
    early.cancel_at = 1001
    assert lifecycle(early, 1003, T).total == 0


def test_windows_and_list_times() -> None:
    assert parse_window("24h") == 86400
    assert parse_window("14d") == 336 * 3600
    assert parse_window("336h") == 336 * 3600
    for bad in ("23h", "15d", "337h", "24", "1.5d", "", 24, "0h"):
        with pytest.raises(ApiError) as info:
            parse_window(bad)
        assert info.value.status == 400 and info.value.param == "completion_window"
    assert parse_list_time("20250304000000", "create_after") == 1741017600  # 2025-03-04 00:00 UTC+8
    for bad in ("2025030400", "2025-03-04 00:00", "20251304000000"):
        with pytest.raises(ApiError):
            parse_list_time(bad, "create_after")


def test_keys_per_namespace() -> None:
    assert key_accepted("sandbox", "anything")
    assert not key_accepted("sandbox", "")
    assert not key_accepted("sandbox", None)
    assert key_accepted("intl", "sk-sandbox-intl-1") and not key_accepted("intl", "sk-sandbox-cn-1")
    assert key_accepted("cn", "sk-sandbox-cn-1") and not key_accepted("cn", "sk-sandbox-intl-1")
    assert not key_accepted("cn", "sk-sandbox-cn-")


# ---- engine with a manual clock --------------------------------------------------------------------


class ManualClock:
    def __init__(self) -> None:
        self.t = 1_700_000_000.0

    def __call__(self) -> float:
        return self.t


def _upload(ns: Any, tmp_path: Path, lines: list[Any]) -> str:
    src = write_jsonl(tmp_path / "src.jsonl", lines)
    tmp = ns.upload_target()
    tmp.write_bytes(src.read_bytes())
    return str(ns.register_upload(tmp, "in.jsonl", "batch")["id"])


def test_engine_materializes_shuffled_results_once(tmp_path: Path) -> None:
    clock = ManualClock()
    engine = SandboxEngine(clock, tmp_path / "store", T)
    ns = engine.namespace("sandbox")
    file_id = _upload(
        ns,
        tmp_path,
        [chat_line(f"r{i}", f"question {i}") for i in range(12)] + [chat_line("bad", temperature=9)],
    )
    batch = ns.create_batch({"input_file_id": file_id, "endpoint": CHAT, "completion_window": "24h"})
    assert batch["status"] == "validating" and batch["output_file_id"] is None
    clock.t += 1000
    done = ns.get_batch(batch["id"])
    assert done["status"] == "completed"
    assert done["request_counts"] == {"total": 13, "completed": 12, "failed": 1}
    out = ns.content_file(done["output_file_id"])
    rows = parse_jsonl(out.path.read_text("utf-8"))
    ids = [row["custom_id"] for row in rows]
    assert sorted(ids) == sorted(f"r{i}" for i in range(12)) and ids != [f"r{i}" for i in range(12)]
    assert ns.get_batch(batch["id"])["output_file_id"] == done["output_file_id"]  # written once
    err = parse_jsonl(ns.content_file(done["error_file_id"]).path.read_text("utf-8"))
    assert [row["custom_id"] for row in err] == ["bad"]
    # Deleting the input while nothing needs it removes the bytes.
    ns.delete_file(file_id)
    assert not (tmp_path / "store" / "sandbox" / file_id).exists()


def test_engine_keeps_deleted_input_until_results_are_written(tmp_path: Path) -> None:
    clock = ManualClock()
    ns = SandboxEngine(clock, tmp_path / "store", T).namespace("cn")
    file_id = _upload(ns, tmp_path, [chat_line("a"), chat_line("b")])
    batch = ns.create_batch({"input_file_id": file_id, "endpoint": CHAT})
    ns.delete_file(file_id)
    with pytest.raises(ApiError) as info:
        ns.get_file(file_id)
    assert info.value.status == 404
    clock.t += 100
    done = ns.get_batch(batch["id"])
    assert done["request_counts"]["completed"] == 2
    assert not (tmp_path / "store" / "cn" / file_id).exists()


SLOW = SandboxTiming(validating_s=3, per_request_s=100, finalizing_s=5, cancelling_s=1)


def test_a_persistent_engine_keeps_jobs_across_a_restart_and_they_finish(tmp_path: Path) -> None:
    """Closing the app and coming back: the job is still there, its clock went on, it completes, its
    answers download; a job cancelled before the restart stays cancelled; deleted files stay deleted."""
    clock = ManualClock()
    store = tmp_path / "store"
    first = SandboxEngine(clock, store, SLOW, persistent=True).namespace("sandbox")
    file_id = _upload(
        first, tmp_path, [chat_line(f"r{i}", f"question {i}") for i in range(5)] + [chat_line("bad", temperature=9)]
    )
    running = first.create_batch({"input_file_id": file_id, "endpoint": CHAT, "metadata": {"ds_name": "商品评论"}})
    other = first.create_batch({"input_file_id": file_id, "endpoint": CHAT})
    first.cancel_batch(other["id"])
    first.delete_file(file_id)  # still pinned by the running batch: its bytes stay until results exist
    clock.t += 4  # validating is over: 0 of 6 done
    assert first.get_batch(running["id"])["status"] == "in_progress"
    clock.t += 120  # time alone passes: polling saves the clock now and then
    assert first.get_batch(running["id"])["status"] == "in_progress"  # 1 of 6 done
    saved_at = clock.t
    del first  # the app closes

    clock.t += 3600  # an hour later the app starts again
    engine = SandboxEngine(clock, store, SLOW, persistent=True)
    assert engine.saved_now == saved_at
    again = engine.namespace("sandbox")
    done = again.get_batch(running["id"])
    assert done["status"] == "completed"
    assert done["request_counts"] == {"total": 6, "completed": 5, "failed": 1}
    assert done["metadata"] == {"ds_name": "商品评论"}
    rows = parse_jsonl(again.content_file(done["output_file_id"]).path.read_text("utf-8"))
    assert sorted(row["custom_id"] for row in rows) == [f"r{i}" for i in range(5)]
    assert again.get_batch(other["id"])["status"] == "cancelled"
    with pytest.raises(ApiError):
        again.get_file(file_id)
    assert not (store / "sandbox" / file_id).exists()  # freed once the results were written
    listed = [b["id"] for b in again.list_batches({})["data"]]
    assert listed == [other["id"], running["id"]]
    # A third start sees the results written in the second (output file, materialized batch).
    third = SandboxEngine(clock, store, SLOW, persistent=True).namespace("sandbox")
    assert third.get_batch(running["id"])["output_file_id"] == done["output_file_id"]
    # Other namespaces are kept apart, and new ids never collide with old ones.
    assert SandboxEngine(clock, store, SLOW, persistent=True).namespace("cn").list_batches({})["data"] == []


def test_a_damaged_sandbox_state_is_set_aside_not_half_loaded(tmp_path: Path) -> None:
    clock = ManualClock()
    store = tmp_path / "store"
    ns = SandboxEngine(clock, store, T, persistent=True).namespace("intl")
    _upload(ns, tmp_path, [chat_line("a")])
    state = store / "intl" / "state.json"
    state.write_text(state.read_text("utf-8")[:40], "utf-8")
    fresh = SandboxEngine(clock, store, T, persistent=True).namespace("intl")
    assert fresh.list_files({})["data"] == []
    assert [p.name.startswith("state.json.damaged-") for p in (store / "intl").iterdir() if "damaged" in p.name] == [
        True
    ]


def test_a_non_persistent_engine_writes_no_state(tmp_path: Path) -> None:
    ns = SandboxEngine(ManualClock(), tmp_path / "store", T).namespace("sandbox")
    _upload(ns, tmp_path, [chat_line("a")])
    assert not (tmp_path / "store" / "sandbox" / "state.json").exists()


# ---- clock, faults, answers ---------------------------------------------------------------------


def test_clock_speed_and_advance() -> None:
    real = [100.0]
    clock = SandboxClock(speed=2.0, start=1000.0, real=lambda: real[0])
    real[0] = 103.0
    assert clock.now() == 1006.0
    clock.speed = 10.0
    assert clock.now() == 1006.0  # rebased, no jump
    real[0] = 104.0
    assert clock.now() == 1016.0
    assert clock.advance(84) == 1100.0
    clock.speed = 0
    real[0] = 999.0
    assert clock.now() == 1100.0
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_fault_registry_matching_and_times() -> None:
    faults = FaultRegistry()
    faults.add("retrieve", status=500, times=2, namespace="intl")
    catch_all = faults.add("list", delay=0.1, times=None)
    assert faults.take("retrieve", "sandbox") is None
    assert faults.take("retrieve", "intl") is not None
    assert faults.take("retrieve", "intl") is not None
    assert faults.take("retrieve", "intl") is None
    for _ in range(5):
        assert faults.take("list", "cn") is catch_all
    assert catch_all.hits == 5
    faults.clear()
    assert faults.take("list", "cn") is None
    with pytest.raises(ValueError):
        faults.add("nope")
    with pytest.raises(ValueError):
        faults.add("list", times=0)
    with pytest.raises(ValueError):
        faults.add_from_json({"route": "list", "colour": "red"})


def test_answers_are_deterministic_and_shaped() -> None:
    rng = random.Random(1)
    test = answers.success_line("1", {"model": "batch-test-model", "messages": []}, "/v1/chat/ds-test", 5, rng)
    body = test["response"]["body"]
    assert body["choices"][0]["message"] == {"content": "This is a test result."}
    assert body["usage"] == {"completion_tokens": 6, "prompt_tokens": 20, "total_tokens": 26}
    assert test["id"] == test["response"]["request_id"] and test["error"] is None
    chat_body = {
        "model": "qwen-max",
        "enable_thinking": True,
        "messages": [{"role": "user", "content": "杭州西湖" + "很美" * 200}],
    }
    first = answers.success_line("c", chat_body, CHAT, 5, random.Random(7))
    again = answers.success_line("c", chat_body, CHAT, 5, random.Random(7))
    assert first == again
    message = first["response"]["body"]["choices"][0]["message"]
    assert message["content"].startswith("[Sandbox] Simulated answer from qwen-max: 杭州西湖很美")
    assert message["content"].endswith("…") and "reasoning_content" in message
    usage = first["response"]["body"]["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 200
    emb = answers.success_line(
        "e",
        {"model": "text-embedding-v4", "input": ["a", "b"], "dimensions": 64},
        "/v1/embeddings",
        5,
        random.Random(1),
    )
    data = emb["response"]["body"]["data"]
    assert [len(d["embedding"]) for d in data] == [64, 64]
    assert data[0]["embedding"] == answers.embedding_vector("a", 64) != data[1]["embedding"]
    assert abs(sum(v * v for v in data[0]["embedding"]) - 1.0) < 1e-3
    err = answers.error_line("x", LineError(404, "model_not_found", "nope"), random.Random(1))
    assert err["error"] == {"code": "model_not_found", "message": "nope"}
    assert err["response"]["status_code"] == 404 and err["response"]["body"]["error"]["code"] == "model_not_found"


def test_a_sandbox_server_with_a_storage_folder_continues_its_clock_after_a_restart(tmp_path: Path) -> None:
    """The app's sandbox (a storage folder in the data folder): a clock that ran ahead (sped up, or
    advanced) does not fall back to wall time on the next start, so running jobs never go back."""
    from desktop_app.sandbox.server import SandboxServer

    with SandboxServer(speed=0, storage_dir=tmp_path / "sandbox") as server:
        assert server.engine is not None
        ns = server.engine.namespace("sandbox")
        file_id = _upload(ns, tmp_path, [chat_line("a")])
        batch = ns.create_batch({"input_file_id": file_id, "endpoint": CHAT, "completion_window": "24h"})
        ahead = server.clock.advance(7200)
        assert ns.get_batch(batch["id"])["status"] == "completed"
    with SandboxServer(speed=0, storage_dir=tmp_path / "sandbox") as again:
        assert again.clock.now() >= ahead
        assert again.engine is not None
        assert again.engine.namespace("sandbox").get_batch(batch["id"])["status"] == "completed"
