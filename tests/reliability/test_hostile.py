"""Issue 10: hostile servers and hostile files — nothing mixed up, nothing stuck, nothing silently wrong.

A small aiohttp server on loopback plays the hostile Batch API (a custom endpoint, the way any region
is reached); the app's real service, workflow, ledger and CLI talk to it over HTTP.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web

from desktop_app.core import workflow
from desktop_app.core.answers.counts import count_answers
from desktop_app.core.answers.verdict import Verdict
from desktop_app.core.batch import MAX_COUNT, BatchInfo
from desktop_app.core.ledger import JobRecord, Ledger
from desktop_app.core.regions import custom_region
from desktop_app.core.service import BatchService, RetryPolicy
from tests.reliability.conftest import record

HUGE = 10**20


class Hostile:
    """What the hostile server answers; tests change the fields."""

    def __init__(self) -> None:
        self.batches: dict[str, dict[str, Any]] = {}
        self.files: dict[str, bytes] = {}
        self.content: dict[str, Callable[[web.Request], Any]] = {}  # file id -> custom handler
        self.hang: set[str] = set()  # batch ids whose retrieve never answers
        self.url = ""

    def batch(self, batch_id: str, **fields: Any) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "id": batch_id,
            "object": "batch",
            "status": "completed",
            "endpoint": "/v1/chat/completions",
            "input_file_id": f"in-{batch_id}",
            "completion_window": "24h",
            "request_counts": {"total": 3, "completed": 3, "failed": 0},
            "created_at": 1_760_000_000,
        }
        obj.update(fields)
        self.batches[batch_id] = obj
        return obj


@pytest_asyncio.fixture
async def hostile() -> AsyncIterator[Hostile]:
    state = Hostile()

    async def retrieve(request: web.Request) -> web.Response:
        if request.match_info["bid"] in state.hang:
            await asyncio.sleep(3600)
        found = state.batches.get(request.match_info["bid"])
        if found is None:
            return web.json_response({"error": {"message": "no such batch", "code": "not_found"}}, status=404)
        return web.json_response(found)

    async def list_batches(request: web.Request) -> web.Response:
        data = list(reversed(state.batches.values()))
        return web.json_response({"object": "list", "data": data, "has_more": False})

    async def file_info(request: web.Request) -> web.Response:
        fid = request.match_info["fid"]
        return web.json_response({"id": fid, "object": "file", "bytes": len(state.files.get(fid, b""))})

    async def content(request: web.Request) -> web.StreamResponse:
        fid = request.match_info["fid"]
        custom = state.content.get(fid)
        if custom is not None:
            result: web.StreamResponse = await custom(request)
            return result
        return web.Response(body=state.files[fid], content_type="application/octet-stream")

    app = web.Application()
    app.router.add_get("/v1/batches", list_batches)
    app.router.add_get("/v1/batches/{bid}", retrieve)
    app.router.add_get("/v1/files/{fid}", file_info)
    app.router.add_get("/v1/files/{fid}/content", content)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    state.url = f"http://{host}:{port}/v1"
    yield state
    await runner.cleanup()


async def _no_sleep(seconds: float) -> None:
    return None


def _service(hostile: Hostile, **kwargs: Any) -> BatchService:
    region = custom_region("Hostile", hostile.url)
    kwargs.setdefault("retry", RetryPolicy(attempts=2))
    kwargs.setdefault("sleep", _no_sleep)
    return BatchService(region, "sk-hostile-test-key-0001", **kwargs)


def _answer(cid: str, tokens: int = 10, text: str = "ok") -> dict[str, Any]:
    return {
        "id": f"r-{cid}",
        "custom_id": cid,
        "response": {
            "status_code": 200,
            "request_id": f"req-{cid}",
            "body": {
                "model": "qwen-plus",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": tokens, "completion_tokens": tokens, "total_tokens": 2 * tokens},
            },
        },
        "error": None,
    }


def _jsonl(items: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(item).encode() + b"\n" for item in items)


def _input_file(path: Path, ids: list[str]) -> Path:
    lines = [
        {
            "custom_id": cid,
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": f"question {cid}"}]},
        }
        for cid in ids
    ]
    path.write_bytes(_jsonl(lines))
    return path


def _our_job(ledger: Ledger, region_id: str, batch: dict[str, Any], input_path: Path | None = None) -> JobRecord:
    """A job as a submit leaves it: intent, upload, created."""
    job_id = ledger.record_intent(
        region_id=region_id,
        name="mine",
        input_path=input_path,
        input_sha256=f"sha-{batch['id']}-{batch['input_file_id']}",
        input_bytes=input_path.stat().st_size if input_path else None,
        request_count=3,
    )
    ledger.record_upload(job_id, batch["input_file_id"])
    ledger.mark_creating(job_id)
    return ledger.record_created(job_id, BatchInfo.from_api(batch))


# ---- out-of-range numbers ----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_out_of_range_numbers_are_clamped_and_never_block_other_jobs(hostile: Hostile, tmp_path: Path) -> None:
    """1e20 counts and times, 2**63 tokens: before issue 10 the ledger write raised OverflowError."""
    hostile.batch("batch_fine")
    hostile.batch(
        "batch_huge",
        request_counts={"total": 1e20, "completed": 2**64, "failed": -5},
        created_at=1e20,
        expires_at=2**70,
        output_file_id="out-huge",
        errors={"data": [{"code": "x", "message": "y", "line": 1e30}]},
    )
    hostile.files["out-huge"] = _jsonl([_answer("0", tokens=2**63), _answer("1", tokens=2**64 + 7)])
    service = _service(hostile)
    try:
        with Ledger(tmp_path / "ledger.sqlite3") as ledger:
            page = await service.list()
            jobs = ledger.update_from_batches(service.region.id, page.items)
            assert {j.batch_id for j in jobs} == {"batch_fine", "batch_huge"}  # the bad one blocks nothing
            huge = ledger.find_batch(service.region.id, "batch_huge")
            assert huge is not None
            assert huge.total == MAX_COUNT and huge.completed == MAX_COUNT and huge.failed == 0
            assert huge.batch_created_at is None and huge.expires_at is None  # an impossible time is unknown
            assert huge.created_at <= time.time() + 1  # sorted as "now", not in the year 3e12

            done = await workflow.download_results(service, ledger, huge, tmp_path / "results")
            assert done.prompt_tokens is not None and 0 < done.prompt_tokens < 2**63
            assert ledger.jobs()  # every job still readable
    finally:
        await service.aclose()
    record("hostile server", "out-of-range numbers (counts, times, tokens)")


def test_jobs_json_always_prints_json_even_on_an_unforeseen_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app import cli
    from desktop_app.core import jobs as core_jobs

    async def broken(*args: Any, **kwargs: Any) -> None:
        raise OverflowError("Python int too large to convert to SQLite INTEGER")

    monkeypatch.setattr(core_jobs, "sync_region", broken)
    code = cli.main(["jobs", "--region", "sandbox", "--base-url", "http://127.0.0.1:9/v1", "--json"])
    out = capsys.readouterr()
    data = json.loads(out.out)
    assert code == 2 and "unexpected problem" in data["error"]
    assert "Traceback" not in out.err and "OverflowError" not in out.out + out.err
    record("hostile server", "--json prints JSON after an unforeseen error")


# ---- ids that collide --------------------------------------------------------------------------


def _record(batch_id: str, job_id: int = 1, region: str = "custom:hostile") -> JobRecord:
    return JobRecord(id=job_id, region_id=region, batch_id=batch_id, status="completed")


def test_results_folders_are_unique_stable_and_short(tmp_path: Path) -> None:
    pairs = [("batch:7", "batch/7"), ("批次一", "批次二"), ("ジョブ", "작업")]
    for a, b in pairs:
        fa, fb = workflow.results_folder(tmp_path, _record(a)), workflow.results_folder(tmp_path, _record(b, 2))
        assert fa != fb, (a, b)
    same = workflow.results_folder(tmp_path, _record("batch:7"))
    assert same == workflow.results_folder(tmp_path, _record("batch:7"))  # stable
    assert same.name.startswith("batch_7-")  # readable
    long_id = "b" * 300
    folder = workflow.results_folder(tmp_path, _record(long_id))
    assert all(len(part) <= 100 for part in folder.relative_to(tmp_path).parts)
    folder.mkdir(parents=True)  # a real folder name on this file system
    record("hostile server", "colliding, non-ASCII and 300-character batch ids")


@pytest.mark.asyncio
async def test_colliding_ids_never_mix_answers_and_long_ids_download(hostile: Hostile, tmp_path: Path) -> None:
    """``batch:7`` and ``batch/7`` used to share one folder: the second download replaced the first's answers."""
    long_id = "batch_" + "x" * 300
    for bid, text in (("batch:7", "answer of A"), ("batch/7", "answer of B"), (long_id, "answer of C")):
        hostile.batch(bid, output_file_id=f"out-{len(hostile.batches)}")
        hostile.files[hostile.batches[bid]["output_file_id"]] = _jsonl([_answer("0", text=text)])
    service = _service(hostile)
    try:
        with Ledger(tmp_path / "ledger.sqlite3") as ledger:
            page = await service.list()
            jobs = ledger.update_from_batches(service.region.id, page.items)
            done = {j.batch_id: await workflow.download_results(service, ledger, j, tmp_path / "r") for j in jobs}
            for bid, text in (("batch:7", "answer of A"), ("batch/7", "answer of B"), (long_id, "answer of C")):
                path = done[bid].output_path
                assert path is not None and text in Path(path).read_text(encoding="utf-8")
    finally:
        await service.aclose()
    record("hostile server", "answers of colliding ids kept apart")


