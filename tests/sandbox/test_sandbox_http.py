"""The sandbox through the real openai SDK over loopback HTTP."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import aiohttp
import openai
import pytest

from desktop_app.sandbox.engine import LIST_TIME_ZONE
from desktop_app.sandbox.server import SandboxServer
from tests.sandbox.helpers import KEYS, chat_line, parse_jsonl, write_jsonl

CHAT: Final = "/v1/chat/completions"
TEST = "/v1/chat/ds-test"
MakeClient = Callable[..., openai.AsyncOpenAI]


async def upload(client: openai.AsyncOpenAI, tmp_path: Path, lines: list[Any], name: str = "in.jsonl") -> str:
    result = await client.files.create(file=write_jsonl(tmp_path / name, lines), purpose="batch")
    return result.id


async def run_batch(
    client: openai.AsyncOpenAI, tmp_path: Path, lines: list[Any], endpoint: str = CHAT, **kwargs: Any
) -> str:
    file_id = await upload(client, tmp_path, lines)
    batch = await client.batches.create(
        input_file_id=file_id,
        endpoint=endpoint,  # type: ignore[arg-type]
        completion_window=kwargs.pop("completion_window", "24h"),
        **kwargs,
    )
    return batch.id


@pytest.mark.asyncio
async def test_test_model_lifecycle_to_completed(
    server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path
) -> None:
    lines = [
        chat_line("1", "你好!有什麼可以協助你的嗎?", model="batch-test-model"),
        chat_line("2", "What is 2+2?", model="batch-test-model"),
    ]
    path = write_jsonl(tmp_path / "test_model.jsonl", lines)
    uploaded = await client.files.create(file=path, purpose="batch")
    assert uploaded.id.startswith("file-batch-") and uploaded.object == "file"
    assert uploaded.bytes == path.stat().st_size and uploaded.filename == "test_model.jsonl"
    assert uploaded.status == "processed" and uploaded.purpose == "batch"
    assert (await client.files.retrieve(uploaded.id)).id == uploaded.id

    batch = await client.batches.create(
        input_file_id=uploaded.id,
        endpoint=TEST,  # type: ignore[arg-type]
        completion_window="24h",
        metadata={"ds_name": "任務名稱", "ds_description": "任務描述"},
    )
    assert batch.status == "validating" and batch.id.startswith("batch_")
    assert batch.request_counts is not None and batch.request_counts.total == 0
    assert batch.expires_at == batch.created_at + 86400
    assert batch.metadata == {"ds_name": "任務名稱", "ds_description": "任務描述"}

    server.clock.advance(3)  # validating_s
    running = await client.batches.retrieve(batch.id)
    assert running.status == "in_progress" and running.in_progress_at == batch.created_at + 3
    assert running.request_counts is not None and running.request_counts.total == 2
    server.clock.advance(1)
    running = await client.batches.retrieve(batch.id)
    assert running.request_counts is not None and running.request_counts.completed == 1
    server.clock.advance(1)
    finalizing = await client.batches.retrieve(batch.id)
    assert finalizing.status == "finalizing" and finalizing.output_file_id is None
    server.clock.advance(2)
    done = await client.batches.retrieve(batch.id)
    assert done.status == "completed" and done.completed_at == batch.created_at + 7
    assert done.finalizing_at == batch.created_at + 5
    assert done.request_counts is not None
    assert (done.request_counts.total, done.request_counts.completed, done.request_counts.failed) == (2, 2, 0)
    assert done.error_file_id is None and done.errors is None
    assert done.output_file_id is not None and done.output_file_id.startswith("file-batch_output-")

    content = await client.files.content(done.output_file_id)
    rows = parse_jsonl(content.text)
    assert sorted(row["custom_id"] for row in rows) == ["1", "2"]
    for row in rows:
        assert set(row) == {"id", "custom_id", "response", "error"} and row["error"] is None
        assert row["response"]["status_code"] == 200 and row["response"]["request_id"] == row["id"]
        body = row["response"]["body"]
        assert body["choices"] == [
            {"finish_reason": "stop", "index": 0, "message": {"content": "This is a test result."}}
        ]
        assert body["usage"] == {"completion_tokens": 6, "prompt_tokens": 20, "total_tokens": 26}
        assert body["model"] == "batch-test-model" and body["object"] == "chat.completion"
        assert body["id"].startswith("chatcmpl-")
    out_file = await client.files.retrieve(done.output_file_id)
    assert out_file.bytes == len(content.content)

    deleted = await client.files.delete(uploaded.id)
    assert deleted.deleted and deleted.id == uploaded.id
    with pytest.raises(openai.NotFoundError):
        await client.files.retrieve(uploaded.id)


@pytest.mark.asyncio
async def test_chat_answers_shuffled_and_line_errors(
    server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path
) -> None:
    lines = [chat_line(f"q{i:02}", f"問題 {i}") for i in range(30)]
    lines[7] = chat_line("q07", temperature=3)
    batch_id = await run_batch(client, tmp_path, lines)
    server.clock.advance(3600)
    done = await client.batches.retrieve(batch_id)
    assert done.status == "completed"
    assert done.request_counts is not None
    assert (done.request_counts.completed, done.request_counts.failed) == (29, 1)
    assert done.output_file_id and done.error_file_id and done.error_file_id.startswith("file-batch_error-")
    rows = parse_jsonl((await client.files.content(done.output_file_id)).text)
    ids = [row["custom_id"] for row in rows]
    expected = [f"q{i:02}" for i in range(30) if i != 7]
    assert sorted(ids) == expected and ids != expected  # every answer, not in input order
    by_id = {row["custom_id"]: row for row in rows}
    message = by_id["q03"]["response"]["body"]["choices"][0]["message"]
    assert message == {"role": "assistant", "content": "[Sandbox] Simulated answer from qwen-plus: 問題 3"}
    errors = parse_jsonl((await client.files.content(done.error_file_id)).text)
    assert len(errors) == 1 and errors[0]["custom_id"] == "q07"
    assert errors[0]["response"]["status_code"] == 400
    assert errors[0]["error"]["code"] == "invalid_parameter_error" and "temperature" in errors[0]["error"]["message"]
    # The input file itself is not downloadable, like the real service.
    with pytest.raises(openai.BadRequestError):
        await client.files.content(done.input_file_id)


@pytest.mark.asyncio
async def test_unknown_model_and_model_of_other_region_go_to_error_file(
    server: SandboxServer, make_client: MakeClient, tmp_path: Path
) -> None:
    intl = make_client("intl")
    embed = [
        {
            "custom_id": f"e{i}",
            "method": "POST",
            "url": "/v1/embeddings",
            "body": {"model": "text-embedding-v4", "input": "text"},
        }
        for i in range(3)
    ]
    batch_id = await run_batch(intl, tmp_path, embed, endpoint="/v1/embeddings")
    server.clock.advance(3600)
    done = await intl.batches.retrieve(batch_id)
    assert done.status == "completed" and done.output_file_id is None and done.error_file_id
    assert done.request_counts is not None and done.request_counts.failed == 3
    rows = parse_jsonl((await intl.files.content(done.error_file_id)).text)
    assert {row["error"]["code"] for row in rows} == {"model_not_found"}
    assert all(set(row) == {"id", "custom_id", "response", "error"} for row in rows)
    assert all(row["response"]["status_code"] == 404 for row in rows)

    sandbox = make_client("sandbox")
    batch_id = await run_batch(sandbox, tmp_path, [chat_line("u1", model="qwen-imaginary")])
    server.clock.advance(3600)
    done = await sandbox.batches.retrieve(batch_id)
    assert done.status == "completed" and done.error_file_id and done.output_file_id is None
    (row,) = parse_jsonl((await sandbox.files.content(done.error_file_id)).text)
    assert row["custom_id"] == "u1" and row["error"]["code"] == "model_not_found"
    assert "qwen-imaginary" in row["error"]["message"]
    assert row["response"]["body"]["error"]["code"] == "model_not_found"

    cn = make_client("cn")  # Beijing serves the embedding model
    batch_id = await run_batch(cn, tmp_path, embed, endpoint="/v1/embeddings")
    server.clock.advance(3600)
    done = await cn.batches.retrieve(batch_id)
    assert done.output_file_id and done.error_file_id is None
    rows = parse_jsonl((await cn.files.content(done.output_file_id)).text)
    assert all(len(row["response"]["body"]["data"][0]["embedding"]) == 1024 for row in rows)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("lines", "code", "line"),
    [
        (["{oops", json.dumps(chat_line("b"))], "invalid_json_line", 1),
        ([chat_line("a"), chat_line("a")], "duplicate_custom_id", 2),
        ([chat_line("a"), chat_line("b", model="qwen-max")], "mismatched_model", 2),
        ([{**chat_line("a"), "url": TEST}], "mismatched_endpoint", 1),
    ],
)
async def test_broken_file_fails_the_batch(
    server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path, lines: list[Any], code: str, line: int
) -> None:
    batch_id = await run_batch(client, tmp_path, lines)
    assert (await client.batches.retrieve(batch_id)).status == "validating"
    server.clock.advance(3)
    failed = await client.batches.retrieve(batch_id)
    assert failed.status == "failed" and failed.failed_at is not None
    assert failed.errors is not None and failed.errors.data
    assert failed.errors.data is not None
    first = failed.errors.data[0]
    assert (first.code, first.line) == (code, line)
    assert failed.output_file_id is None and failed.error_file_id is None


@pytest.mark.asyncio
async def test_test_model_file_limits_and_concurrency(
    server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path
) -> None:
    too_many = [chat_line(str(i), model="batch-test-model") for i in range(101)]
    big_id = await run_batch(client, tmp_path, too_many, endpoint=TEST)
    one = [chat_line("1", model="batch-test-model")]
    second = await run_batch(client, tmp_path, one, endpoint=TEST)
    with pytest.raises(openai.RateLimitError) as info:
        await run_batch(client, tmp_path, one, endpoint=TEST)
    assert info.value.code == "test_model_concurrency_limit"
    assert "at most 2" in info.value.message
    server.clock.advance(3)  # the 101-line batch fails validation: a slot frees up
    failed = await client.batches.retrieve(big_id)
    assert failed.status == "failed" and failed.errors is not None
    assert failed.errors.data is not None
    assert failed.errors.data[0].code == "test_model_too_many_lines"
    third = await run_batch(client, tmp_path, one, endpoint=TEST)
    await client.batches.cancel(second)
    assert third != second


@pytest.mark.asyncio
async def test_create_parameter_errors(client: openai.AsyncOpenAI, tmp_path: Path) -> None:
    file_id = await upload(client, tmp_path, [chat_line("a")])
    cases: list[tuple[dict[str, Any], str]] = [
        ({"completion_window": "12h"}, "completion_window"),
        ({"completion_window": "15d"}, "completion_window"),
        ({"endpoint": "/v1/responses"}, "endpoint"),
        ({"metadata": {"ds_name": "n" * 101}}, "metadata.ds_name"),
        ({"metadata": {"ds_description": "d" * 201}}, "metadata.ds_description"),
    ]
    for override, param in cases:
        args: dict[str, Any] = {
            "input_file_id": file_id,
            "endpoint": CHAT,
            "completion_window": "24h",
            **override,
        }
        with pytest.raises(openai.BadRequestError) as info:
            await client.batches.create(**args)
        assert info.value.param == param, override
        assert info.value.code == "invalid_parameter_error"
    ok = await client.batches.create(
        input_file_id=file_id,
        endpoint=CHAT,
        completion_window="14d",  # type: ignore[arg-type]
        metadata={"ds_name": "n" * 100},
    )
    assert ok.expires_at == ok.created_at + 14 * 86400
    with pytest.raises(openai.NotFoundError):
        await client.batches.create(input_file_id="file-batch-missing", endpoint=CHAT, completion_window="24h")


@pytest.mark.asyncio
async def test_list_paging_and_filters(server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path) -> None:
    file_a = await upload(client, tmp_path, [chat_line("a")], "a.jsonl")
    file_b = await upload(client, tmp_path, [chat_line("a"), chat_line("b")], "b.jsonl")
    names = ["Project Alpha 1", "project alpha 2", "beta", "Alpha-3", None]
    ids = []
    for i, name in enumerate(names):
        batch = await client.batches.create(
            input_file_id=file_a if i % 2 == 0 else file_b,
            endpoint=CHAT,
            completion_window="24h",
            metadata={"ds_name": name} if name else None,
        )
        ids.append(batch.id)
        server.clock.advance(60)
    newest_first = ids[::-1]

    page = await client.batches.list(limit=2)
    assert [b.id for b in page.data] == newest_first[:2] and page.has_more
    raw = page.model_dump()
    assert raw["first_id"] == newest_first[0] and raw["last_id"] == newest_first[1]
    page2 = await client.batches.list(limit=2, after=newest_first[1])
    assert [b.id for b in page2.data] == newest_first[2:4] and page2.has_more
    page3 = await client.batches.list(limit=2, after=newest_first[3])
    assert [b.id for b in page3.data] == newest_first[4:] and not page3.has_more
    assert [b.id async for b in client.batches.list(limit=2)] == newest_first  # SDK auto-paging
    assert len((await client.batches.list()).data) == 5

    async def listed(**query: str) -> list[str]:
        result = await client.batches.list(limit=100, extra_query=query)
        return [b.id for b in result.data]

    assert await listed(ds_name="alpha") == [ids[3], ids[1], ids[0]]
    assert await listed(ds_name="ALPHA 2") == [ids[1]]
    assert await listed(input_file_ids=file_b) == [ids[3], ids[1]]
    assert await listed(input_file_ids=f"{file_a},{file_b}") == newest_first
    server.clock.advance(3600)  # everything completes; then cancel a fresh one
    late = await client.batches.create(input_file_id=file_a, endpoint=CHAT, completion_window="24h")
    await client.batches.cancel(late.id)
    assert await listed(status="cancelling") == [late.id]
    assert await listed(status="completed,cancelling") == [late.id, *newest_first]
    assert await listed(status="failed") == []

    def stamp(ts: int) -> str:
        return datetime.fromtimestamp(ts, LIST_TIME_ZONE).strftime("%Y%m%d%H%M%S")

    created = {b.id: b.created_at for b in (await client.batches.list(limit=100)).data}
    assert await listed(create_after=stamp(created[ids[3]])) == [late.id, ids[4], ids[3]]
    assert await listed(create_before=stamp(created[ids[1]])) == [ids[1], ids[0]]
    assert await listed(create_after=stamp(created[ids[1]]), create_before=stamp(created[ids[2]]), ds_name="alpha") == [
        ids[1]
    ]

    for bad in (
        {"limit": "0"},
        {"limit": "101"},
        {"status": "done"},
        {"create_after": "2025-01-01"},
        {"input_file_ids": ",".join(f"file-batch-{i}" for i in range(21))},
    ):
        with pytest.raises(openai.BadRequestError):
            await client.batches.list(extra_query=bad)


@pytest.mark.asyncio
async def test_list_rate_limit_per_namespace(
    make_server: Callable[..., SandboxServer], make_client: MakeClient
) -> None:
    srv = make_server(list_rate_per_min=3)
    sandbox = make_client(srv=srv)
    for _ in range(3):
        await sandbox.batches.list()
    with pytest.raises(openai.RateLimitError) as info:
        await sandbox.batches.list()
    assert info.value.status_code == 429 and info.value.code == "limit_requests"
    await make_client("cn", srv=srv).batches.list()  # another region has its own budget


@pytest.mark.asyncio
async def test_keys_are_checked_per_region(server: SandboxServer, make_client: MakeClient, tmp_path: Path) -> None:
    for namespace, wrong in (
        ("intl", "sk-sandbox-cn-abc"),
        ("cn", "sk-sandbox-intl-abc"),
        ("intl", "sk-real"),
    ):
        with pytest.raises(openai.AuthenticationError) as info:
            await make_client(namespace, key=wrong).batches.list()
        assert info.value.status_code == 401 and info.value.code == "invalid_api_key"
        assert isinstance(info.value.body, dict) and "sk-sandbox-" in info.value.body["message"]
    assert (await make_client("sandbox", key="whatever").batches.list()).data == []
    async with aiohttp.ClientSession() as session:
        async with session.get(server.base_url("sandbox") + "/batches") as response:
            assert response.status == 401
            body = await response.json()
            assert body["error"]["code"] == "invalid_api_key" and body["request_id"]
        async with session.get(
            server.base_url("sandbox") + "/nothing-here", headers={"Authorization": "Bearer sandbox"}
        ) as response:
            assert response.status == 404 and (await response.json())["error"]["code"] == "not_found"

    # Regions are separate: a Singapore file does not exist in Beijing.
    intl, cn = make_client("intl"), make_client("cn")
    file_id = await upload(intl, tmp_path, [chat_line("a")])
    assert (await intl.files.retrieve(file_id)).id == file_id
    with pytest.raises(openai.NotFoundError):
        await cn.files.retrieve(file_id)
    assert [f.id async for f in intl.files.list()] == [file_id]
    assert [f.id async for f in cn.files.list()] == []


@pytest.mark.asyncio
async def test_expired_batch_keeps_finished_lines(
    make_server: Callable[..., SandboxServer], make_client: MakeClient, tmp_path: Path
) -> None:
    from desktop_app.sandbox.server import SandboxTiming

    srv = make_server(timing=SandboxTiming(validating_s=3, per_request_s=10_000, finalizing_s=2))
    client = make_client(srv=srv)
    batch_id = await run_batch(client, tmp_path, [chat_line(f"r{i}") for i in range(20)])
    srv.clock.advance(86_399)
    assert (await client.batches.retrieve(batch_id)).status == "in_progress"
    srv.clock.advance(10)
    expired = await client.batches.retrieve(batch_id)
    assert expired.status == "expired" and expired.expired_at == expired.expires_at
    assert expired.request_counts is not None
    assert (expired.request_counts.total, expired.request_counts.completed) == (20, 8)
    assert expired.output_file_id is not None and expired.completed_at is None
    rows = parse_jsonl((await client.files.content(expired.output_file_id)).text)
    assert sorted(row["custom_id"] for row in rows) == sorted(f"r{i}" for i in range(8))


@pytest.mark.asyncio
async def test_cancel_keeps_finished_lines(server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path) -> None:
    batch_id = await run_batch(client, tmp_path, [chat_line(f"r{i}") for i in range(10)])
    server.clock.advance(3 + 3.5)
    cancelling = await client.batches.cancel(batch_id)
    assert cancelling.status == "cancelling" and cancelling.cancelling_at is not None
    assert cancelling.output_file_id is None
    assert cancelling.request_counts is not None and cancelling.request_counts.completed == 3
    assert (await client.batches.cancel(batch_id)).status == "cancelling"  # idempotent
    server.clock.advance(1)
    cancelled = await client.batches.retrieve(batch_id)
    assert cancelled.status == "cancelled" and cancelled.cancelled_at == (cancelled.cancelling_at or 0) + 1
    assert cancelled.request_counts is not None and cancelled.request_counts.completed == 3
    assert cancelled.output_file_id is not None
    rows = parse_jsonl((await client.files.content(cancelled.output_file_id)).text)
    assert sorted(row["custom_id"] for row in rows) == ["r0", "r1", "r2"]
    with pytest.raises(openai.BadRequestError):
        await client.batches.cancel(batch_id)  # terminal
    with pytest.raises(openai.NotFoundError):
        await client.batches.cancel("batch_unknown")


@pytest.mark.asyncio
async def test_batches_disappear_after_30_days(
    server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path
) -> None:
    batch_id = await run_batch(client, tmp_path, [chat_line("a")])
    server.clock.advance(29 * 86400)
    done = await client.batches.retrieve(batch_id)
    assert done.status == "completed"
    server.clock.advance(2 * 86400)
    with pytest.raises(openai.NotFoundError):
        await client.batches.retrieve(batch_id)
    assert (await client.batches.list()).data == []
    assert done.output_file_id is not None
    assert (await client.files.content(done.output_file_id)).text  # files outlive the batch record


@pytest.mark.asyncio
async def test_an_upload_that_arrives_in_uneven_pieces_is_stored(server: SandboxServer) -> None:
    """A clean clone's run failed once with a 500 on ``POST /files``: aiohttp's multipart reader pushes
    bytes back with its own deprecated ``unread_data()`` when a part arrives as a few bytes, then a few
    more, then a big piece, and the warning (an error under the suite's ``filterwarnings``) escaped the
    handler. Sent that way on purpose, the upload is stored (pyproject.toml ignores that one warning)."""
    from urllib.parse import urlsplit

    url = urlsplit(server.base_url("sandbox"))
    boundary = "b0undary7e1f"
    lines = "".join(json.dumps(chat_line(str(i), model="batch-test-model")) + "\n" for i in range(60))
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\n'
        + "batch"
        + " " * 20_000
        + f'\r\n--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="in.jsonl"\r\n'
        + "Content-Type: application/jsonl\r\n\r\n"
        + lines
        + f"\r\n--{boundary}--\r\n"
    ).encode()
    head = (
        f"POST {url.path}/files HTTP/1.1\r\nHost: {url.netloc}\r\nAuthorization: Bearer {KEYS['sandbox']}\r\n"
        f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    start = body.index(b"\r\n\r\n") + 4
    pieces = [head + body[: start + 2], body[start + 2 : start + 7], body[start + 7 :]]  # 2 bytes, 5, the rest
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    try:
        for piece in pieces:
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(0.2)  # the server reads what came and waits for more
        answer = await asyncio.wait_for(reader.read(), 10)
    finally:
        writer.close()
    status = answer.split(b"\r\n", 1)[0]
    assert b" 200 " in status, answer[:600].decode("utf-8", "replace")
    assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["bytes"] == len(lines.encode())
