"""Fault injection (status, delay, drop, drop_after_bytes, after_effect) and the HTTP control API."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import aiohttp
import openai
import pytest

from desktop_app.sandbox.server import CONTROL_TOKEN_HEADER, SandboxServer
from tests.sandbox.helpers import chat_line, write_jsonl

CHAT: Final = "/v1/chat/completions"


async def finished_output(server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path, n: int = 200) -> str:
    uploaded = await client.files.create(
        file=write_jsonl(tmp_path / "in.jsonl", [chat_line(f"r{i}", "長い質問 " * 20) for i in range(n)]),
        purpose="batch",
    )
    batch = await client.batches.create(input_file_id=uploaded.id, endpoint=CHAT, completion_window="24h")
    server.clock.advance(10_000)
    done = await client.batches.retrieve(batch.id)
    assert done.output_file_id is not None
    return done.output_file_id


@pytest.mark.asyncio
async def test_status_fault_answers_an_openai_error_once(server: SandboxServer, client: openai.AsyncOpenAI) -> None:
    server.faults.add("list", status=503)
    with pytest.raises(openai.InternalServerError) as info:
        await client.batches.list()
    assert info.value.status_code == 503
    assert isinstance(info.value.body, dict) and info.value.body["code"] == "service_unavailable"
    assert (await client.batches.list()).data == []  # times=1: gone after one use

    server.faults.add(
        "list",
        status=429,
        times=2,
        body={"error": {"message": "slow down", "code": "Throttling", "type": "x", "param": None}},
    )
    for _ in range(2):
        with pytest.raises(openai.RateLimitError) as rate:
            await client.batches.list()
        assert rate.value.code == "Throttling" and rate.value.message.endswith("slow down")
    await client.batches.list()


@pytest.mark.asyncio
async def test_fault_only_hits_its_route_and_namespace(server: SandboxServer, make_client: Any) -> None:
    server.faults.add("retrieve", status=500, namespace="intl")
    sandbox = make_client("sandbox")
    with pytest.raises(openai.NotFoundError):
        await sandbox.batches.retrieve("batch_x")  # not intl: normal 404
    await sandbox.batches.list()
    with pytest.raises(openai.InternalServerError):
        await make_client("intl").batches.retrieve("batch_x")


@pytest.mark.asyncio
async def test_delay_fault(server: SandboxServer, make_client: Any) -> None:
    server.faults.add("files_list", delay=0.4)
    client = make_client()
    started = time.monotonic()
    await client.files.list()
    assert time.monotonic() - started >= 0.4
    server.faults.add("files_list", delay=2.0)
    impatient = make_client(timeout=0.3)
    with pytest.raises(openai.APITimeoutError):
        await impatient.files.list()


@pytest.mark.asyncio
async def test_drop_fault_before_handling(server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path) -> None:
    uploaded = await client.files.create(file=write_jsonl(tmp_path / "a.jsonl", [chat_line("a")]), purpose="batch")
    server.faults.add("create", drop=True)
    with pytest.raises(openai.APIConnectionError):
        await client.batches.create(input_file_id=uploaded.id, endpoint=CHAT, completion_window="24h")
    assert (await client.batches.list()).data == []  # dropped before the batch was made


@pytest.mark.asyncio
async def test_after_effect_create_is_ambiguous(
    server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path
) -> None:
    uploaded = await client.files.create(file=write_jsonl(tmp_path / "a.jsonl", [chat_line("a")]), purpose="batch")
    server.faults.add("create", status=500, after_effect=True)
    with pytest.raises(openai.InternalServerError):
        await client.batches.create(
            input_file_id=uploaded.id,
            endpoint=CHAT,
            completion_window="24h",
            metadata={"ds_name": "ambiguous-1"},
        )
    server.faults.add("create", drop=True, after_effect=True)
    with pytest.raises(openai.APIConnectionError):
        await client.batches.create(
            input_file_id=uploaded.id,
            endpoint=CHAT,
            completion_window="24h",
            metadata={"ds_name": "ambiguous-2"},
        )
    listed = (await client.batches.list(extra_query={"input_file_ids": uploaded.id})).data
    assert sorted((b.metadata or {})["ds_name"] for b in listed) == ["ambiguous-1", "ambiguous-2"]


@pytest.mark.asyncio
async def test_upload_drop_while_reading_body(
    server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path
) -> None:
    big = write_jsonl(tmp_path / "big.jsonl", [chat_line(f"r{i}", "x" * 2000) for i in range(2000)])
    server.faults.add("upload", drop=True)
    with pytest.raises(openai.APIConnectionError):
        await client.files.create(file=big, purpose="batch")
    assert (await client.files.list()).data == []
    assert not [p for p in (Path(server.engine.namespace("sandbox").storage).iterdir())]  # type: ignore[union-attr]
    server.faults.add("upload", drop=True, after_effect=True)
    with pytest.raises(openai.APIConnectionError):
        await client.files.create(file=big, purpose="batch")
    assert len((await client.files.list()).data) == 1  # stored, but the client never heard


@pytest.mark.asyncio
async def test_drop_after_bytes_on_content(server: SandboxServer, client: openai.AsyncOpenAI, tmp_path: Path) -> None:
    file_id = await finished_output(server, client, tmp_path)
    full = (await client.files.content(file_id)).content
    assert len(full) > 100_000
    server.faults.add("content", drop_after_bytes=70_000)
    url = f"{server.base_url('sandbox')}/files/{file_id}/content"
    received = b""
    async with (
        aiohttp.ClientSession(headers={"Authorization": "Bearer sandbox"}) as session,
        session.get(url) as response,
    ):
        assert response.status == 200
        assert response.headers.get("Transfer-Encoding") == "chunked"
        with pytest.raises(aiohttp.ClientPayloadError):
            async for chunk in response.content.iter_any():
                received += chunk
    assert received == full[:70_000]
    server.faults.add("content", drop_after_bytes=10)
    with pytest.raises(openai.APIConnectionError):
        await client.files.content(file_id)
    assert (await client.files.content(file_id)).content == full


@pytest.mark.asyncio
async def test_drop_after_bytes_on_json_route(server: SandboxServer, client: openai.AsyncOpenAI) -> None:
    server.faults.add("files_list", drop_after_bytes=5)
    with pytest.raises(openai.APIConnectionError):
        await client.files.list()


def _call(method: str, url: str, payload: Any = None, token: str | None = None) -> tuple[int, Any]:
    data = None if payload is None else json.dumps(payload).encode()
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers[CONTROL_TOKEN_HEADER] = token
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, json.loads(exc.read())


def test_control_api(server: SandboxServer) -> None:
    root = server.root
    token = server.control_token
    status, health = _call("GET", f"{root}/_sandbox/health", token=token)
    assert status == 200 and health["status"] == "ok" and health["speed"] == 0
    assert health["base_urls"]["intl"] == server.base_url("intl")
    before = server.clock.now()
    status, clock = _call("POST", f"{root}/_sandbox/clock", {"advance": 3600}, token=token)
    assert status == 200 and clock["now"] == pytest.approx(before + 3600)
    status, clock = _call("POST", f"{root}/_sandbox/clock", {"speed": 500}, token=token)
    assert server.clock.speed == 500
    server.clock.speed = 0
    assert _call("POST", f"{root}/_sandbox/clock", {"advance": -5}, token=token)[0] == 400
    assert _call("POST", f"{root}/_sandbox/clock", {"rewind": 5}, token=token)[0] == 400

    status, fault = _call("POST", f"{root}/_sandbox/faults", {"route": "list", "status": 502, "times": 2}, token=token)
    assert status == 200 and fault["route"] == "list"
    assert _call("GET", f"{root}/_sandbox/faults", token=token)[1]["faults"][0]["status"] == 502
    key = {"Authorization": "Bearer sk-sandbox-cn-x"}
    listing = urllib.request.Request(f"{server.base_url('cn')}/batches", headers=key)
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(listing, timeout=5)
    with info.value:
        assert info.value.code == 502
    assert _call("DELETE", f"{root}/_sandbox/faults", token=token) == (200, {"cleared": True})
    with urllib.request.urlopen(listing, timeout=5) as response:
        assert json.loads(response.read())["object"] == "list"
    assert _call("POST", f"{root}/_sandbox/faults", {"route": "nope"}, token=token)[0] == 400
    assert _call("POST", f"{root}/_sandbox/faults", {"status": 500}, token=token)[0] == 400


@pytest.mark.asyncio
async def test_control_api_drop_reaches_the_sdk(server: SandboxServer, client: openai.AsyncOpenAI) -> None:
    status, _ = await asyncio.to_thread(
        _call,
        "POST",
        f"{server.root}/_sandbox/faults",
        {"route": "retrieve", "drop": True, "namespace": "sandbox"},
        server.control_token,
    )
    assert status == 200
    with pytest.raises(openai.APIConnectionError):
        await client.batches.retrieve("batch_x")
    with pytest.raises(openai.NotFoundError):
        await client.batches.retrieve("batch_x")


def test_context_manager_and_errors(make_server: Callable[..., SandboxServer]) -> None:
    with SandboxServer(speed=0) as srv:
        assert srv.base_url("sandbox") == f"{srv.root}/v1"
        assert srv.base_url("intl").endswith("/intl/compatible-mode/v1")
        assert srv.base_url("cn").endswith("/cn/compatible-mode/v1")
        with pytest.raises(ValueError):
            srv.base_url("mars")
        with pytest.raises(RuntimeError):
            srv.start()
        port = int(srv.root.rsplit(":", 1)[1])
        with pytest.raises(OSError):
            SandboxServer(port=port).start()
    with pytest.raises(RuntimeError):
        srv.base_url("sandbox")
