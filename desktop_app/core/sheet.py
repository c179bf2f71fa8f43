"""The user's sheet, then the answers: the export people who label, translate and compare want back.

:func:`export_sheet` writes, row by row in the sheet's order:

* the user's own columns, in their order (from the job's source snapshot; for a request file
  without a sheet: the request id and the prompt);
* the answer: one *Answer* column, or — when output columns were asked for — one column per output
  column, typed (numbers are numbers, yes/no are booleans, lists are joined with ", "); for an
  embeddings job one *Embedding* column holding the vector as a JSON array (``[0.01, -0.2, …]``),
  which Excel, Sheets and pandas read without code, plus a ``.npy`` next to the file (float32, one row
  per sheet row, NaN where a row has no vector) for people with code;
* a *Status* column: done, failed (with the reason), needs another try (with the reason), or no
  answer.

With several *variants* (a comparison: the same rows through two or three models or prompts, one
batch each) the variants' answer columns stand side by side — ``sentiment (qwen-plus)``,
``sentiment (qwen-flash)``, … — then one status column per variant; :class:`SheetReport` carries each
variant's counts and tokens and, per output column, how often the variants agree.

Header words come from :class:`SheetWords` (the window passes its translations; the CLI uses the
English defaults). CSV cells follow :mod:`desktop_app.core.cells`; XLSX cells are real text, number
and boolean cells. Both files are written atomically with the user's usual permissions.
"""

from __future__ import annotations

import contextlib
import math
import os
import struct
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

import orjson

from desktop_app.core import wording as w
from desktop_app.core.answers.rows import ResultRow, RowStatus
from desktop_app.core.answers.view import ResultsView
from desktop_app.core.bulk import bulk_pass
from desktop_app.core.cells import STANDARD_CSV, CsvStyle, csv_text
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.export import CsvRowWriter
from desktop_app.core.fileutil import atomic_write
from desktop_app.core.limits import MB, XLSX_MAX_ROWS
from desktop_app.core.outputs import NEEDS_ANOTHER_TRY, OutputColumn, Value, agreement, parse_answer
from desktop_app.core.pricing import ActualCost, format_cost

if TYPE_CHECKING:
    from desktop_app.core.answers.lineage import GroupPlan

SheetKind = Literal["csv", "xlsx"]


@dataclass(frozen=True)
class SheetWords:
    """The words of our columns and statuses (the window gives its translations)."""

    answer: str = "Answer"
    status: str = "Status"
    embedding: str = "Embedding"
    request_id: str = "Request ID"
    prompt: str = "Prompt"
    done: str = "done"
    failed: str = "failed"
    needs_another_try: str = "needs another try"
    no_answer: str = "no answer"
    yes: str = "yes"
    no: str = "no"
    # the XLSX sheets' tab names, and the "Summary" sheet's labels ({holes} are filled in)
    answers_sheet: str = "Answers"
    summary_sheet: str = "Summary"
    job: str = "Job"
    region: str = "Region"
    batch_id: str = "Batch ID"
    model: str = "Model"
    requests: str = "requests"
    prompt_tokens: str = "prompt tokens"
    completion_tokens: str = "completion tokens (thinking included)"
    total_tokens: str = "total tokens"
    cost: str = "cost at batch prices"
    cost_total: str = "cost of all variants at batch prices"
    cost_free: str = "free"
    cost_unknown: str = "unknown ({reason})"
    agree: str = "{column}: the variants agree"
    agree_value: str = "{agree} of {compared} ({share})"
    cut_cells: str = "cells cut to {limit} characters"
    reason: Callable[[str], str] = field(default=str)  # words a reason core wrote in English (the window translates)
    text: Callable[[w.Text], str] = field(default=w.english)  # words a catalogue text (the window translates)

    def cost_text(self, cost: ActualCost | None) -> str:
        """A variant's actual cost: ``USD 0.0123``, free, or unknown with the reason."""
        if cost is None:
            return self.cost_unknown.format(reason=self.text(w.COST_NOT_DOWNLOADED()))
        if cost.amount is None:
            why = self.text(cost.text) if cost.text is not None else self.reason(cost.reason)
            return self.cost_unknown.format(reason=why)
        if cost.currency is None:
            return self.cost_free
        return format_cost(cost.amount, cost.currency)

    def named(self, word: str, variant: str, several: bool) -> str:
        """``word``, or ``word (variant)`` when variants stand side by side."""
        return f"{word} ({variant})" if several and variant else word


