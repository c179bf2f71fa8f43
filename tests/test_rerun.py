"""Re-run: exactly the failed and missing requests, byte for byte, as a linked child whose answers merge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest

from desktop_app.core import workflow
from desktop_app.core.answers.lineage import ResultsUnavailable, open_results
from desktop_app.core.answers.rerun import NothingToRerun, build_rerun_input
from desktop_app.core.answers.rows import RowStatus
from desktop_app.core.answers.verdict import Verdict
from desktop_app.core.answers.view import ResultsView
from desktop_app.core.batch import BatchInfo
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.export import export_csv
from desktop_app.core.ledger import JobRelation, Ledger
from desktop_app.core.service import BatchService
from desktop_app.sandbox.server import SandboxServer, SandboxTiming

ENDPOINT = "/v1/chat/completions"


def ok(cid: str) -> bytes:
    return orjson.dumps({"custom_id": cid, "response": {"status_code": 200, "body": {"choices": []}}})


def bad(cid: str) -> bytes:
    return orjson.dumps({"custom_id": cid, "error": {"code": "E", "message": "no"}})


def test_build_rerun_input_takes_exactly_failed_and_missing_byte_for_byte(tmp_path: Path) -> None:
    # Hand-written request lines: odd spacing, key order and escapes must survive unchanged.
    raw_lines = [
        b'\xef\xbb\xbf{"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus"}}',
        b'{ "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": "caf\\u00e9"}]}, "custom_id": "b" ,'
        b' "method":"POST","url":"/v1/chat/completions"}',
        '{"custom_id":"c","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","x":"東京"}}'.encode(),
        b'{"custom_id":"d","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus","n":1.50}}',
        b'{"custom_id":"b","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus"}}',
        b'{"custom_id":"e","method":"POST","url":"/v1/chat/completions","body":{"model":"qwen-plus"}}',
    ]
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(b"\r\n".join(raw_lines))  # CRLF, and no newline after the last line
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"\n".join([ok("c"), ok("a")]) + b"\n")
    err = tmp_path / "err.jsonl"
    err.write_bytes(bad("d") + b"\n" + ok("b") + b"\n")  # anything in the error file counts as failed
    dest = tmp_path / "rerun.jsonl"
    with ResultsView.from_paths(inp, out, err) as view:
        plan = build_rerun_input(view, dest)
    assert plan.custom_ids == ("b", "d", "e")  # input order; "b" once although the input repeats it
    assert (plan.failed, plan.missing, plan.count) == (2, 1, 3)
    assert (plan.endpoint, plan.model) == ("/v1/chat/completions", "qwen-plus")
    assert dest.read_bytes() == raw_lines[1] + b"\n" + raw_lines[3] + b"\n" + raw_lines[5] + b"\n"
    assert plan.bytes == dest.stat().st_size

    with ResultsView.from_paths(inp, out, err) as view:
        only_missing = build_rerun_input(view, tmp_path / "m.jsonl", {RowStatus.MISSING})
    assert only_missing.custom_ids == ("e",)

    everything = tmp_path / "all.jsonl"
    everything.write_bytes(b"\n".join(ok(c) for c in "abcde") + b"\n")
    with ResultsView.from_paths(inp, everything, None) as view, pytest.raises(NothingToRerun):
        build_rerun_input(view, tmp_path / "none.jsonl")
    assert not (tmp_path / "none.jsonl").exists()
    with (
        ResultsView.from_paths(None, out, err) as view,
        pytest.raises(BatchDeskError, match="not on this computer") as no,
    ):
        build_rerun_input(view, tmp_path / "x.jsonl")
    assert no.value.message_key == "rerun.no_requests"


# ---- the whole flow against the sandbox ---------------------------------------------------------


SANDBOX_OPTIONS = {
    "speed": 0.0,
    "timing": SandboxTiming(validating_s=2, per_request_s=1, finalizing_s=1, cancelling_s=1),
}


def write_input(path: Path, n: int, bad_lines: tuple[int, ...]) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            body: dict[str, Any] = {"model": "qwen-plus", "messages": [{"role": "user", "content": f"q{i}"}]}
            if i in bad_lines:
                body["temperature"] = 7  # refused by the model API every time
            handle.write(json.dumps({"custom_id": f"r{i}", "method": "POST", "url": ENDPOINT, "body": body}) + "\n")
    return path


@pytest.mark.asyncio
async def test_rerun_of_a_cancelled_job_merges_into_the_parent(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    results = tmp_path / "results"
    src = write_input(tmp_path / "in.jsonl", 6, bad_lines=(1,))
    parent = await workflow.submit_file(
        svc, ledger, src, name="parent", endpoint=ENDPOINT, model="qwen-plus", request_count=6
    )
    srv.clock.advance(5)  # validating 2 s, then 3 requests done (r0, r1 failed, r2)
    await svc.cancel(str(parent.batch_id))
    srv.clock.advance(2)
    parent = await workflow.refresh_job(svc, ledger, parent)
    assert parent.status == "cancelled"
    parent = await workflow.download_results(svc, ledger, parent, results)
    assert parent.verdict == Verdict.PARTIAL and (parent.result_succeeded, parent.result_failed) == (2, 1)

    # A job made elsewhere (no input file here) cannot be re-run from here.
    foreign = ledger.update_from_batch("sandbox", BatchInfo.from_api({"id": "batch_console", "status": "cancelled"}))
    with pytest.raises(ResultsUnavailable):
        await workflow.submit_rerun(svc, ledger, foreign, results)
    foreign = ledger.record_results(foreign.id, parent.output_path, parent.error_path)
    with pytest.raises(BatchDeskError, match="not on this computer"):
        await workflow.submit_rerun(svc, ledger, foreign, results)

    child = await workflow.submit_rerun(svc, ledger, parent, results)
    assert child.parent_job_id == parent.id and child.relation == JobRelation.RERUN
    assert child.request_count == 4 and child.name == "parent (re-run 1)"
    assert child.input_path and Path(child.input_path).parent == Path(str(parent.output_path)).parent
    original = src.read_bytes().splitlines()
    assert Path(child.input_path).read_bytes().splitlines() == [original[i] for i in (1, 3, 4, 5)]
    assert [c.id for c in ledger.children(parent.id)] == [child.id]

    # While the re-run runs, a second one would send the same requests twice: refused.
    with pytest.raises(BatchDeskError, match="has not finished"):
        await workflow.submit_rerun(svc, ledger, parent, results)

    srv.clock.advance(60)
    child = await workflow.refresh_job(svc, ledger, child)
    child = await workflow.download_results(svc, ledger, child, results)
    assert (child.result_succeeded, child.result_failed) == (3, 1)  # r1 fails again: same request

    with open_results(ledger, parent) as view:
        rows = list(view.iter_rows())
        assert [r.custom_id for r in rows] == [f"r{i}" for i in range(6)]
        assert [r.status for r in rows] == [RowStatus.SUCCEEDED, RowStatus.FAILED] + [RowStatus.SUCCEEDED] * 4
        assert [bool(r.answered_by) for r in rows] == [False, True, False, True, True, True]
        assert rows[3].answered_by == child.batch_id
        assert view.reconcile("cancelled").verdict is Verdict.COMPLETE_WITH_FAILURES
        export_csv(view.iter_rows(), tmp_path / "merged.csv", ["custom_id", "status", "answered_by"])
    # Opening the child shows the same merged family.
    with open_results(ledger, child) as view:
        assert len(view) == 6
    assert "r3,succeeded," + str(child.batch_id) in (tmp_path / "merged.csv").read_text(encoding="utf-8-sig")

    # A re-run of the re-run takes what is still open in the whole family: only r1.
    grandchild = await workflow.submit_rerun(svc, ledger, child, results)
    assert grandchild.parent_job_id == parent.id and grandchild.request_count == 1
    assert Path(str(grandchild.input_path)).read_bytes().splitlines() == [original[1]]


@pytest.mark.asyncio
async def test_rerun_asks_before_submitting_and_a_no_sends_nothing(
    svc: BatchService, ledger: Ledger, srv: SandboxServer, tmp_path: Path
) -> None:
    """The estimate / cap / confirmation step sees the re-run's file first; when it says no, nothing is made."""
    from desktop_app.core.estimate import SubmitNotConfirmed

    results = tmp_path / "results"
    src = write_input(tmp_path / "in.jsonl", 4, bad_lines=(1, 2))
    parent = await workflow.submit_file(
        svc, ledger, src, name="asked", endpoint=ENDPOINT, model="qwen-plus", request_count=4
    )
    srv.clock.advance(60)
    parent = await workflow.refresh_job(svc, ledger, parent)
    parent = await workflow.download_results(svc, ledger, parent, results)
    assert srv.engine is not None
    before = len(srv.engine.namespace("sandbox")._batches)
    seen: list[int] = []

    async def say_no(path: Path) -> None:
        seen.append(len(path.read_bytes().splitlines()))
        raise SubmitNotConfirmed

    with pytest.raises(SubmitNotConfirmed):
        await workflow.submit_rerun(svc, ledger, parent, results, before_submit=say_no)
    assert seen == [2], "it saw exactly the two failed requests"
    assert ledger.children(parent.id) == [] and len(srv.engine.namespace("sandbox")._batches) == before

    async def say_yes(path: Path) -> None:
        seen.append(len(path.read_bytes().splitlines()))

    child = await workflow.submit_rerun(svc, ledger, parent, results, before_submit=say_yes)
    assert child.request_count == 2 and len(srv.engine.namespace("sandbox")._batches) == before + 1
