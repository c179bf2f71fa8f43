"""Shared helpers of the sandbox tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.sandbox.server import SandboxTiming

TIMING = SandboxTiming(validating_s=3.0, per_request_s=1.0, finalizing_s=2.0, cancelling_s=1.0)
KEYS = {"sandbox": "sandbox", "intl": "sk-sandbox-intl-test", "cn": "sk-sandbox-cn-test"}


def chat_line(custom_id: str, text: str = "Hello!", model: str = "qwen-plus", **body: Any) -> dict[str, Any]:
    """One chat request line."""
    return {
        "custom_id": custom_id,
        "method": "POST",
        "url": "/v1/chat/completions" if model != "batch-test-model" else "/v1/chat/ds-test",
        "body": {
            "model": model,
            "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": text}],
            **body,
        },
    }


def write_jsonl(path: Path, lines: list[Any]) -> Path:
    """Write objects (or raw strings) as one line each, UTF-8."""
    rows = [line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines]
    path.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def parse_jsonl(text: str) -> list[dict[str, Any]]:
    """Parse JSONL text into objects."""
    return [json.loads(line) for line in text.splitlines() if line.strip()]
