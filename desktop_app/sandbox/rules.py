"""Input file rules of the Batch API (reference §3), applied the way the service applies them.

File-level breakage makes the whole batch ``failed`` with ``errors``; a structurally fine line whose
request the model API would refuse (unknown model, bad parameter) becomes a line of the error file.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from desktop_app.core import limits
from desktop_app.core.regions import SUPPORTED_ENDPOINTS, Endpoint, endpoint_for_model

_BOM = b"\xef\xbb\xbf"
_SKIP_CHUNK = 1024 * 1024
EMBEDDING_DIMENSIONS = frozenset({64, 128, 256, 512, 768, 1024, 1536, 2048})


@dataclass(frozen=True)
class FileRules:
    """The numeric limits; tests may shrink them to exercise the rules on small files."""

    max_file_bytes: int = limits.MAX_FILE_BYTES
    max_requests: int = limits.MAX_REQUESTS_PER_FILE
    max_line_bytes: int = limits.MAX_LINE_BYTES
    test_max_bytes: int = limits.TEST_MODEL_MAX_BYTES
    test_max_lines: int = limits.TEST_MODEL_MAX_LINES
    max_reported_errors: int = 20


class LineError(NamedTuple):
    """Why the model API refused one request line (goes to the error file)."""

    status: int
    code: str
    message: str


class RequestLine(NamedTuple):
    """Where one request sits in the input file, and its fate."""

    custom_id: str
    line_no: int
    offset: int
    length: int
    error: LineError | None


@dataclass
class Validation:
    """The outcome of checking one input file against one batch endpoint."""

    errors: list[dict[str, Any]] = field(default_factory=list)
    lines: list[RequestLine] = field(default_factory=list)
    model: str | None = None

    @property
    def ok(self) -> bool:
        """True when the batch may run."""
        return not self.errors


def file_error(code: str, message: str, line: int | None = None, param: str | None = None) -> dict[str, Any]:
    """One entry of a failed batch's ``errors.data``."""
    return {"code": code, "message": message, "param": param, "line": line}


_MISSING = object()


class _Scan:
    """State of one pass over the file."""

    def __init__(self, endpoint: str, models: Collection[str], rules: FileRules) -> None:
        self.endpoint = endpoint
        self.models = models
        self.rules = rules
        self.result = Validation()
        self.seen: set[str] = set()
        self.thinking: object = _MISSING

    def fail(self, code: str, message: str, line: int | None = None, param: str | None = None) -> None:
        self.result.errors.append(file_error(code, message, line, param))

    @property
    def full(self) -> bool:
        return len(self.result.errors) >= self.rules.max_reported_errors

    def check_line(self, text: str, line_no: int, offset: int, length: int) -> None:
        """Apply the per-line structure rules; record the request or the file error."""
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            self.fail("invalid_json_line", f"Line {line_no} is not valid JSON: {exc.msg}.", line_no)
            return
        except ValueError:  # e.g. a number too long to convert
            self.fail("invalid_json_line", f"Line {line_no} is not valid JSON.", line_no)
            return
        if not isinstance(obj, dict):
            self.fail("invalid_json_line", f"Line {line_no} must be a JSON object.", line_no)
            return
        for name in ("custom_id", "method", "url", "body"):
            if name not in obj or obj[name] is None:
                self.fail("missing_required_parameter", f"Line {line_no} has no '{name}'.", line_no, name)
                return
        custom_id, method, url, body = obj["custom_id"], obj["method"], obj["url"], obj["body"]
        if not isinstance(custom_id, str) or not custom_id:
            self.fail(
                "invalid_custom_id",
                f"Line {line_no}: custom_id must be a non-empty string.",
                line_no,
                "custom_id",
            )
            return
        if method != limits.ALLOWED_METHOD:
            self.fail("invalid_method", f"Line {line_no}: method must be POST, got {method!r}.", line_no, "method")
            return
        if url not in SUPPORTED_ENDPOINTS:
            self.fail(
                "invalid_url",
                f"Line {line_no}: url {url!r} is not a supported batch endpoint ({', '.join(SUPPORTED_ENDPOINTS)}).",
                line_no,
                "url",
            )
            return
        if url != self.endpoint:
            self.fail(
                "mismatched_endpoint",
                f"Line {line_no}: url {url!r} differs from the batch endpoint {self.endpoint!r}.",
                line_no,
                "url",
            )
            return
        if not isinstance(body, dict):
            self.fail("invalid_body", f"Line {line_no}: body must be a JSON object.", line_no, "body")
            return
        model = body.get("model")
        if not isinstance(model, str) or not model:
            self.fail("missing_required_parameter", f"Line {line_no} has no body.model.", line_no, "body.model")
            return
        if custom_id in self.seen:
            self.fail(
                "duplicate_custom_id",
                f"Line {line_no}: custom_id {custom_id!r} is used more than once.",
                line_no,
                "custom_id",
            )
            return
        self.seen.add(custom_id)
        first_model = self.result.model
        if first_model is None:
            self.result.model = model
        elif model != first_model:
            self.fail(
                "mismatched_model",
                f"Line {line_no}: model {model!r} differs from {first_model!r}; "
                "all lines of a file must use the same model.",
                line_no,
                "body.model",
            )
            return
        thinking = body.get("enable_thinking", None)
        if self.thinking is _MISSING:
            self.thinking = thinking
        elif thinking != self.thinking or type(thinking) is not type(self.thinking):
            self.fail(
                "mismatched_thinking_mode",
                f"Line {line_no}: enable_thinking={thinking!r} differs "
                f"from the first line ({self.thinking!r}); all lines must use the same thinking "
                "mode.",
                line_no,
                "body.enable_thinking",
            )
            return
        error = line_problem(body, url, model, self.models)
        self.result.lines.append(RequestLine(custom_id, line_no, offset, length, error))


