"""'Submit again' for a job that was not created: one reservation, the old row replaced, never twice."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from desktop_app.core import workflow
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.ledger import Ledger, LocalState
from desktop_app.core.regions import SANDBOX
from desktop_app.core.service import BatchService, RetryPolicy
from desktop_app.sandbox.server import SandboxServer
from desktop_app.services import job_actions, resubmit

ENDPOINT = "/v1/chat/completions"


@pytest.fixture
def srv() -> Iterator[SandboxServer]:
    server = SandboxServer(speed=0)
    server.start()
    yield server
    server.stop()


@pytest_asyncio.fixture
async def svc(srv: SandboxServer) -> AsyncIterator[BatchService]:
    retry = RetryPolicy(attempts=2, base=0.01, cap=0.02, jitter=0)
    async with BatchService(SANDBOX, "sk-test", base_url=srv.base_url("sandbox"), retry=retry) as service:
        yield service


def write_input(path: Path, n: int = 5) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            body = {"model": "qwen-plus", "messages": [{"role": "user", "content": f"評価 {i}"}]}
            handle.write(json.dumps({"custom_id": f"r{i}", "method": "POST", "url": ENDPOINT, "body": body}) + "\n")
    return path


async def not_created(svc: BatchService, ledger: Ledger, srv: SandboxServer, src: Path) -> workflow.JobRecord:
    """A 502 that made nothing: Unconfirmed, then Not created once the settle period passed."""
    srv.faults.add("create", status=502, times=1)
    job = await workflow.submit_file(
        svc, ledger, src, name="レビュー", endpoint=ENDPOINT, model="qwen-plus", metadata={"team": "ops"}
    )
    assert job.status == LocalState.CREATE_UNKNOWN
    later = time.time() + workflow.CREATE_SETTLE_S + 1
    [job] = await workflow.reconcile_unfinished(svc, ledger, now=lambda: later)
    assert job.status == LocalState.CREATE_FAILED
    return job


@pytest.mark.asyncio
async def test_submit_again_replaces_the_not_created_job(svc: BatchService, srv: SandboxServer, tmp_path: Path) -> None:
    src = write_input(tmp_path / "in.jsonl")
    with Ledger(tmp_path / "ledger.sqlite3") as ledger:
        old = await not_created(svc, ledger, srv, src)
        assert job_actions.can_submit_again(old)
        new = await resubmit.submit_again(svc, ledger, old)
        assert new.batch_id and new.id != old.id
        assert (new.name, new.model, new.endpoint, new.metadata.get("team")) == (
            "レビュー",
            "qwen-plus",
            ENDPOINT,
            "ops",
        )
        assert [j.id for j in ledger.jobs()] == [new.id], "the Not created row is replaced, not kept beside it"
        # The old record pressed again (a second window that still shows it): refused, nothing sent.
        with pytest.raises(BatchDeskError) as info:
            await resubmit.submit_again(svc, ledger, old)
        assert "already" in info.value.user_message
    assert srv.batch_count() == 1


@pytest.mark.asyncio
async def test_two_presses_of_submit_again_make_one_batch(
    svc: BatchService, srv: SandboxServer, tmp_path: Path
) -> None:
    src = write_input(tmp_path / "in.jsonl")
    with Ledger(tmp_path / "ledger.sqlite3") as ledger:
        old = await not_created(svc, ledger, srv, src)
        outcomes = await asyncio.gather(
            *(resubmit.submit_again(svc, ledger, old) for _ in range(3)), return_exceptions=True
        )
        made = [o for o in outcomes if not isinstance(o, BaseException)]
        assert len(made) == 1, outcomes
        assert all(isinstance(o, BatchDeskError) for o in outcomes if isinstance(o, BaseException)), outcomes
        assert len(ledger.jobs()) == 1
    assert srv.batch_count() == 1


@pytest.mark.asyncio
async def test_submit_again_is_only_for_jobs_that_were_not_created(
    svc: BatchService, srv: SandboxServer, tmp_path: Path
) -> None:
    src = write_input(tmp_path / "in.jsonl")
    with Ledger(tmp_path / "ledger.sqlite3") as ledger:
        srv.faults.add("create", status=502, times=1)
        unconfirmed = await workflow.submit_file(svc, ledger, src, name="x", endpoint=ENDPOINT, model="qwen-plus")
        decision = job_actions.can_submit_again(unconfirmed)
        assert not decision and "cannot tell yet" in decision.message
        with pytest.raises(BatchDeskError):
            await resubmit.submit_again(svc, ledger, unconfirmed)

        created = await workflow.submit_file(
            svc, ledger, write_input(tmp_path / "b.jsonl", 3), name="y", endpoint=ENDPOINT, model="qwen-plus"
        )
        assert not job_actions.can_submit_again(created)
    assert srv.batch_count() == 1  # the created one; the unconfirmed 502 made nothing and nothing was resent


@pytest.mark.asyncio
async def test_a_changed_file_is_not_submitted_again(svc: BatchService, srv: SandboxServer, tmp_path: Path) -> None:
    src = write_input(tmp_path / "in.jsonl")
    with Ledger(tmp_path / "ledger.sqlite3") as ledger:
        old = await not_created(svc, ledger, srv, src)
        src.write_text(src.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        with pytest.raises(BatchDeskError) as info:
            await resubmit.submit_again(svc, ledger, old)
        assert "changed or is gone" in info.value.user_message
        assert [j.status for j in ledger.jobs()] == [LocalState.CREATE_FAILED]
    assert srv.batch_count() == 0