@dataclass(frozen=True)
class Variant:
    """One job's answers in a comparison (or the only one)."""

    label: str
    view: ResultsView
    embeddings: bool = False
    batch_id: str = ""
    model: str = ""
    cost: ActualCost | None = None  # its actual cost (None: not asked for)


@dataclass
class VariantReport:
    """What one variant's answers add up to."""

    label: str
    succeeded: int = 0
    failed: int = 0
    needs_another_try: int = 0
    missing: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cost: ActualCost | None = None


@dataclass
class SheetReport:
    """What :func:`export_sheet` wrote."""

    path: Path
    rows: int = 0
    variants: list[VariantReport] = field(default_factory=list)
    agreement: dict[str, tuple[int, int]] = field(default_factory=dict)  # output column -> (agree, compared)
    vectors_path: Path | None = None  # the .npy written next to an embeddings export
    vector_dim: int = 0
    cut_cells: int = 0  # XLSX cells cut to Excel's limit


def sheet_path(source: str | os.PathLike[str] | None, kind: SheetKind, fallback: Path) -> Path:
    """Where the save dialog starts: ``<source>-answers.<kind>`` next to the user's spreadsheet.

    ``fallback`` (the Documents folder) is used for a request file or anything inside the app's own
    folders: the user's answers never land there by default.
    """
    if source:
        path = Path(source)
        if path.suffix.lower() not in (".jsonl", ".ndjson", ".json"):
            return path.with_name(f"{path.stem}-answers.{kind}")
        return fallback / f"{path.stem}-answers.{kind}"
    return fallback / f"answers.{kind}"


# --- the rows --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    header: str
    kind: str  # "source", "text", "typed", "status", "vector"


def _layout(variants: Sequence[Variant], words: SheetWords) -> tuple[list[_Column], tuple[str, ...], int]:
    first = variants[0].view
    several = len(variants) > 1
    columns: list[_Column] = []
    source = first.source_columns
    if source:
        columns.extend(_Column(name, "source") for name in source)
    else:
        columns.extend((_Column(words.request_id, "source"), _Column(words.prompt, "source")))
    outputs = first.outputs
    for variant in variants:
        if variant.embeddings:
            columns.append(_Column(words.named(words.embedding, variant.label, several), "vector"))
        elif variant.view.outputs:
            columns.extend(_Column(words.named(c.name, variant.label, several), "typed") for c in variant.view.outputs)
        else:
            columns.append(_Column(words.named(words.answer, variant.label, several), "text"))
    for variant in variants:
        columns.append(_Column(words.named(words.status, variant.label, several), "status"))
    return columns, tuple(c.name for c in outputs), len(source) if source else 2


def _status(row: ResultRow | None, words: SheetWords) -> str:
    if row is None or row.status is RowStatus.MISSING:
        return words.no_answer
    if row.status is RowStatus.SUCCEEDED:
        return words.done
    reason = words.reason(row.error_message) if row.error_message else row.error_code
    if row.error_code == NEEDS_ANOTHER_TRY:
        return f"{words.needs_another_try}: {reason}"
    return f"{words.failed}: {reason}" if reason else words.failed


def _vector_of(view: ResultsView, index: int) -> list[Any] | None:
    """The embedding(s) of row ``index``: one vector, or a list of vectors for a multi-input request."""
    raw = view.answer_bytes(index)
    if raw is None:
        return None
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    response = obj.get("response") if isinstance(obj, dict) else None
    body = response.get("body") if isinstance(response, dict) else None
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list) or not data:
        return None
    vectors = [
        item.get("embedding")
        for item in sorted((d for d in data if isinstance(d, dict)), key=lambda d: d.get("index") or 0)
    ]
    vectors = [v for v in vectors if isinstance(v, list)]
    if not vectors:
        return None
    return vectors[0] if len(vectors) == 1 else vectors


