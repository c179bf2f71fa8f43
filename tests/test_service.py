"""BatchService against real loopback HTTP: the sandbox server, plus a tiny minimal server for tolerance."""

from __future__ import annotations

import json
import logging
import pathlib
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import pytest
import pytest_asyncio
from aiohttp import web

import desktop_app.core.service as service_mod
from desktop_app.core.errors import (
    AmbiguousCreate,
    AuthError,
    BadRequest,
    NetworkError,
    NotFound,
    ServerError,
    UnexpectedResponse,
    retry_after_seconds,
)
from desktop_app.core.regions import CN, INTL, SANDBOX, custom_region
from desktop_app.core.service import BatchService, RetryNotice, RetryPolicy, format_list_time
from desktop_app.sandbox.server import SandboxServer, SandboxTiming

TEST_ENDPOINT = "/v1/chat/completions"  # batch-test-model allows only 2 unfinished tasks
MODEL = "qwen-plus"


# ---- fixtures ----------------------------------------------------------------------------------


SANDBOX_OPTIONS = {"speed": 1.0, "timing": SandboxTiming(validating_s=3, per_request_s=0.5, finalizing_s=2)}
pytestmark = pytest.mark.usefixtures("clean_faults")


class Recorder:
    """A fake sleep and an on_retry sink."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []
        self.notices: list[RetryNotice] = []

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def on_retry(self, notice: RetryNotice) -> None:
        self.notices.append(notice)


@pytest.fixture
def rec() -> Recorder:
    return Recorder()


@pytest_asyncio.fixture
async def svc(srv: SandboxServer, rec: Recorder) -> AsyncIterator[BatchService]:
    service = BatchService(
        SANDBOX,
        "sandbox",
        base_url=srv.base_url("sandbox"),
        timeout=10.0,
        retry=RetryPolicy(attempts=4, base=1.0, cap=8.0),
        sleep=rec.sleep,
        on_retry=rec.on_retry,
    )
    yield service
    await service.aclose()


def write_input(path: Path, lines: int = 3, tag: str = "") -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(lines):
            body = {"model": MODEL, "messages": [{"role": "user", "content": f"{tag} q{i}"}]}
            handle.write(json.dumps({"custom_id": str(i), "method": "POST", "url": TEST_ENDPOINT, "body": body}))
            handle.write("\n")
    return path


async def batches_for(service: BatchService, file_id: str) -> list[Any]:
    page = await service.list(limit=100, input_file_ids=[file_id])
    return [b for b in page.items if b.input_file_id == file_id]


# ---- happy path --------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_happy_path_upload_create_complete_download(
    svc: BatchService, srv: SandboxServer, rec: Recorder, tmp_path: Path
) -> None:
    src = write_input(tmp_path / "in.jsonl", 3)
    seen: list[tuple[int, int]] = []
    uploaded = await svc.upload(src, lambda done, total: seen.append((done, total)))
    size = src.stat().st_size
    assert uploaded.id.startswith("file-") and uploaded.bytes == size
    assert seen and seen[-1] == (size, size)

    created = await svc.create(uploaded.id, TEST_ENDPOINT, name="Happy", description="path", completion_window="48h")
    assert created.id and created.status == "validating"
    assert created.name == "Happy" and created.description == "path"
    assert created.completion_window == "48h"
    assert created.input_file_id == uploaded.id

    assert (await svc.retrieve(created.id)).status == "validating"
    srv.clock.advance(60)
    done = await svc.retrieve(created.id)
    assert done.status == "completed" and done.is_terminal
    assert done.request_counts.total == 3 and done.request_counts.completed == 3
    assert done.output_file_id

    dest = tmp_path / "out" / "output.jsonl"
    progress: list[tuple[int, int]] = []
    got = await svc.download(done.output_file_id, dest, lambda d, t: progress.append((d, t)))
    assert got == dest
    lines = dest.read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["custom_id"] for line in lines) == ["0", "1", "2"]
    assert progress and progress[-1][0] == dest.stat().st_size
    info = await svc.file_info(done.output_file_id)
    assert info.bytes == dest.stat().st_size

    files = await svc.list_files()
    assert uploaded.id in {f.id for f in files}
    await svc.delete_file(uploaded.id)
    assert uploaded.id not in {f.id for f in await svc.list_files()}
    await svc.check_key()
    assert rec.sleeps == [] and rec.notices == []


@pytest.mark.asyncio
async def test_upload_streams_from_disk(svc: BatchService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "big.jsonl"
    line = json.dumps({"custom_id": "x", "method": "POST", "url": TEST_ENDPOINT, "body": {"pad": "y" * 4000}})
    with open(src, "w", encoding="utf-8") as handle:
        for _ in range(2500):  # ~10 MB
            handle.write(line + "\n")
    size = src.stat().st_size

    anyio_path = anyio.Path  # resolve the lazy import before patching
    real_read_bytes = pathlib.Path.read_bytes

    def no_slurp(self: pathlib.Path) -> bytes:
        if Path(self).name == src.name:
            raise AssertionError("the whole input file was read into memory")
        return real_read_bytes(self)

    async def no_async_slurp(self: Any) -> bytes:
        raise AssertionError("the whole input file was read into memory (async)")

    monkeypatch.setattr(pathlib.Path, "read_bytes", no_slurp)
    monkeypatch.setattr(anyio_path, "read_bytes", no_async_slurp)
    readers: list[service_mod.ProgressReader] = []

    class SpyReader(service_mod.ProgressReader):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            readers.append(self)

    monkeypatch.setattr(service_mod, "ProgressReader", SpyReader)
    calls: list[int] = []
    uploaded = await svc.upload(src, lambda done, total: calls.append(done))
    assert uploaded.bytes == size
    assert len(readers) == 1
    assert readers[0].done == size
    assert 0 < readers[0].max_read <= service_mod.UPLOAD_MAX_READ_BYTES
    assert len(calls) > 10  # many small reads, reported as they go
    assert calls == sorted(calls) and calls[-1] == size


# ---- list ----------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_list_filters_and_paging(svc: BatchService, srv: SandboxServer, tmp_path: Path) -> None:
    tag = uuid.uuid4().hex[:8]
    ids: list[str] = []
    file_ids: list[str] = []
    for i, label in enumerate(["alpha", "alpha", "beta"]):
        uploaded = await svc.upload(write_input(tmp_path / f"in{i}.jsonl", 2, tag))
        file_ids.append(uploaded.id)
        created = await svc.create(uploaded.id, TEST_ENDPOINT, name=f"{tag}-{label}-{i}")
        ids.append(created.id)

    named = await svc.list(name=f"{tag}-alpha", limit=100)
    assert {b.id for b in named.items} == set(ids[:2])

    collected: list[str] = []
    after = None
    pages = 0
    while True:
        page = await svc.list(limit=1, input_file_ids=file_ids, after=after)
        pages += 1
        collected += [b.id for b in page.items]
        if not page.has_more:
            break
        assert page.last_id == page.items[-1].id
        after = page.last_id
    assert pages == 3 and sorted(collected) == sorted(ids)

    cancelled = await svc.cancel(ids[2])
    assert cancelled.id == ids[2] and cancelled.status in ("cancelling", "cancelled")
    by_status = await svc.list(input_file_ids=file_ids, statuses=["cancelling", "cancelled"], limit=100)
    assert [b.id for b in by_status.items] == [ids[2]]

    created_at = (await svc.retrieve(ids[0])).created_at
    assert created_at is not None
    moment = datetime.fromtimestamp(created_at, UTC)

    before_all = await svc.list(input_file_ids=file_ids, created_after=moment - timedelta(minutes=5))
    assert len(before_all.items) == 3
    # One hour later would still include them if the offset to UTC+8 were wrong (off by 8 hours).
    later = await svc.list(input_file_ids=file_ids, created_after=moment + timedelta(hours=1))
    assert later.items == []
    earlier = await svc.list(input_file_ids=file_ids, created_before=moment - timedelta(hours=1))
    assert earlier.items == []

    with pytest.raises(ValueError):
        await svc.list(input_file_ids=[f"file-{i}" for i in range(21)])


def test_format_list_time_is_utc_plus_8() -> None:
    assert format_list_time(datetime(2025, 3, 4, 0, 0, 0, tzinfo=UTC)) == "20250304080000"


# ---- errors and retries --------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_wrong_region_key_gives_region_message(srv: SandboxServer, caplog: pytest.LogCaptureFixture) -> None:
    cn_key = "sk-sandbox-cn-verysecretvalue123"
    service = BatchService(INTL, cn_key, base_url=srv.base_url("intl"), retry=RetryPolicy(attempts=3))
    caplog.set_level(logging.DEBUG)
    try:
        with pytest.raises(AuthError) as info:
            await service.check_key()
    finally:
        await service.aclose()
    err = info.value
    assert err.status == 401 and not err.retryable
    assert "International (Singapore)" in err.user_message
    assert "a Singapore key does not work in Beijing" in err.user_message
    for text in (str(err), err.user_message, err.detail, repr(err), caplog.text):
        assert cn_key not in text
        assert "verysecretvalue" not in text
    # The right key for the right region works.
    good = BatchService(CN, "sk-sandbox-cn-verysecretvalue123", base_url=srv.base_url("cn"))
    try:
        await good.check_key()
    finally:
        await good.aclose()


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("fault", "expected_error"),
    [
        ({"status": 500}, ServerError),
        ({"status": 429}, None),
        ({"status": 503}, ServerError),
        ({"drop": True}, NetworkError),
    ],
)
async def test_safe_calls_retry(
    svc: BatchService,
    srv: SandboxServer,
    rec: Recorder,
    tmp_path: Path,
    fault: dict[str, Any],
    expected_error: type[Exception] | None,
) -> None:
    uploaded = await svc.upload(write_input(tmp_path / "in.jsonl"))
    created = await svc.create(uploaded.id, TEST_ENDPOINT)
    armed = srv.faults.add("retrieve", times=2, **fault)
    got = await svc.retrieve(created.id)
    assert got.id == created.id
    assert armed.hits == 2
    assert len(rec.sleeps) == 2
    assert [n.attempt for n in rec.notices] == [2, 3]
    assert all(n.attempts == 4 and n.operation == "retrieve" for n in rec.notices)
    # exponential: second delay's range lies above the first one's
    assert 0.5 <= rec.sleeps[0] <= 1.0 and 1.0 <= rec.sleeps[1] <= 2.0
    if expected_error is not None:
        assert isinstance(rec.notices[0].error, expected_error)
    word = "Connection problem" if fault.get("drop") else "Server busy"
    assert rec.notices[0].message.startswith(f"{word}, retrying in 1 s (attempt 2 of 4)")

    srv.faults.add("list", status=429, times=1)
    await svc.list(limit=1)
    assert len(rec.sleeps) == 3


@pytest.mark.asyncio
async def test_retries_give_up_and_4xx_is_not_retried(svc: BatchService, srv: SandboxServer, rec: Recorder) -> None:
    armed = srv.faults.add("list", status=500, times=None)
    with pytest.raises(ServerError) as info:
        await svc.list()
    assert armed.hits == 4 and len(rec.sleeps) == 3
    assert "try again" in info.value.user_message
    srv.faults.clear()

    rec.sleeps.clear()
    with pytest.raises(NotFound) as missing:
        await svc.retrieve("batch_does_not_exist")
    assert rec.sleeps == []
    assert "30 days" in missing.value.user_message

    srv.faults.add("retrieve", status=400, times=1)
    with pytest.raises(BadRequest) as bad:
        await svc.retrieve("batch_x")
    assert rec.sleeps == []
    assert "Injected fault: bad request" in bad.value.user_message


@pytest.mark.asyncio
async def test_upload_retried_after_drop(svc: BatchService, srv: SandboxServer, rec: Recorder, tmp_path: Path) -> None:
    src = write_input(tmp_path / "in.jsonl", 5)
    armed = srv.faults.add("upload", drop=True, times=1)
    seen: list[int] = []
    uploaded = await svc.upload(src, lambda d, t: seen.append(d))
    assert armed.hits == 1 and len(rec.sleeps) == 1
    assert uploaded.bytes == src.stat().st_size
    assert seen[-1] == src.stat().st_size


# ---- create: never twice --------------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "fault",
    [
        {"status": 500, "after_effect": True},
        {"drop": True, "after_effect": True},
        {"status": 502, "after_effect": True, "times": 3},
    ],
    ids=["500-after", "drop-after", "502-after-x3"],
)
async def test_ambiguous_create_finds_the_batch(
    svc: BatchService, srv: SandboxServer, rec: Recorder, tmp_path: Path, fault: dict[str, Any]
) -> None:
    uploaded = await svc.upload(write_input(tmp_path / "in.jsonl"))
    armed = srv.faults.add("create", **fault)
    got = await svc.create(uploaded.id, TEST_ENDPOINT, name="ambiguous")
    assert armed.hits == 1  # sent exactly once
    on_server = await batches_for(svc, uploaded.id)
    assert len(on_server) == 1
    assert got.id == on_server[0].id and got.name == "ambiguous"
    assert [n.operation for n in rec.notices] == ["create-check"]


@pytest.mark.asyncio
async def test_create_dropped_is_unconfirmed_never_sent_again(
    svc: BatchService, srv: SandboxServer, rec: Recorder, tmp_path: Path
) -> None:
    # The connection drops after the request went out: a client cannot know whether the server acted
    # (here it did not). Not listed is not absent — a second create could be a second bill.
    uploaded = await svc.upload(write_input(tmp_path / "in.jsonl"))
    armed = srv.faults.add("create", drop=True, times=None)
    with pytest.raises(AmbiguousCreate) as info:
        await svc.create(uploaded.id, TEST_ENDPOINT)
    assert armed.hits == 1
    assert "Don't submit the file again" in info.value.user_message
    assert await batches_for(svc, uploaded.id) == []


@pytest.mark.asyncio
async def test_create_5xx_not_listed_is_unconfirmed_not_retried(
    svc: BatchService, srv: SandboxServer, rec: Recorder, tmp_path: Path
) -> None:
    uploaded = await svc.upload(write_input(tmp_path / "in.jsonl"))
    armed = srv.faults.add("create", status=500, times=None)  # fails before doing anything
    with pytest.raises(AmbiguousCreate) as info:
        await svc.create(uploaded.id, TEST_ENDPOINT)
    assert armed.hits == 1  # one create only: a gateway's 5xx may hide a batch the list shows later
    assert info.value.reason_text == AmbiguousCreate.NOT_LISTED.english
    assert await batches_for(svc, uploaded.id) == []


@pytest.mark.asyncio
async def test_create_429_is_retried_once_created(
    svc: BatchService, srv: SandboxServer, rec: Recorder, tmp_path: Path
) -> None:
    uploaded = await svc.upload(write_input(tmp_path / "in.jsonl"))
    armed = srv.faults.add("create", status=429, times=2)
    got = await svc.create(uploaded.id, TEST_ENDPOINT)
    assert armed.hits == 2
    assert [n.operation for n in rec.notices] == ["create", "create"]
    assert [b.id for b in await batches_for(svc, uploaded.id)] == [got.id]


@pytest.mark.asyncio
async def test_create_ambiguous_and_lookup_fails(
    svc: BatchService, srv: SandboxServer, rec: Recorder, tmp_path: Path
) -> None:
    uploaded = await svc.upload(write_input(tmp_path / "in.jsonl"))
    create_fault = srv.faults.add("create", status=500, after_effect=True, times=None)
    srv.faults.add("list", status=503, times=None)
    with pytest.raises(AmbiguousCreate) as info:
        await svc.create(uploaded.id, TEST_ENDPOINT)
    assert create_fault.hits == 1  # never sent again
    err = info.value
    assert err.will_retry and not err.retryable
    assert "Don't submit the file again" in err.user_message
    assert err.input_file_id == uploaded.id
    srv.faults.clear()
    assert len(await batches_for(svc, uploaded.id)) == 1


@pytest.mark.asyncio
async def test_create_rejected_is_not_retried(svc: BatchService, rec: Recorder, tmp_path: Path) -> None:
    uploaded = await svc.upload(write_input(tmp_path / "in.jsonl"))
    with pytest.raises(BadRequest) as info:
        await svc.create(uploaded.id, TEST_ENDPOINT, completion_window="999h")
    assert rec.sleeps == [] and rec.notices == []
    assert "completion_window" in info.value.user_message
    assert await batches_for(svc, uploaded.id) == []


# ---- downloads -----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_download_dropped_mid_stream_leaves_nothing(srv: SandboxServer, rec: Recorder, tmp_path: Path) -> None:
    service = BatchService(
        SANDBOX, "x", base_url=srv.base_url("sandbox"), retry=RetryPolicy(attempts=2), sleep=rec.sleep
    )
    try:
        uploaded = await service.upload(write_input(tmp_path / "in.jsonl", 400))
        created = await service.create(uploaded.id, TEST_ENDPOINT)
        srv.clock.advance(3600)
        finished = await service.retrieve(created.id)
        assert finished.status == "completed" and finished.output_file_id
        out_dir = tmp_path / "downloads"
        out_dir.mkdir()
        reference = await service.download(finished.output_file_id, tmp_path / "reference.jsonl")
        assert reference.stat().st_size > 100_000
        dest = out_dir / "output.jsonl"
        armed = srv.faults.add("content", drop_after_bytes=100_000, times=None)
        with pytest.raises(NetworkError) as info:
            await service.download(finished.output_file_id, dest)
        assert armed.hits == 2
        assert "cut off" in info.value.user_message or "connection" in info.value.user_message
        assert not dest.exists()
        assert list(out_dir.iterdir()) == []  # no temp file either
        srv.faults.clear()

        srv.faults.add("content", drop_after_bytes=5000, times=1)
        await service.download(finished.output_file_id, dest)  # retried after the cut
        assert dest.read_bytes() == reference.read_bytes()
        assert [p.name for p in out_dir.iterdir()] == [dest.name]
    finally:
        await service.aclose()


@pytest.mark.asyncio
async def test_delete_retry_after_effect_counts_as_deleted(
    svc: BatchService, srv: SandboxServer, tmp_path: Path
) -> None:
    uploaded = await svc.upload(write_input(tmp_path / "in.jsonl"))
    srv.faults.add("delete", status=500, after_effect=True, times=1)
    await svc.delete_file(uploaded.id)
    assert uploaded.id not in {f.id for f in await svc.list_files()}
    with pytest.raises(NotFound):
        await svc.delete_file(uploaded.id)


# ---- tolerance: a minimal server ---------------------------------------------------------------


@pytest_asyncio.fixture
async def minimal_server() -> AsyncIterator[tuple[str, dict[str, int]]]:
    """An OpenAI-ish server that leaves out most fields and answers oddly."""
    hits: dict[str, int] = {"create": 0, "busy": 0}

    async def create(request: web.Request) -> web.Response:
        hits["create"] += 1
        return web.Response(text="<html>gateway page</html>", content_type="text/html")

    async def retrieve(request: web.Request) -> web.Response:
        if request.match_info["bid"] == "busy" and hits["busy"] == 0:
            hits["busy"] += 1
            return web.json_response({"error": {"message": "slow down"}}, status=429, headers={"Retry-After": "7"})
        return web.json_response({"status": "in_progress", "metadata": None})

    async def list_batches(request: web.Request) -> web.Response:
        return web.json_response({"data": [{"id": "b1", "status": "completed", "metadata": None}, {"status": "x"}]})

    app = web.Application()
    app.router.add_post("/v1/batches", create)
    app.router.add_get("/v1/batches", list_batches)
    app.router.add_get("/v1/batches/{bid}", retrieve)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    yield f"http://{host}:{port}/v1", hits
    await runner.cleanup()


@pytest.mark.asyncio
async def test_tolerates_minimal_server(minimal_server: tuple[str, dict[str, int]], rec: Recorder) -> None:
    url, hits = minimal_server
    region = custom_region("Minimal", url)
    service = BatchService(region, "sk-minimal-key-000000", retry=RetryPolicy(attempts=3), sleep=rec.sleep)
    try:
        got = await service.retrieve("batch_42")
        assert got.id == "batch_42" and got.status == "in_progress" and got.metadata == {}

        page = await service.list()
        assert [b.id for b in page.items] == ["b1"]  # the entry without an id is skipped
        assert page.has_more is False and page.last_id == "b1"

        busy = await service.retrieve("busy")
        assert busy.status == "in_progress"
        assert rec.sleeps == [7.0]  # Retry-After honoured

        # create answers HTML; the list cannot say which file each batch used -> ambiguous, not resent
        with pytest.raises(AmbiguousCreate):
            await service.create("file-1", "/v1/chat/completions")
        assert hits["create"] == 1
    finally:
        await service.aclose()


@pytest.mark.asyncio
async def test_unknown_route_and_unreachable(srv: SandboxServer, rec: Recorder) -> None:
    wrong = BatchService(custom_region("Wrong", srv.root + "/nothing/v1"), "sk-whatever-123456", sleep=rec.sleep)
    try:
        with pytest.raises(UnexpectedResponse) as info:
            await wrong.list()
        assert "no batch list" in info.value.user_message and "base URL" in info.value.user_message
    finally:
        await wrong.aclose()

    # A port nobody listens on: connection refused, retried, then a plain network error.
    with SandboxServer(port=0) as tmp_server:
        dead_url = tmp_server.base_url("sandbox")
    dead = BatchService(
        SANDBOX,
        "x",
        base_url=dead_url,
        retry=RetryPolicy(attempts=2),
        sleep=rec.sleep,
        on_retry=rec.on_retry,
    )
    try:
        with pytest.raises(NetworkError) as down:
            await dead.retrieve("batch_1")
        assert len(rec.sleeps) == 1
        assert "Could not reach" in down.value.user_message
        # create with the connection refused: definitely not created, so plain retries (no lookup)
        rec.notices.clear()
        with pytest.raises(NetworkError):
            await dead.create("file-1", TEST_ENDPOINT)
        assert [n.operation for n in rec.notices] == ["create"]
    finally:
        await dead.aclose()


def test_retry_policy_and_retry_after() -> None:
    policy = RetryPolicy(attempts=5, base=2.0, cap=10.0, jitter=0.5)
    for attempt, (low, high) in enumerate([(1, 2), (2, 4), (4, 8), (5, 10), (5, 10)], start=1):
        for _ in range(20):
            assert low <= policy.delay(attempt) <= high
    assert policy.delay(1, retry_after=3.5) == 3.5
    assert policy.delay(1, retry_after=10_000) == policy.max_retry_after
    assert RetryPolicy(jitter=0).delay(3) == 4.0
    assert retry_after_seconds({"Retry-After": "4"}) == 4.0
    assert retry_after_seconds({"retry-after-ms": "1500"}) == 1.5
    assert retry_after_seconds({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, now=1445412470.0) == 10.0
    assert retry_after_seconds({}) is None
    assert retry_after_seconds({"Retry-After": "soon"}) is None
