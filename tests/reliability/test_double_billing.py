"""Never bill twice: the four ways one file became two batches, each ending with exactly one.

Every test counts the batches the *server* holds (``SandboxServer.batch_count``), not rows in our
ledger. The server lies the way real gateways do: a create answers 5xx or drops the connection after
the batch was made, or the backend makes it a moment after the gateway gave up (``late``), and the
batch list lags behind creates (``list_lag``). The CLI runs as real processes (a real SIGKILL mid-
create, two submits at the same moment); the window gets repeated key presses queued in one loop turn.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import workflow
from desktop_app.core.ledger import Ledger, LocalState
from desktop_app.core.regions import SANDBOX
from desktop_app.core.service import BatchService, RetryPolicy
from desktop_app.sandbox.server import SandboxServer
from tests.reliability.conftest import record

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL: POSIX only")

ENDPOINT = "/v1/chat/completions"
LIST_LAG_S = 4.0  # the batch list shows a new batch this many real seconds after it was made
CLI_TIMEOUT_S = 60
EXIT_PROBLEMS = 1


@pytest.fixture
def srv() -> Iterator[SandboxServer]:
    """A sandbox whose clock stands still (jobs stay validating) and whose list lags behind creates."""
    server = SandboxServer(speed=0)
    server.start()
    server.list_lag = LIST_LAG_S
    yield server
    server.stop()


def write_input(path: Path, n: int = 20, tag: str = "") -> Path:
    """A billed (qwen-plus) batch file: the free test model is exempt from the duplicate rule."""
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            body = {"model": "qwen-plus", "messages": [{"role": "user", "content": f"{tag} 質問 {i}"}]}
            handle.write(json.dumps({"custom_id": f"r{i}", "method": "POST", "url": ENDPOINT, "body": body}) + "\n")
    return path


def cli_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DASHSCOPE_API_KEY", "BATCH_DESK_HOME")}
    env["BATCH_DESK_HOME"] = str(home)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def cli_argv(srv: SandboxServer, *args: object) -> list[str]:
    return [
        sys.executable,
        "-m",
        "desktop_app.cli",
        *(str(a) for a in args),
        "--region",
        "sandbox",
        "--base-url",
        srv.base_url("sandbox"),
    ]


# Runs the real CLI, but holds it at the door of ``workflow.submit_file`` until the test opens it, so
# several processes enter the submit at the same instant (their start-up times differ by far more
# than the width of a check-then-record race). No production code knows about it.
BARRIER_DRIVER = r"""
import os, sys, time
from pathlib import Path

barrier, argv = Path(sys.argv[1]), sys.argv[2:]
from desktop_app.core import workflow

real = workflow.submit_file


async def submit_file(*args, **kwargs):
    (barrier / f"ready-{os.getpid()}").touch()
    while not (barrier / "go").exists():
        time.sleep(0.0002)  # block the loop on purpose: leave the door together
    return await real(*args, **kwargs)


workflow.submit_file = submit_file
from desktop_app.cli import main

sys.exit(main(argv))
"""


def cli(home: Path, srv: SandboxServer, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_argv(srv, *args), env=cli_env(home), capture_output=True, text=True, timeout=CLI_TIMEOUT_S
    )


def settle_count(srv: SandboxServer, wait_s: float = LIST_LAG_S + 2.0) -> int:
    """The server's batch count once every late create had its chance to land."""
    time.sleep(wait_s)
    return srv.batch_count()


def ledger_jobs(home: Path) -> list[Any]:
    with Ledger(home / "data" / "ledger.sqlite3") as ledger:
        return ledger.jobs()


# ---- 1. ambiguous create, then "not there yet" -------------------------------------------------

AMBIGUOUS_CREATES = {
    "500 after creating": {"status": 500, "after_effect": True},
    "502, made a moment later": {"status": 502, "late": 1.0},
    "504 after creating": {"status": 504, "after_effect": True},
    "connection dropped after creating": {"drop": True, "after_effect": True},
}