def _iter_sheet(
    variants: Sequence[Variant],
    words: SheetWords,
    report: SheetReport,
    vectors: _NpyWriter | None,
    rows_of_first: Iterable[ResultRow] | None = None,
) -> Iterator[list[Value]]:
    columns, output_names, _ = _layout(variants, words)
    first = variants[0]
    lookups: list[dict[str, int]] = []
    for variant in variants[1:]:
        lookups.append({cid: i for i, cid in reversed(list(enumerate(variant.view.custom_ids)))})
    report.variants = [VariantReport(v.label, cost=v.cost) for v in variants]
    compare = len(variants) > 1 and bool(output_names)
    # agreement is between variants: a single job's sheet has none (not "0 of 0")
    per_column: dict[str, list[list[Value]]] = {name: [] for name in output_names} if compare else {}
    for row in first.view.iter_rows() if rows_of_first is None else rows_of_first:
        rows: list[ResultRow | None] = [row]
        for variant, lookup in zip(variants[1:], lookups, strict=True):
            at = lookup.get(row.custom_id)
            rows.append(variant.view.row(at) if at is not None else None)
        cells: list[Value] = list(row.source) if first.view.source_columns else [row.custom_id, row.prompt]
        typed_by_variant: list[tuple[Value, ...]] = []
        for variant, vrow, vreport in zip(variants, rows, report.variants, strict=True):
            _count(vrow, vreport)
            if variant.embeddings:
                vector = _vector_of(variant.view, vrow.index) if vrow is not None else None
                if vectors is not None and variant is first:
                    vectors.add(vector)
                cells.append(orjson.dumps(vector).decode() if vector is not None else None)
            elif variant.view.outputs:
                typed = _typed_cells(vrow, variant.view.outputs)
                typed_by_variant.append(typed)
                cells.extend(typed)
            else:
                cells.append(vrow.content if vrow is not None and vrow.status is RowStatus.SUCCEEDED else None)
        cells.extend(_status(vrow, words) for vrow in rows)
        if compare and len(typed_by_variant) == len(variants):
            for position, name in enumerate(output_names):
                per_column[name].append([typed[position] for typed in typed_by_variant])
        report.rows += 1
        yield cells
    for name, values in per_column.items():
        report.agreement[name] = agreement(values)
    del columns


def _typed_cells(row: ResultRow | None, outputs: Sequence[OutputColumn]) -> tuple[Value, ...]:
    if row is None or row.status is not RowStatus.SUCCEEDED:
        return (None,) * len(outputs)
    return parse_answer(row.content, outputs).values


def _count(row: ResultRow | None, report: VariantReport) -> None:
    if row is None or row.status is RowStatus.MISSING:
        report.missing += 1
        return
    if row.status is RowStatus.SUCCEEDED:
        report.succeeded += 1
    elif row.error_code == NEEDS_ANOTHER_TRY:
        report.needs_another_try += 1
    else:
        report.failed += 1
        return
    report.prompt_tokens += row.prompt_tokens or 0
    report.completion_tokens += row.completion_tokens or 0
    report.total_tokens += row.total_tokens or 0


# --- writing ---------------------------------------------------------------------------------------


def check_xlsx_rows(rows: int) -> None:
    """Refuse, before anything is written, an XLSX export of more rows than one Excel sheet holds
    (``rows`` without the header). Raises BatchDeskError (the catalogue's ``export.xlsx_rows``)."""
    if rows + 1 > XLSX_MAX_ROWS:
        raise BatchDeskError(w.XLSX_TOO_MANY_ROWS(limit=XLSX_MAX_ROWS, rows=rows + 1))


