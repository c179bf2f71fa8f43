"""One line of an output or error file, read (reference §4): :func:`parse_result_line` gives a
:class:`ParsedAnswer`, :func:`plain_chat_values` / :func:`answer_values` the plain values an export
streams; :func:`request_prompt` is what a person asked in a request line.

Both documented error shapes are accepted: ``error: {"code", "message"}`` (the API page) and
``error: {"error_code", "error_message"}`` (the vendor's CSV script), as well as a response whose
``status_code`` is 400 or more with the reason in ``body.error`` (OpenAI style) or in ``body.code`` /
``body.message`` (DashScope style). Lines that are not JSON, or lack ``id`` / ``request_id`` /
``error``, never crash the reader; embedding vectors are reduced to their dimension.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeGuard

import orjson

from desktop_app.core.batch import MAX_TOKENS, opt_count, opt_timestamp

_READ_BUFFER = 1 << 20
_UTF8_BOM = b"\xef\xbb\xbf"
MAX_RESULT_LINE_BYTES = 32 * 1024 * 1024
"""A result line longer than this is never loaded: it is counted unreadable (issue 10: 1 GB of junk
without a line end took 3.2 GB of memory). Real answers are far smaller (an input line is at most 6 MB)."""


@dataclass(frozen=True, slots=True)
class ParsedAnswer:
    """One line of an output or error file, reduced to what the app shows."""

    custom_id: str | None
    succeeded: bool
    line: int = 0  # 1-based line in the result file
    model: str = ""
    request_id: str = ""
    status_code: int | None = None
    error_code: str = ""
    error_message: str = ""
    created: int | None = None
    content: str = ""
    reasoning_content: str = ""
    finish_reason: str = ""
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    embedding_dim: int | None = None
    embedding_count: int | None = None
    readable: bool = True  # False when the line was not a JSON object
    reasoning_tokens: int | None = None  # the thinking part of completion_tokens, when reported


# -- one answer line -----------------------------------------------------------------------------


def _str(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _opt_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


def _status(value: Any) -> int | None:
    """An HTTP status; a number outside 0..999 becomes 999 (an error, never a success)."""
    parsed = _opt_int(value)
    return None if parsed is None else (parsed if 0 <= parsed <= 999 else 999)


def _tokens(value: Any) -> int | None:
    return opt_count(value, MAX_TOKENS)


def _plain_tokens(value: Any) -> bool:
    return type(value) is int and 0 <= value <= MAX_TOKENS


def _is_map(value: Any) -> TypeGuard[Mapping[str, Any]]:
    # ``type(...) is dict`` first: decoded JSON is always a dict, and the ABC check is slow.
    return type(value) is dict or isinstance(value, Mapping)


def _map(value: Any) -> Mapping[str, Any]:
    return value if _is_map(value) else {}


def _text(value: Any) -> str:
    """Message content as text: a string, or the text parts of a list of content parts."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif _is_map(part) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return orjson.dumps(value).decode()


def _embedding_dim(vector: Any) -> int | None:
    if isinstance(vector, list):
        return len(vector)
    if isinstance(vector, str):  # encoding_format="base64": little-endian float32s
        try:
            return len(base64.b64decode(vector, validate=True)) // 4
        except (binascii.Error, ValueError):
            return None
    return None


def _error_of(obj: Mapping[str, Any], body: Mapping[str, Any], status: int | None) -> tuple[str, str]:
    """``(code, message)`` from whichever error shape the line uses; both empty when none."""
    error = obj.get("error")
    if _is_map(error):
        code = error.get("code") or error.get("error_code") or error.get("type")
        message = error.get("message") or error.get("error_message")
        if code or message:
            return _str(code), _str(message)
    elif isinstance(error, str) and error:
        return "", error
    body_error = body.get("error")
    if _is_map(body_error):
        code = body_error.get("code") or body_error.get("error_code") or body_error.get("type")
        message = body_error.get("message") or body_error.get("error_message")
        if code or message:
            return _str(code), _str(message)
    elif isinstance(body_error, str) and body_error:
        return "", body_error
    if status is not None and status >= 400:
        code = body.get("code") or body.get("error_code")
        message = body.get("message") or body.get("error_message")
        if code or message:
            return _str(code), _str(message)
        return "", f"The service answered with status {status} and gave no reason."
    return "", ""


AnswerValues = tuple[Any, ...]
"""An answer as plain values, in :data:`ANSWER_FIELDS` order (what exports stream without objects)."""

ANSWER_FIELDS: tuple[str, ...] = (
    "succeeded",
    "model",
    "request_id",
    "status_code",
    "error_code",
    "error_message",
    "created",
    "content",
    "reasoning_content",
    "finish_reason",
    "prompt_tokens",
    "completion_tokens",
    "total_tokens",
    "embedding_dim",
    "embedding_count",
    "reasoning_tokens",
)