def validate_file(path: Path, endpoint: str, models: Collection[str], rules: FileRules | None = None) -> Validation:
    """Check an input file for a batch with ``endpoint`` in a region serving ``models``.

    Reads line by line (never a whole file, and at most ``max_line_bytes`` of one line) and stops
    after ``max_reported_errors`` problems.
    """
    rules = rules or FileRules()
    scan = _Scan(endpoint, models, rules)
    size = path.stat().st_size
    test_mode = endpoint == Endpoint.TEST.value
    if size > rules.max_file_bytes:
        scan.fail("file_too_large", f"The file has {size} bytes; at most {rules.max_file_bytes} are allowed.")
        return scan.result
    if test_mode and size > rules.test_max_bytes:
        scan.fail(
            "test_model_file_too_large",
            f"batch-test-model files may have at most {rules.test_max_bytes} bytes; this one has {size}.",
        )
        return scan.result
    with open(path, "rb") as handle:
        _scan_lines(handle, scan)
    result = scan.result
    if result.ok and not result.lines:
        scan.fail("empty_file", "The file contains no requests.")
    model_is_test = result.model == limits.TEST_MODEL
    if result.ok and (test_mode or model_is_test):
        if len(result.lines) > rules.test_max_lines:
            scan.fail(
                "test_model_too_many_lines",
                f"batch-test-model files may have at most "
                f"{rules.test_max_lines} lines; this one has {len(result.lines)}.",
                result.lines[rules.test_max_lines].line_no,
            )
        elif size > rules.test_max_bytes:
            scan.fail(
                "test_model_file_too_large",
                f"batch-test-model files may have at most {rules.test_max_bytes} bytes; this one has {size}.",
            )
    if not result.ok:
        result.lines = []
    return result


def _scan_lines(handle: Any, scan: _Scan) -> None:
    rules = scan.rules
    offset = 0
    line_no = 0
    requests = 0
    while not scan.full:
        raw: bytes = handle.readline(rules.max_line_bytes + 2)
        if not raw:
            return
        line_no += 1
        start = offset
        offset += len(raw)
        if not raw.endswith(b"\n") and len(raw) == rules.max_line_bytes + 2:
            while (rest := handle.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                offset += len(rest)
            offset += len(rest)
            scan.fail("line_too_large", f"Line {line_no} is longer than {rules.max_line_bytes} bytes.", line_no)
            continue
        content = raw.rstrip(b"\r\n")
        if len(content) > rules.max_line_bytes:
            scan.fail("line_too_large", f"Line {line_no} is longer than {rules.max_line_bytes} bytes.", line_no)
            continue
        if not content.strip():
            continue
        requests += 1
        if requests > rules.max_requests:
            scan.fail("too_many_requests", f"The file has more than {rules.max_requests} requests.", line_no)
            return
        if line_no == 1 and content.startswith(_BOM):
            scan.fail(
                "invalid_encoding",
                "The file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM.",
                1,
            )
            continue
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            scan.fail("invalid_encoding", f"Line {line_no} is not valid UTF-8.", line_no)
            continue
        scan.check_line(text, line_no, start, len(content))


def line_problem(body: dict[str, Any], url: str, model: str, models: Collection[str]) -> LineError | None:
    """What the model API would answer with an error for this request, or None when it succeeds."""
    if model not in models:
        return LineError(404, "model_not_found", f"The model `{model}` does not exist or you do not have access to it.")
    if endpoint_for_model(model) != url:
        return LineError(
            400,
            "invalid_parameter_error",
            f"Model {model} cannot be called through {url}; use {endpoint_for_model(model)}.",
        )
    if url == Endpoint.EMBEDDINGS.value:
        return _embedding_problem(body)
    return _chat_problem(body)


def _bad(message: str) -> LineError:
    return LineError(400, "invalid_parameter_error", message)


def _chat_problem(body: dict[str, Any]) -> LineError | None:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return _bad("messages must be a non-empty list.")
    if not all(isinstance(m, dict) and "role" in m for m in messages):
        return _bad("every message must be an object with a role.")
    temperature = body.get("temperature")
    if temperature is not None and (
        not _is_number(temperature) or not limits.TEMPERATURE_MIN <= temperature < limits.TEMPERATURE_MAX_EXCLUSIVE
    ):
        return _bad("Range of temperature should be [0.0, 2.0).")
    top_p = body.get("top_p")
    if top_p is not None and (not _is_number(top_p) or not limits.TOP_P_MIN <= top_p <= limits.TOP_P_MAX):
        return _bad("Range of top_p should be [0.0, 1.0].")
    thinking = body.get("enable_thinking")
    if thinking is not None and not isinstance(thinking, bool):
        return _bad("enable_thinking must be true or false.")
    return None


def _embedding_problem(body: dict[str, Any]) -> LineError | None:
    value = body.get("input")
    texts_ok = (isinstance(value, str) and bool(value)) or (
        isinstance(value, list) and bool(value) and all(isinstance(v, str) and v for v in value)
    )
    if not texts_ok:
        return _bad("input must be a non-empty string or a list of non-empty strings.")
    dimensions = body.get("dimensions")
    valid = isinstance(dimensions, int) and not isinstance(dimensions, bool)
    if dimensions is not None and not (valid and dimensions in EMBEDDING_DIMENSIONS):
        return _bad(f"dimensions must be one of {sorted(EMBEDDING_DIMENSIONS)}.")
    return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
