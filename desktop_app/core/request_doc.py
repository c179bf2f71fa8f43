"""An editable list of batch requests over a JSONL file: unedited lines stay on disk, edits in memory.

The window's requests table is a model over a :class:`RequestDocument`. Opening a 50,000-line file
only indexes where its lines start (:mod:`desktop_app.core.jsonl_index`); a row is read and parsed
when the table shows it (a small cache keeps the visible ones). An edit stores the new line in
memory; adding, deleting and duplicating rows rearrange an ``array`` of row references. Nothing
touches the source file.

Long work runs on a :class:`DocSnapshot` (an immutable copy of the row order, cheap to take) in a
worker thread: :meth:`DocSnapshot.write` (Save as, the file to upload), :meth:`DocSnapshot.find`
and :func:`check_document` (validation with row-numbered problems and a split plan).

Decisions worth knowing:

* Rows are the file's lines, blank ones included, so row ``n`` is line ``n`` of the validator's
  report (a blank line is flagged there and can be deleted here).
* Saving writes UTF-8 without a BOM, ``\\n`` line ends, one compact JSON object per line (orjson,
  keys in their order). A line that is not valid JSON is written as it is, so nothing is lost.
* Notes: problems found while *building* the file from a table (``empty_prompt``, ``blank_cell``,
  ``ragged_row``, image checks…) are attached to their lines and shown until that row is edited or
  deleted; findings the validator also makes (blank and repeated ids) follow the validator, so a fix
  anywhere clears them.
"""

from __future__ import annotations

import copy
import os
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from desktop_app.core import wording as w
from desktop_app.core.builder.jsonl import EQUIVALENT_CODES
from desktop_app.core.builder.split import Part, plan_split
from desktop_app.core.fileutil import atomic_write
from desktop_app.core.jsonl_index import RUN_BYTES, LineIndex, index_lines, iter_runs
from desktop_app.core.limits import ALLOWED_METHOD, TEST_MODEL
from desktop_app.core.regions import Endpoint, Region
from desktop_app.core.validate import Problem, Severity, ValidationCancelled, ValidationReport, validate_jsonl

BOM = b"\xef\xbb\xbf"
# File-level errors that splitting the file into parts resolves.
LIMIT_CODES = frozenset({"too_many_requests", "file_too_large", "test_model_limit"})
EDITABLE_FIELDS = ("custom_id", "prompt", "system", "model")
_CACHE_ROWS = 2048
# builder code -> the validator code reporting the same finding
_VALIDATOR_CODE = {builder: validator for validator, builder in EQUIVALENT_CODES.items()}
_VALIDATOR_CODE["line_too_large"] = "line_too_large"


class DocCancelled(Exception):
    """A snapshot operation stopped because its ``cancel`` event was set."""


# -- one line ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestFields:
    """What the requests table shows for one line.

    Attributes:
        kind: ``"request"`` (a JSON object), ``"blank"`` (an empty line) or ``"invalid"`` (anything else).
        custom_id: the id as text (``""`` when missing; non-text ids are shown as JSON).
        prompt: the last user message's text, or an embedding's input; for an invalid line, the line.
        system: the system message's text.
        model, endpoint: ``body.model`` and ``url``.
        settings: a short summary of the other parameters (``temperature 0.3 · thinking off``).
        images: how many images the user message holds.
    """

    kind: str
    custom_id: str = ""
    prompt: str = ""
    system: str = ""
    model: str = ""
    endpoint: str = ""
    settings: str = ""
    images: int = 0


def parse_line(raw: bytes, *, first: bool = False) -> dict[str, Any] | None:
    """The request object of a line, or None when it is blank, not JSON or not an object."""
    if first and raw.startswith(BOM):
        raw = raw[3:]
    if not raw or raw.isspace():
        return None
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:
        return str(value)


def _content_text(content: object) -> tuple[str, int]:
    """The text of a message's content and how many images it holds."""
    if isinstance(content, str):
        return content, 0
    if isinstance(content, list):
        texts: list[str] = []
        images = 0
        for part in content:
            if isinstance(part, Mapping):
                if part.get("type") == "text" or "text" in part:
                    texts.append(_text(part.get("text")))
                elif part.get("type") in ("image_url", "image") or "image_url" in part:
                    images += 1
        return "\n".join(texts), images
    return _text(content), 0


