"""Fixtures for sandbox tests: servers on a frozen clock (speed 0) that move only when told to."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import openai
import pytest
import pytest_asyncio

from desktop_app.sandbox.server import SandboxServer
from tests.sandbox.helpers import KEYS, TIMING


@pytest.fixture
def make_server() -> Iterator[Callable[..., SandboxServer]]:
    """Start servers with custom arguments (speed 0 and TIMING unless given); all stop at teardown."""
    servers: list[SandboxServer] = []

    def make(**kwargs: Any) -> SandboxServer:
        kwargs.setdefault("speed", 0.0)
        kwargs.setdefault("timing", TIMING)
        server = SandboxServer(**kwargs)
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def server(make_server: Callable[..., SandboxServer]) -> SandboxServer:
    """One running sandbox with a frozen clock."""
    return make_server()


@pytest_asyncio.fixture
async def make_client(server: SandboxServer) -> AsyncIterator[Callable[..., openai.AsyncOpenAI]]:
    """Build AsyncOpenAI clients (no retries) for a namespace; all are closed on the test's loop."""
    clients: list[openai.AsyncOpenAI] = []

    def make(
        namespace: str = "sandbox", key: str | None = None, srv: SandboxServer | None = None, **kwargs: Any
    ) -> openai.AsyncOpenAI:
        target = srv or server
        client = openai.AsyncOpenAI(
            api_key=key or KEYS[namespace], base_url=target.base_url(namespace), max_retries=0, **kwargs
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


@pytest_asyncio.fixture
async def client(make_client: Callable[..., openai.AsyncOpenAI]) -> openai.AsyncOpenAI:
    """A client of the "sandbox" namespace."""
    return make_client()
