"""Check an input JSONL file against every documented rule before it is uploaded (reference §3).

The validator streams: it reads the file in binary, one line at a time (a line longer than the
6 MB limit is skipped in chunks, never held whole), parses each line and keeps nothing per line
except ``custom_id -> first line`` for the duplicate check. The happy path of the loop does a handful
of lookups and identity comparisons per line; every problem is built on a slow path.

Two parsers, one verdict: when pysimdjson is installed, each line is first parsed by simdjson's
lazy parser, which validates the whole line (JSON syntax, UTF-8, control characters, surrogates) but
builds Python objects only for the few fields the checks read — the long message texts are never
materialised, which makes the loop about 3x faster. A line is accepted there only if it passes
*every* per-line check against the current state; anything else — a parse error, a BOM, a big
integer, a repeated key, any check that fails, the first line that sets a reference — goes through
the original orjson path, which decides and reports exactly as before. Without pysimdjson only the
orjson path runs; results are identical either way (tests run both).

Problems carry a stable ``code`` (for tests, the UI and translations), a plain-language English
``message`` saying what to do, and ``params`` with the values the message uses.

Decisions worth knowing:

* ``max_problems`` caps the *per-line* problems that are stored; later ones are only counted
  (``problems_truncated``, ``counts``). File-level problems (``empty_file``, ``too_many_requests``,
  ``file_too_large``, ``test_model_limit``, ``encoding`` for a UTF-16 file, ``wrong_format``) are
  always kept and listed first.
* ``mixed_model`` / ``url_mismatch`` compare each line with the first line that had a valid value
  (or with the ``endpoint`` argument), and are reported on every offending line.
* Thinking mode: ``enable_thinking: true`` on one line and ``false`` on another is an error on every
  line that differs from the first explicit value. Lines that leave ``enable_thinking`` out use the
  model's default, which this app cannot know for every model; mixing "left out" with an explicit
  value is therefore one *warning* (at the first line where the mix shows up), not an error.
* ``model_region`` and ``url_model`` are reported once per model, not once per line.
* ``requests`` counts non-blank lines, valid or not: that is what the service would count.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import orjson

from desktop_app.core import wording as w
from desktop_app.core.catalogue import current_catalogue
from desktop_app.core.fileutil import require_regular_file
from desktop_app.core.idmap import IdMap
from desktop_app.core.limits import (
    ALLOWED_METHOD,
    MAX_DESCRIPTION_CHARS,
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    MAX_NAME_CHARS,
    MAX_REQUESTS_PER_FILE,
    MAX_WINDOW_HOURS,
    MB,
    MIN_WINDOW_HOURS,
    TEMPERATURE_MAX_EXCLUSIVE,
    TEMPERATURE_MIN,
    TEST_MODEL,
    TEST_MODEL_MAX_BYTES,
    TEST_MODEL_MAX_LINES,
    TOP_P_MAX,
    TOP_P_MIN,
    WindowError,
    completion_window_hours,
)
from desktop_app.core.regions import SUPPORTED_ENDPOINTS, Endpoint, Region, RegionKind, endpoint_for_model
from desktop_app.core.wording import Text


def _load_simdjson() -> Any:
    """pysimdjson when installed (an optional accelerator, see the module notes), else None."""
    try:
        import simdjson
    except ImportError:  # pragma: no cover - the tests cover this path by monkeypatching
        return None
    return simdjson


_simdjson: Any = _load_simdjson()


UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ZIP_MAGIC = b"PK\x03\x04"
_PDF_MAGIC = b"%PDF"
# Leading bytes of files people pick by mistake (checked once, on the first bytes of the file).
_IMAGE_MAGICS = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x00\x00\x01\x00", "ICO"),
)
_OTHER_MAGICS = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", w.FILE_OLE),
    (b"\x1f\x8b", w.FILE_GZIP),
    (b"7z\xbc\xaf\x27\x1c", w.FILE_7Z),
    (b"Rar!\x1a\x07", w.FILE_RAR),
)
_SNIFF_BYTES = 64  # what the sniff reads of the file's start (one read, before the line loop)
_READ_BUFFER = 1 << 20
_SKIP_CHUNK = 1 << 20
# A line of exactly MAX_LINE_BYTES plus "\r\n" still fits in one read.
_LINE_CAP = MAX_LINE_BYTES + 2
_ABSENT: Any = object()  # enable_thinking not given


class Severity(StrEnum):
    """How bad a problem is: errors block the upload, warnings don't."""

    ERROR = "error"
    WARNING = "warning"


class ThinkingMode(StrEnum):
    """What the file does with ``enable_thinking`` across its lines."""

    DEFAULT = "default"  # no line sets it: every request uses the model's default
    ON = "on"  # every line sets it to true
    OFF = "off"  # every line sets it to false
    MIXED = "mixed"  # lines differ (true/false, or set on some lines and left out on others)