@pytest.mark.asyncio
async def test_a_reused_batch_id_never_deletes_the_first_job(hostile: Hostile, tmp_path: Path) -> None:
    region = custom_region("Hostile", hostile.url).id
    with Ledger(tmp_path / "ledger.sqlite3") as ledger:
        first = _our_job(ledger, region, hostile.batch("batch_7", input_file_id="file-A"))
        second = _our_job(ledger, region, hostile.batch("batch_7", input_file_id="file-B", status="in_progress"))
        assert ledger.get(first.id) is not None  # before issue 10: deleted by the second record_created
        assert {j.id for j in ledger.jobs()} == {first.id, second.id}
        assert workflow.results_folder(tmp_path, first) != workflow.results_folder(tmp_path, second)

        service = _service(hostile)
        try:
            again = await workflow.refresh_job(service, ledger, first)
        finally:
            await service.aclose()
        assert again.id == first.id and again.input_file_id == "file-A" and again.status == "completed"
        assert again.last_error == workflow.ID_REUSED_MESSAGE
        assert ledger.find_batch(region, "batch_7") == ledger.get(second.id)
    record("hostile server", "a batch id reused for a second create")


@pytest.mark.asyncio
async def test_earlier_downloads_are_still_found(hostile: Hostile, tmp_path: Path) -> None:
    """Answers downloaded before issue 10 (``<region>/<batch id>/``) are used, not fetched again."""
    hostile.batch("batch_old", output_file_id="out-old")
    hostile.files["out-old"] = _jsonl([_answer("0")])
    service = _service(hostile)
    try:
        with Ledger(tmp_path / "ledger.sqlite3") as ledger:
            job = ledger.update_from_batch(service.region.id, BatchInfo.from_api(hostile.batches["batch_old"]))
            old = workflow.legacy_results_folder(tmp_path, job) / workflow.OUTPUT_FILE_NAME
            old.parent.mkdir(parents=True)
            old.write_bytes(hostile.files["out-old"])
            job = ledger.record_results(job.id, old, None)
            hostile.content["out-old"] = _refuse
            done = await workflow.download_results(service, ledger, job, tmp_path)
            assert done.output_path == str(old) and done.verdict is not None
    finally:
        await service.aclose()


