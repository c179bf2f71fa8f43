"""Deterministic simulated answers, shaped like the service's output and error file lines (§4)."""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import struct
import uuid
from typing import Any

from desktop_app.core import limits
from desktop_app.sandbox.rules import LineError

TEST_ANSWER = "This is a test result."
ECHO_CHARS = 200
DEFAULT_DIMENSIONS = 1024
IMAGE_TOKENS = 256


def rng_uuid(rng: random.Random) -> str:
    """A version-4 UUID string drawn from ``rng`` (reproducible for a given seed)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def count_tokens(text: str) -> int:
    """A deterministic token estimate: one per CJK character, one per four other characters."""
    wide = sum(1 for ch in text if ord(ch) >= 0x2E80)
    return wide + math.ceil((len(text) - wide) / 4)


def success_line(custom_id: str, body: dict[str, Any], url: str, created: int, rng: random.Random) -> dict[str, Any]:
    """The output file line for a request that succeeded."""
    request_id = rng_uuid(rng)
    model = str(body.get("model"))
    if model == limits.TEST_MODEL:
        answer = _test_answer(created, rng)
    elif url.endswith("/embeddings"):
        answer = _embedding_answer(body, model, created, request_id)
    else:
        answer = _chat_answer(body, model, created, request_id)
    return {
        "id": request_id,
        "custom_id": custom_id,
        "response": {"status_code": 200, "request_id": request_id, "body": answer},
        "error": None,
    }


def error_line(custom_id: str, error: LineError, rng: random.Random) -> dict[str, Any]:
    """The error file line for a request the model API refused."""
    request_id = rng_uuid(rng)
    detail = {"code": error.code, "message": error.message, "param": None, "type": "invalid_request_error"}
    return {
        "id": request_id,
        "custom_id": custom_id,
        "response": {
            "status_code": error.status,
            "request_id": request_id,
            "body": {"error": detail, "request_id": request_id},
        },
        "error": {"code": error.code, "message": error.message},
    }


def _test_answer(created: int, rng: random.Random) -> dict[str, Any]:
    # Exactly the vendor sample: fixed content, usage 6/20/26, a message without a role.
    return {
        "created": created,
        "usage": {"completion_tokens": 6, "prompt_tokens": 20, "total_tokens": 26},
        "model": limits.TEST_MODEL,
        "id": f"chatcmpl-{rng_uuid(rng)}",
        "choices": [{"finish_reason": "stop", "index": 0, "message": {"content": TEST_ANSWER}}],
        "object": "chat.completion",
    }


def _content_text(content: Any) -> tuple[str, int]:
    """Text of a message's content (string or parts) and the tokens its images/videos cost."""
    if isinstance(content, str):
        return content, 0
    texts: list[str] = []
    media = 0
    if isinstance(content, list):
        for part in content:
            if not isinstance(part, dict):
                continue
            kind = part.get("type")
            if kind == "text" and isinstance(part.get("text"), str):
                texts.append(part["text"])
            elif kind == "image_url":
                media += IMAGE_TOKENS
            elif kind == "video":
                frames = part.get("video")
                media += IMAGE_TOKENS * (len(frames) if isinstance(frames, list) else 4)
    return " ".join(texts), media


def _chat_answer(body: dict[str, Any], model: str, created: int, request_id: str) -> dict[str, Any]:
    messages = [m for m in body.get("messages", []) if isinstance(m, dict)]
    prompt_tokens = 0
    last_user = ""
    for message in messages:
        text, media = _content_text(message.get("content"))
        prompt_tokens += count_tokens(text) + media + 3
        if message.get("role") == "user":
            last_user = text
    echo = last_user if len(last_user) <= ECHO_CHARS else last_user[:ECHO_CHARS] + "…"
    content = f"[Sandbox] Simulated answer from {model}: {echo}"
    response_format = body.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") == "json_object":
        keys = requested_keys(messages)
        content = json.dumps(json_answer(keys, model, last_user, echo), ensure_ascii=False)
    message_out: dict[str, Any] = {"role": "assistant", "content": content}
    completion_tokens = count_tokens(content)
    usage: dict[str, Any] = {}
    if body.get("enable_thinking") is True:
        reasoning = f"[Sandbox] Simulated reasoning of {model} about the last user message."
        message_out["reasoning_content"] = reasoning
        reasoning_tokens = count_tokens(reasoning)
        completion_tokens += reasoning_tokens
        usage["completion_tokens_details"] = {"reasoning_tokens": reasoning_tokens}
    usage = {
        "completion_tokens": completion_tokens,
        "prompt_tokens": prompt_tokens,
        "total_tokens": completion_tokens + prompt_tokens,
        **usage,
    }
    return {
        "created": created,
        "usage": usage,
        "model": model,
        "id": f"chatcmpl-{request_id}",
        "choices": [{"finish_reason": "stop", "index": 0, "message": message_out}],
        "object": "chat.completion",
    }