def plain_chat_values(obj: Any) -> AnswerValues | None:
    """The common line — a chat answer with status 2xx, ``error`` null, string content, integer
    usage — read with fewer checks, as :data:`ANSWER_FIELDS` values; None for anything else (then
    :func:`parse_result_line`'s general path decides). It may refuse more than it must, never less:
    for every line it accepts it gives exactly what the general path gives (the tests compare both).
    """
    try:
        if obj["error"] is not None:
            return None
        response = obj["response"]
        status = response["status_code"]
        body = response["body"]
        choices = body["choices"]
        usage = body["usage"]
        if (
            type(status) is not int
            or not 200 <= status < 300
            or type(body) is not dict
            or type(choices) is not list
            or type(usage) is not dict
            or body.get("error") is not None
            or body.get("data") is not None
        ):
            return None
        first = choices[0]
        msg = first["message"]
        content = msg["content"]
        prompt = usage["prompt_tokens"]
        completion = usage["completion_tokens"]
        total = usage["total_tokens"]
    except (KeyError, TypeError, IndexError):
        return None
    if (
        type(first) is not dict
        or type(msg) is not dict
        or type(content) is not str
        or not _plain_tokens(prompt)
        or not _plain_tokens(completion)
        or not _plain_tokens(total)
        or "completion_tokens_details" in usage
        or "output_tokens_details" in usage
    ):
        return None
    reasoning = msg.get("reasoning_content")
    model = body.get("model")
    created = body.get("created")
    finish = first.get("finish_reason")
    if (
        (reasoning is not None and type(reasoning) is not str)
        or (model is not None and type(model) is not str)
        or (created is not None and (type(created) is not int or opt_timestamp(created) != created))
        or (finish is not None and type(finish) is not str)
    ):
        return None
    request_id = response.get("request_id") or body.get("request_id") or obj.get("id")
    return (
        True,
        model or "",
        request_id if type(request_id) is str else _str(request_id),
        status,
        "",
        "",
        created,
        content,
        reasoning or "",
        finish or "",
        prompt,
        completion,
        total,
        None,
        None,
        None,
    )


def answer_values(answer: ParsedAnswer) -> AnswerValues:
    """A parsed answer as :data:`ANSWER_FIELDS` values."""
    return (
        answer.succeeded,
        answer.model,
        answer.request_id,
        answer.status_code,
        answer.error_code,
        answer.error_message,
        answer.created,
        answer.content,
        answer.reasoning_content,
        answer.finish_reason,
        answer.prompt_tokens,
        answer.completion_tokens,
        answer.total_tokens,
        answer.embedding_dim,
        answer.embedding_count,
        answer.reasoning_tokens,
    )


def _parse_plain_chat_success(obj: Any, line: int) -> ParsedAnswer | None:
    values = plain_chat_values(obj)
    if values is None:
        return None
    raw_id = obj.get("custom_id")
    if type(raw_id) is not str:
        return None
    return ParsedAnswer(custom_id=raw_id or None, line=line, **dict(zip(ANSWER_FIELDS, values, strict=True)))


def parse_result_line(obj: Any, *, line: int = 0) -> ParsedAnswer:
    """Reduce one decoded output/error line to a :class:`ParsedAnswer`; never raises."""
    fast = _parse_plain_chat_success(obj, line)
    if fast is not None:
        return fast
    return _parse_any(obj, line)


def _parse_any(obj: Any, line: int) -> ParsedAnswer:
    if not _is_map(obj):
        return ParsedAnswer(
            custom_id=None,
            succeeded=False,
            line=line,
            error_code="unreadable_line",
            error_message="This line of the result file is not a JSON object.",
            readable=False,
        )
    raw_id = obj.get("custom_id")
    custom_id = None if raw_id is None or raw_id == "" else _str(raw_id)
    response = obj.get("response")
    response_map = _map(response)
    body = _map(response_map.get("body"))
    status = _status(response_map.get("status_code"))
    request_id = _str(response_map.get("request_id") or body.get("request_id") or obj.get("id"))
    code, message = _error_of(obj, body, status)
    has_error = bool(code or message)
    if not has_error and not _is_map(response):
        message = "The answer has neither a response nor an error."
        has_error = True
    succeeded = not has_error and (status is None or 200 <= status < 300)
    if not succeeded and not has_error and status is not None:
        message = f"The service answered with status {status}."

    content = reasoning = finish = ""
    choices = body.get("choices")
    if isinstance(choices, list) and choices and _is_map(choices[0]):
        first = choices[0]
        finish = _str(first.get("finish_reason"))
        msg = first.get("message")
        if _is_map(msg):
            content = _text(msg.get("content"))
            reasoning = _text(msg.get("reasoning_content"))
        elif "text" in first:
            content = _text(first.get("text"))

    dim = count = None
    data = body.get("data")
    if isinstance(data, list):
        count = len(data)
        if data and _is_map(data[0]):
            dim = _embedding_dim(data[0].get("embedding"))

    usage = _map(body.get("usage"))
    prompt = _tokens(usage.get("prompt_tokens", usage.get("input_tokens")))
    completion = _tokens(usage.get("completion_tokens", usage.get("output_tokens")))
    total = _tokens(usage.get("total_tokens"))
    if total is None and prompt is not None and (completion is not None or dim is not None):
        total = prompt + (completion or 0)
    details = _map(usage.get("completion_tokens_details") or usage.get("output_tokens_details"))
    reasoning_tokens = _tokens(details.get("reasoning_tokens"))

    return ParsedAnswer(
        custom_id=custom_id,
        succeeded=succeeded,
        line=line,
        model=_str(body.get("model")),
        request_id=request_id,
        status_code=status,
        error_code=code,
        error_message=message,
        created=opt_timestamp(body.get("created")),
        content=content,
        reasoning_content=reasoning,
        finish_reason=finish,
        prompt_tokens=prompt,
        completion_tokens=completion,
        total_tokens=total,
        embedding_dim=dim,
        embedding_count=count,
        reasoning_tokens=reasoning_tokens,
    )


