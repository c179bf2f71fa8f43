"""The build pass: :func:`build_jsonl` streams rows into an atomic UTF-8 (no BOM), compact,
one-object-per-line file, checks it as the validator would, and keeps the sheet beside it
(:mod:`desktop_app.core.builder.source`).

Rows with problems are still written (so the editor can show and fix them in place), but the report
is not ``ok`` and the CLI exits 1.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import threading
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from desktop_app.core import validate as _validate_module
from desktop_app.core import wording as w
from desktop_app.core.builder.checks import RowChecker, check_spec, image_base, make_problem
from desktop_app.core.builder.ids import row_id, row_ids
from desktop_app.core.builder.images import ImageError
from desktop_app.core.builder.render import Compiled, scrub
from desktop_app.core.builder.source import describe_source, same_file, snapshot_lines, snapshot_path, write_description
from desktop_app.core.builder.spec import BuildCancelled, BuildProgress, RequestSpec, can_turn_off_thinking
from desktop_app.core.builder.template import parse_template
from desktop_app.core.fileutil import atomic_write
from desktop_app.core.limits import (
    ALLOWED_METHOD,
    EMBEDDING_MAX_TOKENS_PER_INPUT,
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    MAX_REQUESTS_PER_FILE,
    MB,
    TEST_MODEL,
    TEST_MODEL_MAX_BYTES,
    TEST_MODEL_MAX_LINES,
)
from desktop_app.core.regions import Region
from desktop_app.core.tables.errors import ReadCancelled
from desktop_app.core.tables.model import Row, Table
from desktop_app.core.validate import (
    Problem,
    Severity,
    ThinkingMode,
    ValidationCancelled,
    ValidationReport,
    validate_jsonl,
)


@dataclass
class BuildReport:
    """What :func:`build_jsonl` did.

    ``problems`` holds the mapping problems, then the file-level problems, then the row problems
    (``line`` = the spreadsheet row). ``validation`` is the second pass's
    :class:`~desktop_app.core.validate.ValidationReport` when built with ``verify=True``; anything it
    found that the build had not reported is appended to ``problems`` (with ``params["row"]``).
    """

    dest: Path
    written: bool = False
    requests: int = 0
    bytes: int = 0
    model: str = ""
    endpoint: str = ""
    encoding: str | None = None
    thinking: ThinkingMode = ThinkingMode.DEFAULT
    problems: list[Problem] = field(default_factory=list)
    problems_truncated: int = 0
    error_count: int = 0
    warning_count: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    validation: ValidationReport | None = None
    line_bytes: array[int] = field(default_factory=lambda: array("q"))  # per line, newline included
    row_numbers: array[int] = field(default_factory=lambda: array("q"))  # spreadsheet row of each line
    source: dict[str, Any] = field(default_factory=dict)  # the ledger's ``source`` (see describe_source)

    @property
    def ok(self) -> bool:
        """Written and nothing blocks the upload (warnings allowed)."""
        return self.written and self.error_count == 0

    @property
    def needs_split(self) -> bool:
        """Over the per-file request or byte limit (or the test model's limits)."""
        if self.model == TEST_MODEL:
            return self.requests > TEST_MODEL_MAX_LINES or self.bytes > TEST_MODEL_MAX_BYTES
        return self.requests > MAX_REQUESTS_PER_FILE or self.bytes > MAX_FILE_BYTES

    def row_for_line(self, line: int) -> int | None:
        """The spreadsheet row a 1-based JSONL line came from."""
        return self.row_numbers[line - 1] if 1 <= line <= len(self.row_numbers) else None

    def to_json(self) -> dict[str, object]:
        """``ok, output, requests, bytes, model, endpoint, encoding, problems`` plus counts."""
        return {
            "ok": self.ok,
            "output": str(self.dest) if self.written else None,
            "requests": self.requests,
            "bytes": self.bytes,
            "model": self.model,
            "endpoint": self.endpoint,
            "encoding": self.encoding,
            "thinking": self.thinking.value,
            "needs_split": self.needs_split,
            "errors": self.error_count,
            "warnings": self.warning_count,
            "problems_truncated": self.problems_truncated,
            "counts": dict(self.counts),
            "problems": [p.to_json() for p in self.problems],
        }


# validator codes and the codes the builder reports the same finding under
EQUIVALENT_CODES = {"custom_id_type": "blank_id", "duplicate_custom_id": "duplicate_id"}


def build_jsonl(
    table: Table,
    spec: RequestSpec,
    dest: str | os.PathLike[str],
    *,
    region: Region | None = None,
    progress: BuildProgress | None = None,
    cancel: threading.Event | None = None,
    max_problems: int = 1000,
    verify: bool = False,
    source: bool = True,
) -> BuildReport:
    """Write one request line per data row to ``dest``; streaming and all-or-nothing.

    With ``source`` (the default) the same pass keeps the user's sheet with the requests: every row's
    cells in ``<dest>.rows.jsonl`` (:func:`snapshot_path`) and the table's description in
    ``<dest>.source.json`` (:func:`description_path`), also returned as ``BuildReport.source`` — so a
    job submitted from this file, by the window or the CLI, shows the user's own columns next to the
    answers (:func:`source_for_file`).

    The file is UTF-8 without BOM, one compact JSON object per line (orjson), ``\n`` line ends,
    written through :func:`~desktop_app.core.fileutil.atomic_write`. When the mapping itself has
    errors (unknown placeholder, missing column...) nothing is written and the report says why.

    Validation: every rule of :func:`~desktop_app.core.validate.validate_jsonl` is guaranteed by
    construction or checked while writing — one model, url and thinking mode for all lines (from the
    spec), valid JSON and UTF-8 (orjson), ids (``blank_id`` / ``duplicate_id`` here are the
    validator's ``custom_id_type`` / ``duplicate_custom_id``), ``line_too_large``, and the file-level
    limits with the validator's own messages. The tests hold the two to the same verdict.
    ``verify=True`` also runs ``validate_jsonl`` over the written file (a second pass) and keeps its
    report in ``BuildReport.validation``.

    Args:
        progress: ``progress(stage, done, total)``; stage ``"build"`` (the table's units: bytes of a
            CSV, rows of a sheet), then ``"validate"`` (bytes of the JSONL) when ``verify``.
        cancel: when set, stops with :class:`BuildCancelled`; ``dest`` is left untouched (with
            ``verify``, a cancel during the second pass leaves the new, complete file).

    Raises:
        TableError: the source could not be read (decoding error, locked file...).
        OSError: ``dest`` cannot be written.
        BuildCancelled: ``cancel`` was set.
    """
    out = Path(dest)
    report = BuildReport(dest=out, model=spec.effective_model, endpoint=spec.url)
    report.encoding = table.encoding.encoding if table.encoding is not None else None
    spec_problems = check_spec(spec, table.columns, region=region)
    _tally(report, spec_problems)
    report.problems = list(spec_problems)
    if report.error_count:
        return report

    columns = table.columns
    width = len(columns)
    compiled = Compiled(spec, columns, image_base(spec, table))
    checker = RowChecker(compiled, columns, max_problems)
    checker.attach(table)
    row_encodings, unusual, plain_utf8 = checker.row_encodings, checker.unusual, checker.plain_utf8
    seen_setdefault = checker.seen.setdefault
    check = checker.check
    prompt_of = compiled.prompt
    prompt_columns = compiled.prompt_columns
    custom_id = compiled.custom_id
    dumps = orjson.dumps
    append_newline = orjson.OPT_APPEND_NEWLINE
    line_bytes = report.line_bytes
    row_numbers = report.row_numbers
    total_bytes = requests = 0
    # The common shapes are built inline; images, embeddings and templated system prompts use build().
    prefix: list[dict[str, Any]] = []
    system_text = spec.system_text
    if system_text and system_text.strip() and compiled.system is not None:
        system_template = parse_template(system_text)
        if not system_template.placeholders:
            prefix = [{"role": "system", "content": system_template.pieces[0][0]}]
    fast = compiled.image_index is None and not compiled.embeddings and (compiled.system is None or bool(prefix))
    id_index = compiled.id_index
    model, url, params = compiled.model, compiled.url, compiled.params
    line_head, line_mid, line_tail = _line_pieces(url, model, prefix, params)
    # a template that is exactly one placeholder: the prompt is that cell
    template = parse_template(spec.template)
    only = template.pieces[0] if len(template.pieces) == 1 else None
    single = prompt_columns[0] if only is not None and only[0] == "" and only[1] is not None else None
    no_image = compiled.image_index is None
    embeddings = compiled.embeddings
    join = b"".join

    def one(row: Row) -> bytes:
        """One row the careful way: build, check, serialise (scrubbing unencodable text)."""
        number, values = row[0], row[1]
        prompt = values[single] if single is not None else prompt_of(values)
        obj: dict[str, Any] | None = None
        if fast:
            cid = row_id(values, number, id_index)
        else:
            cid = custom_id(values, number)
            try:
                obj = compiled.build(values, number, prompt)
            except ImageError:  # reported by the checker; send the text so the line stays valid
                obj = compiled.build(_without_image(values, compiled.image_index), number, prompt)
        clean = (
            cid
            and seen_setdefault(cid, number) == number
            and prompt
            and not prompt.isspace()
            and row[3] == width  # not short
            and not row[2]  # no extra cells
            and no_image
            and all(values[i] and not values[i].isspace() for i in prompt_columns)
            and (prompt.isascii() or ("\ufffd" not in prompt and unusual(prompt) is None))
            and number not in row_encodings
        )
        if not clean:
            check(row, cid, prompt)
        if (
            embeddings
            and len(prompt) > EMBEDDING_MAX_TOKENS_PER_INPUT
            and estimate_tokens(prompt) > EMBEDDING_MAX_TOKENS_PER_INPUT
        ):
            checker.add(
                make_problem(
                    number,
                    "embedding_too_long",
                    w.B_EMBEDDING_TOO_LONG(
                        row=number, tokens=estimate_tokens(prompt), limit=EMBEDDING_MAX_TOKENS_PER_INPUT
                    ),
                    Severity.WARNING,
                    limit=EMBEDDING_MAX_TOKENS_PER_INPUT,
                )
            )
        try:
            if obj is None:  # the same bytes orjson writes for the dict, from fixed pieces
                return join((line_head, dumps(cid), line_mid, dumps(prompt), line_tail))
            return dumps(obj, option=append_newline)
        except orjson.JSONEncodeError:
            checker.add(
                make_problem(
                    number,
                    "text_replaced",
                    w.B_TEXT_REPLACED(row=number),
                    Severity.WARNING,
                )
            )
            if obj is None:
                return join((line_head, dumps(scrub(cid)), line_mid, dumps(scrub(prompt)), line_tail))
            return dumps(scrub(obj), option=append_newline)

    def fast_batch(batch: list[Row]) -> list[bytes] | None:
        """A whole batch of plain rows at once, or None when any row needs the careful way."""
        numbers = [r[0] for r in batch]
        rows_values = [r[1] for r in batch]
        ids = row_ids(rows_values, numbers, id_index)
        prompts = [v[single] for v in rows_values] if single is not None else [prompt_of(v) for v in rows_values]
        fresh = dict(zip(ids, numbers, strict=True))
        if (
            len(fresh) != len(ids)  # a repeated id inside the batch
            or not all(ids)
            or not all(prompts)
            or any(map(str.isspace, prompts))
            or any(r[3] != width or r[2] for r in batch)  # ragged
            or (single is None and not _cells_filled(rows_values, prompt_columns))
            or not seen.isdisjoint(ids)  # an id used in an earlier batch
            or (row_encodings and not row_encodings.keys().isdisjoint(numbers))  # read in another encoding
        ):
            return None
        try:
            lines = [
                join((line_head, dumps(c), line_mid, dumps(p), line_tail)) for c, p in zip(ids, prompts, strict=True)
            ]
        except orjson.JSONEncodeError:
            return None
        if not plain_utf8(join(lines)):  # a replacement mark, mojibake or an unlikely script: row by row
            return None
        seen.update(fresh)
        return lines

    seen = checker.seen
    batch_size = 16  # grows for small lines, shrinks for large ones (see _BATCH_ROWS, _BATCH_BYTES)
    snapshot = snapshot_path(out) if source else None
    if snapshot is not None and same_file(snapshot, table.path):
        snapshot = None  # never over the user's own file
    digest = hashlib.sha256()
    rows = table.iter_rows(cancel=cancel)
    try:
        with contextlib.ExitStack() as files:
            files.enter_context(seen)  # the ids are released when the build ends
            write = files.enter_context(atomic_write(out, "wb")).write
            keep = files.enter_context(atomic_write(snapshot, "wb")).write if snapshot is not None else None
            while batch := list(itertools.islice(rows, batch_size)):
                lines = fast_batch(batch) if fast else None
                if lines is None:
                    lines = [one(row) for row in batch]
                sizes = list(map(len, lines))
                chunk_bytes = sum(sizes)
                if max(sizes) > _LINE_LIMIT:
                    for offset, size in enumerate(sizes):
                        if size > _LINE_LIMIT:
                            checker.add(_line_too_large(batch[offset][0], requests + offset + 1, size - 1))
                data = join(lines)
                digest.update(data)
                write(data)
                if keep is not None:
                    keep(snapshot_lines(batch, id_index))
                total_bytes += chunk_bytes
                requests += len(lines)
                line_bytes.extend(sizes)
                row_numbers.extend(r[0] for r in batch)
                batch_size = max(1, min(_BATCH_ROWS, _BATCH_BYTES * len(lines) // max(chunk_bytes, 1)))
                del lines, batch
                if cancel is not None and cancel.is_set():
                    raise BuildCancelled
                if progress is not None:
                    done, total = table.progress
                    progress("build", done, total)
            if progress is not None:
                done, total = table.progress
                progress("build", total, total)
        report.written = True
        if snapshot is not None:
            report.source = describe_source(table, spec, snapshot)
            write_description(out, report.source, digest.hexdigest())
        report.requests = requests
        report.bytes = total_bytes
        thinking = spec.enable_thinking
        if thinking is False and not can_turn_off_thinking(spec.effective_model):
            thinking = None  # not written: the model always thinks
        report.thinking = _thinking_mode(thinking, requests)
        _tally(report, [], checker)
        file_problems = _file_problems(requests, total_bytes, model)
        _tally(report, file_problems)
        report.problems = spec_problems + file_problems + checker.problems
        report.problems_truncated = checker.truncated
        if verify:
            validation = validate_jsonl(
                out,
                endpoint=spec.url,
                region=region,
                max_problems=max_problems,
                progress=(lambda d, t: progress("validate", d, t)) if progress is not None else None,
                cancel=cancel,
            )
            report.validation = validation
            extra = _unexplained(validation, report)
            _tally(report, extra)
            report.problems += extra
    except (ReadCancelled, ValidationCancelled) as exc:
        raise BuildCancelled from exc
    finally:
        close = getattr(rows, "close", None)
        if callable(close):
            close()  # an early exit must not leave the source file open
    return report


_LINE_LIMIT = MAX_LINE_BYTES + 1  # with its newline


_BATCH_BYTES = 4 * MB  # and about this many bytes of lines


_BATCH_ROWS = 512  # rows per batch (a small working set keeps the first run fast)


def estimate_tokens(text: str) -> int:
    """A rough token count: one per CJK character, one per four other characters (an upper-side guess
    for warnings; the service counts exactly)."""
    wide = sum(1 for ch in text if ord(ch) >= 0x2E80)
    return wide + (len(text) - wide + 3) // 4


def _cells_filled(rows_values: list[tuple[str, ...]], columns: Sequence[int]) -> bool:
    for index in columns:
        cells = [v[index] for v in rows_values]
        if not all(cells) or any(map(str.isspace, cells)):
            return False
    return True


def _line_pieces(
    url: str, model: str, prefix: Sequence[Mapping[str, Any]], params: Mapping[str, Any]
) -> tuple[bytes, bytes, bytes]:
    """Fixed bytes around ``custom_id`` and the prompt of a plain chat line (orjson's exact output)."""
    dumps = orjson.dumps
    head = b'{"custom_id":'
    system = b"".join(dumps(message) + b"," for message in prefix)
    mid = (
        b',"method":'
        + dumps(ALLOWED_METHOD)
        + b',"url":'
        + dumps(url)
        + b',"body":{"model":'
        + dumps(model)
        + b',"messages":['
        + system
        + b'{"role":"user","content":'
    )
    extra = b"".join(b"," + dumps(key) + b":" + dumps(value) for key, value in params.items())
    tail = b"}]" + extra + b"}}\n"
    return head, mid, tail


def _line_too_large(row: int, line: int, size: int) -> Problem:
    return make_problem(
        row,
        "line_too_large",
        w.B_ROW_TOO_LARGE(row=row, size_mb=f"{size / MB:.1f}", max_mb=MAX_LINE_BYTES // MB),
        size=size,
        limit=MAX_LINE_BYTES,
        request=line,
    )


def _thinking_mode(value: bool | None, requests: int) -> ThinkingMode:
    if value is None or not requests:
        return ThinkingMode.DEFAULT
    return ThinkingMode.ON if value else ThinkingMode.OFF


def _file_problems(requests: int, size: int, model: str) -> list[Problem]:
    """The validator's file-level checks (same codes and messages), for the file just written."""
    facts = ValidationReport(path=None, requests=requests, bytes=size, models=(model,) if requests else ())
    found: list[Problem] = []

    def add(line: int | None, code: str, text: w.Text, severity: Severity = Severity.ERROR, **params: object) -> None:
        if code == "empty_file":
            text = w.B_EMPTY_TABLE()  # "no data rows", not "no requests": the user sees a table here
        found.append(Problem(line, code, severity, w.english(text), dict(params), text))

    _validate_module._file_checks(facts, add)
    return found


def _without_image(values: Sequence[str], index: int | None) -> list[str]:
    out = list(values)
    if index is not None:
        out[index] = ""
    return out


def _tally(report: BuildReport, problems: Iterable[Problem], checker: RowChecker | None = None) -> None:
    for p in problems:
        report.counts[p.code] = report.counts.get(p.code, 0) + 1
        if p.severity is Severity.ERROR:
            report.error_count += 1
        else:
            report.warning_count += 1
    if checker is not None:
        for code, count in checker.counts.items():
            report.counts[code] = report.counts.get(code, 0) + count
        report.error_count += checker.errors
        report.warning_count += checker.warnings


def _unexplained(validation: ValidationReport, report: BuildReport) -> list[Problem]:
    """The second pass's problems of a kind the build found fewer of (normally none), in row terms."""
    extra: list[Problem] = []
    for p in validation.problems:
        ours = EQUIVALENT_CODES.get(p.code, p.code)
        if report.counts.get(ours, 0) >= validation.counts.get(p.code, 0):
            continue  # the build reported this kind at least as often
        row = report.row_for_line(p.line) if p.line is not None else None
        message = p.message.replace(f"Line {p.line}", f"Row {row} (request {p.line})", 1) if row else p.message
        params = {**p.params, "row": row, "request": p.line}
        # the window words the validator's own message (its "Line N" is the request's line in the file)
        extra.append(Problem(row or p.line, p.code, p.severity, message, params, p.text))
    return extra