def export_sheet(
    variants: Sequence[Variant],
    dest: str | os.PathLike[str],
    kind: SheetKind = "csv",
    *,
    words: SheetWords | None = None,
    summary: Mapping[str, object] | None = None,
    keep_as_text: bool = True,
    vectors: bool = True,
    style: CsvStyle = STANDARD_CSV,
) -> SheetReport:
    """Write the sheet layout of ``variants`` (one, or two to three side by side) to ``dest``.

    Args:
        variants: the jobs' views, the first one giving the rows and the user's columns.
        kind: "csv" (UTF-8 with BOM, Excel-safe cells) or "xlsx".
        words: header and status words; English by default.
        summary: XLSX only: label → value rows for a "Summary" sheet (per-variant counts, tokens and
            agreement are added after them).
        keep_as_text: CSV: write values Excel would convert as ``="..."`` (see :mod:`cells`).
        vectors: for an embeddings job, also write ``<dest>.npy``.
        style: CSV only: the cells' separator and the decimal mark of numbers (the window: what Excel
            expects on this computer, :func:`~desktop_app.core.cells.excel_csv_style`).

    Raises:
        ValueError: no variants. OSError: a file cannot be written. BatchDeskError: an XLSX of more rows
        than Excel holds (:func:`check_xlsx_rows`; found while writing unless the view's index is
        complete: nothing is left written either way).
    """
    if not variants:
        raise ValueError("Nothing to export.")
    if kind == "xlsx" and variants[0].view.index_complete:  # else counted while written (the index of a
        check_xlsx_rows(len(variants[0].view))  # million rows only for this check was ~380 MB)
    words = words or SheetWords()
    out = Path(dest)
    report = SheetReport(out)
    columns, _, _ = _layout(variants, words)
    npy: _NpyWriter | None = None
    if vectors and variants[0].embeddings:
        npy = _NpyWriter(out.with_suffix(".npy"))
    if (
        kind == "csv"
        and len(variants) == 1
        and npy is None
        and _in_parts(variants[0], out, columns, words, keep_as_text, report, style)
    ):
        return report
    try:
        rows = _iter_sheet(variants, words, report, npy)
        if kind == "csv":
            _write_csv(out, [c.header for c in columns], rows, words, keep_as_text, style)
        elif kind == "xlsx":
            from desktop_app.core.xlsx_stream import NeedsZip64

            try:
                report.cut_cells = _write_xlsx(out, columns, rows, words, summary, report, variants)
            except NeedsZip64:  # a sheet past 2 GB of XML (rare): all again, with the ZIP64 it then needs
                report.rows = 0
                if npy is not None:
                    npy.discard()
                    npy = _NpyWriter(out.with_suffix(".npy"))
                rows = _iter_sheet(variants, words, report, npy)
                report.cut_cells = _write_xlsx(out, columns, rows, words, summary, report, variants, zip64=True)
        else:
            raise ValueError(f"unknown sheet kind {kind!r}")
        if npy is not None:
            report.vector_dim = npy.finish()
            report.vectors_path = npy.path if npy.written else None
    finally:
        if npy is not None:
            npy.discard()
    return report


GROUP_APART_BYTES = 32 * MB
"""From this size of a split group's requests, the window writes its merged sheet in a worker process
(:func:`export_group_sheet`)."""


def exports_apart(plan: GroupPlan) -> bool:
    """Whether the window writes this group's sheet in a worker process: a big group (issue 13: the
    pass over a million rows grew the window by ~150 MB it kept, and its frees held the interpreter)."""
    return bool(plan.inputs) and plan.input_bytes() >= GROUP_APART_BYTES


@dataclass(frozen=True)
class _GroupSheet:
    """A worker's export of a group's sheet (picklable)."""

    plan: GroupPlan
    variant: Variant  # its view is None: the worker opens its own
    dest: str
    kind: SheetKind
    words: SheetWords
    summary: dict[str, object] | None
    style: CsvStyle = STANDARD_CSV


