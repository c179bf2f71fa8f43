"""Reconcile a job's answers with its requests, quickly, and build re-runs of what is left.

:class:`ResultsView` is the results table of one job (or one split group), two ways:

* Random access (the table): on first use it *indexes* the files — for every input line and every
  answer line the byte offset and the ``custom_id`` (found with a byte search; anything unusual is
  parsed). 50,000 rows index in about 0.25 s; a row is parsed only when asked for
  (:meth:`ResultsView.row` / :meth:`ResultsView.rows`), with a small cache. Files are memory-mapped
  until :meth:`ResultsView.close`.
* Full passes (exports, :meth:`ResultsView.iter_rows`): :meth:`ResultsView.iter_row_tuples` reads
  each file once, in order, with no index — answers parsed once into plain tuples, the input streamed
  — as fast as the vendor's own JSONL→CSV script (see ``docs/benchmarks.md``).
* The exact status of every row (needed for the status filter, the counts and the re-run) comes from
  :meth:`ResultsView.statuses`, one pass that parses the chosen answer lines; run it in a worker thread
  after the first rows are shown. Until then :meth:`ResultsView.quick_status` is "failed" for answers
  in an error file, "succeeded" for answers in an output file and "missing" for none; rows that
  :meth:`ResultsView.row` returns are always exact.
* Answers are matched by ``custom_id``; order, duplicates and partial files do not matter. Within one
  job the output file is read before the error file and the first answer wins (the rule of
  :func:`desktop_app.core.results.join_results`). Answers of re-runs (child jobs with relation
  ``rerun``) are later *layers*: the newest layer that answers a ``custom_id`` wins, so the parent's
  view and exports show the newest answer per request.
* A job that came from a spreadsheet keeps the original columns: the ledger's ``source`` field holds a
  :class:`SourceSpec` (filled by the builder); each row carries ``source`` values aligned with
  :attr:`ResultsView.source_columns`.

:func:`judge` turns a job's status and counts into a :class:`Verdict`; a job the server calls
"completed" whose files lack lines is :attr:`Verdict.INCOMPLETE`, never "done".

:func:`build_rerun_input` writes exactly the failed and missing requests of a view as a new input
file, copying each request line byte for byte.

Every function here is blocking: the window runs them in a worker thread.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import mmap
import os
import re
import threading
from array import array
from collections import OrderedDict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from itertools import accumulate, repeat
from operator import add, methodcaller
from pathlib import Path
from typing import IO, Any, NamedTuple

import orjson

from desktop_app.core.batch import JobStatus
from desktop_app.core.bulk import bulk_pass
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.fileutil import atomic_write
from desktop_app.core.ledger import JobRecord, JobRelation, Ledger
from desktop_app.core.outputs import NEEDS_ANOTHER_TRY, OutputColumn, outputs_from_json, outputs_in_file, parse_answer
from desktop_app.core.results import (
    MAX_RESULT_LINE_BYTES,
    AnswerValues,
    JoinSummary,
    ParsedAnswer,
    ResultRow,
    RowStatus,
    answer_values,
    bounded_lines,
    parse_result_line,
    plain_chat_values,
    request_prompt,
)

_READ_BUFFER = 1 << 20
_UTF8_BOM = b"\xef\xbb\xbf"
_EXAMPLES = 20
ROW_CACHE_SIZE = 4096

# A key ``"custom_id":`` outside any string (inside a string its quotes would be escaped), with a
# string or a number as value. A second match on the same line sends the line to the full parser.
log = logging.getLogger(__name__)
_CID_KEY = b'"custom_id"'
_CID = re.compile(rb'"custom_id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)(?=\s*[,}]))')


# --- the source spreadsheet ----------------------------------------------------------------------


@dataclass(frozen=True)
class SourceSpec:
    """Where a job's requests came from when it was built from a spreadsheet (the ledger's ``source``).

    The builder fills it when it turns a table into JSONL; the results view then shows the table's
    original columns next to the answers.

    Attributes:
        path: the spreadsheet the user chose (``.csv``, ``.tsv``, ``.txt``, ``.xlsx``, ``.xlsm``).
        columns: the header texts of the original columns to show, in order.
        id_column: the header whose cell is the request's ``custom_id``; None when ids were made from
            row numbers with ``id_template``.
        id_template: when ``id_column`` is None: ``custom_id = id_template.format(row=N)`` with N the
            1-based row number in the sheet (the header row counts).
        sheet: the worksheet name (XLSX); None for the first / active one.
        header_row: 1-based row number of the headers (informational; the reader detects it).
        rows_path: a snapshot of the rows written with :func:`write_source_snapshot` at build time.
            Preferred when present: it opens fast and survives the user editing or moving the
            spreadsheet. Without it the table itself is read (XLSX reading is slow for big sheets).
        encoding: text encoding of a CSV/TSV table; None: detect.
        delimiter: CSV delimiter; None: detect.
        outputs: the output columns the answers are split into (empty: one free-text answer).
        variant: for a comparison, what this job's answers are called (the model or prompt variant).
    """

    path: str
    columns: tuple[str, ...] = ()
    id_column: str | None = None
    id_template: str = "{row}"
    sheet: str | None = None
    header_row: int = 1
    rows_path: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    outputs: tuple[OutputColumn, ...] = ()
    variant: str = ""

    def to_json(self) -> dict[str, Any]:
        """The JSON object stored in the ledger's ``source`` column."""
        return {
            "kind": "table",
            "path": self.path,
            "columns": list(self.columns),
            "id_column": self.id_column,
            "id_template": self.id_template,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "rows_path": self.rows_path,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "outputs": [c.to_json() for c in self.outputs],
            "variant": self.variant,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> SourceSpec | None:
        """Read the ledger's ``source``; None when it is empty or not a table description."""
        if not data or not isinstance(data.get("path"), str) or data.get("kind", "table") != "table":
            return None
        columns = data.get("columns")
        header_row = data.get("header_row")
        return cls(
            path=str(data["path"]),
            columns=tuple(str(c) for c in columns) if isinstance(columns, list) else (),
            id_column=_opt_text(data.get("id_column")),
            id_template=str(data.get("id_template") or "{row}"),
            sheet=_opt_text(data.get("sheet")),
            header_row=header_row if isinstance(header_row, int) and header_row >= 1 else 1,
            rows_path=_opt_text(data.get("rows_path")),
            encoding=_opt_text(data.get("encoding")),
            delimiter=_opt_text(data.get("delimiter")),
            outputs=outputs_from_json(data.get("outputs")),
            variant=str(data.get("variant") or ""),
        )


def write_source_snapshot(dest: str | os.PathLike[str], rows: Iterable[tuple[str, Sequence[object]]]) -> int:
    """Write the snapshot :attr:`SourceSpec.rows_path` points at; return the number of rows.

    One JSON line per row, ``{"custom_id": "...", "values": ["cell", ...]}``, values as text in the
    order of :attr:`SourceSpec.columns`. Written atomically.
    """
    written = 0
    with atomic_write(Path(dest)) as handle:
        for custom_id, values in rows:
            cells = ["" if v is None else v if isinstance(v, str) else str(v) for v in values]
            handle.write(orjson.dumps({"custom_id": str(custom_id), "values": cells}) + b"\n")
            written += 1
    return written


def load_source_rows(spec: SourceSpec) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The column headers and ``custom_id`` → the row's values for those columns.

    Uses the snapshot when it exists, else reads the table (all its columns when
    :attr:`SourceSpec.columns` is empty). Raises OSError / ValueError when neither can be read (the
    view then shows the answers without the original columns).
    """
    if spec.rows_path and Path(spec.rows_path).is_file():
        return spec.columns, _load_snapshot(Path(spec.rows_path), len(spec.columns))
    return _load_table(spec)


def _load_snapshot(path: Path, width: int) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    with open(path, "rb", buffering=_READ_BUFFER) as handle:
        for raw in handle:
            if not raw.strip():
                continue
            try:
                obj = orjson.loads(raw)
            except orjson.JSONDecodeError:
                continue
            if type(obj) is not dict or "custom_id" not in obj:
                continue
            values = obj.get("values")
            cells = tuple("" if v is None else str(v) for v in values) if type(values) is list else ()
            found.setdefault(str(obj["custom_id"]), _fit(cells, width))
    return found


def _fit(cells: tuple[str, ...], width: int) -> tuple[str, ...]:
    if width <= 0 or len(cells) == width:
        return cells
    return cells[:width] if len(cells) > width else cells + ("",) * (width - len(cells))


def _load_table(spec: SourceSpec) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """Read the spreadsheet itself with :func:`desktop_app.core.tables.readers.open_table` (the builder's reader,
    so cells look the same as when the requests were built)."""
    from desktop_app.core.tables.readers import open_table

    found: dict[str, tuple[str, ...]] = {}
    with contextlib.closing(
        open_table(spec.path, encoding=spec.encoding, delimiter=spec.delimiter, sheet=spec.sheet)
    ) as table:
        header = table.columns
        wanted = spec.columns or header
        positions = [header.index(c) if c in header else -1 for c in wanted]
        id_at = -1
        if spec.id_column is not None:
            if spec.id_column not in header:
                raise ValueError(f"the id column {spec.id_column!r} is not in the table's header")
            id_at = header.index(spec.id_column)
        for row in table.iter_rows():
            cells = row.values
            if id_at >= 0:
                custom_id = cells[id_at].strip() if id_at < len(cells) else ""
            else:
                custom_id = spec.id_template.format(row=row.number)
            if custom_id:
                found.setdefault(custom_id, tuple(cells[p] if 0 <= p < len(cells) else "" for p in positions))
    return tuple(wanted), found


# --- verdicts ------------------------------------------------------------------------------------


class Verdict(StrEnum):
    """What a job's answers add up to (the UI shows this next to the API status)."""

    NOT_FINISHED = "not_finished"  # the batch is still running
    COMPLETE = "complete"  # every request has a successful answer
    COMPLETE_WITH_FAILURES = "complete_with_failures"  # every request answered, some with an error
    INCOMPLETE = "incomplete"  # the server says "completed" but answers are missing: NOT done
    PARTIAL = "partial"  # expired or cancelled: some requests answered (and billed), the rest never ran
    NO_ANSWERS = "no_answers"  # ended (expired / cancelled) before anything was answered
    FAILED = "failed"  # the batch as a whole failed (e.g. the input file was invalid)

    @property
    def needs_attention(self) -> bool:
        """True when some requests still lack a successful answer (a re-run can help)."""
        return self in (
            Verdict.COMPLETE_WITH_FAILURES,
            Verdict.INCOMPLETE,
            Verdict.PARTIAL,
            Verdict.NO_ANSWERS,
        )


VERDICT_TEXT: dict[Verdict, str] = {
    Verdict.NOT_FINISHED: "Still running.",
    Verdict.COMPLETE: "Every request has an answer.",
    Verdict.COMPLETE_WITH_FAILURES: "Every request was answered, but some failed; you can re-run the failed ones.",
    Verdict.INCOMPLETE: (
        "The service says this job completed, but answers are missing for some requests. It is not done: "
        "re-run the missing ones."
    ),
    Verdict.PARTIAL: (
        "The job ended early (expired or cancelled). Answers already given are kept (and billed); the "
        "rest never ran — re-run them."
    ),
    Verdict.NO_ANSWERS: "The job ended before any request was answered; nothing was billed.",
    Verdict.FAILED: "The job failed as a whole (see its errors); nothing was run or billed.",
}


def stray_answer_notes(unknown: int | None, duplicates: int | None) -> list[str]:
    """Plain sentences about answers that do not belong: ids never sent, ids answered twice."""
    notes = []
    if unknown:
        notes.append(f"{unknown:,} extra answer(s) for requests this job never sent; they are not counted or shown.")
    if duplicates:
        notes.append(f"{duplicates:,} request(s) were answered more than once; the first answer of each is kept.")
    return notes


def judge(status: str, expected: int | None, succeeded: int, failed: int) -> Verdict:
    """The verdict for a job in ``status`` whose files answer ``succeeded`` + ``failed`` requests.

    ``expected`` is the number of requests (input rows, else the server's total); None when unknown,
    in which case a terminal job is judged by its answers alone.
    """
    job_status = JobStatus.parse(status)
    if job_status is None or not job_status.is_terminal:
        return Verdict.NOT_FINISHED
    if job_status is JobStatus.FAILED:
        return Verdict.FAILED
    answered = succeeded + failed
    missing = max(0, expected - answered) if expected is not None else 0
    if job_status is JobStatus.COMPLETED:
        if missing or (expected is None and answered == 0):
            return Verdict.INCOMPLETE
        return Verdict.COMPLETE_WITH_FAILURES if failed else Verdict.COMPLETE
    # expired / cancelled
    if answered == 0:
        return Verdict.NO_ANSWERS
    if missing:
        return Verdict.PARTIAL
    return Verdict.COMPLETE_WITH_FAILURES if failed else Verdict.COMPLETE


@dataclass(frozen=True)
class Reconciliation:
    """Every input request accounted for: succeeded, failed (with reason) or missing."""

    verdict: Verdict
    total: int
    succeeded: int
    failed: int
    missing: int
    missing_examples: tuple[str, ...] = ()
    failed_examples: tuple[tuple[str, str], ...] = ()  # (custom_id, "code: message")
    summary: JoinSummary = field(default_factory=JoinSummary)

    @property
    def message(self) -> str:
        """A plain sentence for the UI."""
        return VERDICT_TEXT[self.verdict]


# --- answer counts and usage straight from the files ---------------------------------------------


@dataclass(frozen=True)
class AnswerCounts:
    """What a job's downloaded files contain, without the input (first answer per custom_id wins)."""

    succeeded: int = 0
    failed: int = 0
    duplicates: int = 0
    without_id: int = 0
    unreadable: int = 0
    prompt_tokens: int = 0  # succeeded (billed) answers only; thinking is part of completion_tokens
    completion_tokens: int = 0
    total_tokens: int = 0
    reasoning_tokens: int = 0
    unknown: int = 0  # answers for custom_ids the input never sent: extra, not counted as answers
    unknown_examples: tuple[str, ...] = ()

    @property
    def answered(self) -> int:
        """Requests with an answer of either kind."""
        return self.succeeded + self.failed


def input_custom_ids(path: str | os.PathLike[str] | None, expected_bytes: int | None = None) -> set[str] | None:
    """The ``custom_id`` of every request in an input JSONL file (streamed); None when the file is gone,
    unreadable, or no longer the size that was sent (then the answers cannot be checked against it)."""
    if not path:
        return None
    ids: set[str] = set()
    try:
        if expected_bytes is not None and Path(path).stat().st_size != expected_bytes:
            return None
        with open(path, "rb", buffering=_READ_BUFFER) as handle:
            for raw in handle:
                if _CID_KEY not in raw:
                    continue
                try:
                    obj = orjson.loads(raw[3:] if raw.startswith(_UTF8_BOM) else raw)
                except orjson.JSONDecodeError:
                    continue
                cid = obj.get("custom_id") if type(obj) is dict else None
                if type(cid) is str and cid:
                    ids.add(cid)
    except OSError:
        return None
    return ids


def count_answers(
    output_path: str | os.PathLike[str] | None,
    error_path: str | os.PathLike[str] | None,
    outputs: Sequence[OutputColumn] = (),
    known: Collection[str] | None = None,
) -> AnswerCounts:
    """Count the answers and sum the token usage of a job's output and error files (streamed).

    With ``outputs`` (the job's output columns) a successful answer that does not fit them counts as
    failed ("needs another try"); its tokens are counted all the same (it was billed). With ``known``
    (the input's custom_ids) an answer for any other id is counted as ``unknown`` and adds neither an
    answer nor tokens; a repeated id keeps its first answer (``duplicates``).
    """
    seen: set[str] = set()
    unknown: list[str] = []
    ok = bad = dup = no_id = unreadable = 0
    prompt = completion = total = reasoning = 0
    for path, is_error_file in ((output_path, False), (error_path, True)):
        if path is None or not Path(path).is_file():
            continue
        with open(path, "rb", buffering=_READ_BUFFER) as handle:
            for number, raw in bounded_lines(handle):
                if raw is None:  # longer than any answer: never loaded
                    unreadable += 1
                    continue
                if not raw.strip():
                    continue
                answer = _parse_answer(raw, number)
                if not answer.readable:
                    unreadable += 1
                    continue
                if answer.custom_id is None:
                    no_id += 1
                    continue
                if answer.custom_id in seen:
                    dup += 1
                    continue
                seen.add(answer.custom_id)
                if known is not None and answer.custom_id not in known:
                    unknown.append(answer.custom_id)
                    continue
                if answer.succeeded and not is_error_file:
                    if outputs and not parse_answer(answer.content, outputs).ok:
                        bad += 1
                    else:
                        ok += 1
                    prompt += answer.prompt_tokens or 0
                    completion += answer.completion_tokens or 0
                    total += answer.total_tokens or 0
                    reasoning += answer.reasoning_tokens or 0
                else:
                    bad += 1
    return AnswerCounts(
        ok,
        bad,
        dup,
        no_id,
        unreadable,
        prompt,
        completion,
        total,
        reasoning,
        unknown=len(unknown),
        unknown_examples=tuple(unknown[:_EXAMPLES]),
    )


def _parse_answer(raw: bytes, line: int) -> ParsedAnswer:
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        obj = None
    return parse_result_line(obj, line=line)


# --- the index -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerLayer:
    """The answer files of one job; later layers (re-runs) override earlier ones per custom_id."""

    output_path: Path | None
    error_path: Path | None
    label: str = ""  # the re-run's batch id (shown as ``answered_by``); empty for the job's own answers


class _AnswerRef(NamedTuple):
    file: int  # index into ResultsView._maps
    offset: int
    length: int
    line: int
    layer: int
    is_error_file: bool


class _Mapped:
    """One file: memory-mapped for the index scan, read by offset for rows (an empty file maps to nothing).

    Memory stays flat whatever the file's size (issue 10): rows are read by offset (:meth:`slice`,
    ``pread``; a locked seek + read on Windows), never through the map, and the index scan hands the
    pages it has passed back to the OS (``MADV_DONTNEED``) every :data:`_RELEASE_BYTES`
    (:meth:`releasing`), so the mapped pages resident at once stay about that size. Where ``madvise``
    is missing (Windows) the index scan's pages stay mapped (reclaimable by the OS).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = open(path, "rb", buffering=0)  # noqa: SIM115 - closed in close()
        size = os.fstat(self._handle.fileno()).st_size
        self._map: mmap.mmap | None = mmap.mmap(self._handle.fileno(), 0, access=mmap.ACCESS_READ) if size else None
        self._lock = threading.Lock()
        self._window = b""  # the read-ahead window of sequential reads, starting at _window_at
        self._window_at = 0
        self._next = -10  # where the last read ended

    @property
    def buffer(self) -> Any:
        """The mapped bytes (``b""`` for an empty file)."""
        return self._map if self._map is not None else b""

    def slice(self, offset: int, length: int) -> bytes:
        """``length`` bytes at ``offset``, read from the file, not the map (a mapped page costs a whole
        page-cache folio of resident memory, up to 2 MB per random read). Reads that follow each other
        (the input file in row order) are served from one :data:`_WINDOW_BYTES` read-ahead window."""
        handle = self._handle
        if self._map is None or handle is None or length <= 0:
            return b""
        with self._lock:
            start = offset - self._window_at
            if start >= 0 and start + length <= len(self._window):
                data = self._window[start : start + length]
            elif 0 <= offset - self._next <= 2:  # the next line (after "\n" or "\r\n"): read ahead
                self._window = self._read_at(handle, offset, max(length, _WINDOW_BYTES))
                self._window_at = offset
                data = self._window[:length]
            else:
                data = self._read_at(handle, offset, length)
            self._next = offset + length
        return data

    @staticmethod
    def _read_at(handle: IO[bytes], offset: int, length: int) -> bytes:
        if _HAS_PREAD:
            return os.pread(handle.fileno(), length, offset)
        handle.seek(offset)  # Windows: no pread (the caller holds the lock)
        return handle.read(length) or b""

    def releasing(self, lines: Iterator[_IdRun | _IdLine]) -> Iterator[_IdRun | _IdLine]:
        """``lines`` (from :func:`_id_runs` over :attr:`buffer`), handing the scanned pages back as it goes."""
        mapped = self._map
        if mapped is None or _DONTNEED is None:
            yield from lines
            return
        mark = _RELEASE_BYTES
        for item in lines:
            at = item.offsets[0] if isinstance(item, _IdRun) else item[1]
            if at >= mark:
                start = at - at % mmap.PAGESIZE
                with contextlib.suppress(OSError, ValueError):
                    mapped.madvise(_DONTNEED, 0, start)
                mark = at + _RELEASE_BYTES
            yield item
        with contextlib.suppress(OSError, ValueError):
            mapped.madvise(_DONTNEED)

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None
        if self._handle is not None:
            self._handle.close()
            self._handle = None


_IdLine = tuple[int, int, int, bool, str | None, bool]
_HAS_PREAD = hasattr(os, "pread")  # POSIX; Windows reads with a locked seek + read
_WINDOW_BYTES = 256 * 1024
_DONTNEED = getattr(mmap, "MADV_DONTNEED", None)  # Linux, macOS; Windows keeps the scanned pages mapped
_RELEASE_BYTES = 32 * 1024 * 1024


def _unescape(raw: bytes) -> str:
    if b"\\" not in raw:
        return raw.decode("utf-8", "replace")
    try:
        value = orjson.loads(b'"' + raw + b'"')
    except orjson.JSONDecodeError:
        return raw.decode("utf-8", "replace")
    return value if isinstance(value, str) else str(value)


def _fast_id(raw: bytes) -> tuple[bool, str | None, bool]:
    """``(decided, custom_id, is_string)`` from the bytes alone; ``decided`` False means "parse it"."""
    if raw[:1] != b"{":
        return False, None, False
    match = _CID.search(raw)
    if match is None or raw.find(_CID_KEY, match.end()) >= 0:
        return False, None, False  # none, or the key twice (a nested object): let the parser decide
    text = match.group(1)
    if text is not None:
        if b"\\" in text:
            return True, _unescape(text) or None, True
        return True, text.decode("utf-8", "replace") or None, True
    return True, match.group(2).decode("ascii"), False


def _id_lines(buf: Any) -> Iterator[tuple[int, int, int, bool, str | None, bool]]:
    """Every non-blank line of a JSONL buffer (bytes or mmap) with its ``custom_id`` when the bytes
    alone decide it: ``(line number, offset, length, decided, custom_id, is_string)``.

    Finds each ``"custom_id"`` key with a plain byte search; only lines without one, with two, or not
    starting with ``{`` (blank lines, a BOM, odd spacing, escapes) go through the per-line path.
    """
    size = len(buf)
    pos = 0  # start of the first line not yet reported
    line_no = 1
    find, rfind, match_at = buf.find, buf.rfind, _CID.match
    while pos < size:
        key = find(_CID_KEY, pos)
        if key < 0:
            break
        newline = rfind(b"\n", pos, key)
        line_start = pos if newline < 0 else newline + 1
        if line_start > pos:
            yield from _id_lines_slow(buf, pos, line_start, line_no)
            line_no += buf[pos:line_start].count(b"\n")
        line_end = find(b"\n", key)
        if line_end < 0:
            line_end = size
        end = line_end - 1 if line_end > line_start and buf[line_end - 1] == 13 else line_end  # CR LF
        match = match_at(buf, key, end)
        text = match.group(1) if match is not None else None
        if (
            text is None
            or buf[line_start] != 123  # "{"
            or b"\\" in text
            or find(_CID_KEY, match.end(), end) >= 0  # type: ignore[union-attr]
        ):
            yield from _id_lines_slow(buf, line_start, min(size, line_end + 1), line_no)
        else:
            yield line_no, line_start, end - line_start, True, text.decode("utf-8", "replace") or None, True
        line_no += 1
        pos = line_end + 1
    if pos < size:
        yield from _id_lines_slow(buf, pos, size, line_no)


def _id_lines_slow(
    buf: Any, start: int, stop: int, line_no: int
) -> Iterator[tuple[int, int, int, bool, str | None, bool]]:
    """Line by line (never a copy of the whole stretch: it may be a gigabyte of junk); a line longer
    than :data:`MAX_RESULT_LINE_BYTES` is given undecided and unread (the index counts it unreadable)."""
    offset = start
    number = line_no
    find = buf.find
    while offset < stop:
        end = find(b"\n", offset, stop)
        if end < 0:
            end = stop
        line_offset = offset
        if end - offset > MAX_RESULT_LINE_BYTES:
            yield number, line_offset, end - offset, False, None, False
        else:
            raw = bytes(buf[offset:end])
            if line_offset == 0 and raw.startswith(_UTF8_BOM):
                raw = raw[3:]
                line_offset += 3
            raw = raw.rstrip(b"\r")
            if raw and not raw.isspace():
                decided, cid, is_string = _fast_id(raw)
                yield number, line_offset, len(raw), decided, cid, is_string
        number += 1
        offset = end + 1


_RUN_BYTES = 1024 * 1024  # bytes of a JSONL buffer that _id_runs splits into lines at once (each C-level step
# over them holds the GIL: 4 MB made steps of 3–35 ms that stalled the window; 1 MB: ~0.5 ms, same total)


class _IdRun(NamedTuple):
    """Consecutive lines whose ``custom_id`` the bytes alone decide (a JSON string without escapes, the
    key once, the line starting with ``{``): line ``first_line + i`` is ``[offsets[i], +lengths[i])``."""

    first_line: int
    offsets: list[int]
    lengths: list[int]
    cids: list[str]


_count_key = methodcaller("count", _CID_KEY)
_group_1 = methodcaller("group", 1)
_has_backslash = methodcaller("__contains__", b"\\")
_starts_brace = methodcaller("startswith", b"{")
_ends_cr = methodcaller("endswith", b"\r")
_decode = methodcaller("decode", "utf-8", "replace")


def _id_runs(buf: Any) -> Iterator[_IdRun | _IdLine]:
    """The lines of :func:`_id_lines`, in the same order, with the common ones grouped in :class:`_IdRun`
    s: a few MB at a time is split into lines and matched by C-level calls (``split``, ``map`` of the
    regex and of ``bytes.count``), so 200,000 lines cost no per-line Python step (issue 13: the results
    window's index). Lines that are not that plain come one by one, as :func:`_id_lines_slow` gives them.
    """
    size = len(buf)
    pos = 0
    line_no = 1
    while pos < size:
        window_end = min(size, pos + _RUN_BYTES)
        cut = buf.rfind(b"\n", pos, window_end)
        if cut < 0:  # one line longer than the window, or the file's last line without a newline
            newline = -1 if window_end == size else buf.find(b"\n", window_end)
            stop = size if newline < 0 else newline + 1
            yield from _id_lines_slow(buf, pos, stop, line_no)
            line_no += 1
            pos = stop
            continue
        lines = buf[pos:cut].split(b"\n")
        yield from _runs_of(buf, lines, pos, line_no)
        line_no += len(lines)
        pos = cut + 1


def _runs_of(buf: Any, lines: list[bytes], base: int, line_no: int) -> Iterator[_IdRun | _IdLine]:
    n = len(lines)
    lengths = list(map(len, lines))
    offsets = list(accumulate(map(add, lengths, repeat(1, n - 1)), initial=base))
    counts = list(map(_count_key, lines))
    matches = list(map(_CID.search, lines))
    if counts.count(1) == n and None not in matches:
        texts = list(map(_group_1, matches))
        if (
            None not in texts
            and b"" not in texts
            and not any(map(_has_backslash, texts))
            and all(map(_starts_brace, lines))
        ):
            crs = sum(map(_ends_cr, lines))
            if crs == 0:
                yield _IdRun(line_no, offsets, lengths, list(map(_decode, texts)))
                return
            if crs == n:  # CR LF throughout
                yield _IdRun(line_no, offsets, [length - 1 for length in lengths], list(map(_decode, texts)))
                return
    # Mixed: plain lines in runs, the others one by one through the general path.
    start = 0
    for i, (count, match, line) in enumerate(zip(counts, matches, lines, strict=True)):
        text = match.group(1) if match is not None and count == 1 else None
        if text and b"\\" not in text and line[:1] == b"{" and not line.endswith(b"\r"):
            continue
        if i > start:
            yield _IdRun(
                line_no + start, offsets[start:i], lengths[start:i], list(map(_decode, _texts_of(matches, start, i)))
            )
        yield from _id_lines_slow(buf, offsets[i], offsets[i] + lengths[i] + 1, line_no + i)
        start = i + 1
    if n > start:
        yield _IdRun(
            line_no + start, offsets[start:n], lengths[start:n], list(map(_decode, _texts_of(matches, start, n)))
        )


def _texts_of(matches: list[Any], start: int, stop: int) -> list[bytes]:
    """The captured ids of ``matches[start:stop]``."""
    return list(map(_group_1, matches[start:stop]))


ANSWER_INDEX_SUFFIX = ".rowindex"
"""The saved index of an answer file sits next to it: ``output.jsonl.rowindex`` (see :func:`save_answer_index`)."""
_INDEX_MAGIC = b"BDIDX1\n"


class _SavedLines(NamedTuple):
    """Every line of an answer file with its id, as saved: not necessarily consecutive line numbers."""

    lines: array[int]
    offsets: array[int]
    lengths: array[int]
    cids: list[str]


class _PlainLines:
    """The runs of one answer file collected while it is indexed (to save them)."""

    def __init__(self) -> None:
        self.lines: array[int] = array("q")
        self.offsets: array[int] = array("q")
        self.lengths: array[int] = array("q")
        self.cids: list[str] = []

    def add(self, run: _IdRun) -> None:
        self.lines.extend(range(run.first_line, run.first_line + len(run.cids)))
        self.offsets.extend(run.offsets)
        self.lengths.extend(run.lengths)
        self.cids.extend(run.cids)

    def run(self) -> _SavedLines:
        return _SavedLines(self.lines, self.offsets, self.lengths, self.cids)


def _index_path(path: Path) -> Path:
    return path.with_name(path.name + ANSWER_INDEX_SUFFIX)


def save_answer_index(path: str | os.PathLike[str], lines: _SavedLines | None = None) -> bool:
    """Save the index of an answer file next to it (the app's own downloads), so the results window
    opens on 200,000 answers without reading them again (issue 13). Only a file whose every line is
    plain (a JSON object with a string ``custom_id``) gets one; False when none was written. Never
    raises for a disk problem: the index is only a shortcut, rebuilt from the file whenever missing."""
    p = Path(path)
    try:
        st = p.stat()
        if lines is None:
            mapped = _Mapped(p)
            try:
                collected = _PlainLines()
                for item in mapped.releasing(_id_runs(mapped.buffer)):
                    if not isinstance(item, _IdRun):
                        return False
                    collected.add(item)
                lines = collected.run()
            finally:
                mapped.close()
        ids = "\n".join(lines.cids).encode("utf-8", "surrogatepass")
        facts = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "n": len(lines.cids), "ids_bytes": len(ids)}
        header = orjson.dumps(facts) + b"\n"
        with atomic_write(_index_path(p)) as handle:
            handle.write(_INDEX_MAGIC + header)
            lines.lines.tofile(handle)
            lines.offsets.tofile(handle)
            lines.lengths.tofile(handle)
            handle.write(ids)
    except (OSError, ValueError) as exc:
        log.info("answer index of %s not saved: %s", p.name, exc)
        return False
    return True


def load_answer_index(path: Path) -> _SavedLines | None:
    """The saved index of an answer file when it matches the file's size and time; None otherwise."""
    try:
        st = path.stat()
        with open(_index_path(path), "rb") as handle:
            if handle.read(len(_INDEX_MAGIC)) != _INDEX_MAGIC:
                return None
            header = orjson.loads(handle.readline())
            n = int(header["n"])
            if header["size"] != st.st_size or header["mtime_ns"] != st.st_mtime_ns or n < 0:
                return None
            columns = []
            for _ in range(3):
                column = array("q")
                column.fromfile(handle, n)
                columns.append(column)
            raw_ids = handle.read()
            if len(raw_ids) != header["ids_bytes"]:
                return None
            ids = raw_ids.decode("utf-8", "surrogatepass")
    except (OSError, ValueError, KeyError, TypeError, EOFError, orjson.JSONDecodeError):
        return None
    cids = ids.split("\n") if n else []
    if len(cids) != n or (n and max(columns[1][-1], 0) + columns[2][-1] > st.st_size):
        return None
    return _SavedLines(columns[0], columns[1], columns[2], cids)


ROW_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ResultRow))
"""The order of the values in a row tuple (:meth:`ResultsView.iter_row_tuples`): ResultRow's fields."""

BULK_ANSWER_BYTES = 256 * 1024 * 1024
"""Up to this much answer data, a full pass (export, iter_rows) holds the parsed answers in memory
and reads every file once, in order; above it, answers are read one by one from the index (slower,
memory stays flat)."""

_ERROR_FILE_REASON = "The service listed this request in the error file without a reason."


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk pass (see :mod:`desktop_app.core.bulk`).

    A full pass allocates hundreds of thousands of small dicts and tuples that never form cycles; the
    collector would scan them again and again (5–10 % of an export). Reference counting still frees
    everything as usual, so memory does not grow because of this.
    """
    with bulk_pass():
        yield


def _values_of(obj: Any, line: int, is_error_file: bool) -> AnswerValues | None:
    """An answer line as :data:`ANSWER_FIELDS` values (error-file lines always failed); None when it
    is not a JSON object."""
    if not is_error_file:
        fast = plain_chat_values(obj)
        if fast is not None:
            return fast
    answer = parse_result_line(obj, line=line)
    if not answer.readable:
        return None
    if is_error_file and answer.succeeded:
        answer = _as_failure(answer)
    return answer_values(answer)


class ResultsView:
    """The results of one job (with its re-runs merged in) as random-access rows and fast full passes.

    Build it with :func:`open_results` (from the ledger) or :meth:`from_paths`; close it with
    :meth:`close` (or use ``with``). Thread-safe for reading.

    Opening is cheap. The index (offsets and ids of every line) is built on first random access
    (:meth:`row`, :meth:`rows`, ``len``, :meth:`statuses`…); a full pass (:meth:`iter_row_tuples`,
    :meth:`iter_rows` without a filter, the exports) streams the files instead and needs no index.

    Attributes:
        source_columns: header texts of the original spreadsheet columns (empty for JSONL jobs).
        has_input: False when the input file is not available (a job made in the web console, or the
            file was moved): rows are then the answers in file order and "missing" cannot be known.
        input_problem: a plain sentence when the input or the source table could not be read.
    """

    def __init__(
        self,
        input_paths: Sequence[str | os.PathLike[str]],
        layers: Sequence[AnswerLayer],
        *,
        source: SourceSpec | None = None,
        part_layers: Sequence[Sequence[int]] | None = None,
        outputs: Sequence[OutputColumn] | None = None,
        save_index: bool = False,
    ) -> None:
        self._lock = threading.RLock()
        self._index_lock = threading.RLock()  # held while indexing (row reads of indexed rows go on)
        self._maps: dict[Path, _Mapped] = {}
        self._cache: OrderedDict[int, ResultRow] = OrderedDict()
        self._statuses: list[RowStatus] | None = None
        self._summary: JoinSummary | None = None
        self._indexed = False
        self._answers_indexed = False
        self._input_scan: Iterator[tuple[int, _IdRun | _IdLine]] | None = None  # resumable input index
        self._input_seen: set[str] = set()
        self._closed = False
        self.layers = tuple(layers)
        # for a group: the layers (own answers, then re-runs) that answer each input file, in order
        self.part_layers = tuple(tuple(p) for p in part_layers) if part_layers is not None else None
        self.input_problem = ""
        self.summary_index = JoinSummary()
        # the index, per row: input file (-1: none), offset, length, line
        self._cids: list[str] = []
        self._row_file: list[int] = []
        self._row_off: list[int] = []
        self._row_len: list[int] = []
        self._row_line: list[int] = []
        # the chosen answer of each custom_id: a slot in the columns below (no object per answer)
        self._answers: dict[str, int] = {}
        self._a_file: list[int] = []
        self._a_off: list[int] = []
        self._a_len: list[int] = []
        self._a_line: list[int] = []
        self._a_layer: list[int] = []
        self._a_error: list[bool] = []
        self._files: list[Path] = []
        self.inputs = [Path(p) for p in input_paths]
        self.has_input = bool(self.inputs) and all(p.is_file() for p in self.inputs)
        if self.inputs and not self.has_input:
            gone = next(p for p in self.inputs if not p.is_file())
            self.input_problem = (
                f"The input file {gone} is not there any more, so answers are listed without their "
                "requests and missing requests cannot be found. Put the file back to see them."
            )
        self.source_columns: tuple[str, ...] = ()
        self.id_column = source.id_column if source is not None else None  # the sheet's column of custom_id
        self._source_rows: dict[str, tuple[str, ...]] = {}
        self.source = source
        self.save_index = save_index  # the answer files are the app's own downloads: save their index
        self.outputs: tuple[OutputColumn, ...] = (
            tuple(outputs) if outputs is not None else source.outputs if source is not None else ()
        )
        if source is not None:
            try:
                self.source_columns, self._source_rows = load_source_rows(source)
            except (OSError, ValueError, KeyError) as exc:
                self.input_problem = (
                    f"The original table {source.path} could not be read ({exc}); answers are shown "
                    "without its columns."
                )

    # -- files --

    def _answer_files(self, only: Collection[int] | None = None) -> Iterator[tuple[int, Path, bool]]:
        for layer_no, layer in enumerate(self.layers):
            if only is not None and layer_no not in only:
                continue
            for path, is_error_file in ((layer.output_path, False), (layer.error_path, True)):
                if path is not None and Path(path).is_file():
                    yield layer_no, Path(path), is_error_file

    def _file_no(self, path: Path) -> int:
        if path not in self._maps:
            self._maps[path] = _Mapped(path)
            self._files.append(path)
        return self._files.index(path)

    def _map(self, file_no: int) -> _Mapped:
        return self._maps[self._files[file_no]]

    def close(self) -> None:
        """Release the files (needed before they can be replaced on Windows)."""
        with self._index_lock, self._lock:
            self._closed = True
            for mapped in self._maps.values():
                mapped.close()

    def __enter__(self) -> ResultsView:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the index (built on first random access) --

    def _ensure_index(self) -> None:
        if self._indexed:
            return
        self._index_rows(None)

    def ensure_rows(self, count: int) -> int:
        """Index at least the first ``count`` rows (every row when there are fewer) and return how many
        rows are indexed so far: the answers are indexed in full first, the input only as far as asked —
        the results window shows its first rows while the rest is indexed (issue 13). A row once indexed
        never changes."""
        if self._indexed or len(self._cids) >= count:
            return len(self._cids)
        self._index_rows(count)
        return len(self._cids)

    @property
    def index_complete(self) -> bool:
        """True once every row is indexed (``len`` is then free)."""
        return self._indexed

    def _index_rows(self, wanted: int | None) -> None:
        with self._index_lock:
            if self._indexed or (wanted is not None and len(self._cids) >= wanted):
                return
            if self._closed:
                raise ValueError("the results view is closed")
            try:
                if not self._answers_indexed:
                    self._index_answers()
                    self._answers_indexed = True
                    if not self.has_input:
                        self._rows_from_answers()
                        self._indexed = True
                        return
                    self._input_scan = self._scan_inputs()
                assert self._input_scan is not None
                for file_no, item in self._input_scan:
                    self._add_input(file_no, item)
                    if wanted is not None and len(self._cids) >= wanted:
                        return
                self._input_scan = None
                self._count_unknown()
            except BaseException:
                self.close()
                raise
            self._indexed = True

    def _put_answer(self, cid: str, ref: _AnswerRef) -> None:
        self._a_file.append(ref.file)
        self._a_off.append(ref.offset)
        self._a_len.append(ref.length)
        self._a_line.append(ref.line)
        self._a_layer.append(ref.layer)
        self._a_error.append(ref.is_error_file)
        self._answers[cid] = len(self._a_off) - 1

    def _ref(self, cid: str) -> _AnswerRef | None:
        """Where the chosen answer of ``cid`` is (None: not answered)."""
        slot = self._answers.get(cid)
        if slot is None:
            return None
        return _AnswerRef(
            self._a_file[slot],
            self._a_off[slot],
            self._a_len[slot],
            self._a_line[slot],
            self._a_layer[slot],
            self._a_error[slot],
        )

    def _index_answers(self) -> None:
        summary = self.summary_index
        mine: dict[int, set[str]] = {}
        for layer_no, path, is_error_file in self._answer_files():
            seen = mine.setdefault(layer_no, set())
            file_no = self._file_no(path)
            saved = load_answer_index(path)
            if saved is not None:
                self._add_answer_run(saved, seen, file_no, layer_no, is_error_file)
                continue
            mapped = self._map(file_no)
            buf = mapped.buffer
            plain = _PlainLines() if self.save_index else None
            for item in mapped.releasing(_id_runs(buf)):
                if isinstance(item, _IdRun):
                    self._add_answer_run(item, seen, file_no, layer_no, is_error_file)
                    if plain is not None:
                        plain.add(item)
                    continue
                plain = None  # a line that is not plain: this file's index is not saved
                line, offset, length, decided, cid, _ = item
                if not decided:
                    if length > MAX_RESULT_LINE_BYTES:
                        summary.unreadable += 1
                        continue
                    try:
                        obj = orjson.loads(buf[offset : offset + length])
                    except orjson.JSONDecodeError:
                        summary.unreadable += 1
                        continue
                    if type(obj) is not dict:
                        summary.unreadable += 1
                        continue
                    value = obj.get("custom_id")
                    cid = None if value is None or value == "" else value if type(value) is str else str(value)
                if cid is None:
                    summary.without_id += 1
                    continue
                if cid in seen:
                    summary.duplicates += 1
                    continue
                seen.add(cid)
                self._put_answer(cid, _AnswerRef(file_no, offset, length, line, layer_no, is_error_file))
            if plain is not None:
                save_answer_index(path, plain.run())

    def _add_answer_run(
        self, run: _IdRun | _SavedLines, seen: set[str], file_no: int, layer_no: int, is_error_file: bool
    ) -> None:
        """A run of plain answer lines: without a repeated id (the usual case) added in one C-level step."""
        cids = run.cids
        n = len(cids)
        fresh = set(cids)
        lines: Sequence[int] = run.lines if isinstance(run, _SavedLines) else range(run.first_line, run.first_line + n)
        if len(fresh) == n and seen.isdisjoint(fresh):
            seen |= fresh
            base = len(self._a_off)
            self._a_file.extend(repeat(file_no, n))
            self._a_off.extend(run.offsets)
            self._a_len.extend(run.lengths)
            self._a_line.extend(lines)
            self._a_layer.extend(repeat(layer_no, n))
            self._a_error.extend(repeat(is_error_file, n))
            self._answers.update(zip(cids, range(base, base + n), strict=True))
            return
        for i, cid in enumerate(cids):
            if cid in seen:
                self.summary_index.duplicates += 1
                continue
            seen.add(cid)
            self._put_answer(
                cid, _AnswerRef(file_no, run.offsets[i], run.lengths[i], lines[i], layer_no, is_error_file)
            )

    def _scan_inputs(self) -> Iterator[tuple[int, _IdRun | _IdLine]]:
        for path in self.inputs:
            file_no = self._file_no(path)
            mapped = self._map(file_no)
            for item in mapped.releasing(_id_runs(mapped.buffer)):
                yield file_no, item

    def _add_input(self, file_no: int, item: _IdRun | _IdLine) -> None:
        """Index input lines; ``_cids`` grows last, so a row below ``len(_cids)`` is always complete."""
        summary = self.summary_index
        seen = self._input_seen
        if isinstance(item, _IdRun):
            n = len(item.cids)
            fresh = set(item.cids)
            summary.input_duplicates += n - len(fresh - seen)
            seen |= fresh
            self._row_file.extend(repeat(file_no, n))
            self._row_off.extend(item.offsets)
            self._row_len.extend(item.lengths)
            self._row_line.extend(range(item.first_line, item.first_line + n))
            self._cids.extend(item.cids)
            return
        line, offset, length, decided, cid, is_string = item
        if not decided:
            try:
                obj = orjson.loads(self._map(file_no).buffer[offset : offset + length])
            except orjson.JSONDecodeError:
                summary.input_skipped += 1
                return
            value = obj.get("custom_id") if type(obj) is dict else None
            cid, is_string = (value, True) if type(value) is str and value else (None, False)
        if cid is None or not is_string:
            summary.input_skipped += 1
            return
        if cid in seen:
            summary.input_duplicates += 1
        else:
            seen.add(cid)
        self._row_file.append(file_no)
        self._row_off.append(offset)
        self._row_len.append(length)
        self._row_line.append(line)
        self._cids.append(cid)

    def _count_unknown(self) -> None:
        summary = self.summary_index
        in_input = set(self._cids)
        for cid in self._answers:
            if cid not in in_input:
                summary.unknown += 1
                if len(summary.unknown_examples) < _EXAMPLES:
                    summary.unknown_examples.append(cid)

    def _rows_from_answers(self) -> None:
        slots = self._answers

        def where(cid: str) -> tuple[int, int, int]:
            slot = slots[cid]
            return self._a_layer[slot], self._a_file[slot], self._a_off[slot]

        for cid in sorted(slots, key=where):
            self._row_file.append(-1)
            self._row_off.append(0)
            self._row_len.append(0)
            self._row_line.append(0)
            self._cids.append(cid)

    # -- plumbing --

    @classmethod
    def from_paths(
        cls,
        input_path: str | os.PathLike[str] | None,
        output_path: str | os.PathLike[str] | None,
        error_path: str | os.PathLike[str] | None = None,
        *,
        reruns: Sequence[AnswerLayer] = (),
        source: SourceSpec | None = None,
        outputs: Sequence[OutputColumn] | None = None,
    ) -> ResultsView:
        """A view over one input file, its answers and (optionally) re-run answer layers; ``outputs``
        (when given) are the columns the answers are split into instead of the source's."""
        own = AnswerLayer(
            Path(output_path) if output_path is not None else None,
            Path(error_path) if error_path is not None else None,
        )
        inputs = [input_path] if input_path is not None else []
        return cls(inputs, [own, *reruns], source=source, outputs=outputs)

    def __len__(self) -> int:
        self._ensure_index()
        return len(self._cids)

    @property
    def custom_ids(self) -> Sequence[str]:
        """Every row's custom_id, in input order."""
        self._ensure_index()
        return self._cids

    def custom_id(self, index: int) -> str:
        """Row ``index``'s custom_id (indexes only up to that row)."""
        self.ensure_rows(index + 1)
        return self._cids[index]

    def quick_status(self, index: int) -> RowStatus:
        """The status from the index alone (exact once :meth:`statuses` ran)."""
        self.ensure_rows(index + 1)
        if self._statuses is not None:
            return self._statuses[index]
        ref = self._ref(self._cids[index])
        if ref is None:
            return RowStatus.MISSING
        return RowStatus.FAILED if ref.is_error_file else RowStatus.SUCCEEDED

    # -- random access --

    def row(self, index: int) -> ResultRow:
        """Row ``index`` (0-based, input order), parsed now or taken from the cache."""
        self.ensure_rows(index + 1)
        with self._lock:
            cached = self._cache.get(index)
            if cached is not None:
                self._cache.move_to_end(index)
                return cached
        if not 0 <= index < len(self._cids):
            raise IndexError(index)
        built = ResultRow(*self._row_tuple(index, None))
        with self._lock:
            self._cache[index] = built
            if len(self._cache) > ROW_CACHE_SIZE:
                self._cache.popitem(last=False)
        return built

    def rows(self, start: int, count: int) -> list[ResultRow]:
        """Up to ``count`` rows from ``start`` (a page for the table)."""
        self.ensure_rows(max(0, start) + max(0, count))
        end = min(len(self._cids), max(0, start) + max(0, count))
        return [self.row(i) for i in range(max(0, start), end)]

    def answer_bytes(self, index: int) -> bytes | None:
        """The raw answer line shown on row ``index`` (for the JSONL export), or None when missing."""
        self.ensure_rows(index + 1)
        ref = self._ref(self._cids[index])
        if ref is None:
            return None
        return self._map(ref.file).slice(ref.offset, ref.length)

    def input_bytes(self, index: int) -> bytes | None:
        """The raw request line of row ``index`` (exactly as in the input file), or None without input."""
        self.ensure_rows(index + 1)
        file_no = self._row_file[index]
        if file_no < 0:
            return None
        return self._map(file_no).slice(self._row_off[index], self._row_len[index])

    def _answer_at(self, cid: str) -> tuple[AnswerValues | None, str]:
        """The chosen answer of ``cid`` as values (None: missing or unreadable) and its layer's label."""
        ref = self._ref(cid)
        if ref is None:
            return None, ""
        try:
            obj = orjson.loads(self._map(ref.file).slice(ref.offset, ref.length))
        except orjson.JSONDecodeError:
            return None, ""
        return self._judged(_values_of(obj, ref.line, ref.is_error_file)), self.layers[ref.layer].label

    def _judged(self, values: AnswerValues | None) -> AnswerValues | None:
        """A successful answer that does not fit the output columns becomes a failed row ("needs another
        try", with the reason); everything else unchanged."""
        if values is None or not self.outputs or not values[0]:
            return values
        return self._judge(values)

    def _judge(self, values: AnswerValues) -> AnswerValues:
        if not values[0]:
            return values
        parsed = parse_answer(values[7] or "", self.outputs)
        if parsed.ok:
            return values
        return (False, *values[1:4], NEEDS_ANOTHER_TRY, parsed.problem, *values[6:])

    def _row_tuple(self, index: int, bulk: dict[str, tuple[AnswerValues, str]] | None) -> tuple[Any, ...]:
        cid = self._cids[index]
        model = prompt = ""
        file_no = self._row_file[index]
        if file_no >= 0:
            model, prompt = _request_fields(self._map(file_no).slice(self._row_off[index], self._row_len[index]))
        if bulk is not None:
            values, label = bulk.get(cid, (None, ""))
        else:
            values, label = self._answer_at(cid)
        return _join(index, self._row_line[index], cid, model, prompt, values, label, self._source_of(cid))

    def _source_of(self, cid: str) -> tuple[str, ...]:
        if not self.source_columns:
            return ()
        return self._source_rows.get(cid) or ("",) * len(self.source_columns)

    # -- full passes --

    def _answer_bytes_total(self, only: Collection[int] | None = None) -> int:
        return sum(path.stat().st_size for _, path, _ in self._answer_files(only))

    def _passes(self) -> list[tuple[Collection[int] | None, list[Path]]]:
        """What a full pass reads together: (answer layers, input files). One pass over everything, or —
        for a group whose ``part_layers`` say which layers answer which input — one per part, so only
        one part's answers are in memory at a time (a million rows in 20 parts; issue 13)."""
        parts = self.part_layers
        if parts is None or len(parts) != len(self.inputs) or not self.has_input:
            return [(None, list(self.inputs))]
        return [(frozenset(layers), [path]) for layers, path in zip(parts, self.inputs, strict=True)]

    def _load_all_answers(
        self,
        tally: JoinSummary | None = None,
        answered: list[str] | None = None,
        only: Collection[int] | None = None,
    ) -> dict[str, tuple[AnswerValues, str]]:
        """Every chosen answer, parsed once, reading each file in order (join rules of the index).

        With ``tally``, also counts what the index would (unreadable, without id, repeated answers) and
        puts every answered id, in file order, into ``answered`` (for the unknown count).
        """
        with gc_paused():
            return self._load_all_answers_now(tally, answered, only)

    def _load_all_answers_now(
        self,
        tally: JoinSummary | None = None,
        answered: list[str] | None = None,
        only: Collection[int] | None = None,
    ) -> dict[str, tuple[AnswerValues, str]]:
        loads, plain = orjson.loads, plain_chat_values
        judged, outputs = self._judge, bool(self.outputs)
        chosen: dict[str, tuple[AnswerValues, str]] = {}
        layer_seen: dict[int, dict[str, None]] = {}
        unreadable = without_id = duplicates = 0
        for layer_no, path, is_error_file in self._answer_files(only):
            seen = layer_seen.setdefault(layer_no, {})
            label = self.layers[layer_no].label
            with open(path, "rb", buffering=_READ_BUFFER) as handle:
                for number, raw in bounded_lines(handle):
                    if raw is None:
                        continue  # longer than any answer: never loaded
                    try:
                        obj = loads(raw)
                    except orjson.JSONDecodeError:
                        if raw.strip():  # blank lines are skipped, broken ones counted
                            unreadable += 1
                        continue
                    if type(obj) is not dict:
                        unreadable += 1
                        continue
                    value = obj.get("custom_id")
                    if value is None or value == "":
                        without_id += 1
                        continue
                    cid = value if type(value) is str else str(value)
                    if cid in seen:
                        duplicates += 1
                        continue
                    seen[cid] = None
                    values = None if is_error_file else plain(obj)
                    if values is None:
                        values = _values_of(obj, number, is_error_file)
                    if values is not None:
                        chosen[cid] = (judged(values) if outputs else values, label)
                    else:
                        unreadable += 1
        if tally is not None:
            tally.unreadable += unreadable
            tally.without_id += without_id
            tally.duplicates += duplicates
            if answered is not None:
                answered.extend(cid for seen in layer_seen.values() for cid in seen)
        return chosen

    def iter_row_tuples(self, *, with_prompt: bool = True) -> Iterator[tuple[Any, ...]]:
        """Every row in input order as a tuple of :data:`ROW_FIELDS` values — the fast full pass the
        exports use (``ResultRow(*t)`` makes the row object).

        Reads each file once, in order, holding the parsed answers in memory when they total at most
        :data:`BULK_ANSWER_BYTES`; otherwise reads answers one by one through the index. With
        ``with_prompt=False`` the ``prompt`` value is left empty (an export without that column).
        """
        passes = self._passes()
        if max(self._answer_bytes_total(layers) for layers, _ in passes) > BULK_ANSWER_BYTES:
            self._ensure_index()
            for index in range(len(self._cids)):
                yield self._row_tuple(index, None)
            return
        # One layer (or one per part of a group) read in full: the pass also counts the summary, so an
        # export needs no second pass. With re-run layers the status pass decides (its override rules).
        one_each = len(passes) > 1 and all(layers is not None and len(layers) == 1 for layers, _ in passes)
        tally = JoinSummary() if (len(self.layers) == 1 or one_each) and self.has_input else None
        answered: list[str] = []
        if not self.has_input:
            answers = self._load_all_answers(tally, answered)
            # Rows are the answers themselves, in file order (dicts keep insertion order per layer).
            self._ensure_index()
            for index, known in enumerate(self._cids):
                values, label = answers.get(known, (None, ""))
                yield _join(index, 0, known, "", "", values, label, self._source_of(known))
            return
        # The loop below runs once per row of every export: _stream_inputs and _join, inlined.
        source_of, with_source = self._source_of, bool(self.source_columns)
        nothing: tuple[None, str] = (None, "")
        missing, succeeded, failed = RowStatus.MISSING, RowStatus.SUCCEEDED, RowStatus.FAILED
        loads, prompt_of = orjson.loads, request_prompt
        index = skipped = repeated = succeeded_count = failed_count = 0
        prompt_tokens = completion_tokens = total_tokens = 0
        input_ids: set[str] = set()
        remember = input_ids.add
        for layers, paths in passes:
            answers = self._load_all_answers(tally, answered, layers)
            lookup = answers.get
            for path in paths:
                with open(path, "rb", buffering=_READ_BUFFER) as handle:
                    first = handle.readline()
                    lines = itertools.chain((first[3:] if first.startswith(_UTF8_BOM) else first,), handle)
                    for line, raw in enumerate(lines, 1):
                        try:
                            obj = loads(raw)
                        except orjson.JSONDecodeError:
                            if raw.strip():
                                skipped += 1
                            continue
                        if type(obj) is not dict:
                            skipped += 1
                            continue
                        cid = obj.get("custom_id")
                        if type(cid) is not str or not cid:
                            skipped += 1
                            continue
                        if cid in input_ids:
                            repeated += 1
                        else:
                            remember(cid)
                        body = obj.get("body")
                        if type(body) is dict:
                            model = body.get("model")
                            if type(model) is not str:
                                model = ""
                            prompt = prompt_of(body) if with_prompt else ""
                        else:
                            model = prompt = ""
                        values, label = lookup(cid, nothing)
                        source = source_of(cid) if with_source else ()
                        if values is None:
                            yield (index, line, cid, missing, model, prompt, *_MISSING_TAIL, source, "")
                        else:
                            if values[0]:
                                succeeded_count += 1
                                prompt_tokens += values[10] or 0
                                completion_tokens += values[11] or 0
                                total_tokens += values[12] or 0
                            else:
                                failed_count += 1
                            yield (
                                index,
                                line,
                                cid,
                                succeeded if values[0] else failed,
                                values[1] or model,
                                prompt,
                                *values[2:],
                                source,
                                label,
                            )
                        index += 1
        if tally is not None:  # the pass ran to the end: its counts are the view's summary
            tally.total, tally.succeeded, tally.failed = index, succeeded_count, failed_count
            tally.missing = index - succeeded_count - failed_count
            tally.prompt_tokens, tally.completion_tokens = prompt_tokens, completion_tokens
            tally.total_tokens = total_tokens
            tally.input_skipped, tally.input_duplicates = skipped, repeated
            for cid in answered:
                if cid not in input_ids:
                    tally.unknown += 1
                    if len(tally.unknown_examples) < _EXAMPLES:
                        tally.unknown_examples.append(cid)
            with self._lock:
                if self._summary is None:
                    self._summary = tally

    def iter_rows(self, statuses: Collection[RowStatus] | None = None) -> Iterator[ResultRow]:
        """Every row in input order (optionally only these statuses), one at a time (no cache)."""
        if statuses is None:
            for values in self.iter_row_tuples():
                yield ResultRow(*values)
            return
        for index in self.filter(statuses):
            yield ResultRow(*self._row_tuple(index, None))

    def statuses(self) -> list[RowStatus]:
        """The exact status of every row (one parse of each chosen answer; cached). Also fills
        :meth:`summary`."""
        self._ensure_index()
        with self._lock:
            if self._statuses is not None:
                return self._statuses
        index_counts = self.summary_index
        summary = JoinSummary(
            unknown=index_counts.unknown,
            without_id=index_counts.without_id,
            unreadable=index_counts.unreadable,
            duplicates=index_counts.duplicates,
            input_skipped=index_counts.input_skipped,
            input_duplicates=index_counts.input_duplicates,
            unknown_examples=list(index_counts.unknown_examples),
        )
        outcome: dict[str, AnswerValues | None] = {}
        for cid in self._answers:
            values, _ = self._answer_at(cid)
            outcome[cid] = values
            if values is None:
                summary.unreadable += 1
        result: list[RowStatus] = []
        for cid in self._cids:
            values = outcome.get(cid)
            if values is None:
                result.append(RowStatus.MISSING)
                summary.missing += 1
            elif values[0]:
                result.append(RowStatus.SUCCEEDED)
                summary.succeeded += 1
                summary.prompt_tokens += values[10] or 0
                summary.completion_tokens += values[11] or 0
                summary.total_tokens += values[12] or 0
            else:
                result.append(RowStatus.FAILED)
                summary.failed += 1
                if values[4] == NEEDS_ANOTHER_TRY:  # answered (and billed), but not in the asked shape
                    summary.prompt_tokens += values[10] or 0
                    summary.completion_tokens += values[11] or 0
                    summary.total_tokens += values[12] or 0
        summary.total = len(result)
        with self._lock:
            self._statuses = result
            self._summary = summary
        return result

    def summary(self) -> JoinSummary:
        """Counts and token totals (succeeded rows only) over the merged answers (also known after a
        full pass of :meth:`iter_row_tuples` over one layer, e.g. an export: no second pass then)."""
        with self._lock:
            if self._summary is not None:
                return self._summary
        self.statuses()
        assert self._summary is not None
        return self._summary

    def filter(self, statuses: Collection[RowStatus]) -> list[int]:
        """Row indices whose status is one of ``statuses``, in input order."""
        wanted = set(statuses)
        return [i for i, status in enumerate(self.statuses()) if status in wanted]

    def counts(self) -> dict[RowStatus, int]:
        """Rows per status."""
        summary = self.summary()
        return {
            RowStatus.SUCCEEDED: summary.succeeded,
            RowStatus.FAILED: summary.failed,
            RowStatus.MISSING: summary.missing,
        }

    def reconcile(self, status: str, server_total: int | None = None) -> Reconciliation:
        """Account for every request and judge the job (``status`` is the batch's API status)."""
        summary = self.summary()
        statuses = self.statuses()
        expected = summary.total if self.has_input else (server_total or None)
        verdict = judge(status, expected, summary.succeeded, summary.failed)
        missing = summary.missing if self.has_input else max(0, (server_total or 0) - summary.total)
        missing_examples = tuple(self._cids[i] for i, s in enumerate(statuses) if s is RowStatus.MISSING)[:_EXAMPLES]
        failed_examples: list[tuple[str, str]] = []
        for i, s in enumerate(statuses):
            if s is RowStatus.FAILED:
                row = self.row(i)
                reason = ": ".join(part for part in (row.error_code, row.error_message) if part)
                failed_examples.append((row.custom_id, reason))
                if len(failed_examples) >= _EXAMPLES:
                    break
        return Reconciliation(
            verdict=verdict,
            total=summary.total if self.has_input else max(summary.total, server_total or 0),
            succeeded=summary.succeeded,
            failed=summary.failed,
            missing=missing,
            missing_examples=missing_examples,
            failed_examples=tuple(failed_examples),
            summary=summary,
        )


def _request_fields(raw: bytes) -> tuple[str, str]:
    """``(model, prompt)`` of a request line."""
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return "", ""
    body = obj.get("body") if type(obj) is dict else None
    if type(body) is not dict:
        return "", ""
    model = body.get("model")
    return (model if type(model) is str else ""), request_prompt(body)


def _join(
    index: int,
    line: int,
    cid: str,
    model: str,
    prompt: str,
    values: AnswerValues | None,
    label: str,
    source: tuple[str, ...],
) -> tuple[Any, ...]:
    """One row as :data:`ROW_FIELDS` values."""
    if values is None:
        return (index, line, cid, RowStatus.MISSING, model, prompt, *_MISSING_TAIL, source, "")
    (ok, a_model, request_id, code, e_code, e_msg, created, content, reasoning, finish, p, c, t, dim, count, r) = values
    return (
        index,
        line,
        cid,
        RowStatus.SUCCEEDED if ok else RowStatus.FAILED,
        a_model or model,
        prompt,
        request_id,
        code,
        e_code,
        e_msg,
        created,
        content,
        reasoning,
        finish,
        p,
        c,
        t,
        dim,
        count,
        r,
        source,
        label,
    )


_MISSING_TAIL: tuple[Any, ...] = ("", None, "", "", None, "", "", "", None, None, None, None, None, None)


def _as_failure(answer: ParsedAnswer) -> ParsedAnswer:
    return replace(
        answer,
        succeeded=False,
        error_message=answer.error_message or _ERROR_FILE_REASON,
    )


def _opt_text(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


# --- from the ledger -----------------------------------------------------------------------------


class ResultsUnavailable(BatchDeskError):
    """The job has no downloaded answers yet (or never ran)."""


def root_job(ledger: Ledger, job: JobRecord) -> JobRecord:
    """The job whose results a re-run merges into (follows ``parent_job_id`` of re-runs)."""
    seen = {job.id}
    while job.is_rerun and job.parent_job_id is not None:
        parent = ledger.get(job.parent_job_id)
        if parent is None or parent.id in seen:
            break
        seen.add(parent.id)
        job = parent
    return job


def rerun_layers(ledger: Ledger, job: JobRecord) -> list[AnswerLayer]:
    """The downloaded answer files of every re-run of ``job`` (and their re-runs), oldest first."""
    layers: list[AnswerLayer] = []
    todo = [job.id]
    children: list[JobRecord] = []
    seen: set[int] = set()
    while todo:
        parent_id = todo.pop()
        for child in ledger.children(parent_id, JobRelation.RERUN):
            if child.id not in seen:
                seen.add(child.id)
                children.append(child)
                todo.append(child.id)
    for child in sorted(children, key=lambda c: c.id):
        if child.has_local_results and (child.output_path or child.error_path):
            layers.append(
                AnswerLayer(
                    Path(child.output_path) if child.output_path else None,
                    Path(child.error_path) if child.error_path else None,
                    label=child.batch_id or f"job-{child.id}",
                )
            )
    return layers


def open_results(ledger: Ledger, job: JobRecord) -> ResultsView:
    """The results view of ``job`` (a re-run opens its parent's), with re-run answers merged in.

    Raises:
        ResultsUnavailable: the job's answers have not been downloaded yet.
    """
    root = root_job(ledger, job)
    if not root.has_local_results:
        raise ResultsUnavailable(
            "The answers of this job have not been downloaded yet. They are fetched automatically when it finishes."
        )
    own = AnswerLayer(
        Path(root.output_path) if root.output_path else None,
        Path(root.error_path) if root.error_path else None,
    )
    inputs = [root.input_path] if root.input_path else []
    source = SourceSpec.from_json(root.source)
    outputs = None
    if (source is None or not source.outputs) and root.input_path:
        # built outside the window (convert --output-column / --preset): the requests say which columns
        outputs = outputs_in_file(root.input_path) or None
    layers = [own, *rerun_layers(ledger, root)]
    return ResultsView(inputs, layers, source=source, outputs=outputs, save_index=True)


def open_group_results(ledger: Ledger, group_id: str) -> ResultsView:
    """One view over every part of a split submit (parts in order, each with its re-runs)."""
    parts = ledger.group(group_id)
    if not parts:
        raise ResultsUnavailable("No job belongs to this group.")
    waiting = [p for p in parts if not p.has_local_results]
    if waiting:
        raise ResultsUnavailable(
            f"{len(waiting)} of the {len(parts)} parts have no downloaded answers yet; they are fetched "
            "when each part finishes."
        )
    layers: list[AnswerLayer] = []
    for part in parts:
        layers.append(
            AnswerLayer(
                Path(part.output_path) if part.output_path else None,
                Path(part.error_path) if part.error_path else None,
            )
        )
    part_layers: list[list[int]] = [[n] for n in range(len(parts))]
    for n, part in enumerate(parts):
        reruns = rerun_layers(ledger, part)
        part_layers[n].extend(range(len(layers), len(layers) + len(reruns)))
        layers.extend(reruns)
    inputs = [p.input_path for p in parts if p.input_path]
    if len(inputs) != len(parts):
        inputs = []
    return ResultsView(
        inputs, layers, source=SourceSpec.from_json(parts[0].source), part_layers=part_layers, save_index=True
    )


def variant_jobs(ledger: Ledger, job: JobRecord) -> list[JobRecord]:
    """The jobs of ``job``'s comparison (same rows, one batch per model), in order; ``[root]`` when it
    is not part of one."""
    root = root_job(ledger, job)
    if root.relation != JobRelation.VARIANT.value or not root.group_id:
        return [root]
    return [j for j in ledger.group(root.group_id) if j.relation == JobRelation.VARIANT.value] or [root]


def variant_label(job: JobRecord) -> str:
    """What a variant's columns are called: the label it was submitted with, else its model."""
    spec = SourceSpec.from_json(job.source)
    return (spec.variant if spec is not None and spec.variant else "") or job.model or job.batch_id or f"job-{job.id}"


# --- re-runs -------------------------------------------------------------------------------------


class NothingToRerun(BatchDeskError):
    """Every request already has a successful answer."""

    def __init__(self) -> None:
        super().__init__("Every request of this job already has a successful answer: there is nothing to re-run.")


def open_rerun(family: Iterable[JobRecord]) -> JobRecord | None:
    """The first re-run of ``family`` that still blocks another re-run, else None.

    A re-run blocks while it may still run (not terminal) or while it ran but its answers are not here
    yet: re-running then could send the same requests twice. A re-run whose create failed (no batch
    id, terminal) never ran and blocks nothing. The one rule for the window, the CLI and
    :func:`desktop_app.core.workflow.submit_rerun`.
    """
    for child in family:
        if not child.is_terminal or (child.batch_id and not child.has_local_results):
            return child
    return None


@dataclass(frozen=True)
class RerunInput:
    """A new input file with exactly the failed and missing requests of a job."""

    path: Path
    custom_ids: tuple[str, ...]
    failed: int
    missing: int
    endpoint: str
    model: str
    bytes: int

    @property
    def count(self) -> int:
        """Requests in the file."""
        return len(self.custom_ids)


def build_rerun_input(
    view: ResultsView,
    dest: str | os.PathLike[str],
    statuses: Collection[RowStatus] = (RowStatus.FAILED, RowStatus.MISSING),
) -> RerunInput:
    """Write the request lines of the rows in ``statuses`` (default failed + missing) to ``dest``.

    Every line is copied byte for byte from the original input (each custom_id once, in input
    order), so the re-run asks exactly what was asked before. Atomic.

    Raises:
        NothingToRerun: no row has one of ``statuses``.
        ValueError: the view has no input file (a job made elsewhere cannot be re-run from here).
    """
    if not view.has_input:
        raise ValueError(
            "The requests of this job are not on this computer, so they cannot be sent again. "
            + (view.input_problem or "")
        )
    wanted = set(statuses)
    chosen = view.filter(wanted)
    ids: list[str] = []
    seen: set[str] = set()
    failed = missing = 0
    endpoint = model = ""
    size = 0
    if not chosen:
        raise NothingToRerun
    status_of = view.statuses()
    with atomic_write(Path(dest)) as handle:
        for index in chosen:
            cid = view.custom_ids[index]
            if cid in seen:
                continue
            seen.add(cid)
            raw = view.input_bytes(index)
            if raw is None:
                continue
            if not endpoint:
                endpoint, model = _endpoint_and_model(raw)
            handle.write(raw)
            handle.write(b"\n")
            size += len(raw) + 1
            ids.append(cid)
            if status_of[index] is RowStatus.FAILED:
                failed += 1
            else:
                missing += 1
    return RerunInput(Path(dest), tuple(ids), failed, missing, endpoint, model, size)


def input_endpoint(path: str | os.PathLike[str]) -> str:
    """The ``url`` of the first request line of an input file ("" when it has none).

    Raises:
        OSError: the file cannot be read.
    """
    with open(path, "rb") as handle:
        for raw in handle:
            if raw.strip():
                return _endpoint_and_model(raw.removeprefix(_UTF8_BOM))[0]
    return ""


def _endpoint_and_model(raw: bytes) -> tuple[str, str]:
    with contextlib.suppress(orjson.JSONDecodeError):
        obj = orjson.loads(raw)
        if type(obj) is dict:
            body = obj.get("body")
            model = body.get("model") if type(body) is dict else ""
            return str(obj.get("url") or ""), str(model or "")
    return "", ""