def _messages(body: Mapping[str, Any]) -> list[Any] | None:
    messages = body.get("messages")
    return messages if isinstance(messages, list) else None


def _last_user(messages: list[Any]) -> int | None:
    for position in range(len(messages) - 1, -1, -1):
        message = messages[position]
        if isinstance(message, Mapping) and message.get("role") == "user":
            return position
    return None


_SETTING_NAMES = ("temperature", "top_p", "max_tokens", "enable_thinking", "dimensions")


def fields_of(raw: bytes, obj: Mapping[str, Any] | None) -> RequestFields:
    """The table's view of one line (``obj`` from :func:`parse_line`)."""
    if obj is None:
        if not raw or raw.isspace():
            return RequestFields("blank")
        return RequestFields("invalid", prompt=raw.decode("utf-8", "replace"))
    body = obj.get("body")
    body = body if isinstance(body, Mapping) else {}
    prompt, system, images = "", "", 0
    messages = _messages(body)
    if messages is not None:
        user = _last_user(messages)
        if user is not None:
            prompt, images = _content_text(messages[user].get("content"))
        for message in messages:
            if isinstance(message, Mapping) and message.get("role") == "system":
                system = _content_text(message.get("content"))[0]
                break
    elif "input" in body:
        value = body.get("input")
        prompt = "\n".join(_text(v) for v in value) if isinstance(value, list) else _text(value)
    settings: list[str] = []
    for name in _SETTING_NAMES:
        if name in body:
            value = body[name]
            if name == "enable_thinking" and isinstance(value, bool):
                settings.append("thinking " + ("on" if value else "off"))
            else:
                settings.append(f"{name} {_text(value)}")
    cid = obj.get("custom_id")
    return RequestFields(
        "request",
        custom_id=cid if isinstance(cid, str) else ("" if cid is None else _text(cid)),
        prompt=prompt,
        system=system,
        model=_text(body.get("model")),
        endpoint=_text(obj.get("url")),
        settings=" · ".join(settings),
        images=images,
    )


def with_field(obj: Mapping[str, Any], name: str, value: str) -> dict[str, Any]:
    """A copy of a request with one of :data:`EDITABLE_FIELDS` set to ``value``.

    ``prompt`` replaces the last user message's text (its images stay) or an embedding's ``input``;
    ``system`` sets, adds or (when empty) removes the system message.

    Raises:
        ValueError: ``name`` is not an editable field.
    """
    new = copy.deepcopy(dict(obj))
    if name == "custom_id":
        new["custom_id"] = value
        return new
    body = new.get("body")
    if not isinstance(body, dict):
        body = {}
        new["body"] = body
    if name == "model":
        body["model"] = value
    elif name == "prompt":
        messages = _messages(body)
        if messages is None and ("input" in body or new.get("url") == Endpoint.EMBEDDINGS.value):
            body["input"] = value
        else:
            if messages is None:
                messages = []
                body["messages"] = messages
            user = _last_user(messages)
            if user is None:
                messages.append({"role": "user", "content": value})
            else:
                message = messages[user]
                content = message.get("content")
                if isinstance(content, list) and any(isinstance(p, Mapping) for p in content):
                    parts = [p for p in content if not (isinstance(p, Mapping) and p.get("type") == "text")]
                    parts.append({"type": "text", "text": value})
                    message["content"] = parts
                else:
                    message["content"] = value
    elif name == "system":
        messages = _messages(body)
        if messages is None:
            messages = []
            body["messages"] = messages
        found = next(
            (i for i, m in enumerate(messages) if isinstance(m, Mapping) and m.get("role") == "system"),
            None,
        )
        if not value.strip():
            if found is not None:
                del messages[found]
        elif found is None:
            messages.insert(0, {"role": "system", "content": value})
        else:
            messages[found]["content"] = value
    else:
        raise ValueError(f"not an editable field: {name}")
    return new


def normalize_line(raw: bytes, *, first: bool = False) -> bytes:
    """A line as Save writes it: compact JSON (no BOM); blank stays blank; invalid stays as it is."""
    if first and raw.startswith(BOM):
        raw = raw[3:]
    if not raw or raw.isspace():
        return b""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return raw
    return orjson.dumps(obj)


def _copy_id(cid: str, taken: set[str]) -> str:
    base = f"{cid}-copy" if cid else "copy"
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