def export_group_sheet(
    plan: GroupPlan,
    variant: Variant,
    dest: str | os.PathLike[str],
    kind: SheetKind = "csv",
    *,
    words: SheetWords | None = None,
    summary: Mapping[str, object] | None = None,
    style: CsvStyle = STANDARD_CSV,
) -> SheetReport:
    """:func:`export_sheet` of a split group's merged view, written by a worker process that opens its own
    view from ``plan`` (``variant.view`` is not used): the memory of the pass is the worker's and goes
    back to the system when it ends; this process only waits (blocking).

    Raises:
        BatchDeskError: the worker ended without an answer (``WORKER_DIED``), or what the export raises
            there (an XLSX over Excel's rows). OSError: a file cannot be written.
    """
    from desktop_app.core.fileutil import PARTIAL_SUFFIX
    from desktop_app.core.processes import workers

    out = Path(dest)
    pattern = f".{out.name}.*{PARTIAL_SUFFIX}"  # the worker's atomic write, left by a worker that died
    before = set(out.parent.glob(pattern)) if out.parent.is_dir() else set()
    job = _GroupSheet(
        plan,
        replace(variant, view=None),  # type: ignore[arg-type]
        os.fspath(dest),
        kind,
        words or SheetWords(),
        dict(summary) if summary is not None else None,
        style,
    )
    try:
        with workers(_write_group_sheet, [job]) as running:
            [report] = running.results()
    except BaseException:
        for left in set(out.parent.glob(pattern)) - before:
            with contextlib.suppress(OSError):
                left.unlink()
        raise
    return report


def _write_group_sheet(job: _GroupSheet) -> SheetReport:
    """The worker's body (top-level: a spawned process finds it by name)."""
    with job.plan.open() as view:
        variant = replace(job.variant, view=view)
        return export_sheet([variant], job.dest, job.kind, words=job.words, summary=job.summary, style=job.style)


def _in_parts(
    variant: Variant,
    out: Path,
    columns: list[_Column],
    words: SheetWords,
    keep_as_text: bool,
    report: SheetReport,
    style: CsvStyle,
) -> bool:
    """The CSV of one job written by worker processes at once when it is big (byte for byte the file of
    one process; :func:`~desktop_app.core.export.write_csv_in_parts`); False: not done, write it here."""
    from desktop_app.core.export import split_parts, write_csv_in_parts

    split = split_parts(variant.view)
    if split is None:
        return False
    header = [csv_text(c.header, keep_as_text=keep_as_text) for c in columns]
    alone = replace(variant, view=None)  # type: ignore[arg-type]  # the worker opens its own view
    args = (alone, words, keep_as_text, style.decimal)
    parts = write_csv_in_parts(variant.view, split, out, header, _sheet_part, args, style.delimiter)
    if parts is None:
        return False
    first: SheetReport = parts[0]
    report.agreement = first.agreement
    report.variants = first.variants
    mine = report.variants[0]
    for other in parts[1:]:
        report.rows += other.rows
        theirs = other.variants[0]
        mine.succeeded += theirs.succeeded
        mine.failed += theirs.failed
        mine.needs_another_try += theirs.needs_another_try
        mine.missing += theirs.missing
        mine.prompt_tokens += theirs.prompt_tokens
        mine.completion_tokens += theirs.completion_tokens
        mine.total_tokens += theirs.total_tokens
    report.rows += first.rows
    return True


def _sheet_part(
    view: ResultsView,
    part: Any,
    out: CsvRowWriter,
    counts: Any,
    alone: Variant,
    words: SheetWords,
    keep: bool,
    decimal: str,
) -> SheetReport:
    """One part of a sheet-layout CSV (in a worker process, or the first part here): its rows, counted."""
    from desktop_app.core.answers.parts import part_rows

    report = SheetReport(Path())
    rows = (ResultRow(*values) for values in part_rows(view, part, counts))
    for cells in _iter_sheet([replace(alone, view=view)], words, report, None, rows):
        out.row([_csv_value(v, words, keep, decimal) for v in cells])
    return report


def _csv_value(value: Value, words: SheetWords, keep_as_text: bool, decimal: str = ".") -> str:
    if type(value) is str:  # most cells: the answer, the prompt, the user's text
        return csv_text(value, keep_as_text=keep_as_text)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            return repr(value) if decimal == "." else repr(value).replace(".", decimal)
        return str(int(value))
    if isinstance(value, tuple):
        value = ", ".join(value)
    return csv_text(value, keep_as_text=keep_as_text)


