"""``desktop-app-cli estimate`` and ``submit --max-cost`` (batches counted on a live sandbox)."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from desktop_app.cli import main
from desktop_app.core.paths import app_paths
from desktop_app.core.settings import Settings
from desktop_app.sandbox.server import SandboxServer, SandboxTiming

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "test-model-sample.jsonl"


SANDBOX_OPTIONS = {"timing": SandboxTiming(validating_s=0.1, per_request_s=0.02, finalizing_s=0.05)}


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def qwen_plus_file(path: Path, n: int, max_tokens: int | None = 100) -> Path:
    with open(path, "wb") as handle:
        for i in range(n):
            body: dict[str, object] = {"model": "qwen-plus", "messages": [{"role": "user", "content": "Hello!"}]}
            if max_tokens is not None:
                body["max_tokens"] = max_tokens
            line = {"custom_id": str(i), "method": "POST", "url": "/v1/chat/completions", "body": body}
            handle.write(orjson.dumps(line) + b"\n")
    return path


def batches(srv: SandboxServer, namespace: str) -> int:
    assert srv.engine is not None
    return len(srv.engine.namespace(namespace)._batches)


def test_estimate_of_the_vendor_sample_says_free(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "estimate", SAMPLE)
    assert code == 0
    assert "2 requests to batch-test-model" in out and "cost: free" in out
    code, out, _ = run(capsys, "estimate", SAMPLE, "--json")
    data = json.loads(out)
    assert data["free"] is True and data["billed"] is False and data["input_tokens"] > 0


def test_estimate_of_fifty_thousand_qwen_plus_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = qwen_plus_file(tmp_path / "big.jsonl", 50_000)
    code, out, _ = run(capsys, "estimate", path, "--region", "intl", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["requests"] == 50_000 and data["input_tokens"] == 50_000 * 10  # "Hello!" in the template: 10
    assert data["output_tokens"] == {
        "low": 5_000_000,
        "high": 5_000_000,
        "low_per_request": 100,
        "low_source": "default",
    }
    expected = (500_000 * 0.4 + 5_000_000 * 1.2) / 1e6 * 0.5
    assert data["currency"] == "USD" and data["cost"]["low"] == pytest.approx(expected)
    assert "savings plan" in data["savings_plan"] and data["price_source"].startswith("as listed on https://")
    code, out, _ = run(capsys, "estimate", path, "--region", "cn")
    assert code == 0 and "unknown: no price is known for qwen-plus in cn" in out


def test_submit_over_the_cap_is_refused_with_numbers_and_sends_nothing(
    srv: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DASHSCOPE_API_KEY", "sk-sandbox-intl-cap-test-0000")
    path = qwen_plus_file(tmp_path / "q.jsonl", 3, max_tokens=1000)
    target = ["--region", "intl", "--base-url", srv.base_url("intl")]
    before = batches(srv, "intl")
    code, out, err = run(capsys, "submit", path, *target, "--max-cost", "0.0001")
    assert code == 1, err
    assert "Not submitted: this job may cost up to USD" in err and "3 requests" in err and "3,000 output tokens" in err
    assert "above your spending cap of USD 0.00" in err
    assert batches(srv, "intl") == before

    # the cap saved in Settings applies too; --max-cost 0 lifts it
    Settings(app_paths().ensure().settings_file).set("max_cost_per_job", 0.0001)
    code, _, err = run(capsys, "submit", path, *target)
    assert code == 1 and "spending cap" in err and batches(srv, "intl") == before

    code, out, err = run(capsys, "submit", path, *target, "--max-cost", "0")
    assert code == 0, err
    assert "This will be billed to the key of International (Singapore)." in out
    assert batches(srv, "intl") == before + 1


def test_cap_refuses_an_unbounded_job(
    srv: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DASHSCOPE_API_KEY", "sk-sandbox-intl-cap-test-0000")
    path = qwen_plus_file(tmp_path / "u.jsonl", 2, max_tokens=None)
    before = batches(srv, "intl")
    code, _, err = run(
        capsys, "submit", path, "--region", "intl", "--base-url", srv.base_url("intl"), "--max-cost", "5"
    )
    assert code == 1 and "cannot be estimated" in err and "max_tokens" in err
    assert batches(srv, "intl") == before