async def _refuse(request: web.Request) -> web.Response:
    raise AssertionError("downloaded again")


# ---- answers for ids we never sent -------------------------------------------------------------


@pytest.mark.asyncio
async def test_answers_for_ids_never_sent_do_not_count(hostile: Hostile, tmp_path: Path) -> None:
    """Input 0, 1, 2; the server answers 0, 1 (twice) and 'stranger': request 2 has no answer."""
    region = custom_region("Hostile", hostile.url).id
    source = _input_file(tmp_path / "in.jsonl", ["0", "1", "2"])
    batch = hostile.batch("batch_u", output_file_id="out-u")
    hostile.files["out-u"] = _jsonl(
        [_answer("0"), _answer("1", text="first"), _answer("1", text="second"), _answer("stranger", tokens=1000)]
    )
    service = _service(hostile)
    try:
        with Ledger(tmp_path / "ledger.sqlite3") as ledger:
            job = _our_job(ledger, region, batch, source)
            done = await workflow.download_results(service, ledger, job, tmp_path / "r")
    finally:
        await service.aclose()
    assert done.verdict == Verdict.INCOMPLETE.value  # before: "Every request has an answer"
    assert done.result_succeeded == 2 and done.result_unknown == 1 and done.result_duplicates == 1
    assert done.total_tokens == 2 * (2 * 10)  # the stranger's 2,000 tokens are not ours
    counts = count_answers(done.output_path, None, known={"0", "1", "2"})
    assert counts.unknown_examples == ("stranger",)
    record("hostile server", "answers for unknown and repeated ids")