def _write_csv(
    dest: Path,
    headers: list[str],
    rows: Iterator[list[Value]],
    words: SheetWords,
    keep_as_text: bool,
    style: CsvStyle,
) -> None:
    with bulk_pass(), atomic_write(dest, "wb", shared=True) as handle:
        out = CsvRowWriter(handle, delimiter=style.delimiter)
        out.row([csv_text(h, keep_as_text=keep_as_text) for h in headers])
        for cells in rows:
            out.row([_csv_value(v, words, keep_as_text, style.decimal) for v in cells])
        out.close()


def _write_xlsx(
    dest: Path,
    columns: list[_Column],
    rows: Iterator[list[Value]],
    words: SheetWords,
    summary: Mapping[str, object] | None,
    report: SheetReport,
    variants_meta: Sequence[Variant],
    zip64: bool = False,
) -> int:
    """The "Answers" sheet (bold header, frozen; text always text) and the "Summary" sheet, streamed
    (:mod:`desktop_app.core.xlsx_stream`: memory does not grow with the rows); returns the cells cut to
    Excel's limit. Raises :class:`~desktop_app.core.xlsx_stream.NeedsZip64` (nothing left written)
    when a sheet outgrows a plain ZIP entry and ``zip64`` is off."""
    from desktop_app.core.export import _xlsx_text
    from desktop_app.core.xlsx_stream import Styled, XlsxStream

    widths = {"source": 22, "text": 50, "typed": 18, "status": 18, "vector": 40}
    cut_cells = 0
    with atomic_write(dest, shared=True) as handle, XlsxStream(handle, zip64=zip64) as book:
        sheet = book.sheet(words.answers_sheet, [widths[c.kind] for c in columns], freeze_header=True)
        sheet.append([Styled(_xlsx_text(c.header)[0]) for c in columns])
        for count, cells in enumerate(rows, 2):  # the sheet's row number (the header is row 1)
            if count > XLSX_MAX_ROWS:  # refused; the rest only counted, for the message (nothing is kept)
                check_xlsx_rows(count + sum(1 for _ in rows) - 1)
            out: list[object] = []
            for value in cells:
                if value is None or isinstance(value, bool | int | float):
                    out.append(value)
                else:
                    cleaned, cut = _xlsx_text(", ".join(value) if isinstance(value, tuple) else value)
                    cut_cells += bool(cut)
                    out.append(cleaned)
            sheet.append(out)
        info = book.sheet(words.summary_sheet, [34, 24])
        for label, item in summary_lines(report, words, summary, variants_meta, cut_cells):
            key = Styled(_xlsx_text(str(label))[0])
            if isinstance(item, int | float) and not isinstance(item, bool):
                info.append([key, item])
            else:
                info.append([key, _xlsx_text(str(item))[0]])
    return cut_cells


def summary_lines(
    report: SheetReport,
    words: SheetWords,
    head: Mapping[str, object] | None = None,
    variants: Sequence[Variant] = (),
    cut_cells: int = 0,
) -> list[tuple[str, object]]:
    """The XLSX "Summary" sheet as (label, value) lines, every label from ``words``: ``head`` first,
    then per variant its batch, model, counts, tokens and actual cost, the total cost of a comparison
    (all variants are billed), and per output column how often the variants agree."""
    lines: list[tuple[str, object]] = list((head or {}).items())
    several = len(report.variants) > 1
    for at, variant in enumerate(report.variants):
        meta = variants[at] if at < len(variants) else None
        prefix = f"{variant.label} · " if several else ""
        if meta is not None and meta.batch_id:
            lines.append((f"{prefix}{words.batch_id}", meta.batch_id))
        if meta is not None and meta.model:
            lines.append((f"{prefix}{words.model}", meta.model))
        lines += [
            (f"{prefix}{words.done}", variant.succeeded),
            (f"{prefix}{words.needs_another_try}", variant.needs_another_try),
            (f"{prefix}{words.failed}", variant.failed),
            (f"{prefix}{words.no_answer}", variant.missing),
            (f"{prefix}{words.prompt_tokens}", variant.prompt_tokens),
            (f"{prefix}{words.completion_tokens}", variant.completion_tokens),
            (f"{prefix}{words.total_tokens}", variant.total_tokens),
        ]
        if meta is not None and meta.cost is not None:
            lines.append((f"{prefix}{words.cost}", words.cost_text(meta.cost)))
    costs = [v.cost for v in variants if v.cost is not None]
    if several and costs and len(costs) == len(report.variants):
        lines.append((words.cost_total, words.cost_text(total_cost(costs))))
    for name, (agree, compared) in report.agreement.items():
        share = f"{agree / compared:.0%}" if compared else "—"
        lines.append(
            (words.agree.format(column=name), words.agree_value.format(agree=agree, compared=compared, share=share))
        )
    if cut_cells:
        from desktop_app.core.export import XLSX_MAX_CELL_CHARS

        lines.append((words.cut_cells.format(limit=f"{XLSX_MAX_CELL_CHARS:,}"), cut_cells))
    return lines