def embedding_vector(text: str, dimensions: int) -> list[float]:
    """A unit-length vector that depends only on ``text`` and ``dimensions``."""
    digest = hashlib.shake_256(f"{dimensions}:{text}".encode()).digest(2 * dimensions)
    raw = [v - 32767.5 for v in struct.unpack(f">{dimensions}H", digest)]
    norm = math.sqrt(sum(v * v for v in raw)) or 1.0
    return [round(v / norm, 6) for v in raw]


def _embedding_answer(body: dict[str, Any], model: str, created: int, request_id: str) -> dict[str, Any]:
    value = body.get("input")
    texts = [value] if isinstance(value, str) else [str(v) for v in value or []]
    dimensions = body.get("dimensions")
    dims = dimensions if isinstance(dimensions, int) and dimensions > 0 else DEFAULT_DIMENSIONS
    tokens = sum(count_tokens(t) for t in texts)
    return {
        "object": "list",
        "data": [
            {"object": "embedding", "index": i, "embedding": embedding_vector(t, dims)} for i, t in enumerate(texts)
        ],
        "model": model,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        "id": request_id,
        "created": created,
    }


# --- JSON mode --------------------------------------------------------------------------------------

_KEY_LINE = re.compile(r"^\s*(\{.*\})\s*$", re.MULTILINE)


def requested_keys(messages: list[dict[str, Any]]) -> dict[str, str]:
    """The keys a JSON-mode request asks for, read like a model would: the first line of the system or
    user text that is a JSON object of key → what the value is ("text", "number", "true or false",
    "one of: a | b", "list of: a | b"). Empty when there is none."""
    for message in messages:
        text, _ = _content_text(message.get("content"))
        for match in _KEY_LINE.finditer(text):
            try:
                found = json.loads(match.group(1))
            except ValueError:
                continue
            if isinstance(found, dict) and found:
                return {str(k): str(v) for k, v in found.items()}
    return {}


def json_answer(keys: dict[str, str], model: str, prompt: str, echo: str) -> dict[str, Any]:
    """A simulated JSON-object answer with exactly ``keys``, deterministic per (model, prompt): labels
    are picked by a hash, so two models agree on some rows and not on others. Without keys (JSON mode
    but no key line) the object holds the usual simulated answer."""
    if not keys:
        return {"answer": f"[Sandbox] Simulated answer from {model}: {echo}"}
    digest = hashlib.sha256(f"{model}\n{prompt}".encode()).digest()
    shared = hashlib.sha256(prompt.encode()).digest()
    out: dict[str, Any] = {}
    for position, (key, hint) in enumerate(keys.items()):
        lowered = hint.strip().lower()
        pick = digest[position % len(digest)]
        if lowered.startswith(("one of:", "list of:")):
            labels = [part.strip() for part in hint.split(":", 1)[1].split("|") if part.strip()] or ["?"]
            # the models agree on about two rows in three: both start from the prompt's own choice
            base = shared[position % len(shared)] % len(labels)
            choice = labels[base] if pick % 3 else labels[pick % len(labels)]
            out[key] = choice if lowered.startswith("one of:") else [choice]
        elif lowered == "number":
            out[key] = pick % 10
        elif lowered == "true or false":
            out[key] = bool(pick % 2)
        else:
            out[key] = f"[Sandbox] {model}: {echo[:60]}"
    return out
