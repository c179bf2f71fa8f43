"""Contract: the vendor's sample answers and the sandbox's real answers go through the same parsing,
and the sandbox's lines have the vendor's shape, key for key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.answers.parse import iter_result_file
from desktop_app.core.answers.rows import RowStatus
from desktop_app.core.answers.view import ResultsView
from desktop_app.core.regions import SANDBOX
from desktop_app.core.service import BatchService
from desktop_app.sandbox.server import SandboxServer, SandboxTiming

DATA = Path(__file__).parent / "data"
SEED_OUTPUTS = sorted(DATA.glob("seed*_output*.jsonl"))


def shape(value: Any) -> Any:
    """The structure of a JSON value: dict keys (recursively), list of the first item's shape, types."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__


@pytest.mark.parametrize("path", SEED_OUTPUTS, ids=lambda p: p.name)
def test_vendor_sample_answers_parse_as_succeeded(path: Path) -> None:
    answers = list(iter_result_file(path))
    assert answers, path
    for answer in answers:
        assert answer.succeeded, answer
        assert answer.custom_id and answer.content
        assert answer.total_tokens and answer.total_tokens >= (answer.prompt_tokens or 0)


@pytest.mark.asyncio
async def test_sandbox_answers_have_the_vendor_shape_and_parse_the_same(tmp_path: Path) -> None:
    with SandboxServer(timing=SandboxTiming(validating_s=1, per_request_s=0.5, finalizing_s=1)) as srv:
        service = BatchService(SANDBOX, "sandbox", base_url=srv.base_url("sandbox"))
        try:
            uploaded = await service.upload(DATA / "seed002_input_test_model.jsonl")
            batch = await service.create(uploaded.id, "/v1/chat/ds-test")
            srv.clock.advance(3600)
            batch = await service.retrieve(batch.id)
            assert batch.status == "completed" and batch.output_file_id
            out = await service.download(batch.output_file_id, tmp_path / "out.jsonl")
        finally:
            await service.aclose()

    vendor = [json.loads(line) for line in (DATA / "seed002_output_test_model.jsonl").read_text("utf-8").splitlines()]
    ours = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sorted(o["custom_id"] for o in ours) == ["1", "2"]
    for line in ours:
        assert shape(line) == shape(vendor[0]), "the sandbox's output line must look like the vendor's"
        body = line["response"]["body"]
        assert body["choices"][0]["message"] == {"content": "This is a test result."}
        assert body["usage"] == {"completion_tokens": 6, "prompt_tokens": 20, "total_tokens": 26}

    sandbox_parsed = sorted(iter_result_file(out), key=lambda a: a.custom_id)
    vendor_parsed = sorted(iter_result_file(DATA / "seed002_output_test_model.jsonl"), key=lambda a: a.custom_id)
    for mine, theirs in zip(sandbox_parsed, vendor_parsed, strict=True):
        assert (mine.custom_id, mine.content, mine.total_tokens, mine.finish_reason, mine.succeeded) == (
            theirs.custom_id,
            theirs.content,
            theirs.total_tokens,
            theirs.finish_reason,
            theirs.succeeded,
        )
    with ResultsView.from_paths(DATA / "seed002_input_test_model.jsonl", out) as view:
        assert [row.status for row in view.iter_rows()] == [RowStatus.SUCCEEDED, RowStatus.SUCCEEDED]