def total_cost(costs: Sequence[ActualCost]) -> ActualCost:
    """The sum of several jobs' actual costs (a comparison): unknown when one is unknown, or when they
    are in different currencies; free ones add nothing."""
    unknown = next((c for c in costs if c.amount is None), None)
    if unknown is not None:
        return unknown
    currencies = {c.currency for c in costs if c.currency is not None}
    if len(currencies) > 1:
        listed = ", ".join(sorted(currencies))
        return ActualCost.unknown(None, w.COST_CURRENCIES(currencies=listed))
    return ActualCost(sum(c.amount or 0.0 for c in costs), next(iter(currencies), None))


# --- .npy, by hand ---------------------------------------------------------------------------------

_NPY_HEADER_BYTES = 128  # magic (6) + version (2) + length (2) + the padded header dict


class _NpyWriter:
    """A float32 ``(rows, dim)`` array in NumPy's ``.npy`` format (version 1.0), streamed.

    Rows without a vector (or with another size) are NaN. The header is written last, in a fixed
    128-byte slot, because the row count is only known at the end. Atomic, like the exports.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.dim = 0
        self.rows = 0
        self.pending_empty = 0  # rows before the first vector (their size is not known yet)
        self.written = False
        self._ctx = atomic_write(path, shared=True)
        self._handle: IO[bytes] | None = self._ctx.__enter__()
        self._handle.write(b"\0" * _NPY_HEADER_BYTES)

    def add(self, vector: list[Any] | None) -> None:
        assert self._handle is not None
        if vector and isinstance(vector[0], list):
            vector = vector[0]  # several inputs in one request: the first one's vector
        if vector is None or not all(isinstance(v, int | float) for v in vector):
            vector = None
        if self.dim == 0:
            if vector is None:
                self.pending_empty += 1
                return
            self.dim = len(vector)
            self._nan_rows(self.pending_empty)
            self.pending_empty = 0
        if vector is None or len(vector) != self.dim:
            self._nan_rows(1)
            return
        values = array("f", (float(v) for v in vector))
        if sys.byteorder != "little":
            values.byteswap()
        self._handle.write(values.tobytes())
        self.rows += 1

    def _nan_rows(self, count: int) -> None:
        assert self._handle is not None
        if count and self.dim:
            self._handle.write(struct.pack(f"<{self.dim}f", *([math.nan] * self.dim)) * count)
            self.rows += count

    def finish(self) -> int:
        """Write the header and put the file in place; the vector size (0: no vector, no file)."""
        assert self._handle is not None
        if self.dim == 0:
            self.discard()
            return 0
        header = f"{{'descr': '<f4', 'fortran_order': False, 'shape': ({self.rows}, {self.dim}), }}"
        body = header.encode("latin-1")
        padded = body + b" " * (_NPY_HEADER_BYTES - 10 - len(body) - 1) + b"\n"
        self._handle.seek(0)
        self._handle.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(padded)) + padded)
        handle, self._handle = self._handle, None
        del handle
        self._ctx.__exit__(None, None, None)
        self.written = True
        return self.dim

    def discard(self) -> None:
        """Drop the temp file (nothing written, or an error)."""
        if self._handle is not None:
            self._handle = None
            with contextlib.suppress(BaseException):
                self._ctx.__exit__(RuntimeError, RuntimeError("discarded"), None)