# -- snapshots -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocSnapshot:
    """The rows of a document at one moment; safe to use from a worker thread.

    Attributes:
        index: the source file's line index (None for a document that started empty).
        rows: row references (``>= 0``: a source line; ``< 0``: ``texts[-ref - 1]``).
        texts: edited and added lines (append-only, shared with the document).
        version: the document's version when taken.
        notes: problems from the build, by source line (0-based).
    """

    index: LineIndex | None
    rows: array[int]
    texts: list[bytes]
    version: int
    notes: Mapping[int, Sequence[Problem]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def pristine(self) -> bool:
        """The rows are exactly the source file's lines, in order, unedited."""
        if self.index is None:
            return not self.rows
        return len(self.rows) == len(self.index) and _identity(self.rows)

    @property
    def path(self) -> Path | None:
        """The source file."""
        return self.index.path if self.index is not None else None

    def lines(self, cancel: threading.Event | None = None) -> Iterator[bytes]:
        """Every row's content (no line terminator), in order; source lines read in large runs."""
        rows, texts, index = self.rows, self.texts, self.index
        handle: BinaryIO | None = open(index.path, "rb") if index is not None else None  # noqa: SIM115
        try:
            for _position, first, count in _runs(rows):
                if cancel is not None and cancel.is_set():
                    raise DocCancelled
                if first < 0:
                    yield texts[-first - 1]
                    continue
                assert handle is not None and index is not None
                done = 0
                while done < count:
                    # about RUN_BYTES per read, at least one line
                    take = 1
                    budget = RUN_BYTES
                    start = index.starts[first + done]
                    while done + take < count and index.starts[first + done + take + 1] - start <= budget:
                        take += 1
                    yield from index.read_run(handle, first + done, take)
                    done += take
        finally:
            if handle is not None:
                handle.close()

    def write(
        self,
        dest: str | os.PathLike[str],
        *,
        normalize: bool = True,
        durable: bool = True,
        cancel: threading.Event | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> tuple[int, int]:
        """Write every row as a line of ``dest``; returns ``(lines, bytes)``.

        ``normalize`` writes what Save promises (:func:`normalize_line`); without it the rows are
        copied byte for byte (the scratch copy the validator reads). ``durable`` writes atomically
        with an fsync (Save, the file to upload); a scratch copy skips both.

        Raises:
            OSError, DocCancelled
        """
        total = len(self.rows)
        lines = size = 0
        out: list[bytes] = []
        pending = 0
        target = Path(dest)
        if not durable:
            target.parent.mkdir(parents=True, exist_ok=True)
        opener = atomic_write(target, "wb") if durable else open(target, "wb")  # noqa: SIM115
        with opener as handle:
            for raw in self.lines(cancel):
                line = normalize_line(raw, first=lines == 0) if normalize else raw
                out.append(line)
                out.append(b"\n")
                pending += len(line) + 1
                lines += 1
                if pending >= RUN_BYTES:
                    handle.write(b"".join(out))
                    size += pending
                    out.clear()
                    pending = 0
                    if progress is not None:
                        progress(lines, total)
            handle.write(b"".join(out))
            size += pending
        if progress is not None:
            progress(lines, total)
        return lines, size

    def requests(self) -> Iterator[Mapping[str, Any]]:
        """The parsed requests, skipping blank and invalid lines (for the rehearsal file)."""
        for position, raw in enumerate(self.lines()):
            obj = parse_line(raw, first=position == 0)
            if obj is not None:
                yield obj

    def find(self, query: str, cancel: threading.Event | None = None) -> list[int]:
        """Rows whose id, prompt, system prompt or model contains ``query`` (case-insensitive)."""
        needle = query.casefold().strip()
        if not needle:
            return []
        # A byte-level pre-check skips most rows without parsing them; it is exact only for text
        # JSON writes unescaped and whose case folding is plain ASCII lowering (or has no case).
        plain = not any(ch in needle for ch in '"\\') and all(ord(ch) >= 32 for ch in needle)
        ascii_only = needle.isascii()
        caseless = needle == query.strip().upper().casefold() and needle == needle.upper()
        needle_bytes = needle.encode("utf-8")
        prefilter = plain and (ascii_only or caseless)
        found: list[int] = []
        for position, raw in enumerate(self.lines(cancel)):
            if prefilter and b"\\u" not in raw:
                haystack = raw.lower() if ascii_only else raw
                if needle_bytes not in haystack:
                    continue
            obj = parse_line(raw, first=position == 0)
            f = fields_of(raw, obj)
            if any(needle in text.casefold() for text in (f.custom_id, f.prompt, f.system, f.model)):
                found.append(position)
        return found


def _identity(rows: array[int]) -> bool:
    return all(value == position for position, value in enumerate(rows))


def _runs(rows: array[int]) -> Iterator[tuple[int, int, int]]:
    """Runs of consecutive source lines; every edited row is a run of its own (negative first)."""
    for position, first, count in iter_runs(rows):
        if first >= 0:
            yield position, first, count
        else:
            for k in range(count):
                yield position + k, rows[position + k], 1


# -- the document ---------------------------------------------------------------------------------


class RequestDocument:
    """The rows of the requests table: source lines by reference, edits and new rows in memory.

    Not thread-safe: use it from one thread (the UI's) and hand a :meth:`snapshot` to workers.
    """

    def __init__(self, index: LineIndex | None = None) -> None:
        self.index = index
        self.rows: array[int] = array("q", range(len(index)) if index is not None else ())
        self.texts: list[bytes] = []
        self.version = 0
        self.dirty = False  # changed since opened or saved
        self.notes: dict[int, list[Problem]] = {}  # build problems by source line (0-based)
        self.sheet_rows: array[int] | None = None  # spreadsheet row of each source line, when built
        self._handle: BinaryIO | None = None
        self._cache: OrderedDict[int, tuple[bytes, dict[str, Any] | None, RequestFields]] = OrderedDict()

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        cancel: threading.Event | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> RequestDocument:
        """Index a JSONL file (streams it once; nothing else is read until rows are shown)."""
        return cls(index_lines(path, cancel=cancel, progress=progress))

    @property
    def path(self) -> Path | None:
        """The source file."""
        return self.index.path if self.index is not None else None

    def __len__(self) -> int:
        return len(self.rows)

    # reading -----------------------------------------------------------------------------------

    def _read(self, ref: int) -> bytes:
        if ref < 0:
            return self.texts[-ref - 1]
        assert self.index is not None
        if self._handle is None:
            self._handle = open(self.index.path, "rb")  # noqa: SIM115 - kept open between reads
        return self.index.read(self._handle, ref)

    def _entry(self, row: int) -> tuple[bytes, dict[str, Any] | None, RequestFields]:
        ref = self.rows[row]
        entry = self._cache.get(ref)
        if entry is not None:
            self._cache.move_to_end(ref)
            return entry
        raw = self._read(ref)
        obj = parse_line(raw, first=ref == 0)
        entry = (raw, obj, fields_of(raw, obj))
        self._cache[ref] = entry
        if len(self._cache) > _CACHE_ROWS:
            self._cache.popitem(last=False)
        return entry

    def raw(self, row: int) -> bytes:
        """A row's line (no terminator)."""
        return self._entry(row)[0]

    def request(self, row: int) -> dict[str, Any] | None:
        """A row's request object (do not modify it), or None when the line is blank or invalid."""
        return self._entry(row)[1]

    def fields(self, row: int) -> RequestFields:
        """What the table shows for a row."""
        return self._entry(row)[2]

    def is_edited(self, row: int) -> bool:
        """The row was edited or added here."""
        return self.rows[row] < 0

    def source_line(self, row: int) -> int | None:
        """The 0-based source line of an unedited row, else None."""
        ref = self.rows[row]
        return ref if ref >= 0 else None

    def sheet_row(self, row: int) -> int | None:
        """The spreadsheet row an unedited row was built from, when known."""
        ref = self.rows[row]
        if ref < 0 or self.sheet_rows is None or ref >= len(self.sheet_rows):
            return None
        return self.sheet_rows[ref]

    # editing -----------------------------------------------------------------------------------

    def _store(self, line: bytes) -> int:
        self.texts.append(line)
        return -len(self.texts)

    def _changed(self) -> None:
        self.version += 1
        self.dirty = True

    def set_raw(self, row: int, line: bytes) -> None:
        """Replace a row's whole line."""
        self.rows[row] = self._store(line.replace(b"\r", b"").replace(b"\n", b""))
        self._changed()

    def set_field(self, row: int, name: str, value: str) -> bool:
        """Set one field of a row's request; False when the row is not a JSON object (edit its line)."""
        obj = self.request(row)
        if obj is None:
            return False
        current = getattr(self.fields(row), name)
        if current == value:
            return True
        self.set_raw(row, orjson.dumps(with_field(obj, name, value)))
        return True

    def insert(self, row: int, lines: Iterable[bytes]) -> int:
        """Insert lines before ``row`` (``len(self)`` appends); returns how many."""
        refs = array("q", (self._store(line) for line in lines))
        self.rows[row:row] = refs
        if refs:
            self._changed()
        return len(refs)

    def remove(self, row: int, count: int = 1) -> None:
        """Delete ``count`` rows from ``row``."""
        if count <= 0:
            return
        del self.rows[row : row + count]
        self._changed()

    def new_request(self, near: int | None = None) -> bytes:
        """A new request like the row ``near`` (or the first request): same model, url, system prompt and
        settings, an empty prompt and a new id. Without any request to copy, an empty qwen-plus chat request."""
        candidates = [near] if near is not None and 0 <= near < len(self) else []
        candidates += list(range(min(len(self), 50)))
        template: dict[str, Any] | None = None
        for row in candidates:
            template = self.request(row)
            if template is not None:
                break
        taken = {self.fields(r).custom_id for r in candidates}
        n = len(self) + 1
        while f"new-{n}" in taken:
            n += 1
        if template is None:
            template = {
                "custom_id": "",
                "method": ALLOWED_METHOD,
                "url": Endpoint.CHAT.value,
                "body": {"model": "qwen-plus", "messages": [{"role": "user", "content": ""}]},
            }
        new = with_field(with_field(template, "prompt", ""), "custom_id", f"new-{n}")
        messages = _messages(new.get("body") or {})
        user = _last_user(messages) if messages is not None else None
        if messages is not None and user is not None:
            messages[user]["content"] = ""  # text only: the neighbour's images are not copied
        return orjson.dumps(new)

    def duplicate_lines(self, rows: Sequence[int]) -> list[bytes]:
        """Copies of rows with fresh ids (``id-copy``, ``id-copy-2``…); other lines copied as they are."""
        taken = {self.fields(r).custom_id for r in rows}
        out: list[bytes] = []
        for row in rows:
            obj = self.request(row)
            if obj is None:
                out.append(self.raw(row))
                continue
            out.append(orjson.dumps(with_field(obj, "custom_id", _copy_id(self.fields(row).custom_id, taken))))
        return out

    # whole-document --------------------------------------------------------------------------

    def snapshot(self) -> DocSnapshot:
        """An immutable view of the rows now (copies the row order: 8 bytes a row)."""
        return DocSnapshot(self.index, array("q", self.rows), self.texts, self.version, self.notes)

    def rebase(self, index: LineIndex) -> None:
        """Point at a file just saved from this document (same rows, same order); clears edits."""
        if len(index) != len(self.rows):
            raise ValueError("the saved file does not have one line per row")
        notes: dict[int, list[Problem]] = {}
        sheet_rows = array("q", [0] * len(index)) if self.sheet_rows is not None else None
        for position, ref in enumerate(self.rows):
            if ref >= 0:
                if ref in self.notes:
                    notes[position] = self.notes[ref]
                if sheet_rows is not None and self.sheet_rows is not None and ref < len(self.sheet_rows):
                    sheet_rows[position] = self.sheet_rows[ref]
        self.release()
        self.index = index
        self.rows = array("q", range(len(index)))
        self.texts = []
        self.notes = notes
        self.sheet_rows = sheet_rows
        self._cache.clear()
        self.version += 1
        self.dirty = False

    def release(self) -> None:
        """Close the source file (it is opened again on the next read)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    close = release


# -- checking -------------------------------------------------------------------------------------


@dataclass
class DocCheck:
    """What :func:`check_document` found for one snapshot.

    ``problems`` use the document's row numbers (1-based) as ``line``; a problem from the build keeps
    its spreadsheet row in ``params["row"]``. ``parts`` is a split plan when the file is over the
    per-file limits (else empty).
    """

    version: int
    report: ValidationReport
    problems: list[Problem]
    parts: list[Part] = field(default_factory=list)
    checked_path: Path | None = None

    @property
    def errors(self) -> int:
        """Errors, including the ones not listed."""
        unlisted = self.report.error_count - len(self.report.errors)
        return sum(1 for p in self.problems if p.severity is Severity.ERROR) + max(0, unlisted)

    @property
    def blocking(self) -> int:
        """Errors that a split does not resolve."""
        return self.errors - sum(1 for p in self.problems if p.code in LIMIT_CODES)

    @property
    def warnings(self) -> int:
        """Warnings listed."""
        return sum(1 for p in self.problems if p.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        """Nothing blocks an upload of the file as one batch."""
        return self.errors == 0

    @property
    def needs_split(self) -> bool:
        """Over a per-file limit, and nothing else blocks the upload: parts would each fit."""
        return self.blocking == 0 and any(p.code in LIMIT_CODES for p in self.problems) and len(self.parts) > 1


def _edited_problems(snapshot: DocSnapshot) -> list[Problem]:
    """Checks the validator does not make, for rows edited or added here: an empty prompt."""
    found: list[Problem] = []
    for position, ref in enumerate(snapshot.rows):
        if ref >= 0:
            continue
        raw = snapshot.texts[-ref - 1]
        obj = parse_line(raw, first=position == 0)
        if obj is None:
            continue
        if not fields_of(raw, obj).prompt.strip():
            line = position + 1
            text = w.EDITOR_EMPTY_PROMPT(line=line)
            found.append(Problem(line, "empty_prompt", Severity.ERROR, w.english(text), {"line": line}, text))
    return found


def _with_line(problem: Problem, line: int) -> Problem:
    params = {**problem.params, "line": line}
    return Problem(line, problem.code, problem.severity, problem.message, params, problem.text)


def check_document(
    snapshot: DocSnapshot,
    scratch: str | os.PathLike[str],
    *,
    region: Region | None = None,
    endpoint: str | None = None,
    max_problems: int = 2000,
    cancel: threading.Event | None = None,
    count_request: Callable[[dict[str, Any]], int] | None = None,
) -> DocCheck:
    """Validate a snapshot with every rule of :func:`~desktop_app.core.validate.validate_jsonl`
    (``count_request``: its token counter for the context-window rule; default in this process).

    An unedited document is validated where it is; otherwise its rows are copied to ``scratch``
    first (byte for byte). Build notes of unedited rows are merged in (see the module notes).

    Raises:
        OSError, DocCancelled
    """
    path = snapshot.path
    if path is None or not snapshot.pristine:
        snapshot.write(scratch, normalize=False, durable=False, cancel=cancel)
        path = Path(scratch)
    try:
        report = validate_jsonl(
            path,
            endpoint=endpoint,
            region=region,
            max_problems=max_problems,
            cancel=cancel,
            count_request=count_request,
        )
    except ValidationCancelled as exc:
        raise DocCancelled from exc
    problems = list(report.problems)
    notes = snapshot.notes
    if notes:
        by_line: dict[int, list[Problem]] = {}
        for position, ref in enumerate(snapshot.rows):
            if ref >= 0 and ref in notes:
                by_line[position + 1] = list(notes[ref])
        merged: list[Problem] = []
        for problem in problems:
            if problem.line is not None and problem.line in by_line:
                # the build's wording (with the spreadsheet row) for the same finding on an unedited row
                twin = next(
                    (n for n in by_line[problem.line] if _VALIDATOR_CODE.get(n.code) == problem.code),
                    None,
                )
                if twin is not None:
                    merged.append(_with_line(twin, problem.line))
                    by_line[problem.line].remove(twin)
                    continue
            merged.append(problem)
        for line, extra in by_line.items():
            merged.extend(_with_line(n, line) for n in extra if n.code not in _VALIDATOR_CODE)
        problems = merged
    problems += _edited_problems(snapshot)
    problems.sort(key=lambda p: (p.line is not None, p.line or 0))
    parts: list[Part] = []
    if any(p.code in LIMIT_CODES for p in problems):
        parts = plan_split(path, test_model=TEST_MODEL in report.models)
    return DocCheck(snapshot.version, report, problems, parts, path)


def notes_by_line(problems: Iterable[Problem], line_of_row: Mapping[int, int]) -> dict[int, list[Problem]]:
    """Build problems (``line`` = spreadsheet row) keyed by 0-based JSONL line, for :attr:`RequestDocument.notes`."""
    notes: dict[int, list[Problem]] = {}
    for problem in problems:
        if problem.line is None:
            continue
        line = line_of_row.get(problem.line)
        if line is not None:
            notes.setdefault(line, []).append(problem)
    return notes