@pytest.mark.parametrize("fault", list(AMBIGUOUS_CREATES.values()), ids=list(AMBIGUOUS_CREATES))
def test_ambiguous_create_with_a_lagging_list_makes_one_batch(
    srv: SandboxServer, tmp_path: Path, fault: dict[str, Any]
) -> None:
    home = tmp_path / "home"
    src = write_input(tmp_path / "reviews.jsonl")
    srv.faults.add("create", times=None, **fault)

    first = cli(home, srv, "submit", src, "--name", "reviews")
    assert first.returncode == EXIT_PROBLEMS, first.stdout + first.stderr
    said = first.stdout + first.stderr
    assert "cannot tell yet" in said and "Don't submit the file again" in said
    assert "try again" not in said.lower()
    [job] = ledger_jobs(home)
    assert job.status == LocalState.CREATE_UNKNOWN and job.batch_id is None

    # The user presses it again at once, and once more: refused, nothing uploaded, nothing created.
    for _ in range(2):
        again = cli(home, srv, "submit", src, "--name", "reviews")
        assert again.returncode == EXIT_PROBLEMS, again.stdout + again.stderr
        assert "cannot tell yet" in again.stderr and "--again" not in again.stderr
    assert len(ledger_jobs(home)) == 1

    # The service made exactly one batch, and once the list catches up `jobs` finds it on the same job.
    assert settle_count(srv) == 1
    listed = json.loads(cli(home, srv, "jobs", "--json").stdout)["jobs"]
    [row] = [j for j in listed if j["job_id"] == job.id]
    assert row["batch_id"] and row["status"] == "validating", row
    assert srv.batch_count() == 1
    name = next(k for k, v in AMBIGUOUS_CREATES.items() if v == fault)
    record("double billing", f"ambiguous create: {name}", duplicates=srv.batch_count() - 1)


@pytest.mark.asyncio
async def test_unconfirmed_becomes_not_created_only_after_the_settle_period(srv: SandboxServer, tmp_path: Path) -> None:
    """A 5xx that really made nothing: Unconfirmed while it could still appear, then Not created —
    and only then may the same bytes go again."""
    srv.faults.add("create", status=502, times=1)  # refused before anything happened (the app cannot know)
    src = write_input(tmp_path / "in.jsonl")
    with Ledger(tmp_path / "ledger.sqlite3") as ledger:
        retry = RetryPolicy(attempts=2, base=0.01, cap=0.02, jitter=0)
        async with BatchService(SANDBOX, "sk-test", base_url=srv.base_url("sandbox"), retry=retry) as service:
            job = await workflow.submit_file(service, ledger, src, name="x", endpoint=ENDPOINT, model="qwen-plus")
            assert job.status == LocalState.CREATE_UNKNOWN
            with pytest.raises(workflow.AlreadySubmitted):
                await workflow.submit_file(service, ledger, src, name="x", endpoint=ENDPOINT, model="qwen-plus")

            # Minutes pass with the service answering and the batch absent — but not the settle period.
            soon = time.time() + workflow.CREATE_SETTLE_S - 60
            [still] = await workflow.reconcile_unfinished(service, ledger, now=lambda: soon)
            assert still.status == LocalState.CREATE_UNKNOWN

            later = time.time() + workflow.CREATE_SETTLE_S + 1
            [gone] = await workflow.reconcile_unfinished(service, ledger, now=lambda: later)
            assert gone.status == LocalState.CREATE_FAILED
            assert gone.last_error and "You can submit the file again" in gone.last_error

            again = await workflow.submit_file(service, ledger, src, name="x", endpoint=ENDPOINT, model="qwen-plus")
            assert again.batch_id
    assert srv.batch_count() == 1


# ---- 2. killed mid-create ----------------------------------------------------------------------


