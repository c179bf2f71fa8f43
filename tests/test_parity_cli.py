"""CLI parity (issue 11): ``rerun``, ``files``, ``keys`` and ``jobs --since/--until`` run as the real
``desktop-app-cli`` process against a live sandbox, and give the window's answers (the same service calls)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import workflow
from desktop_app.core.batch import BatchInfo
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.ledger import JobRecord, JobRelation, Ledger
from desktop_app.core.paths import app_paths
from desktop_app.core.regions import SANDBOX, builtin_region
from desktop_app.core.service import BatchService
from desktop_app.sandbox.server import SandboxServer, SandboxTiming
from desktop_app.services.job_actions import REASONS, can_cancel, can_rerun

ENDPOINT = "/v1/chat/completions"
SANDBOX_OPTIONS = {
    "speed": 0.0,  # frozen: each test moves the clock itself
    "timing": SandboxTiming(validating_s=2, per_request_s=1, finalizing_s=1, cancelling_s=1),
}
pytestmark = pytest.mark.usefixtures("clean_faults")


def cli(*argv: object, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, in its own process (the app folders come from the test's environment)."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *map(str, argv)],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def where(srv: SandboxServer, namespace: str = "sandbox") -> list[str]:
    return ["--region", namespace, "--base-url", srv.base_url(namespace)]


def write_input(path: Path, n: int, bad_lines: tuple[int, ...] = ()) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            body: dict[str, Any] = {"model": "qwen-plus", "messages": [{"role": "user", "content": f"q{i}"}]}
            if i in bad_lines:
                body["temperature"] = 7  # refused by the model API every time
            handle.write(json.dumps({"custom_id": f"r{i}", "method": "POST", "url": ENDPOINT, "body": body}) + "\n")
    return path


INTL_KEY = "sk-sandbox-intl-parity"  # the sandbox's Singapore namespace: priced like the real region
INTL_ENV = {"DASHSCOPE_API_KEY": INTL_KEY}


def sandbox_service(srv: SandboxServer, namespace: str = "sandbox") -> BatchService:
    if namespace == "intl":
        return BatchService(builtin_region("intl"), INTL_KEY, base_url=srv.base_url("intl"))
    return BatchService(SANDBOX, "sandbox", base_url=srv.base_url("sandbox"))


def submitted(
    srv: SandboxServer, path: Path, name: str, *, finish: bool, download: bool = True, namespace: str = "sandbox"
) -> JobRecord:
    """A job submitted from this computer (the app's own ledger), finished and downloaded when asked."""

    async def go() -> JobRecord:
        service = sandbox_service(srv, namespace)
        try:
            with Ledger() as ledger:
                lines = len(path.read_text(encoding="utf-8").splitlines())
                job = await workflow.submit_file(
                    service, ledger, path, name=name, endpoint=ENDPOINT, model="qwen-plus", request_count=lines
                )
                if not finish:
                    return job
                srv.clock.advance(60)
                job = await workflow.refresh_job(service, ledger, job)
                if download:
                    job = await workflow.download_results(service, ledger, job, app_paths().ensure().results)
                return job
        finally:
            await service.aclose()

    return asyncio.run(go())


def ledger_job(job_id: int) -> JobRecord:
    with Ledger() as ledger:
        found = ledger.get(job_id)
    assert found is not None
    return found


# ---- rerun ------------------------------------------------------------------------------------------


def test_rerun_sends_exactly_the_failed_requests_once_and_refuses_a_second(srv: SandboxServer, tmp_path: Path) -> None:
    """In a priced region (the sandbox's Singapore namespace): the estimate and the cap come first."""
    parent = submitted(
        srv, write_input(tmp_path / "in.jsonl", 4, bad_lines=(1, 2)), "four", finish=True, namespace="intl"
    )
    assert parent.has_local_results and parent.result_failed == 2
    before = srv.batch_count("intl")

    capped = cli("rerun", parent.batch_id, *where(srv, "intl"), "--max-cost", "0.000000001", env=INTL_ENV)
    assert capped.returncode == 1, capped.stderr
    assert "Nothing was sent." in capped.stderr and srv.batch_count("intl") == before

    done = cli("rerun", parent.batch_id, *where(srv, "intl"), env=INTL_ENV)
    assert done.returncode == 0, done.stderr
    assert "Re-run of the failed and missing requests:" in done.stdout
    assert "2 requests to qwen-plus" in done.stdout  # the estimate of the re-run's own file, printed first
    assert "Re-run submitted: 2 request(s) as batch_" in done.stdout
    assert srv.batch_count("intl") == before + 1  # exactly one bill
    with Ledger() as ledger:
        [child] = ledger.children(parent.id)
    assert child.relation == JobRelation.RERUN and child.request_count == 2
    original = (tmp_path / "in.jsonl").read_bytes().splitlines()
    assert Path(str(child.input_path)).read_bytes().splitlines() == [original[1], original[2]]

    again = cli("rerun", parent.batch_id, *where(srv, "intl"), "--json", env=INTL_ENV)
    assert again.returncode == 1
    assert json.loads(again.stdout)["error"] == REASONS["rerun_open"].english  # the window's words
    assert srv.batch_count("intl") == before + 1


@pytest.mark.asyncio
async def test_two_reruns_at_once_bill_once(srv: SandboxServer, tmp_path: Path) -> None:
    """Both pass the family check before either is recorded (a window and a CLI at the same moment): the
    reservation in the ledger transaction lets exactly one through."""
    from desktop_app.services import rerun as rerun_service

    parent = await asyncio.to_thread(
        submitted, srv, write_input(tmp_path / "in.jsonl", 3, bad_lines=(0,)), "race", finish=True
    )
    before = srv.batch_count()
    checked = asyncio.Event()
    arrived = 0

    async def gate(_path: Path) -> None:  # each waits here until both have passed every check
        nonlocal arrived
        arrived += 1
        if arrived == 2:
            checked.set()
        await asyncio.wait_for(checked.wait(), 10)

    service = sandbox_service(srv)
    try:
        with Ledger() as ledger:
            results = app_paths().ensure().results
            outcomes = await asyncio.gather(
                rerun_service.rerun(service, ledger, parent, results, before_submit=gate),
                rerun_service.rerun(service, ledger, parent, results, before_submit=gate),
                return_exceptions=True,
            )
            children = ledger.children(parent.id)
    finally:
        await service.aclose()
    made = [o for o in outcomes if isinstance(o, JobRecord)]
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(made) == 1 and len(refused) == 1, outcomes
    assert isinstance(refused[0], BatchDeskError) and refused[0].user_message == REASONS["rerun_open"].english
    assert srv.batch_count() == before + 1 and len(children) == 1


def test_window_and_cli_give_the_same_answer_for_each_job_action(srv: SandboxServer, tmp_path: Path) -> None:
    """For each state, the window's controller and the CLI ask the same ``services.job_actions`` rule and
    refuse with the same reason."""
    from desktop_app.core.secrets import KeyStore
    from desktop_app.core.settings import Settings
    from desktop_app.ui.controller import AppController

    running = submitted(srv, write_input(tmp_path / "run.jsonl", 3), "running", finish=False)
    clean = submitted(srv, write_input(tmp_path / "ok.jsonl", 2), "all fine", finish=True)
    waiting = submitted(
        srv, write_input(tmp_path / "late.jsonl", 2, bad_lines=(0,)), "not here", finish=True, download=False
    )
    cases = [
        # (job, action, the rule's answer, the CLI command)
        (running, "rerun", can_rerun(ledger_job(running.id), []), "rerun"),
        (waiting, "rerun", can_rerun(ledger_job(waiting.id), []), "rerun"),
        (clean, "rerun", can_rerun(ledger_job(clean.id), []), "rerun"),
        (clean, "cancel", can_cancel(ledger_job(clean.id)), "cancel"),
    ]
    assert [rule.reason for _, _, rule, _ in cases] == [
        "not_downloaded",
        "not_downloaded",
        "nothing_to_rerun",
        "already_ended",
    ]

    async def window_answers() -> list[str]:
        paths = app_paths().ensure()
        answers = []
        with Ledger() as ledger:
            controller = AppController(
                paths, ledger, KeyStore(), Settings(paths.settings_file), srv.base_url("sandbox")
            )
            try:
                for job, action, _rule, _command in cases:
                    record = ledger.get(job.id)
                    assert record is not None
                    try:
                        await (controller.rerun(record) if action == "rerun" else controller.cancel(record))
                    except BatchDeskError as exc:
                        answers.append(exc.user_message)
                    else:
                        answers.append("(allowed)")
            finally:
                await controller.aclose()
        return answers

    before = srv.batch_count()
    window = asyncio.run(window_answers())
    for (job, action, rule, command), said in zip(cases, window, strict=True):
        result = cli(command, job.batch_id, *where(srv))
        assert result.returncode == 1, (action, result.stderr)
        assert said == rule.message, (action, said)
        assert rule.message in result.stderr, (action, result.stderr)
    assert srv.batch_count() == before  # no refusal sent anything


# ---- files ------------------------------------------------------------------------------------------


def test_files_list_delete_and_quota(srv: SandboxServer, tmp_path: Path) -> None:
    job = submitted(srv, write_input(tmp_path / "mine.jsonl", 2), "file owner", finish=True)
    assert job.input_file_id

    async def server_files() -> set[str]:
        service = sandbox_service(srv)
        try:
            return {f.id for f in await service.list_files(limit=100)}
        finally:
            await service.aclose()

    on_server = asyncio.run(server_files())
    assert job.input_file_id in on_server

    listed = cli("files", *where(srv), "list")
    assert listed.returncode == 0, listed.stderr
    assert "FILE ID" in listed.stdout and job.input_file_id in listed.stdout
    assert "input of “file owner”" in listed.stdout  # the Files dialog's "Used by", from the same rule
    as_json = cli("files", "list", *where(srv), "--json")  # the options after the action work too
    assert as_json.returncode == 0, as_json.stderr
    rows = {f["id"]: f for f in json.loads(as_json.stdout)["files"]}
    assert set(rows) == on_server
    assert rows[job.input_file_id]["used_by"] == {"role": "input", "job": "file owner", "job_id": job.id}

    quota = cli("files", *where(srv), "quota", "--json")
    assert quota.returncode == 0, quota.stderr
    assert json.loads(quota.stdout)["files"] == len(on_server)
    assert "files" in cli("files", *where(srv), "quota").stdout

    unconfirmed = cli("files", *where(srv), "delete", job.input_file_id)
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    assert job.input_file_id in asyncio.run(server_files())  # nothing deleted without --yes

    deleted = cli("files", *where(srv), "delete", job.input_file_id, "--yes")
    assert deleted.returncode == 0, deleted.stderr
    assert f"deleted {job.input_file_id}" in deleted.stdout and "Deleted 1 file(s)" in deleted.stdout
    assert job.input_file_id not in asyncio.run(server_files())  # gone from the server
    assert ledger_job(job.id).remote_input_deleted_at is not None  # and the job knows it
    assert job.input_file_id not in cli("files", *where(srv), "list").stdout


# ---- keys -------------------------------------------------------------------------------------------


def test_keys_set_list_test_delete_never_show_the_key(srv: SandboxServer, tmp_path: Path, app_home: Path) -> None:
    env = {
        "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
        "BATCH_DESK_TEST_KEYRING": str(tmp_path / "keychain.json"),
    }
    secret = "sk-sandbox-intl-" + uuid.uuid4().hex
    wrong = "sk-not-for-cn-" + uuid.uuid4().hex
    runs: list[subprocess.CompletedProcess[str]] = []

    def keys(*argv: object, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        result = cli("keys", *argv, stdin=stdin, env=env)
        runs.append(result)
        return result

    empty = keys("set", "intl", stdin="\n")
    assert empty.returncode == 2 and "no key to save" in empty.stderr
    saved = keys("set", "intl", stdin=secret + "\n")
    assert saved.returncode == 0, saved.stderr
    assert "Saved in the system keychain." in saved.stdout and f"…{secret[-4:]}" in saved.stdout
    assert keys("set", "cn", stdin=wrong + "\n").returncode == 0
    assert keys("set", "sandbox", stdin="x\n").returncode == 2  # the sandbox needs none

    listed = keys("list")
    assert listed.returncode == 0
    assert f"sk-…{secret[-4:]}" in listed.stdout and "FileKeyring" in listed.stdout
    states = {k["region"]: k for k in json.loads(keys("list", "--json").stdout)["keys"]}
    assert states["intl"]["has_key"] and states["cn"]["has_key"]

    works = keys("test", "intl", "--base-url", srv.base_url("intl"))
    assert works.returncode == 0, works.stderr
    assert "The key works" in works.stdout
    refused = keys("test", "cn", "--base-url", srv.base_url("cn"))
    assert refused.returncode == 1 and "refused" in refused.stderr

    removed = keys("delete", "intl")
    assert removed.returncode == 0 and "has no key now" in removed.stdout
    assert not json.loads(keys("list", "--json").stdout)["keys"][0]["has_key"]
    missing = keys("test", "intl", "--base-url", srv.base_url("intl"))
    assert missing.returncode == 2 and "no API key" in missing.stderr

    # The keys were never shown, logged or written in plain text anywhere (the test keychain encodes them).
    for key in (secret, wrong):
        for result in runs:
            assert key not in result.stdout and key not in result.stderr
            assert key not in " ".join(map(str, result.args))
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert key.encode() not in path.read_bytes(), path
    assert any((app_home).rglob("*.log")), "the commands wrote their log (it was checked too)"


# ---- jobs --since / --until -------------------------------------------------------------------------


def test_jobs_since_until_take_whole_local_days(tmp_path: Path) -> None:
    def at(text: str) -> int:
        return int(dt.datetime.fromisoformat(text).timestamp())  # this computer's local time, as the window

    with Ledger() as ledger:
        for batch_id, when in (
            ("batch_late_30th", "2026-11-30 23:59:30"),
            ("batch_early_1st", "2026-12-01 00:00:10"),
            ("batch_3rd", "2026-12-03 12:00:00"),
        ):
            info = BatchInfo.from_api({"id": batch_id, "status": "completed", "created_at": at(when)})
            ledger.update_from_batch("sandbox", info)

    def shown(*argv: str) -> list[str]:
        result = cli("jobs", "--offline", "--json", *argv)
        assert result.returncode == 0, result.stderr
        return sorted(j["batch_id"] for j in json.loads(result.stdout)["jobs"])

    assert shown("--since", "2026-12-01", "--until", "2026-12-01") == ["batch_early_1st"]
    assert shown("--until", "2026-11-30") == ["batch_late_30th"]  # the end day counts to 23:59:59
    assert shown("--since", "2026-12-02") == ["batch_3rd"]
    assert len(shown()) == 3
    bad = cli("jobs", "--offline", "--since", "1.12.2026")
    assert bad.returncode == 2 and "--since must be a date like 2026-12-06" in bad.stderr
    backwards = cli("jobs", "--offline", "--since", "2026-12-03", "--until", "2026-12-01")
    assert backwards.returncode == 2 and "no job can match" in backwards.stderr


# ---- submit of a file too large for one batch ---------------------------------------------------------


def test_submit_splits_a_file_over_the_limits_into_one_group_and_merges_the_answers(
    srv: SandboxServer, tmp_path: Path
) -> None:
    """150 requests to the test model (at most 100 per file): two parts, one group, one merged CSV — the
    window's "Submit as 2 parts"."""
    import csv
    import io
    import time

    src = tmp_path / "big.jsonl"
    with open(src, "w", encoding="utf-8") as handle:
        for i in range(150):
            body = {"model": "batch-test-model", "messages": [{"role": "user", "content": f"q{i}"}]}
            line = {"custom_id": f"{i:04d}", "method": "POST", "url": "/v1/chat/ds-test", "body": body}
            handle.write(json.dumps(line) + "\n")
    before = srv.batch_count()
    out_dir = tmp_path / "answers"
    argv = ["submit", src, *where(srv), "--name", "big", "--wait", "--poll-every", "0.1", "-o", out_dir, "--json"]
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.cli", *map(str, argv)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        deadline = time.monotonic() + 60
        while srv.batch_count() < before + 2 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        srv.clock.advance(1_000)  # both parts run to the end
        stdout, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert srv.batch_count() == before + 2  # two parts, each billed once
    shown = json.loads(stdout)
    assert [job["name"] for job in shown["jobs"]] == ["big (part 1 of 2)", "big (part 2 of 2)"]
    assert [job["request_counts"]["total"] for job in shown["jobs"]] == [100, 50]
    with Ledger() as ledger:
        parts = ledger.group(shown["group_id"])
    assert [p.part_index for p in parts] == [0, 1] and all(p.relation == JobRelation.PART for p in parts)
    joined = b"".join(Path(str(p.input_path)).read_bytes() for p in parts)
    assert joined == src.read_bytes()  # the parts are the file, cut
    table = list(csv.reader(io.StringIO((out_dir / "results.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert [row[0] for row in table[1:]] == [f'="{i:04d}"' for i in range(150)]  # every part, in order
    assert all(row[1] == "succeeded" for row in table[1:])


def test_download_group_waits_for_every_part_then_writes_one_file_in_the_files_order(
    srv: SandboxServer, tmp_path: Path
) -> None:
    """A split file submitted without --wait: `download --group` names the parts still running, then
    fetches every part and writes one results.csv and results.xlsx in the file's order; a part's own
    download says it is one part of several."""
    import csv
    import io

    import openpyxl

    src = tmp_path / "big.jsonl"
    with open(src, "w", encoding="utf-8") as handle:
        for i in range(150):
            body = {"model": "batch-test-model", "messages": [{"role": "user", "content": f"問{i}"}]}
            line = {"custom_id": f"{i:04d}", "method": "POST", "url": "/v1/chat/ds-test", "body": body}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    before = srv.batch_count()
    submitted = cli("submit", src, *where(srv), "--name", "big", "--json")
    assert submitted.returncode == 0, submitted.stderr
    first, second = (job["batch_id"] for job in json.loads(submitted.stdout)["jobs"])
    early = cli("download", second, *where(srv), "--group", "-o", tmp_path / "early")
    assert early.returncode == 1
    assert "2 of 2 parts are not finished" in early.stderr and "try again later" in early.stderr
    assert not (tmp_path / "early" / "results.csv").exists()

    srv.clock.advance(1_000)
    one = cli("download", first, *where(srv), "-o", tmp_path / "one")
    assert one.returncode == 0, one.stderr
    assert f"part 1 of 2 of a split file: `download --group {first}`" in one.stdout
    out_dir = tmp_path / "all"
    merged = cli("download", second, *where(srv), "--group", "--xlsx", "-o", out_dir)
    assert merged.returncode == 0, merged.stderr
    table = list(csv.reader(io.StringIO((out_dir / "results.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert [row[0] for row in table[1:]] == [f'="{i:04d}"' for i in range(150)]  # both parts, in order
    sheet = openpyxl.load_workbook(out_dir / "results.xlsx", read_only=True)["Results"]
    ids = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert ids == [f"{i:04d}" for i in range(150)]
    assert srv.batch_count() == before + 2, "two parts, and downloading never submits"

    with Ledger() as ledger:
        job = ledger.update_from_batch("sandbox", BatchInfo.from_api({"id": "batch_alone", "status": "completed"}))
    alone = cli("download", str(job.batch_id), *where(srv), "--group", "-o", tmp_path / "x")
    assert alone.returncode == 2 and "is not a part of a split file" in alone.stderr


def test_rerun_wait_downloads_and_writes_the_original_jobs_merged_results(srv: SandboxServer, tmp_path: Path) -> None:
    """`rerun --wait -o DIR`: the re-run is waited for and downloaded, and DIR gets the original job's
    results (every row, in its order, the re-run's answers merged) — as `submit --wait -o` does."""
    import csv
    import io
    import time

    parent = submitted(srv, write_input(tmp_path / "in.jsonl", 4, bad_lines=(1, 2)), "four", finish=True)
    before = srv.batch_count()
    out_dir = tmp_path / "merged"
    argv = ["rerun", parent.batch_id, *where(srv), "--wait", "--poll-every", "0.1", "-o", out_dir, "--xlsx"]
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.cli", *map(str, argv)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        deadline = time.monotonic() + 60
        while srv.batch_count() == before and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        srv.clock.advance(1_000)
        stdout, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 1, stderr  # the two requests fail again: not complete, said by the code
    assert "Re-run submitted: 2 request(s) as batch_" in stdout and "status: completed" in stdout
    assert srv.batch_count() == before + 1
    with Ledger() as ledger:
        [child] = ledger.children(parent.id)
    assert child.has_local_results
    table = list(csv.reader(io.StringIO((out_dir / "results.csv").read_text(encoding="utf-8-sig"), newline="")))
    header = table[0]
    assert [row[0] for row in table[1:]] == ["r0", "r1", "r2", "r3"]  # the original job's rows, in order
    status = header.index("status")
    assert [row[status] for row in table[1:]] == ["succeeded", "failed", "failed", "succeeded"]
    assert (out_dir / "results.xlsx").stat().st_size > 0