def bounded_lines(handle: Any, limit: int = MAX_RESULT_LINE_BYTES) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` of a binary file, memory bounded by ``limit``: a longer line is
    skipped without being held and given as ``None``. A leading UTF-8 BOM is removed."""
    for number, _, raw in bounded_lines_at(handle, limit):
        yield number, raw


def bounded_lines_at(handle: Any, limit: int = MAX_RESULT_LINE_BYTES) -> Iterator[tuple[int, int, bytes | None]]:
    """:func:`bounded_lines` with each line's byte offset in the file: ``(line number, offset, bytes)``
    (``bytes`` as read there, line end included; after a leading BOM on line 1)."""
    readline = handle.readline
    number = offset = 0
    while True:
        raw = readline(limit + 1)
        if not raw:
            return
        number += 1
        at = offset
        offset += len(raw)
        if len(raw) > limit and not raw.endswith(b"\n"):
            while True:  # drop the rest of the line, a block at a time
                rest = readline(_READ_BUFFER)
                offset += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, at, None
            continue
        if number == 1 and raw.startswith(_UTF8_BOM):
            raw = raw[3:]
            at = 3
        yield number, at, raw


def answer_id(value: object) -> str | None:
    """The request an answer line's ``custom_id`` value names: a string as it is, a number as its text;
    None for none (missing, null or empty). The one place this rule lives (hot loops inline it)."""
    if value is None or value == "":
        return None
    return value if type(value) is str else str(value)


def line_values(obj: Any, line: int, is_error_file: bool) -> AnswerValues | None:
    """A parsed answer line as :data:`ANSWER_FIELDS` values (error-file lines always failed); None when
    it is not a JSON object."""
    if not is_error_file:
        fast = plain_chat_values(obj)
        if fast is not None:
            return fast
    answer = parse_result_line(obj, line=line)
    if not answer.readable:
        return None
    if is_error_file and answer.succeeded:
        answer = as_failure(answer)
    return answer_values(answer)


def _unreadable(line: int) -> ParsedAnswer:
    return parse_result_line(None, line=line)


def iter_result_file(path: str | os.PathLike[str]) -> Iterator[ParsedAnswer]:
    """Stream an output or error file: one :class:`ParsedAnswer` per non-blank line.

    Lines that are not JSON (or not UTF-8), or longer than :data:`MAX_RESULT_LINE_BYTES`, yield an
    answer with ``readable=False``.
    """
    loads = orjson.loads
    with open(path, "rb", buffering=_READ_BUFFER) as handle:
        for number, raw in bounded_lines(handle):
            if raw is None:
                yield _unreadable(number)
                continue
            if not raw or raw.isspace():
                continue
            try:
                obj = loads(raw)
            except orjson.JSONDecodeError:
                obj = None
            yield parse_result_line(obj, line=number)


def as_failure(answer: ParsedAnswer) -> ParsedAnswer:
    return replace(
        answer,
        succeeded=False,
        error_message=answer.error_message or "The service listed this request in the error file without a reason.",
    )


def request_prompt(body: object) -> str:
    """The text a person asked: the last user message (text parts joined, media as markers) or the
    embedding input; empty when the body has neither."""
    if type(body) is not dict:
        return ""
    messages = body.get("messages")
    if type(messages) is list:
        for message in reversed(messages):
            if type(message) is dict and message.get("role") == "user":
                return _content_text(message.get("content"))
        return ""
    given = body.get("input")
    if type(given) is str:
        return given
    if type(given) is list:
        return "\n".join(item for item in given if type(item) is str)
    return ""


def _content_text(content: object) -> str:
    if type(content) is str:
        return content
    if type(content) is not list:
        return ""
    parts = []
    for part in content:
        if type(part) is not dict:
            continue
        kind = part.get("type")
        if kind == "text" and type(part.get("text")) is str:
            parts.append(part["text"])
        elif kind in ("image_url", "image"):
            parts.append("[image]")
        elif kind == "video":
            parts.append("[video]")
    return " ".join(parts)
