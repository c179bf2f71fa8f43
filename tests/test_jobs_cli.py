"""``desktop-app-cli submit | jobs | download | cancel`` against a running sandbox over loopback HTTP."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from desktop_app.core.ledger import Ledger
from desktop_app.core.regions import SANDBOX
from desktop_app.core.service import BatchService
from desktop_app.sandbox import answers
from desktop_app.sandbox.engine import Namespace
from desktop_app.sandbox.server import SandboxServer, SandboxTiming

ENDPOINT = "/v1/chat/completions"


SANDBOX_OPTIONS = {
    "speed": 1.0,
    "timing": SandboxTiming(validating_s=0.1, per_request_s=0.02, finalizing_s=0.05, cancelling_s=0.05),
}
pytestmark = pytest.mark.usefixtures("clean_faults")


def write_input(path: Path, n: int = 3, bad: tuple[int, ...] = ()) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            body: dict[str, Any] = {"model": "qwen-plus", "messages": [{"role": "user", "content": f"質問 {i}"}]}
            if i in bad:
                body["temperature"] = 7
            handle.write(json.dumps({"custom_id": f"{i:05d}", "method": "POST", "url": ENDPOINT, "body": body}) + "\n")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def sandbox_args(srv: SandboxServer) -> list[str]:
    return ["--region", "sandbox", "--base-url", srv.base_url("sandbox")]


def console_job(srv: SandboxServer, path: Path, name: str) -> str:
    """A job made outside the app (straight to the API): the ledger does not know it."""

    async def make() -> str:
        service = BatchService(SANDBOX, "x", base_url=srv.base_url("sandbox"))
        try:
            uploaded = await service.upload(path)
            return (await service.create(uploaded.id, ENDPOINT, name=name)).id
        finally:
            await service.aclose()

    return asyncio.run(make())


def test_submit_wait_downloads_and_records(
    srv: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_input(tmp_path / "questions.jsonl", 3)
    out_dir = tmp_path / "answers"
    code, out, err = run(
        capsys, "submit", src, *sandbox_args(srv), "--wait", "--poll-every", "0.1", "-o", out_dir, "--name", "CLI"
    )
    assert code == 0, err
    assert "Submitted questions.jsonl: 3 requests as batch_" in out
    assert "status: completed" in out and "tokens (answered requests)" in out
    table = list(csv.reader(io.StringIO((out_dir / "results.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert table[0][:2] == ["custom_id", "status"]
    assert [r[0] for r in table[1:]] == ['="00000"', '="00001"', '="00002"']  # ids with leading zeros stay text
    assert all(r[1] == "succeeded" for r in table[1:])
    assert (out_dir / "output.jsonl").exists()
    with Ledger() as ledger:
        [job] = [j for j in ledger.jobs() if j.name == "CLI"]
    assert job.region_id == "sandbox" and job.status == "completed" and job.verdict == "complete"
    assert job.input_path == str(src) and job.total_tokens and job.has_local_results


def test_submit_json_without_wait_then_jobs_json_shows_console_jobs(
    srv: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "submit", write_input(tmp_path / "a.jsonl"), *sandbox_args(srv), "--json")
    assert code == 0
    submitted = json.loads(out)["job"]
    assert submitted["batch_id"].startswith("batch_") and submitted["request_counts"]["total"] == 3
    console_id = console_job(srv, write_input(tmp_path / "c.jsonl", 2), "made in the console")

    code, out, _ = run(capsys, "jobs", *sandbox_args(srv), "--json")
    assert code == 0
    listed = {j["batch_id"]: j for j in json.loads(out)["jobs"]}
    assert {submitted["batch_id"], console_id} <= set(listed)
    assert listed[console_id]["name"] == "made in the console"
    assert listed[console_id]["region"] == "sandbox"

    code, out, _ = run(capsys, "jobs", *sandbox_args(srv), "--name", "console")
    assert code == 0 and "made in the console" in out and "NAME" in out
    assert submitted["batch_id"] not in out

    code, out, _ = run(capsys, "jobs", "--offline", "--status", "completed,in_progress,validating", "--json")
    assert code == 0 and json.loads(out)["jobs"]


def test_download_a_console_job_into_a_folder(
    srv: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    srv.clock.speed = 0.0  # frozen until advanced
    try:
        batch_id = console_job(srv, write_input(tmp_path / "c.jsonl", 2, bad=(1,)), "for download")
        code, _, err = run(capsys, "download", batch_id, *sandbox_args(srv), "-o", tmp_path / "early")
        assert code == 1 and "not finished yet" in err
        assert not (tmp_path / "early").exists()
        srv.clock.advance(5)
        code, out, err = run(capsys, "download", batch_id, *sandbox_args(srv), "-o", tmp_path / "dl", "--xlsx")
    finally:
        srv.clock.speed = 1.0
    assert code == 0, err
    assert "answers kept in:" in out and "verdict:" in out
    files = {p.name for p in (tmp_path / "dl").iterdir()}
    assert files == {"output.jsonl", "errors.jsonl", "results.csv", "results.xlsx"}
    text = (tmp_path / "dl" / "results.csv").read_text(encoding="utf-8-sig")
    assert "succeeded" in text and "failed" in text
    code, out, _ = run(capsys, "download", batch_id, *sandbox_args(srv), "-o", tmp_path / "dl2", "--json")
    assert code == 0 and json.loads(out)["job"]["verdict"] == "complete_with_failures"


def test_cancel(srv: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    srv.clock.speed = 0.0  # freeze: the job cannot finish before the cancel arrives
    try:
        code, out, _ = run(capsys, "submit", write_input(tmp_path / "long.jsonl", 20), *sandbox_args(srv), "--json")
        assert code == 0
        batch_id = json.loads(out)["job"]["batch_id"]
        code, out, err = run(capsys, "cancel", batch_id, *sandbox_args(srv))
        assert code == 0, err
        assert "Cancelling" in out and "ARE billed" in out
        srv.clock.advance(5)
        code, _, err = run(capsys, "cancel", batch_id, *sandbox_args(srv))
        assert code == 1 and "already ended (cancelled); there is nothing to cancel" in err
    finally:
        srv.clock.speed = 1.0


def test_server_that_omits_fields(
    srv: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    drop = ("id", "object", "errors", "metadata", "expires_at", "in_progress_at")
    real_get, real_list, real_line = Namespace.get_batch, Namespace.list_batches, answers.success_line

    def lean_get(self: Namespace, batch_id: str) -> dict[str, Any]:
        return {k: v for k, v in real_get(self, batch_id).items() if k not in drop}

    def lean_list(self: Namespace, query: Any) -> dict[str, Any]:
        return {"data": [{k: v for k, v in b.items() if k not in drop} for b in real_list(self, query)["data"]]}

    def lean_line(*args: Any) -> dict[str, Any]:
        line = real_line(*args)
        del line["id"], line["error"], line["response"]["request_id"]
        return line

    monkeypatch.setattr(Namespace, "get_batch", lean_get)
    monkeypatch.setattr(Namespace, "list_batches", lean_list)
    monkeypatch.setattr(answers, "success_line", lean_line)
    src = write_input(tmp_path / "lean.jsonl", 2)
    code, out, err = run(capsys, "submit", src, *sandbox_args(srv), "--wait", "--poll-every", "0.1", "--json")
    assert code == 0, err
    job = json.loads(out)["job"]
    assert job["status"] == "completed" and job["verdict"] == "complete"
    code, out, _ = run(capsys, "jobs", *sandbox_args(srv), "--json")
    assert code == 0 and job["batch_id"] in {j["batch_id"] for j in json.loads(out)["jobs"]}
    # An unknown list route: the listing falls back to the jobs the ledger knows.
    srv.faults.add("list", status=404, times=None)
    code, out, err = run(capsys, "jobs", *sandbox_args(srv), "--json")
    assert code == 0, err
    assert job["batch_id"] in {j["batch_id"] for j in json.loads(out)["jobs"]}


def test_usage_errors_and_keys_never_printed(
    srv: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write_input(tmp_path / "q.jsonl")
    code, _, err = run(capsys, "submit", src, "--region", "sandbox")
    assert code == 2 and "desktop-app-cli sandbox" in err and "--base-url" in err
    code, _, err = run(capsys, "submit", src)
    assert code == 2 and "--region" in err
    code, _, err = run(capsys, "submit", src, "--region", "intl")
    assert code == 2 and "no API key" in err and "DASHSCOPE_API_KEY" in err
    code, _, err = run(capsys, "submit", src, "--region", "mars")
    assert code == 2 and "unknown region" in err

    secret = "sk-sandbox-cn-THIS-IS-SECRET-1234"
    monkeypatch.setenv("DASHSCOPE_API_KEY", secret)
    code, out, err = run(capsys, "submit", src, "--region", "intl", "--base-url", srv.base_url("intl"), "--json")
    assert code == 2 and "refused" in err and json.loads(out)["exit_code"] == 2
    assert secret not in out + err and "SECRET" not in out + err

    monkeypatch.setenv("DASHSCOPE_API_KEY", "sk-sandbox-intl-right-key-5678")
    code, out, err = run(capsys, "submit", src, "--region", "intl", "--base-url", srv.base_url("intl"))
    assert code == 0, err
    assert "right-key" not in out + err

    # A custom endpoint by URL alone (the sandbox namespace accepts any key).
    code, out, err = run(capsys, "submit", src, "--base-url", srv.base_url("sandbox"), "--json")
    assert code == 0, err
    assert json.loads(out)["job"]["region"].startswith("custom:")

    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"custom_id": "1", "method": "GET"}\nnot json\n', encoding="utf-8")
    code, out, _ = run(capsys, "submit", broken, *sandbox_args(srv))
    assert code == 1 and "NOT submitted" in out
    code, _, err = run(capsys, "submit", tmp_path / "nope.jsonl", *sandbox_args(srv))
    assert code == 2 and "cannot read" in err
    code, _, err = run(capsys, "submit", src, *sandbox_args(srv), "--window", "2h")
    assert code == 2
    code, _, err = run(capsys, "download", "batch_nope", *sandbox_args(srv), "-o", tmp_path / "x")
    assert code == 2 and "not found" in err.lower()