def test_kill_while_create_is_in_flight_makes_one_batch(srv: SandboxServer, tmp_path: Path) -> None:
    home = tmp_path / "home"
    src = write_input(tmp_path / "killed.jsonl")
    # The service makes the batch at once and sits on the answer; the list lags behind.
    srv.faults.add("create", after_effect=True, delay=30.0)
    proc = subprocess.Popen(
        cli_argv(srv, "submit", src, "--name", "killed"),
        env=cli_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while srv.batch_count() == 0:
            assert proc.poll() is None, f"the CLI ended before its create arrived (exit {proc.returncode})"
            assert time.monotonic() < deadline, "the create never reached the sandbox"
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
    finally:
        assert proc.wait(timeout=10) == -signal.SIGKILL
    [job] = ledger_jobs(home)
    assert job.status == LocalState.CREATING and job.batch_id is None

    # Next start: the list does not show the batch yet. Unknown, not absent.
    listed = json.loads(cli(home, srv, "jobs", "--json").stdout)["jobs"]
    [row] = [j for j in listed if j["job_id"] == job.id]
    assert row["status"] == "create_unknown", row
    assert "submit the file again" not in row["last_error"].replace("Don't submit the file again", "")

    # The user submits again: refused.
    again = cli(home, srv, "submit", src, "--name", "killed")
    assert again.returncode == EXIT_PROBLEMS and "cannot tell yet" in again.stderr, again.stdout + again.stderr

    # Once the list catches up, the job gets its batch. One batch on the server, one job in the ledger.
    time.sleep(LIST_LAG_S + 0.5)
    listed = json.loads(cli(home, srv, "jobs", "--json").stdout)["jobs"]
    [row] = [j for j in listed if j["job_id"] == job.id]
    assert row["batch_id"], row
    assert srv.batch_count() == 1 and len(ledger_jobs(home)) == 1
    record("double billing", "SIGKILL while create is in flight, list lagging", duplicates=srv.batch_count() - 1)


# ---- 3. two processes at once ------------------------------------------------------------------


def test_two_submits_at_the_same_moment_make_one_batch(srv: SandboxServer, tmp_path: Path) -> None:
    srv.list_lag = 0.0
    home = tmp_path / "home"
    rounds, per_round = 4, 3
    for round_ in range(rounds):
        src = write_input(tmp_path / f"same-{round_}.jsonl", n=2000, tag=f"round {round_}")
        barrier = tmp_path / f"barrier-{round_}"
        barrier.mkdir()
        before = srv.batch_count()
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", BARRIER_DRIVER, str(barrier), *cli_argv(srv, "submit", src)[3:]],
                env=cli_env(home),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(per_round)
        ]
        deadline = time.monotonic() + CLI_TIMEOUT_S
        while len(list(barrier.glob("ready-*"))) < per_round:
            assert time.monotonic() < deadline and all(p.poll() is None for p in procs), "a submit never got ready"
            time.sleep(0.01)
        (barrier / "go").touch()
        results = [(p.wait(timeout=CLI_TIMEOUT_S), *p.communicate()) for p in procs]
        codes = sorted(code for code, _, _ in results)
        assert srv.batch_count() - before == 1, results
        assert codes == [0] + [EXIT_PROBLEMS] * (per_round - 1), results
        refused = [err for code, _, err in results if code == EXIT_PROBLEMS]
        assert all("already submitted" in err or "cannot tell yet" in err for err in refused), refused
    assert srv.batch_count() == rounds
    record("double billing", f"{per_round} CLI submits of one file at once, {rounds} rounds", duplicates=0)


@pytest.mark.asyncio
async def test_submits_started_in_one_loop_turn_make_one_batch(srv: SandboxServer, tmp_path: Path) -> None:
    srv.list_lag = 0.0
    src = write_input(tmp_path / "in.jsonl")
    with Ledger(tmp_path / "ledger.sqlite3") as ledger:
        async with BatchService(SANDBOX, "sk-test", base_url=srv.base_url("sandbox")) as service:
            outcomes = await asyncio.gather(
                *(
                    workflow.submit_file(service, ledger, src, name="x", endpoint=ENDPOINT, model="qwen-plus")
                    for _ in range(4)
                ),
                return_exceptions=True,
            )
    made = [o for o in outcomes if not isinstance(o, BaseException)]
    refused = [o for o in outcomes if isinstance(o, workflow.AlreadySubmitted)]
    assert len(made) == 1 and len(refused) == 3, outcomes
    assert srv.batch_count() == 1