class ValidationCancelled(Exception):
    """Raised by :func:`validate_jsonl` when its ``cancel`` event is set."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file (``line`` is 1-based, None for the whole file)."""

    line: int | None
    code: str
    severity: Severity
    message: str
    params: dict[str, object] = field(default_factory=dict)
    text: Text | None = field(default=None, compare=False)  # the message as a catalogue key + values

    @property
    def detail(self) -> str:
        """The message without its leading ``"Line N: "`` (for output that prints the line itself)."""
        prefix = f"Line {self.line}: "
        if self.line is not None and self.message.startswith(prefix):
            rest = self.message[len(prefix) :]
            return rest[:1].upper() + rest[1:]
        return self.message

    def to_json(self) -> dict[str, object]:
        """``{"line", "code", "severity", "message", "params"}``."""
        return {
            "line": self.line,
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "params": dict(self.params),
        }


@dataclass
class ValidationReport:
    """What the validator found: facts about the file and its problems."""

    path: Path | None
    requests: int = 0
    bytes: int = 0
    models: tuple[str, ...] = ()
    endpoint: str | None = None
    thinking: ThinkingMode = ThinkingMode.DEFAULT
    problems: list[Problem] = field(default_factory=list)
    problems_truncated: int = 0
    lines: int = 0  # every line, blank ones included
    counts: dict[str, int] = field(default_factory=dict)  # code -> occurrences, truncated ones too
    error_count: int = 0  # including truncated ones
    warning_count: int = 0  # including truncated ones
    lines_checked: bool = True  # False: refused from its size alone (``refuse_oversized``)

    @property
    def ok(self) -> bool:
        """True when nothing blocks the upload (warnings allowed)."""
        return self.error_count == 0

    @property
    def errors(self) -> list[Problem]:
        """Stored error-severity problems."""
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        """Stored warning-severity problems."""
        return [p for p in self.problems if p.severity is Severity.WARNING]

    @property
    def model(self) -> str | None:
        """The file's model (the first one seen), or None."""
        return self.models[0] if self.models else None

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict: ``ok, requests, bytes, models, endpoint, problems`` plus extras."""
        return {
            "ok": self.ok,
            "requests": self.requests,
            "bytes": self.bytes,
            "models": list(self.models),
            "endpoint": self.endpoint,
            "problems": [p.to_json() for p in self.problems],
            "path": str(self.path) if self.path is not None else None,
            "lines": self.lines,
            "thinking": self.thinking.value,
            "errors": self.error_count,
            "warnings": self.warning_count,
            "problems_truncated": self.problems_truncated,
            "counts": dict(self.counts),
            "lines_checked": self.lines_checked,
        }


class _Collector:
    """Stores problems up to a cap and counts all of them."""

    def __init__(self, report: ValidationReport, max_problems: int) -> None:
        self.report = report
        self.max_problems = max(0, max_problems)
        self.line_problems: list[Problem] = []
        self.file_problems: list[Problem] = []

    def add(
        self,
        line: int | None,
        code: str,
        message: Text,
        severity: Severity = Severity.ERROR,
        **params: object,
    ) -> None:
        report = self.report
        report.counts[code] = report.counts.get(code, 0) + 1
        if severity is Severity.ERROR:
            report.error_count += 1
        else:
            report.warning_count += 1
        if line is not None:
            params = {"line": line, **params}
        problem = Problem(line, code, severity, w.english(message), params, message)
        if line is None:
            self.file_problems.append(problem)
        elif len(self.line_problems) < self.max_problems:
            self.line_problems.append(problem)
        else:
            report.problems_truncated += 1


def _show(value: object, limit: int = 60) -> str:
    """A short, readable rendering of a JSON value for a message."""
    if isinstance(value, str):
        text = value if len(value) <= limit else value[: limit - 1] + "…"
        return f'"{text}"'
    try:
        text = orjson.dumps(value).decode()
    except TypeError:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _limit_bytes(n: int) -> str:
    """A documented limit in the safe unit, saying which one: ``6 MB (6,000,000 bytes)``."""
    return f"{n / MB:g} MB ({n:,} bytes)"


def _human_bytes(n: int) -> str:
    if n >= MB:
        return f"{n / MB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


class _State:
    """What the loop remembers between lines (all small)."""

    __slots__ = (
        "first_explicit_line",
        "first_explicit_thinking",
        "first_thinking_line",
        "first_thinking_state",
        "model_line",
        "ref_model",
        "ref_url",
        "ref_url_line",
        "seen_models",
        "seen_pairs",
        "thinking_mix_reported",
        "thinking_states",
    )

    def __init__(self) -> None:
        self.ref_url: str | None = None
        self.ref_url_line = 0
        self.ref_model: str | None = None
        self.model_line = 0
        self.seen_models: dict[str, int] = {}
        self.seen_pairs: set[tuple[str, str]] = set()
        self.first_thinking_state: Any = None  # True / False / _ABSENT of the first request line
        self.first_thinking_line = 0
        self.first_explicit_thinking: bool | None = None
        self.first_explicit_line = 0
        self.thinking_states: set[str] = set()
        self.thinking_mix_reported = False


def _file_too_large(add: Callable[..., None], size: int) -> None:
    add(
        None,
        "file_too_large",
        w.P_FILE_TOO_LARGE(size_text=_human_bytes(size), limit_text=_limit_bytes(MAX_FILE_BYTES)),
        size=size,
        limit=MAX_FILE_BYTES,
    )


def validate_jsonl(
    path: str | os.PathLike[str],
    *,
    endpoint: str | None = None,
    region: Region | None = None,
    max_problems: int = 1000,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    refuse_oversized: bool = False,
    count_request: Callable[[dict[str, Any]], int] | None = None,
) -> ValidationReport:
    """Check every line of a batch input file without loading the file into memory.

    Args:
        path: the JSONL file.
        endpoint: the batch endpoint the user chose (e.g. ``/v1/chat/completions``); every line's
            ``url`` must equal it. When None, every line must equal the first line's ``url``.
        region: when given, models the region doesn't document get a ``model_region`` warning.
        max_problems: how many per-line problems to store; the rest are only counted.
        progress: called now and then with ``(bytes_read, total_bytes)``.
        cancel: when set, validation stops with :class:`ValidationCancelled`.
        refuse_oversized: a file over :data:`~desktop_app.core.limits.MAX_FILE_BYTES` is refused from
            its size at once (``file_too_large``; ``lines_checked`` False) instead of read in full —
            reading 2 GB cannot make it uploadable. Default: read every line anyway (the window and
            ``split`` want the line problems and counts of a file they are about to split).
        count_request: counts a request body's input tokens for the context-window rule (only lines
            that may not fit are counted); default ``tokens.count_request`` in this process.

    Raises:
        OSError: the file cannot be opened or read (:class:`~desktop_app.core.fileutil.NotRegularFile`
            when it is a device, a pipe or a folder).
        ValidationCancelled: ``cancel`` was set.
    """
    p = Path(path)
    total = require_regular_file(p).st_size  # /dev/zero or a named pipe would never end
    report = ValidationReport(path=p, endpoint=endpoint)
    col = _Collector(report, max_problems)
    add = col.add
    state = _State()
    if endpoint is not None:
        state.ref_url = endpoint
    # Every id's first line (an IdMap: one dict of a million ids held the window's UI thread 50–130 ms
    # when it grew, and 20–80 ms when it was freed; issue 13).
    seen = IdMap()
    seen_ids, id_mask = seen.shards, IdMap.MASK
    loads = orjson.loads
    decode_error = orjson.JSONDecodeError
    fast_parse: Any = None
    fast_object: Any = None
    if _simdjson is not None:
        fast_parse = _simdjson.Parser().parse
        fast_object = _simdjson.Object
    ref_url = state.ref_url
    ref_model: str | None = None
    ref_thinking: Any = None
    pair_model: object = None
    pair_url: object = None
    requests = 0
    lineno = 0
    done = 0
    step = max(total // 200, MB)
    next_tick = step
    near_window = _near_window_bytes(region, None)

    with open(p, "rb", buffering=_READ_BUFFER) as handle, seen:
        readline = handle.readline
        head = handle.read(_SNIFF_BYTES)
        handle.seek(0)
        if _sniff_wrong_file(head, add):
            report.bytes = total
            report.problems = col.file_problems
            return report
        if refuse_oversized and total > MAX_FILE_BYTES:
            report.bytes = total
            report.lines_checked = False
            _file_too_large(add, total)
            report.problems = col.file_problems
            return report
        while True:
            raw = readline(_LINE_CAP)
            if not raw:
                break
            lineno += 1
            size = len(raw)
            done += size
            if done >= next_tick:
                next_tick = done + step
                if cancel is not None and cancel.is_set():
                    raise ValidationCancelled
                if progress is not None:
                    progress(done, total)

            if raw[-1] != 10:  # b"\n": the last line without a newline, or a line over the cap
                content_len = size - 1 if raw[-1] == 13 else size
                if size >= _LINE_CAP:
                    while True:  # skip the rest of the oversized line in chunks
                        chunk = readline(_SKIP_CHUNK)
                        if not chunk:
                            break
                        done += len(chunk)
                        content_len += len(chunk)
                        if chunk[-1] == 10:
                            content_len -= 2 if chunk.endswith(b"\r\n") else 1
                            break
            else:
                content_len = size - 2 if size > 1 and raw[-2] == 13 else size - 1

            if lineno == 1 and raw.startswith(UTF8_BOM):
                raw = raw[3:]
                content_len -= 3
                add(
                    1,
                    "bom",
                    w.P_BOM(),
                    Severity.WARNING,
                )

            if raw.isspace() or not raw:
                add(
                    lineno,
                    "blank_line",
                    w.P_BLANK_LINE(line=lineno),
                    Severity.WARNING,
                )
                continue

            requests += 1
            if content_len > MAX_LINE_BYTES:
                add(
                    lineno,
                    "line_too_large",
                    w.P_LINE_TOO_LARGE(
                        line=lineno, size_text=_human_bytes(content_len), limit_text=_limit_bytes(MAX_LINE_BYTES)
                    ),
                    size=content_len,
                    limit=MAX_LINE_BYTES,
                )
                continue

            if content_len > near_window:
                near_window = _check_context(lineno, raw, content_len, region, state, add, near_window, count_request)

            if fast_parse is not None and raw[0] == 123 and ref_url is not None:  # b"{"
                # The fast path: accept the line only if every check below would pass; else fall through.
                clean = False
                doc = body = dget = bget = None
                try:
                    doc = fast_parse(raw)
                    if type(doc) is fast_object:
                        dget = doc.get
                        cid = dget("custom_id")
                        body = dget("body")
                        if (
                            type(cid) is str
                            and cid
                            and type(body) is fast_object
                            and dget("url") == ref_url
                            and dget("method") == ALLOWED_METHOD
                            # four keys, all found: none repeated (orjson would keep the last of a repeat)
                            and (len(doc) == 4 or len(set(doc.keys())) == len(doc))
                        ):
                            # (a lookup of a missing key is slow in pysimdjson: look only for keys that exist)
                            bkeys = set(body.keys())
                            bget = body.get
                            model = bget("model") if "model" in bkeys else None
                            thinking = bget("enable_thinking") if "enable_thinking" in bkeys else _ABSENT
                            temperature = bget("temperature") if "temperature" in bkeys else None
                            top_p = bget("top_p") if "top_p" in bkeys else None
                            clean = (
                                len(bkeys) == len(body)  # no repeated key (orjson would keep the last)
                                and model == ref_model
                                and model is not None
                                and model == pair_model
                                and ref_url == pair_url
                                and thinking is ref_thinking
                                and (
                                    ("messages" in bkeys and bget("messages") is not None)
                                    or ("input" in bkeys and bget("input") is not None)
                                )
                                and (
                                    temperature is None
                                    or (
                                        (type(temperature) is float or type(temperature) is int)
                                        and TEMPERATURE_MIN <= temperature < TEMPERATURE_MAX_EXCLUSIVE
                                    )
                                )
                                and (
                                    top_p is None
                                    or (
                                        (type(top_p) is float or type(top_p) is int) and TOP_P_MIN <= top_p <= TOP_P_MAX
                                    )
                                )
                                and seen_ids[hash(cid) & id_mask].setdefault(cid, lineno) == lineno
                            )
                except Exception:  # any parser complaint: the orjson path decides and reports
                    clean = False
                doc = body = dget = bget = None  # release the proxies: the parser is reused next line
                if clean:
                    continue

            try:
                obj = loads(raw)
            except decode_error as exc:
                _report_unparsable(lineno, raw, exc, add)
                continue
            if type(obj) is not dict:
                add(
                    lineno,
                    "not_object",
                    w.P_NOT_OBJECT(line=lineno, kind=_json_kind(obj)),
                    kind=_json_kind(obj).english,
                )
                continue

            get = obj.get
            cid = get("custom_id")
            method = get("method")
            url = get("url")
            body = get("body")
            if cid is None or method is None or url is None or body is None:
                _report_missing(lineno, obj, add)

            if cid is not None:
                if type(cid) is str and cid:
                    first = seen_ids[hash(cid) & id_mask].setdefault(cid, lineno)
                    if first != lineno:
                        add(
                            lineno,
                            "duplicate_custom_id",
                            w.P_DUPLICATE_ID(line=lineno, custom_id=_show(cid), first_line=first),
                            custom_id=cid,
                            first_line=first,
                        )
                else:
                    add(
                        lineno,
                        "custom_id_type",
                        w.P_CUSTOM_ID_TYPE(line=lineno, value=_show(cid)),
                        value=_show(cid),
                    )

            if method is not None and method != ALLOWED_METHOD:
                add(
                    lineno,
                    "method",
                    w.P_METHOD(line=lineno, value=_show(method)),
                    value=_show(method),
                )

            if url is not None and url != ref_url:
                ref_url = _check_url(lineno, url, endpoint, state, add)

            if body is None:
                continue
            if type(body) is not dict:
                add(
                    lineno,
                    "body_type",
                    w.P_BODY_TYPE(line=lineno, kind=_json_kind(body)),
                    kind=_json_kind(body).english,
                )
                continue

            bget = body.get
            model = bget("model")
            if model != ref_model or model is None:
                ref_model = _check_model(lineno, model, region, state, add)
            if (model != pair_model or url != pair_url) and type(url) is str and type(model) is str:
                pair_model, pair_url = model, url
                if (model, url) not in state.seen_pairs:
                    _check_url_model(lineno, model, url, state, add)

            thinking = bget("enable_thinking", _ABSENT)
            if thinking is not ref_thinking:
                ref_thinking = _check_thinking(lineno, thinking, state, add)

            if bget("messages") is None and bget("input") is None:
                _check_payload(lineno, body, url, add)
            temperature = bget("temperature")
            if temperature is not None and not (
                (type(temperature) is float or type(temperature) is int)
                and TEMPERATURE_MIN <= temperature < TEMPERATURE_MAX_EXCLUSIVE
            ):
                add(
                    lineno,
                    "temperature",
                    w.P_TEMPERATURE(line=lineno, value=_show(temperature)),
                    value=_show(temperature),
                )
            top_p = bget("top_p")
            if top_p is not None and not (
                (type(top_p) is float or type(top_p) is int) and TOP_P_MIN <= top_p <= TOP_P_MAX
            ):
                add(
                    lineno,
                    "top_p",
                    w.P_TOP_P(line=lineno, value=_show(top_p)),
                    value=_show(top_p),
                )

    if progress is not None:
        progress(done, total)
    report.lines = lineno
    report.requests = requests
    report.bytes = done
    report.models = tuple(state.seen_models)
    if report.endpoint is None:
        report.endpoint = state.ref_url
    states = state.thinking_states
    if len(states) > 1:
        report.thinking = ThinkingMode.MIXED
    elif states == {"on"}:
        report.thinking = ThinkingMode.ON
    elif states == {"off"}:
        report.thinking = ThinkingMode.OFF
    _file_checks(report, add)
    report.problems = col.file_problems + col.line_problems
    return report


def _image_kind(head: bytes) -> str | None:
    """The image format ``head`` starts with ("PNG", "JPEG", ...), or None."""
    for magic, kind in _IMAGE_MAGICS:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"avif", b"avis"):
        return "AVIF" if head[8:12] in (b"avif", b"avis") else "HEIC"
    if head[:2] == b"BM" and len(head) >= 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "BMP"
    return None


def _utf16_without_bom(head: bytes) -> bool:
    """UTF-16 text without a byte-order mark: NUL bytes at every other position.

    A JSONL file can never contain a raw NUL byte (JSON forbids unescaped control characters), and a
    request line starts with ASCII (``{"custom_id"...``), which UTF-16 stores as the character plus a
    NUL byte. So: at least 4 characters, no NUL on one side, mostly NULs on the other.
    """
    n = len(head) & ~1
    if n < 8:
        return False
    pairs = n // 2
    even_nuls = head[0:n:2].count(0)
    odd_nuls = head[1:n:2].count(0)
    return (odd_nuls * 2 >= pairs and even_nuls == 0) or (even_nuls * 2 >= pairs and odd_nuls == 0)


def _sniff_wrong_file(head: bytes, add: Callable[..., None]) -> bool:
    """Catch whole-file mistakes (UTF-16, a spreadsheet, a PDF, an image) before flooding per-line errors.

    Looks only at the first bytes of the file (one read before the line loop), so it costs nothing per
    line. A valid JSONL file starts with ``{``, whitespace or a UTF-8 BOM and never holds a NUL byte,
    so none of these signatures can match one.
    """
    image = _image_kind(head)
    if image is not None:
        add(
            None,
            "wrong_format",
            w.P_IMAGE_FILE(image=image),
            kind=f"a {image} image",
        )
        return True
    if head.startswith(_UTF16_BOMS) or _utf16_without_bom(head):
        add(
            None,
            "encoding",
            w.P_UTF16(),
            encoding="utf-16",
        )
        return True
    kind = next((text for magic, text in _OTHER_MAGICS if head.startswith(magic)), None)
    if head.startswith(_ZIP_MAGIC):
        kind = w.FILE_XLSX_OR_ZIP
    elif head.startswith(_PDF_MAGIC):
        kind = w.FILE_PDF
    if kind is not None:
        says = w.P_SPREADSHEET_FILE if "Excel" in kind.english else w.P_OTHER_FILE
        add(None, "wrong_format", says(kind=kind), kind=kind.english)
        return True
    return False


def _json_kind(value: object) -> w.Wording:
    if isinstance(value, list):
        return w.JSON_LIST
    if isinstance(value, str):
        return w.JSON_TEXT
    if isinstance(value, bool):
        return w.JSON_BOOL
    if value is None:
        return w.JSON_NULL
    if isinstance(value, int | float):
        return w.JSON_NUMBER
    return w.JSON_OBJECT


def _report_unparsable(lineno: int, raw: bytes, exc: orjson.JSONDecodeError, add: Callable[..., None]) -> None:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = raw[err.start : err.start + 1].hex().upper()
        add(
            lineno,
            "encoding",
            w.P_NOT_UTF8(line=lineno, byte=f"0x{bad}", position=err.start + 1),
            position=err.start + 1,
            byte=f"0x{bad}",
        )
        return
    position = getattr(exc, "pos", None)
    column = position + 1 if isinstance(position, int) else None
    if raw.startswith(UTF8_BOM):
        hint = w.HINT_BOM
    elif _looks_pretty_printed(raw.strip()):
        hint = w.HINT_PRETTY
    else:
        hint = w.HINT_SYNTAX
    add(
        lineno,
        "invalid_json",
        w.P_INVALID_JSON_AT(line=lineno, column=column, hint=hint)
        if column is not None
        else w.P_INVALID_JSON(line=lineno, hint=hint),
        column=column,
        detail=str(exc),
    )


def _looks_pretty_printed(text: bytes) -> bool:
    """A fragment of a multi-line JSON document rather than a broken one-line request."""
    return text[:1] in (b"[", b"]", b"}", b",", b'"') or text == b"{" or text.endswith((b",", b"{", b"["))


_REQUIRED = ("custom_id", "method", "url", "body")


def _report_missing(lineno: int, obj: dict[str, Any], add: Callable[..., None]) -> None:
    for name in _REQUIRED:
        if obj.get(name) is not None:
            continue
        says = w.P_FIELD_NULL if name in obj else w.P_FIELD_MISSING
        add(
            lineno,
            "missing_field",
            says(line=lineno, field=name),
            field=name,
        )


def _check_url(lineno: int, url: object, endpoint: str | None, state: _State, add: Callable[..., None]) -> str | None:
    """Slow path for a url that differs from the reference; returns the (new) reference."""
    if type(url) is not str or url not in SUPPORTED_ENDPOINTS:
        supported = ", ".join(SUPPORTED_ENDPOINTS)
        text = w.P_URL(line=lineno, value=_show(url), supported=supported)
        if isinstance(url, str):
            for ep in SUPPORTED_ENDPOINTS:
                if url.rstrip("/").endswith(ep) and url != ep:
                    text = w.P_URL_PATH(line=lineno, value=_show(url), supported=supported, path=ep)
                    break
        add(
            lineno,
            "url",
            text,
            value=_show(url),
            supported=supported,
        )
        return state.ref_url
    if state.ref_url is None:
        state.ref_url = url
        state.ref_url_line = lineno
        return url
    if endpoint is not None:
        add(
            lineno,
            "url_mismatch",
            w.P_URL_TASK(line=lineno, value=url, expected=endpoint),
            value=url,
            expected=endpoint,
        )
    else:
        add(
            lineno,
            "url_mismatch",
            w.P_URL_MIXED(line=lineno, value=url, first_line=state.ref_url_line, expected=state.ref_url),
            value=url,
            expected=state.ref_url,
            first_line=state.ref_url_line,
        )
    return state.ref_url


def _check_model(
    lineno: int, model: object, region: Region | None, state: _State, add: Callable[..., None]
) -> str | None:
    """Slow path for a model that differs from the reference; returns the (new) reference."""
    if type(model) is not str or not model.strip():
        add(
            lineno,
            "model_missing",
            w.P_MODEL_MISSING(line=lineno),
        )
        return state.ref_model
    if model not in state.seen_models:
        state.seen_models[model] = lineno
        if region is not None and region.kind is not RegionKind.CUSTOM:
            catalogue = current_catalogue()
            info = catalogue.get(region.id, model)
            if info is None or not info.batch:  # listed without batch support: not a batch model of ours
                add(
                    lineno,
                    "model_region",
                    w.P_MODEL_REGION(line=lineno, model=model, region=w.region(region.name), date=catalogue.checked),
                    Severity.WARNING,
                    model=model,
                    region=region.id,
                    date=catalogue.checked,
                )
    if state.ref_model is None:
        state.ref_model = model
        state.model_line = lineno
        return model
    if model != state.ref_model:
        add(
            lineno,
            "mixed_model",
            w.P_MIXED_MODEL(line=lineno, model=model, first_line=state.model_line, expected=state.ref_model),
            model=model,
            expected=state.ref_model,
            first_line=state.model_line,
        )
    return state.ref_model


def _near_window_bytes(region: Region | None, model: str | None) -> int:
    """Lines up to this many bytes cannot exceed a context window, so their tokens are not counted.

    A token is at least one byte of the decoded text and the decoded text is never longer than the
    JSON line, so a line of ``n`` bytes has at most ``n`` input tokens (the chat template's few tokens
    per message are fewer than the JSON around each message). ``max_tokens`` cannot be above the
    model's maximum output (the service refuses that), so ``window - max_output`` always fits; where
    the maximum output is unknown, half the window is assumed for this bound only.
    """
    catalogue = current_catalogue()
    region_id = region.id if region is not None else None
    if model is not None:
        info = catalogue.get(region_id, model) if region_id else catalogue.any_region(model)
        infos = [info] if info is not None else []
    else:
        infos = [i for (r, _), i in catalogue.entries.items() if region_id is None or r == region_id]
    bounds = [
        i.context_window - (i.max_output if i.max_output is not None else i.context_window // 2)
        for i in infos
        if i.context_window is not None
    ]
    return min(bounds) if bounds else 1 << 62


def _check_context(
    lineno: int,
    raw: bytes,
    content_len: int,
    region: Region | None,
    state: _State,
    add: Callable[..., None],
    near: int,
    count_request: Callable[[dict[str, Any]], int] | None = None,
) -> int:
    """Count the tokens of a line that might not fit its model's context window; returns the new bound.

    ``count_request`` counts (default ``tokens.count_request`` in this process; the window passes its
    token process's, so the window never builds the tokenizer)."""
    if state.ref_model is not None and near == _near_window_bytes(region, None):
        near = _near_window_bytes(region, state.ref_model)  # the file's model is known now: its own bound
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return near
    body = obj.get("body") if type(obj) is dict else None
    model = body.get("model") if type(body) is dict else None
    if type(body) is not dict or type(model) is not str:
        return near
    catalogue = current_catalogue()
    info = catalogue.get(region.id, model) if region is not None else catalogue.any_region(model)
    if info is None or info.context_window is None:
        return near
    max_tokens = body.get("max_tokens")
    reserved = max_tokens if type(max_tokens) is int and max_tokens > 0 else 0
    available = info.context_window - reserved
    if content_len <= available:
        return near
    if count_request is None:
        from desktop_app.core.tokens import count_request as count_here

        count_request = count_here
    counted = count_request(body)
    if counted > available:
        add(
            lineno,
            "context_window",
            w.P_CONTEXT_WINDOW(
                line=lineno,
                tokens=counted,
                model=model,
                window=info.context_window,
                max_tokens=reserved,
                available=available,
            ),
            tokens=counted,
            window=info.context_window,
            max_tokens=reserved,
            available=available,
            model=model,
        )
    return near


def _check_url_model(lineno: int, model: str, url: str, state: _State, add: Callable[..., None]) -> None:
    """Once per (model, url): the test model and embedding models have their own endpoints."""
    state.seen_pairs.add((model, url))
    if url not in SUPPORTED_ENDPOINTS:
        return
    expected = endpoint_for_model(model)
    wrong = (expected != Endpoint.CHAT and url != expected) or (url == Endpoint.TEST and model != TEST_MODEL)
    if not wrong:
        return
    if url == Endpoint.TEST and model != TEST_MODEL:
        expected = Endpoint.CHAT.value
        text = w.P_TEST_URL(line=lineno, value=url, test_model=TEST_MODEL, expected=expected, model=model)
    else:
        text = w.P_URL_MODEL(line=lineno, model=model, expected=expected, value=url)
    add(
        lineno,
        "url_model",
        text,
        model=model,
        value=url,
        expected=expected,
    )


def _thinking_label(value: Any) -> w.Wording:
    if value is _ABSENT:
        return w.THINKING_LEFT_OUT
    return w.THINKING_TRUE if value else w.THINKING_FALSE


def _check_thinking(lineno: int, value: Any, state: _State, add: Callable[..., None]) -> Any:
    """Slow path when enable_thinking differs from the first line's; returns the reference to keep."""
    if value is not _ABSENT and type(value) is not bool:
        add(
            lineno,
            "thinking_type",
            w.P_THINKING_TYPE(line=lineno, value=_show(value)),
            value=_show(value),
        )
        return state.first_thinking_state
    state.thinking_states.add("default" if value is _ABSENT else ("on" if value else "off"))
    if state.first_thinking_state is None:
        state.first_thinking_state = value
        state.first_thinking_line = lineno
    if value is not _ABSENT:
        if state.first_explicit_thinking is None:
            state.first_explicit_thinking = value
            state.first_explicit_line = lineno
        elif value is not state.first_explicit_thinking:
            first = state.first_explicit_line
            add(
                lineno,
                "mixed_thinking",
                w.P_MIXED_THINKING(
                    line=lineno,
                    thinking=_thinking_label(value),
                    first_line=first,
                    first_thinking=_thinking_label(state.first_explicit_thinking),
                ),
                value=_thinking_label(value).english,
                expected=_thinking_label(state.first_explicit_thinking).english,
                first_line=first,
            )
            return state.first_thinking_state
    if (value is _ABSENT) != (state.first_thinking_state is _ABSENT) and not state.thinking_mix_reported:
        state.thinking_mix_reported = True
        first = state.first_thinking_line
        add(
            lineno,
            "mixed_thinking",
            (w.P_THINKING_LEFT_OUT if value is _ABSENT else w.P_THINKING_SET)(line=lineno, first_line=first),
            Severity.WARNING,
            value=_thinking_label(value).english,
            expected=_thinking_label(state.first_thinking_state).english,
            first_line=first,
        )
    # Keep the first line's state as the fast-path reference, so every differing line is checked.
    return state.first_thinking_state


def _check_payload(lineno: int, body: dict[str, Any], url: object, add: Callable[..., None]) -> None:
    """The body has neither messages nor input: say which one its endpoint needs."""
    if url == Endpoint.EMBEDDINGS:
        add(
            lineno,
            "embedding_input",
            w.P_EMBEDDING_INPUT(line=lineno),
        )
    elif url in SUPPORTED_ENDPOINTS:
        add(
            lineno,
            "messages",
            w.P_MESSAGES(line=lineno),
        )


def _file_checks(report: ValidationReport, add: Callable[..., None]) -> None:
    if report.requests == 0:
        add(
            None,
            "empty_file",
            w.P_EMPTY_FILE(),
        )
    if report.requests > MAX_REQUESTS_PER_FILE:
        add(
            None,
            "too_many_requests",
            w.P_TOO_MANY_REQUESTS(count=report.requests, limit=MAX_REQUESTS_PER_FILE),
            count=report.requests,
            limit=MAX_REQUESTS_PER_FILE,
        )
    if report.bytes > MAX_FILE_BYTES:
        _file_too_large(add, report.bytes)
    if TEST_MODEL in report.models and (report.bytes > TEST_MODEL_MAX_BYTES or report.requests > TEST_MODEL_MAX_LINES):
        add(
            None,
            "test_model_limit",
            w.P_TEST_MODEL_LIMIT(
                model=TEST_MODEL,
                max_requests=TEST_MODEL_MAX_LINES,
                max_size=_limit_bytes(TEST_MODEL_MAX_BYTES),
                requests=report.requests,
                size_text=_human_bytes(report.bytes),
            ),
            requests=report.requests,
            size=report.bytes,
            max_requests=TEST_MODEL_MAX_LINES,
            max_bytes=TEST_MODEL_MAX_BYTES,
        )


# -- batch options -------------------------------------------------------------------------------


def parse_completion_window(text: str) -> int:
    """Hours in a completion window (see :func:`desktop_app.core.limits.completion_window_hours`); send
    :func:`desktop_app.core.limits.canonical_completion_window` of it to the service.

    Raises:
        ValueError: with a plain message when the text is not a whole number of hours or days in range.
    """
    return completion_window_hours(text)


def validate_batch_options(name: str, description: str, completion_window: str) -> list[Problem]:
    """Check the task name, description and completion window before creating a batch."""
    problems: list[Problem] = []
    if len(name) > MAX_NAME_CHARS:
        problems.append(
            Problem(
                None,
                "name_too_long",
                Severity.ERROR,
                w.english(text := w.P_NAME_TOO_LONG(length=len(name), limit=MAX_NAME_CHARS)),
                {"length": len(name), "limit": MAX_NAME_CHARS},
                text,
            )
        )
    if len(description) > MAX_DESCRIPTION_CHARS:
        problems.append(
            Problem(
                None,
                "description_too_long",
                Severity.ERROR,
                w.english(text := w.P_DESCRIPTION_TOO_LONG(length=len(description), limit=MAX_DESCRIPTION_CHARS)),
                {"length": len(description), "limit": MAX_DESCRIPTION_CHARS},
                text,
            )
        )
    try:
        parse_completion_window(completion_window)
    except WindowError as exc:
        problems.append(
            Problem(
                None,
                "completion_window",
                Severity.ERROR,
                str(exc),
                {"value": completion_window, "min_hours": MIN_WINDOW_HOURS, "max_hours": MAX_WINDOW_HOURS},
                exc.text,
            )
        )
    return problems


FINISH_CALLBACK_REGION = "cn"  # metadata.ds_batch_finish_callback works in the Beijing region only
FINISH_CALLBACK_KEY = "ds_batch_finish_callback"
MAX_CALLBACK_CHARS = 2048
_PRIVATE_SUFFIXES = (".local", ".localhost", ".internal", ".lan", ".home", ".corp", ".intranet")


def validate_finish_callback(url: str, region_id: str) -> list[Problem]:
    """Check the optional finish callback: Beijing only, and a public ``https://`` address (the service
    posts to it from the internet; a private or plain-http address would never be called)."""
    import ipaddress
    from urllib.parse import urlsplit

    url = url.strip()
    if not url:
        return []

    def problem(code: str, text: Text) -> list[Problem]:
        return [Problem(None, code, Severity.ERROR, w.english(text), {"url": url}, text)]

    if region_id != FINISH_CALLBACK_REGION:
        return problem(
            "callback_region",
            w.P_CALLBACK_REGION(),
        )
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        host, parts = "", None
    if len(url) > MAX_CALLBACK_CHARS or parts is None or any(c.isspace() for c in url):
        return problem("callback_url", w.P_CALLBACK_NOT_URL(url=url))
    if parts.scheme != "https" or not host:
        return problem("callback_url", w.P_CALLBACK_HTTPS(url=url))
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        public = "." in host and not host.endswith(_PRIVATE_SUFFIXES) and host != "localhost"
    else:
        public = address.is_global
    if not public:
        return problem(
            "callback_private",
            w.P_CALLBACK_PRIVATE(url=url),
        )
    return []
