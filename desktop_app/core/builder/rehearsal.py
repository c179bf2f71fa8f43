"""The rehearsal (the first ≤ 100 requests rewritten for the free ``batch-test-model``) and a
comparison's variant files."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from desktop_app.core import wording as w
from desktop_app.core.builder.split import SplitError
from desktop_app.core.fileutil import atomic_write
from desktop_app.core.limits import ALLOWED_METHOD, MB, TEST_MODEL, TEST_MODEL_MAX_BYTES, TEST_MODEL_MAX_LINES
from desktop_app.core.regions import Endpoint


@dataclass(frozen=True)
class RehearsalReport:
    """The rehearsal file: how many requests it holds and why it stopped where it did."""

    dest: Path
    requests: int
    bytes: int
    skipped: int  # unreadable lines left out
    stopped_by: str  # "end", "lines" (100 reached) or "bytes" (1 MB reached)


def rehearsal_request(request: Mapping[str, Any]) -> dict[str, Any]:
    """One request rewritten for ``batch-test-model`` on ``/v1/chat/ds-test`` (embeddings become chat)."""
    body = request.get("body")
    new_body: dict[str, Any] = dict(body) if isinstance(body, Mapping) else {}
    if "messages" not in new_body:
        text = new_body.pop("input", "")
        if isinstance(text, list):
            text = "\n".join(str(t) for t in text)
        new_body = {"messages": [{"role": "user", "content": str(text)}]}
    new_body.pop("dimensions", None)
    new_body.pop("encoding_format", None)
    return {
        "custom_id": request.get("custom_id"),
        "method": ALLOWED_METHOD,
        "url": Endpoint.TEST.value,
        "body": {"model": TEST_MODEL, **{k: v for k, v in new_body.items() if k != "model"}},
    }


def _requests_from(source: str | os.PathLike[str] | Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any] | None]:
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as handle:
            for raw in handle:
                if raw.isspace():
                    continue
                if raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    obj = orjson.loads(raw)
                except orjson.JSONDecodeError:
                    yield None
                    continue
                yield obj if isinstance(obj, dict) else None
    else:
        yield from source


def rehearsal_file(
    source: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    dest: str | os.PathLike[str],
    n: int = TEST_MODEL_MAX_LINES,
) -> RehearsalReport:
    """Write the first ≤ ``n`` (at most 100) requests rewritten for the free test model, ≤ 1 MB in all.

    ``source`` is a JSONL path or request objects (e.g. from :func:`render_request`). Unreadable
    lines are skipped and counted.

    Raises:
        SplitError: even the first request is over 1 MB (the test model's file limit).
        OSError: a file cannot be read or written.
    """
    limit = max(0, min(n, TEST_MODEL_MAX_LINES))
    out = Path(dest)
    lines: list[bytes] = []
    size = skipped = 0
    stopped_by = "end"
    for request in _requests_from(source):
        if len(lines) >= limit:
            stopped_by = "lines"
            break
        if request is None:
            skipped += 1
            continue
        line = orjson.dumps(rehearsal_request(request), option=orjson.OPT_APPEND_NEWLINE)
        if size + len(line) > TEST_MODEL_MAX_BYTES:
            stopped_by = "bytes"
            break
        lines.append(line)
        size += len(line)
    if not lines and stopped_by == "bytes":
        raise SplitError(w.B_REHEARSAL_TOO_LARGE(max_mb=TEST_MODEL_MAX_BYTES // MB), code="test_model_limit")
    with atomic_write(out, "wb") as handle:
        handle.write(b"".join(lines))
    return RehearsalReport(out, len(lines), size, skipped, stopped_by)


def variant_file(
    source: str | os.PathLike[str], dest: str | os.PathLike[str], model: str, *, enable_thinking: bool | None = None
) -> int:
    """Copy a request file with every body's ``model`` set to ``model`` (a comparison's other variant).

    Everything else stays as it is — the user's edits included — except JSON mode: ``response_format``
    ``json_object`` is kept only when ``model`` supports it (the instruction in the system prompt stays,
    so the answers are still asked for as JSON). Returns the number of lines written. Atomic.
    """
    from desktop_app.core.outputs import json_mode_supported

    written = 0
    with open(source, "rb") as src, atomic_write(Path(dest)) as out:
        for raw in src:
            line = raw.strip()
            if not line:
                continue
            obj = orjson.loads(line.removeprefix(b"\xef\xbb\xbf"))
            body = obj.get("body") if isinstance(obj, dict) else None
            if isinstance(body, dict):
                body["model"] = model
                thinking = body.get("enable_thinking", enable_thinking)
                if not json_mode_supported(model, thinking if isinstance(thinking, bool) else None):
                    body.pop("response_format", None)
            out.write(orjson.dumps(obj, option=orjson.OPT_APPEND_NEWLINE))
            written += 1
    return written