def test_download_prints_extra_and_repeated_answers(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.commands.jobs import _print_job

    _print_job(JobRecord(id=1, region_id="cn", batch_id="b", status="completed", result_unknown=2, result_duplicates=1))
    out = capsys.readouterr().out
    assert "2 extra answer(s) for requests this job never sent" in out
    assert "1 request(s) were answered more than once; the first answer of each is kept" in out


async def _sleep_forever(seconds: float) -> None:
    await asyncio.sleep(seconds)


# ---- downloads that never end or never stop ----------------------------------------------------


def _fast_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.core.service as service_mod

    monkeypatch.setattr(service_mod, "DOWNLOAD_IDLE_S", 0.6)
    monkeypatch.setattr(service_mod, "STALL_WINDOW_S", 0.6)
    monkeypatch.setattr(service_mod, "STALL_MIN_BYTES", 1024)


async def _slow_loris(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
    await response.prepare(request)
    for _ in range(10_000):  # a byte every 0.1 s: never idle, never done
        await response.write(b"{")
        await asyncio.sleep(0.1)
    return response


async def _silent(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
    await response.prepare(request)
    await asyncio.sleep(8)
    return response


async def _cut_clean(request: web.Request) -> web.StreamResponse:
    """Half a line, no Content-Length, then a clean end of the chunked body."""
    response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
    await response.prepare(request)
    await response.write(_jsonl([_answer("0")]) + json.dumps(_answer("1")).encode()[:40])
    await response.write_eof()
    return response


@pytest.mark.asyncio
@pytest.mark.parametrize("behaviour", [_slow_loris, _silent, _cut_clean], ids=["slow-loris", "silent", "cut"])
async def test_downloads_are_bounded_and_cuts_are_caught(
    hostile: Hostile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, behaviour: Callable[..., Any]
) -> None:
    from desktop_app.core.errors import NetworkError

    _fast_limits(monkeypatch)
    hostile.content["out-x"] = behaviour
    dest = tmp_path / "r" / "output.jsonl"
    service = _service(hostile)
    started = time.monotonic()
    try:
        with pytest.raises(NetworkError) as info:
            await asyncio.wait_for(service.download("out-x", dest), 15)  # before: minutes, or accepted
    finally:
        await service.aclose()
    assert time.monotonic() - started < 10
    assert not dest.exists() and not list(dest.parent.iterdir())  # nothing half-written where answers go
    assert "download" in info.value.user_message
    record("hostile server", f"download {behaviour.__name__.strip('_')}")


@pytest.mark.asyncio
async def test_huge_retry_after_is_capped_and_every_call_has_a_budget(hostile: Hostile) -> None:
    """A 429 asking for a day used to be honoured for 2 minutes per try (8 minutes of silence)."""
    from desktop_app.core.errors import RateLimited

    hits = 0

    async def busy(request: web.Request) -> web.Response:
        nonlocal hits
        hits += 1
        return web.json_response({"error": {"message": "busy"}}, status=429, headers={"Retry-After": "86400"})

    hostile.content["out-busy"] = busy
    slept: list[float] = []
    notices: list[str] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    service = _service(
        hostile, retry=RetryPolicy(), sleep=fake_sleep, on_retry=lambda notice: notices.append(notice.message)
    )
    try:
        with pytest.raises(RateLimited):
            await service.download("out-busy", Path("/nonexistent/never.jsonl"))
    finally:
        await service.aclose()
    assert slept and max(slept) <= 60 and sum(slept) <= RetryPolicy().budget
    assert len(notices) == len(slept) and all("retrying in" in n for n in notices)
    record("hostile server", "Retry-After of a day")


def test_cli_shows_every_retry(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.commands.jobs import _show_retry
    from desktop_app.core.errors import RateLimited
    from desktop_app.core.service import RetryNotice

    _show_retry(RetryNotice("list", 2, 5, 60.0, RateLimited("Hostile")))
    assert "Server busy, retrying in 60 s (attempt 2 of 5)" in capsys.readouterr().err


# ---- the CLI against the sandbox: --max-wait covers the download; an unknown status ends --wait ----


@pytest.fixture(scope="module")
def quick_sandbox() -> Any:
    from desktop_app.sandbox.server import SandboxServer, SandboxTiming

    server = SandboxServer(
        speed=1.0,
        timing=SandboxTiming(validating_s=0.05, per_request_s=0.01, finalizing_s=0.05, cancelling_s=0.05),
        list_rate_per_min=100_000,
    )
    server.start()
    yield server
    server.stop()


def _cli(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    from desktop_app.cli import main

    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_max_wait_covers_the_download(quick_sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quick_sandbox.faults.clear()
    quick_sandbox.faults.add("content", delay=30, times=None)
    src = _input_file(tmp_path / "in.jsonl", ["0", "1", "2"])
    started = time.monotonic()
    try:
        code, out, _err = _cli(
            capsys,
            "submit",
            src,
            "--region",
            "sandbox",
            "--base-url",
            quick_sandbox.base_url("sandbox"),
            "--wait",
            "--poll-every",
            "0.1",
            "--max-wait",
            "3",
            "--json",
        )
    finally:
        quick_sandbox.faults.clear()
    assert time.monotonic() - started < 15  # before: the 30 s download ran past --max-wait
    assert code == 1 and "while the answers were downloading" in json.loads(out)["error"]
    record("hostile server", "--max-wait covers the download")


def test_unknown_status_ends_wait(
    quick_sandbox: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.service import BatchService

    original = BatchService.retrieve

    async def odd(self: BatchService, batch_id: str) -> BatchInfo:
        info = await original(self, batch_id)
        return BatchInfo.from_api({"id": info.id, "status": "pondering", "input_file_id": info.input_file_id})

    monkeypatch.setattr(BatchService, "retrieve", odd)
    src = _input_file(tmp_path / "in.jsonl", ["0", "1"])
    code, out, _err = _cli(
        capsys,
        "submit",
        src,
        "--region",
        "sandbox",
        "--base-url",
        quick_sandbox.base_url("sandbox"),
        "--wait",
        "--poll-every",
        "0.05",
        "--json",
    )
    assert code == 1 and "'pondering', which Batch Desk does not know" in json.loads(out)["error"]
    record("hostile server", "an undocumented status ends --wait")


# ---- the local sandbox: a web page must not reach it ---------------------------------------------


def _http(url: str, method: str = "GET", body: bytes | None = None, **headers: str) -> tuple[int, Any]:
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
    try:
        conn.putrequest(method, parts.path, skip_host="Host" in headers)
        for name, value in headers.items():
            conn.putheader(name, value)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"null")
    finally:
        conn.close()


def test_sandbox_control_needs_the_token_and_refuses_browsers(quick_sandbox: Any) -> None:
    root, token = quick_sandbox.root, quick_sandbox.control_token
    clock = f"{root}/_sandbox/clock"
    before = quick_sandbox.clock.now()
    advance = json.dumps({"advance": 86_400}).encode()
    # The cross-origin "simple" request a web page can send without a preflight: text/plain, an Origin.
    assert _http(clock, "POST", advance, **{"Content-Type": "text/plain", "Origin": "https://evil.example"})[0] == 403
    assert _http(clock, "POST", advance, **{"Content-Type": "application/json"})[0] == 401  # no token
    wrong = {"Content-Type": "application/json", "X-Sandbox-Token": token[:-1] + "x"}
    assert _http(clock, "POST", advance, **wrong)[0] == 401
    plain = {"Content-Type": "text/plain", "X-Sandbox-Token": token}
    assert _http(clock, "POST", advance, **plain)[0] == 415
    assert quick_sandbox.clock.now() - before < 3600  # nobody moved the clock
    # DNS rebinding: the page's own host name resolves to 127.0.0.1; it must not read file names.
    port = root.rsplit(":", 1)[1]
    rebound = _http(f"{root}/v1/files", **{"Host": f"evil.example:{port}", "Authorization": "Bearer sk-x"})
    assert rebound[0] == 403 and "data" not in (rebound[1] or {})
    ok = {"Content-Type": "application/json", "X-Sandbox-Token": token}
    status, moved = _http(clock, "POST", json.dumps({"advance": 1}).encode(), **ok)
    assert status == 200 and moved["now"] >= before + 1
    assert _http(f"{root}/v1/files", **{"Authorization": "Bearer sk-x"})[0] == 200  # the app's own calls work
    record("hostile server", "sandbox control API: token, Host, Origin, content type")


# ---- files that are not files ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
@pytest.mark.parametrize("command", ["validate", "convert"])
def test_devices_and_pipes_are_refused_not_read(
    kind: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    from desktop_app.cli import main

    if kind == "fifo":
        target = tmp_path / "questions.csv"
        os.mkfifo(target)  # nobody ever writes: opening it for reading would wait forever
    else:
        target = Path("/dev/zero")
    extra = ["-o", str(tmp_path / "out.jsonl"), "--template", "Translate {a}"] if command == "convert" else []
    argv = [command, str(target), *extra]
    started = time.monotonic()
    code = main(argv)  # before: hung (the test timeout) or read /dev/zero forever
    out = capsys.readouterr()
    assert time.monotonic() - started < 10
    assert code == 2 and "not a regular file" in out.out + out.err and str(target) in out.out + out.err
    assert "Traceback" not in out.err
    record("malformed file", f"{command} of a {kind}")


# ---- messages ----------------------------------------------------------------------------------


def test_disk_messages_name_the_users_file_not_a_temp_file(tmp_path: Path) -> None:
    import errno

    from desktop_app.core.fileutil import describe_os_error

    part = tmp_path / ".results.csv.k3j2h1.part"
    text = describe_os_error(OSError(errno.EACCES, "Permission denied", str(part)))
    assert str(tmp_path / "results.csv") in text and ".part" not in text
    full = describe_os_error(OSError(errno.ENOSPC, "No space left on device"))
    assert "disk is full" in full and "Free some space" in full and " : " not in full
    record("message", "disk errors name the user's file")


def test_cli_does_not_print_internal_log_lines(tmp_path: Path) -> None:
    """On a machine without a keychain every command printed "Keychain read failed…" twice."""
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "BATCH_DESK_HOME": str(tmp_path / "home"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "jobs"], env=env, capture_output=True, text=True, timeout=60
    )
    assert "Keychain" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    log = (tmp_path / "home" / "logs" / "batch-desk.log").read_text(encoding="utf-8")
    assert "Keychain read failed" in log  # the line went to the log
    record("message", "no log lines on the terminal")


# ---- keys echoed back --------------------------------------------------------------------------


def test_short_keys_and_authorization_headers_are_scrubbed() -> None:
    from desktop_app.core.errors import BadRequest
    from desktop_app.core.logging_setup import redact, register_secret, unregister_secret

    short = "k9Xq2"  # a custom endpoint's key: 5 characters
    register_secret(short)
    try:
        err = BadRequest("Custom", f"invalid api key {short}; header Authorization: {short}")
        assert short not in err.user_message and short not in str(err)
        assert short not in redact(f"'authorization': '{short}'") and short not in redact(f"key={short}.")
        assert redact("Authorization: abcdef0123") == "Authorization: ***"  # any echoed header value
        assert redact("k9Xq2k9Xq2 and ok9Xq2") == "k9Xq2k9Xq2 and ok9Xq2"  # only whole tokens
    finally:
        unregister_secret(short)
    record("secret", "short key and Authorization header echoed by a server")


# ---- XLSX zip bomb -----------------------------------------------------------------------------


def _workbook_with(path: Path, member: str, payload: bytes) -> Path:
    """A real workbook whose ``member`` is replaced by ``payload`` (stored deflated)."""
    import zipfile

    import openpyxl

    plain = path.with_suffix(".plain.xlsx")
    book = openpyxl.Workbook()
    book.active.append(["text"])
    book.active.append(["hello"])
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = payload if info.filename == member else src.read(info.filename)
            out.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return path


def test_zip_bomb_workbook_is_refused_before_it_is_inflated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import resource

    from desktop_app.cli import main

    head = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    )
    rows = b'<row><c t="inlineStr"><is><t>a</t></is></c></row>' * 1_500_000  # ~75 MB of XML
    bomb = _workbook_with(tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", head + rows + b"</sheetData></worksheet>")
    assert bomb.stat().st_size < 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    code = main(["convert", str(bomb), "--template", "{text}", "-o", str(tmp_path / "out.jsonl")])
    out = capsys.readouterr()
    assert time.monotonic() - started < 5  # before: openpyxl read all 1.5 million rows
    assert code == 2 and "bomb.xlsx is not read" in out.out + out.err and "CSV UTF-8" in out.out + out.err
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024  # KB: nothing inflated
    assert not (tmp_path / "out.jsonl").exists()
    record("malformed file", "XLSX zip bomb")


def test_a_cell_longer_than_a_request_line_stops_the_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """openpyxl itself stops at Excel's 32,767 characters, so the cap (6 MB) is lowered to see it act."""
    import openpyxl

    from desktop_app.core.tables import errors, readers, xlsx

    monkeypatch.setattr(xlsx, "MAX_WORKBOOK_CELL_CHARS", 1000)
    path = tmp_path / "long.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["text"])
    book.active.append(["x" * 1001])
    book.save(path)
    with pytest.raises(errors.FileTooLargeError) as info:
        readers.open_table(path)  # the sample read already meets it
    assert "Row 2, column 1" in info.value.user_message and "Shorten that cell" in info.value.user_message
    record("malformed file", "a cell over 6 MB")


# ---- mixed encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh_CN.UTF-8", "en_US.UTF-8", "ja_JP.UTF-8"])
def test_a_few_gbk_words_are_read_as_chinese_not_korean(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: charset-normalizer called four GBK words Korean ("콱봤各썹") with 100 % confidence."""
    from desktop_app.core.tables.encoding import guess_encoding

    for name in ("LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    data = "问题\n你好世界\n".encode("gbk")
    guess = guess_encoding(data, whole=True)
    assert guess.encoding == "gb18030" and data.decode(guess.encoding) == "问题\n你好世界\n"
    assert guess.confidence < 1.0 and "Check the preview" in guess.reason  # never presented as certain
    record("malformed file", f"a few GBK words ({lang})")


def test_a_utf8_table_with_gbk_and_shift_jis_rows_is_decoded_per_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 1 refused the file ("Line 2 … not valid UTF-8"); before that every row was garbled and
    "ready". Now each foreign row is read in the encoding that fits it, and its row says which."""
    from desktop_app.cli import main

    monkeypatch.setenv("LANG", "en_US.UTF-8")
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "名前,質問\n".encode()
        + "张三,你好吗\n".encode("gbk")
        + "李四,再见\n".encode()
        + "田中,こんにちは\n".encode("cp932")
        + "王五,谢谢\n".encode()
    )
    out_path = tmp_path / "out.jsonl"
    code = main(["convert", str(path), "--template", "{質問}", "-o", str(out_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    prompts = [json.loads(line)["body"]["messages"][0]["content"] for line in out_path.read_text("utf-8").splitlines()]
    assert prompts == ["你好吗", "再见", "こんにちは", "谢谢"]  # every row readable, none garbled
    assert "row 2: [foreign_encoding] Row 2 is not UTF-8" in out and "read as Chinese Simplified (GBK" in out
    assert "row 4: [foreign_encoding]" in out and "read as Japanese (Shift-JIS" in out
    assert "row 3:" not in out and "row 5:" not in out  # the UTF-8 rows are not flagged
    record("malformed file", "UTF-8 table with a GBK and a Shift-JIS row")


def test_a_foreign_row_past_the_sample_is_decoded_not_refused(tmp_path: Path) -> None:
    """A clean UTF-8 start (the fast reader), a GBK row far below it: decoded in a second pass, numbered right."""
    from desktop_app.core.builder.jsonl import build_jsonl
    from desktop_app.core.builder.spec import RequestSpec
    from desktop_app.core.tables.readers import open_table

    path = tmp_path / "late.csv"
    body = "".join(f"{i},今天天气很好我们去公园散步吧{i}\n" for i in range(3, 20_003)).encode()
    path.write_bytes("id,text\n1,你好\n2,早上好\n".encode() + body + "x,你好吗朋友\n".encode("gbk") + b"y,fine\n")
    with open_table(path, encoding="utf-8") as table:  # as if chosen: the sample decides nothing
        rows = list(table.iter_rows())
        assert [r.values for r in rows[-2:]] == [("x", "你好吗朋友"), ("y", "fine")]
        assert rows[-2].number == 20_004 and table.row_count == len(rows) == 20_004
        assert table.row_encodings == {20_004: "gb18030"}
        report = build_jsonl(table, RequestSpec(template="{text}", id_column="id"), tmp_path / "out.jsonl")
    assert [(p.line, p.code) for p in report.problems] == [(20_004, "foreign_encoding")]
    assert report.requests == 20_004


def test_rows_in_an_unlikely_script_or_mojibake_are_flagged(tmp_path: Path) -> None:
    """A Hangul row in a Chinese file (GBK read as Korean looks like this), UTF-8 read as Latin-1."""
    from desktop_app.core.builder.checks import check_rows
    from desktop_app.core.builder.jsonl import build_jsonl
    from desktop_app.core.builder.spec import RequestSpec
    from desktop_app.core.tables.readers import open_table

    path = tmp_path / "zh.csv"
    rows = [f"今天天气很好，我们去公园散步吧 {i}" for i in range(40)]
    rows[10] = "콱봤各썹 콱봤찐"  # "你好世界 你好吗" in GBK, read as Korean
    rows[20] = "cafÃ© å•é¢˜"  # "café 问题" in UTF-8, read as Windows-1252
    rows[30] = "天气很好 OK 한"  # one Hangul letter among Chinese: fine
    path.write_text("text\n" + "\n".join(rows) + "\n", encoding="utf-8")
    spec = RequestSpec(template="{text}")
    with open_table(path) as table:
        problems = check_rows(table, spec)
        report = build_jsonl(table, spec, tmp_path / "out.jsonl")
    expected = [(12, "unlikely_script"), (22, "mojibake_text")]
    assert [(p.line, p.code) for p in problems] == expected
    assert [(p.line, p.code) for p in report.problems] == expected  # the build says it too
    assert "written mostly in Hangul" in problems[0].message and '"Ã©"' in problems[1].message
    clean = tmp_path / "clean.csv"
    clean.write_text("text\n" + "\n".join(f"你好 {i} Müller café" for i in range(40)) + "\n", encoding="utf-8")
    with open_table(clean) as table:
        assert check_rows(table, spec) == []  # accented Latin words and Chinese are not flagged
    record("malformed file", "a row in an unlikely script, a row of mojibake")


@pytest.mark.parametrize(
    ("text", "codec", "language", "context", "expected"),
    [
        ("张三,你好吗", "gbk", "", "", "gb18030"),
        ("天氣很好", "big5", "", "", "cp950"),
        ("こんにちは,質問です", "cp932", "zh_CN", "", "cp932"),  # kana beat a Chinese user's GBK
        ("東京都の天気", "cp932", "", "", "cp932"),
        # the rest of the file is Korean: Hangul and level-1 hanzi share their bytes
        ("안녕하세요", "cp949", "", "오늘 날씨가 좋네요 여러분 안녕히 가세요 감사합니다", "cp949"),
        ("café", "cp1252", "", "", "cp1252"),
    ],
)
def test_a_foreign_line_is_read_in_the_encoding_that_fits_it(
    text: str, codec: str, language: str, context: str, expected: str
) -> None:
    from desktop_app.core.scripts import ScriptProfile, line_codec

    hints = ScriptProfile([context]).expected if context else ()
    assert line_codec(text.encode(codec), language, hints) == expected


def test_rows_with_unreadable_characters_are_flagged(tmp_path: Path) -> None:
    from desktop_app.core.builder.checks import check_rows
    from desktop_app.core.builder.spec import RequestSpec
    from desktop_app.core.tables.readers import open_table

    path = tmp_path / "t.csv"
    path.write_text("text\nfine\nbro\ufffdken\n", encoding="utf-8")
    with open_table(path) as table:
        problems = check_rows(table, RequestSpec(template="{text}"))
    flagged = [p for p in problems if p.code == "garbled_text"]
    assert [p.line for p in flagged] == [3] and "Row 3" in flagged[0].message
    record("malformed file", "a cell with replacement characters")


# ---- big result bodies -------------------------------------------------------------------------

_PEAK = """
import resource, sys
from desktop_app.core.answers.counts import count_answers
from desktop_app.core.answers.view import ResultsView
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if sys.argv[2] == "count":
    counts = count_answers(sys.argv[1], None)
    assert counts.unreadable == 1 and counts.answered == 1, counts
else:
    with ResultsView.from_paths(None, sys.argv[1], None) as view:
        assert sum(1 for _ in view.iter_row_tuples()) == 1
        assert view.summary().unreadable == 1
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) // 1024)
"""


@pytest.mark.parametrize("how", ["count", "view"])
def test_a_gigantic_line_without_an_end_is_not_loaded(tmp_path: Path, how: str) -> None:
    """200 MB of junk with no line end: before, reading it took 2-4x its size in memory."""
    import os
    import subprocess
    import sys

    path = tmp_path / "output.jsonl"
    with open(path, "wb") as handle:
        handle.write(_jsonl([_answer("0")]))
        block = b"x" * (1 << 20)
        for _ in range(200):
            handle.write(block)
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(Path.cwd()))}
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, str(path), how], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    grown_mb = int(done.stdout.strip())
    # count: one bounded line buffer (32 MB); view: the file's pages mapped while searched (reclaimable)
    limit = 80 if how == "count" else 260
    assert grown_mb < limit, f"{how}: memory grew by {grown_mb} MB for a 200 MB line"
    record("hostile server", f"200 MB line without an end ({how})")


_VIEW_PEAK = """
import resource, sys
from desktop_app.core.answers.view import BULK_ANSWER_BYTES, ResultsView
from pathlib import Path
assert Path(sys.argv[1]).stat().st_size > BULK_ANSWER_BYTES  # answers read one by one, not held
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with ResultsView.from_paths(None, sys.argv[1], None) as view:
    assert len(view.rows(0, 10)) == 10
    rows = sum(1 for _ in view.iter_row_tuples())
    assert rows == int(sys.argv[2]) and view.row(rows - 1).content.startswith("x")
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) // 1024)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps the index scan's pages mapped (documented)")
def test_the_results_view_memory_stays_flat_whatever_the_file_size(tmp_path: Path) -> None:
    """Issue 10 (round 2): the view memory-mapped its files, so its memory grew with their size
    (a 583 MB answer file: 1,015 MB); now rows are read by offset and the scanned pages handed back."""
    import os
    import subprocess

    path = tmp_path / "output.jsonl"
    rows = 1_400
    with open(path, "wb") as handle:
        for i in range(rows):
            handle.write(json.dumps(_answer(str(i), text="x" * (200 * 1024))).encode() + b"\n")
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(Path.cwd()))}
    done = subprocess.run(
        [sys.executable, "-c", _VIEW_PEAK, str(path), str(rows)], env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr
    grown_mb = int(done.stdout.strip())
    assert grown_mb < 120, f"the view grew by {grown_mb} MB over a {path.stat().st_size >> 20} MB file"
    record("hostile server", "a 280 MB answer file in the results view (memory flat)")


# ---- a server that never answers: the user is told the app is still waiting --------------------


@pytest.mark.asyncio
async def test_a_server_that_never_answers_is_not_silent(hostile: Hostile, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: nothing for the client timeout (60 s, times each try). Now ``on_wait`` hears of it after
    WAIT_NOTICE_S (10 s; 0.2 s here) and every 10 s more, from a loop timer: the loop never stalls."""
    from desktop_app.core import service as service_module
    from desktop_app.core.errors import NetworkError

    monkeypatch.setattr(service_module, "WAIT_NOTICE_S", 0.2)
    hostile.hang.add("batch_silent")
    notices: list[Any] = []
    service = _service(hostile, timeout=1.0, retry=RetryPolicy(attempts=1), on_wait=notices.append)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.05)

    running = asyncio.ensure_future(ticker())
    try:
        with pytest.raises(NetworkError):
            await service.retrieve("batch_silent")
    finally:
        running.cancel()
        await service.aclose()
    assert [n.finished for n in notices] == [False, True]
    assert 0.2 <= notices[0].waited < 0.9 and notices[0].limit == 1.0 and notices[0].operation == "retrieve"
    assert "No answer from the server yet" in notices[0].message and "for up to 1 s" in notices[0].message
    assert ticks >= 15  # the loop kept running while the call waited
    record("hostile server", "a server that never answers (the wait is shown)")


def test_the_cli_says_it_is_still_waiting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that accepts the connection and never answers: `jobs` prints a line on stderr."""
    import socket

    from desktop_app.cli import main
    from desktop_app.core import service as service_module
    from desktop_app.core.service import BatchService

    monkeypatch.setattr(service_module, "WAIT_NOTICE_S", 0.3)
    defaults = dict(BatchService.__init__.__kwdefaults__ or {})
    monkeypatch.setattr(
        BatchService.__init__, "__kwdefaults__", {**defaults, "timeout": 1.5, "retry": RetryPolicy(attempts=1)}
    )
    monkeypatch.setenv("DASHSCOPE_API_KEY", "sk-silent-test-key-0001")
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # the kernel completes the handshake; nobody ever reads or answers
    port = silent.getsockname()[1]
    err = io.StringIO()
    started = time.monotonic()
    try:
        with contextlib.redirect_stderr(err):
            code = main(["jobs", "--base-url", f"http://127.0.0.1:{port}/v1"])
    finally:
        silent.close()
    assert code != 0 and time.monotonic() - started < 20
    assert "No answer from the server yet (0 s); still waiting, for up to 2 s" in err.getvalue(), err.getvalue()
    record("hostile server", "a server that never answers (CLI)")
