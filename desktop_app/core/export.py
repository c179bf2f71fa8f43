"""Write joined results as a CSV file that Excel opens correctly with a double-click.

Format decisions:

* UTF-8 **with** a byte-order mark, so Excel shows Chinese/Japanese/Indonesian text correctly (the
  vendor's own script writes no BOM, which is why its CSVs show garbage; reference §7).
* CRLF between records; line breaks *inside* a value stay ``\\n`` inside a quoted field, which Excel
  shows as a line break in the cell. Quoting is the csv module's minimal quoting.
* Columns: :data:`DEFAULT_COLUMNS` — the vendor script's columns, with ``status`` right after
  ``custom_id`` (so a filter on it is the first thing a person sees), ``finish_reason`` and the
  request's ``prompt`` (the question, next to its answer) before the answer and ``reasoning_content``
  after it; ``usage`` is split into three numeric token columns.
  ``embedding_dim`` / ``embedding_count`` / ``index`` / ``line`` are available by name.
* ``created`` is written as ``YYYY-MM-DD HH:MM:SS`` in the computer's **local** time zone (the clock
  the analyst reads; Excel recognises the format as a date-time). Pass ``tz`` to choose another zone.
* **Cells are Excel-safe without mangling text** (:mod:`desktop_app.core.cells`): a value a spreadsheet
  would evaluate as a formula (``=``, ``@``, tab / CR, or ``+``/``-`` followed by something that parses
  as a formula) gets a leading apostrophe; plain text such as ``-5分`` or ``+1 great`` stays as it is;
  values Excel would turn into numbers, dates or booleans (``000123``, ``1e5``, ``3-4``,
  ``2024-01-05``, ``TRUE``, long digits, ``+1``) are written as ``="..."`` — in every text column,
  the user's own included. Numeric columns (tokens, status codes) are written from integers and
  never touched. ``keep_ids_as_text=False`` skips the ``="..."`` wrapper for programs that read the
  CSV as plain text; XLSX needs none of this.
* The file is written through :func:`desktop_app.core.fileutil.atomic_write` (a crash leaves the old
  file or none) and row by row, so memory stays constant.

:func:`export_xlsx` writes the same rows as an Excel workbook (streamed with openpyxl's write-only
mode): bold frozen header, sensible column widths, every value a text or number cell (text that
starts with ``=`` is stored as text, never as a formula, so no apostrophe is needed), cells longer than
Excel's 32,767 characters cut with a ``note`` column saying which and how long they were, and an
optional "Summary" sheet (job usage and counts). :func:`export_jsonl` writes the raw answer lines in
input order. Both are atomic.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, tzinfo
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import orjson

from desktop_app.core.answers.rows import ResultRow
from desktop_app.core.cells import CHECK_FIRST, STANDARD_CSV, CsvStyle, csv_text, starts_like_formula
from desktop_app.core.fileutil import atomic_write

if TYPE_CHECKING:
    from desktop_app.core.answers.view import ResultsView

DEFAULT_COLUMNS: tuple[str, ...] = (
    "custom_id",
    "status",
    "model",
    "request_id",
    "status_code",
    "error_code",
    "error_message",
    "created",
    "finish_reason",
    "prompt",
    "content",
    "reasoning_content",
    "prompt_tokens",
    "completion_tokens",
    "total_tokens",
)
EMBEDDING_COLUMNS: tuple[str, ...] = (
    "custom_id",
    "status",
    "model",
    "request_id",
    "status_code",
    "error_code",
    "error_message",
    "created",
    "embedding_count",
    "embedding_dim",
    "prompt_tokens",
    "total_tokens",
)
ALL_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(ResultRow) if f.name != "source")

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
XLSX_MAX_CELL_CHARS = 32_767
NOTE_COLUMN = "note"


def neutralize_cell(value: str) -> str:
    """``value`` with a leading apostrophe when a spreadsheet would evaluate it as a formula."""
    return "'" + value if starts_like_formula(value) else value


def excel_text(value: str) -> str:
    """``value`` as a CSV cell: formula-safe, and ``="value"`` when Excel would convert it."""
    return csv_text(value)


def format_created(timestamp: int | None, tz: tzinfo | None = None) -> str:
    """Unix seconds as ``YYYY-MM-DD HH:MM:SS`` in ``tz`` (local time when None); empty for None."""
    if timestamp is None:
        return ""
    try:
        moment = datetime.fromtimestamp(timestamp, tz) if tz is not None else datetime.fromtimestamp(timestamp)
    except (OverflowError, OSError, ValueError):
        return str(timestamp)
    return moment.strftime(TIME_FORMAT)


def export_csv(
    rows: Iterable[ResultRow] | ResultsView,
    dest: str | os.PathLike[str],
    columns: Sequence[str] = DEFAULT_COLUMNS,
    *,
    headers: Sequence[str] | None = None,
    tz: tzinfo | None = None,
    source_columns: Sequence[str] | None = None,
    keep_ids_as_text: bool = True,
    parts: int | None = None,
    style: CsvStyle = STANDARD_CSV,
) -> int:
    """Write ``rows`` to ``dest`` as an Excel-ready CSV; return the number of rows written.

    Args:
        rows: a :class:`~desktop_app.core.answers.view.ResultsView` (fastest: its full pass streams plain
            values), or result rows (a list, a generator…); consumed once, streamed.
        dest: the CSV file; replaced atomically.
        columns: :class:`ResultRow` field names, in order.
        headers: header texts (e.g. translated), one per column; default: the column names.
        tz: time zone for ``created``; default: the computer's local zone.
        source_columns: headers of the original spreadsheet columns, written first and filled from
            each row's ``source``; default: the view's ``source_columns`` (none for plain rows).
        keep_ids_as_text: write digit strings Excel would mangle as ``="..."`` (see the module notes).
        parts: a view's rows written by this many processes at once (byte for byte the same file);
            default: one per core for a big export (:data:`PARALLEL_MIN_BYTES`), else 1.
        style: the cells' separator (the window: what Excel expects here, ``cells.excel_csv_style``; the
            columns hold no fractions, so its decimal mark is not used).

    Raises:
        ValueError: an unknown column, or a header count that doesn't match.
        OSError: the file cannot be written.
    """
    from desktop_app.core.answers.view import ResultsView, gc_paused

    columns, header_row = _check_columns(columns, headers)
    if isinstance(rows, ResultsView):
        view = rows
        if source_columns is None:
            source_columns = view.source_columns
        form = _CsvForm(columns, tz, tuple(source_columns or ()), keep_ids_as_text)
        split = split_parts(view, parts)
        if split is not None:
            header = [*form.source_columns, *header_row]
            counts = write_csv_in_parts(view, split, Path(dest), header, _csv_part, (form,), style.delimiter)
            if counts is not None:
                return sum(counts)
        items: Iterable[Any] = view.iter_row_tuples(with_prompt="prompt" in columns)
        tuples = True
    else:
        form = _CsvForm(columns, tz, tuple(source_columns or ()), keep_ids_as_text)
        items, tuples = rows, False
    with gc_paused(), atomic_write(Path(dest), "wb", shared=True) as handle:
        out = CsvRowWriter(handle, delimiter=style.delimiter)
        out.row([*form.source_columns, *header_row])
        written = _write_csv_rows(items, out, form, tuples=tuples)
        out.close()
    return written


@dataclass(frozen=True)
class _CsvForm:
    """How :func:`export_csv` writes rows (picklable: a worker process writes its part the same way)."""

    columns: tuple[str, ...]
    tz: tzinfo | None
    source_columns: tuple[str, ...]
    keep_ids_as_text: bool


def _write_csv_rows(items: Iterable[Any], out: CsvRowWriter, form: _CsvForm, *, tuples: bool) -> int:
    """Write ``items`` (row tuples of a view, or :class:`ResultRow` s) as CSV rows; return how many."""
    from desktop_app.core.answers.view import ROW_FIELDS

    columns = form.columns
    if tuples:
        positions = [ROW_FIELDS.index(c) for c in columns]
        getter: Callable[[Any], Any] = itemgetter(*positions)
        source_of: Callable[[Any], tuple[str, ...]] = itemgetter(ROW_FIELDS.index("source"))
        created_of: Callable[[Any], int | None] = itemgetter(ROW_FIELDS.index("created"))
    else:
        getter = attrgetter(*columns)
        source_of = attrgetter("source")
        created_of = attrgetter("created")
    source_count = len(form.source_columns)
    created_at = columns.index("created") if "created" in columns else -1
    text_at = [i for i, c in enumerate(columns) if c in _TEXT_COLUMNS and i != created_at]
    single = len(columns) == 1
    fix = _fix_text if form.keep_ids_as_text else neutralize_cell
    check = _FIRST_CHARS_TO_CHECK if form.keep_ids_as_text else _FORMULA_FIRST_CHARS
    fixed: dict[str, str] = {}  # short cell text -> as written
    when = _CreatedFormatter(form.tz)
    minutes = when.minutes  # the formatter's cache, read inline in the loop below
    # Columns holding numbers (tokens, status codes: int or None) are made text for the join below.
    number_at = [i for i, c in enumerate(columns) if c not in _TEXT_COLUMNS and i != created_at]
    written = 0
    row = out.row
    for item in items:
        cells = [getter(item)] if single else list(getter(item))
        for i in text_at:
            value = cells[i]
            if value and value[0] in check:
                done = fixed.get(value)
                if done is None:
                    done = fix(value)
                    if len(value) <= _FIXED_CHARS and len(fixed) < _FIXED_MAX:
                        fixed[value] = done  # "stop", a model's name: the same few values on every row
                cells[i] = done
        if created_at >= 0:
            stamp = created_of(item)
            if type(stamp) is int and (prefix := minutes.get(stamp // 60)) is not None:
                cells[created_at] = f"{prefix}{stamp % 60:02d}"
            else:
                cells[created_at] = when(stamp)
        for i in number_at:
            value = cells[i]
            cells[i] = "" if value is None else str(value)
        if source_count:
            source = source_of(item)
            if len(source) != source_count:
                source = _fit(source, source_count)
            cells[0:0] = [fix(v) if v and v[0] in check else v for v in source]
        row(cells)
        written += 1
    return written


PARALLEL_MIN_BYTES = 48 * 1024 * 1024
"""An export of a view whose input and answers total at least this much is written in parts, one process
per free core (up to :data:`MAX_PARTS`); smaller ones in one process (a worker's start and its scan of
every answer's id cost more than half the rows save). With ``fork`` (the CLI on Linux: no new interpreter)
from :data:`PARALLEL_MIN_BYTES_FORK`. Measured in ``docs/benchmarks.md`` (issue 13, round 5)."""
PARALLEL_MIN_BYTES_FORK = 16 * 1024 * 1024
MAX_PARTS = 4


def free_cores(cores: int) -> int:
    """Cores not busy with other work, by the 1-minute load average where the system has one (a second
    process on a busy machine only waits for a core: the export is then slower, not faster). One
    runnable process is not counted: the average lags, and it is mostly this one (or the command before
    it) — so on two cores a load under ~1.5 leaves both."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows
        return cores
    return max(1, min(cores, int(cores - max(0.0, load - 1.0) + 0.5)))


def split_parts(view: ResultsView, parts: int | None = None) -> tuple[Any, list[Any]] | None:
    """The plan and the parts of a parallel full pass over ``view`` (:mod:`desktop_app.core.answers.parts`),
    or None (one process): ``parts`` None decides by size and free cores (:data:`PARALLEL_MIN_BYTES`,
    :func:`free_cores`)."""
    from desktop_app.core.answers.parts import cpu_count, plan_of, split_input

    plan = plan_of(view)
    if plan is None:
        return None
    if parts is None and os.environ.get("BATCH_DESK_EXPORT_PARTS", "").isdigit():
        parts = int(os.environ["BATCH_DESK_EXPORT_PARTS"])  # measurements (benchmarks/export_parts.py)
    if parts is None:
        from desktop_app.core.processes import start_method

        size = plan.input_path.stat().st_size + view._answer_bytes_total()
        least = PARALLEL_MIN_BYTES_FORK if start_method() == "fork" else PARALLEL_MIN_BYTES
        parts = min(free_cores(cpu_count()), MAX_PARTS) if size >= least else 1
    if parts < 2:
        return None
    pieces = split_input(plan.input_path, parts)
    return (plan, pieces) if len(pieces) > 1 else None


PartWriter = Callable[..., Any]
"""``write(view, part, out, counts, *args) -> result``: one part's rows of ``view`` written to the
:class:`CsvRowWriter` ``out`` (top-level, so a spawned worker finds it by name)."""


@dataclass(frozen=True)
class _PartJob:
    """A worker's share of a parallel CSV: its rows, written to ``path`` (no BOM, no header)."""

    plan: Any  # ViewPlan
    part: Any  # Part
    path: str
    write: PartWriter
    args: tuple[Any, ...]
    delimiter: str = ","


def _run_part(job: _PartJob) -> tuple[Any, Any]:
    """A worker process's body: write one part; (its PartCounts, what ``write`` returned)."""
    from desktop_app.core.answers.parts import PartCounts
    from desktop_app.core.answers.view import gc_paused

    counts = PartCounts()
    with job.plan.open() as view, gc_paused(), open(job.path, "wb") as handle:
        out = CsvRowWriter(handle, bom=False, delimiter=job.delimiter)
        result = job.write(view, job.part, out, counts, *job.args)
        out.close()
    return counts, result


def write_csv_in_parts(
    view: ResultsView,
    split: tuple[Any, list[Any]],
    dest: Path,
    header: list[str],
    write: PartWriter,
    args: tuple[Any, ...],
    delimiter: str = ",",
) -> list[Any] | None:
    """Write the CSV ``dest``: the BOM, ``header``, then every part's rows in order — the first part here,
    the others in worker processes (into temp files next to ``dest``, appended in order); the one file is
    written atomically. Returns what ``write`` returned for each part (the view's summary is merged from
    the parts'); None when the files are not regular (:class:`~desktop_app.core.answers.parts.Irregular`):
    nothing was written, the caller writes it in one process.

    Raises:
        BatchDeskError: a worker ended without an answer (:data:`~desktop_app.core.wording.WORKER_DIED`).
        OSError: a file cannot be written.
    """
    import tempfile

    from desktop_app.core.answers.parts import Irregular, PartCounts, merge_counts
    from desktop_app.core.answers.view import gc_paused
    from desktop_app.core.fileutil import PARTIAL_SUFFIX
    from desktop_app.core.processes import workers

    plan, pieces = split
    dest.parent.mkdir(parents=True, exist_ok=True)
    temps: list[Path] = []
    try:
        for _ in pieces[1:]:  # named as an atomic write's temp file of dest: swept after a crash
            fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=PARTIAL_SUFFIX, dir=dest.parent)
            os.close(fd)
            temps.append(Path(name))
        jobs = [
            _PartJob(plan, piece, str(temp), write, args, delimiter)
            for piece, temp in zip(pieces[1:], temps, strict=True)
        ]
        first = PartCounts()
        with gc_paused(), atomic_write(dest, "wb", shared=True) as handle:
            with workers(_run_part, jobs) as running:
                out = CsvRowWriter(handle, delimiter=delimiter)
                out.row(header)
                mine = write(view, pieces[0], out, first, *args)
                out.close()
                others: list[tuple[PartCounts, Any]] = running.results()
            handle.flush()
            for temp in temps:
                with open(temp, "rb") as part_file:
                    _append(part_file, handle)
    except Irregular:
        return None
    finally:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink()
    merge_counts(view, [first, *(counts for counts, _ in others)])
    return [mine, *(result for _, result in others)]


def _append(source: IO[bytes], handle: IO[bytes]) -> None:
    """Copy ``source`` to the end of ``handle`` (flushed): inside the kernel where the system can (Linux
    ``copy_file_range``: no copy through this process), else through a buffer."""
    import shutil

    copy_range = getattr(os, "copy_file_range", None)
    copied = 0
    if copy_range is not None:
        try:
            while done := copy_range(source.fileno(), handle.fileno(), 1 << 30):
                copied += done
            return
        except OSError:  # another file system or kernel: the plain way, from where it stopped
            source.seek(copied)
            handle.seek(0, os.SEEK_END)
    shutil.copyfileobj(source, handle, 1 << 20)
    handle.flush()


def _csv_part(view: ResultsView, part: Any, out: CsvRowWriter, counts: Any, form: _CsvForm) -> int:
    """One part of :func:`export_csv`: its rows; how many."""
    from desktop_app.core.answers.parts import part_rows

    rows = part_rows(view, part, counts, with_prompt="prompt" in form.columns)
    return _write_csv_rows(rows, out, form, tuples=True)


class CsvRowWriter:
    """CSV rows written exactly as ``csv.writer(handle, delimiter=delimiter, lineterminator="\\r\\n")``
    writes them (minimal quoting), UTF-8 with a BOM, onto a binary ``handle``.

    Most rows need no quoting: such a row is one ``delimiter.join`` (the csv writer copies every
    character of a long answer one by one, a third of an export's time; issue 13). A row with a quote,
    the delimiter inside a cell, a line break, a cell that is not text, or a single cell goes through the
    csv writer itself. Text is collected in chunks and encoded once per chunk; call :meth:`close` at the
    end. ``delimiter``: a comma, or the list separator Excel uses here (:func:`cells.excel_csv_style`).
    """

    def __init__(self, handle: IO[bytes], *, bom: bool = True, delimiter: str = ",") -> None:
        self._handle = handle
        self._pending: list[str] = []
        self._delimiter = delimiter
        writer = csv.writer(_Appender(self._pending.append), delimiter=delimiter, lineterminator="\r\n")
        self._writerow = writer.writerow
        if bom:
            handle.write(_UTF8_BOM)

    def row(self, cells: list[Any]) -> None:
        """Write one row (str cells; anything else as the csv module writes it)."""
        pending, delimiter = self._pending, self._delimiter
        line = None
        if len(cells) > 1:
            try:
                line = delimiter.join(cells)
            except TypeError:  # a cell that is not text: the csv writer's rules
                line = None
        if line is None or '"' in line or "\n" in line or "\r" in line or line.count(delimiter) != len(cells) - 1:
            self._writerow(cells)
        else:
            pending.append(line)
            pending.append("\r\n")
        if len(pending) > _CHUNK_PARTS:
            self._flush()

    def _flush(self) -> None:
        self._handle.write("".join(self._pending).encode("utf-8"))
        self._pending.clear()

    def close(self) -> None:
        """Write what is pending."""
        self._flush()


class _Appender:
    """A file-like ``write`` for the csv writer that appends to the pending chunk."""

    __slots__ = ("write",)

    def __init__(self, add: Callable[[str], object]) -> None:
        self.write = add


_UTF8_BOM = "\ufeff".encode()
_CHUNK_PARTS = 4096  # pieces of text collected before they are encoded and written
_FIXED_CHARS = 40  # cells up to this long are remembered once checked …
_FIXED_MAX = 4096  # … this many of them


class _CreatedFormatter:
    """:func:`format_created` with a per-minute cache (the export's hot path)."""

    def __init__(self, tz: tzinfo | None) -> None:
        self.tz = tz
        self.minutes: dict[int, str] = {}  # minute (Unix seconds // 60) -> "YYYY-MM-DD HH:MM:"

    def __call__(self, timestamp: int | None) -> str:
        if timestamp is None:
            return ""
        if type(timestamp) is not int:
            return format_created(timestamp, self.tz)
        minute, second = divmod(timestamp, 60)
        prefix = self.minutes.get(minute)
        if prefix is None:
            try:
                start = datetime.fromtimestamp(minute * 60, self.tz)
            except (OverflowError, OSError, ValueError):
                return format_created(timestamp, self.tz)
            if start.second:  # an old zone offset with seconds: no shortcut
                return format_created(timestamp, self.tz)
            prefix = start.strftime("%Y-%m-%d %H:%M:")
            if len(self.minutes) < 100_000:
                self.minutes[minute] = prefix
        return f"{prefix}{second:02d}"


def _check_columns(columns: Sequence[str], headers: Sequence[str] | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    columns = tuple(columns)
    unknown = [c for c in columns if c not in ALL_COLUMNS]
    if unknown or not columns:
        raise ValueError(f"Unknown export column(s): {', '.join(unknown) or '(none given)'}")
    header_row = tuple(headers) if headers is not None else columns
    if len(header_row) != len(columns):
        raise ValueError("Give exactly one header per column.")
    return columns, header_row


def _fit(values: tuple[str, ...], width: int) -> tuple[str, ...]:
    if len(values) == width:
        return values
    return values[:width] if len(values) > width else values + ("",) * (width - len(values))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralize_cell(str(value))
    return str(value)


_FORMULA_FIRST_CHARS = frozenset("=@\t\r+-")
_FIRST_CHARS_TO_CHECK = CHECK_FIRST
_TEXT_COLUMNS = frozenset(f.name for f in fields(ResultRow) if f.type in ("str", str))


def _fix_text(value: str) -> str:
    return csv_text(value)


def _cell_text(value: object) -> str:
    if type(value) is str:
        return csv_text(value)
    if value is None:
        return ""
    return str(value)


# --- XLSX ----------------------------------------------------------------------------------------

_WIDTHS = {
    "custom_id": 18,
    "status": 11,
    "model": 16,
    "request_id": 38,
    "status_code": 8,
    "error_code": 18,
    "error_message": 40,
    "created": 20,
    "finish_reason": 12,
    "prompt": 40,
    "content": 60,
    "reasoning_content": 40,
    "answered_by": 24,
}
_NUMBER_WIDTH = 10
_SOURCE_WIDTH = 20
_NOTE_WIDTH = 40
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class XlsxReport:
    """What :func:`export_xlsx` wrote."""

    rows: int
    cut_cells: int  # cells longer than Excel allows, cut (each row says so in the note column)
    cut_rows: int


def export_xlsx(
    rows: Iterable[ResultRow] | ResultsView,
    dest: str | os.PathLike[str],
    columns: Sequence[str] = DEFAULT_COLUMNS,
    *,
    headers: Sequence[str] | None = None,
    tz: tzinfo | None = None,
    source_columns: Sequence[str] | None = None,
    sheet_title: str = "Results",
    summary: Mapping[str, object] | None = None,
    note_header: str = NOTE_COLUMN,
) -> XlsxReport:
    """Write ``rows`` as an Excel workbook (streamed, atomic); see the module notes.

    Args:
        rows: a ResultsView or result rows, consumed once.
        dest: the ``.xlsx`` file; replaced atomically.
        columns / headers / tz / source_columns: as for :func:`export_csv`.
        sheet_title: the results sheet's name.
        summary: label → value pairs for a second sheet "Summary" (e.g. usage totals and counts).
        note_header: header of the last column, which says when a cell was cut.

    Raises:
        ValueError: an unknown column, or a header count that doesn't match.
        OSError: the file cannot be written.
    """
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    from desktop_app.core.answers.view import ResultsView

    if isinstance(rows, ResultsView):
        if source_columns is None:
            source_columns = rows.source_columns
        rows = rows.iter_rows()
    source_columns = tuple(source_columns or ())
    columns, header_row = _check_columns(columns, headers)
    source_count = len(source_columns)
    names = (*source_columns, *header_row)
    getter = attrgetter(*columns)
    single = len(columns) == 1
    created_at = columns.index("created") if "created" in columns else -1
    numeric = {i for i, c in enumerate(columns) if c.endswith(("_tokens", "_dim", "_count")) or c in ("index", "line")}

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=_sheet_title(sheet_title))
    sheet.freeze_panes = "A2"
    widths = [_SOURCE_WIDTH] * source_count + [
        _NUMBER_WIDTH if i in numeric else _WIDTHS.get(c, 16) for i, c in enumerate(columns)
    ]
    widths.append(_NOTE_WIDTH)
    for number, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    bold = Font(bold=True)
    header_cells = []
    for text in (*names, note_header):
        cell = WriteOnlyCell(sheet, value=_xlsx_text(text)[0])
        cell.font = bold
        cell.data_type = "s"
        header_cells.append(cell)
    sheet.append(header_cells)

    def text_cell(value: str, where: Any = sheet) -> object:
        if value.startswith("="):
            cell = WriteOnlyCell(where, value=value)
            cell.data_type = "s"  # text, never a formula
            return cell
        return value

    try:
        written = cut_cells = cut_rows = 0
        for row in rows:
            values = getter(row)
            raw: Sequence[Any] = (values,) if single else values
            out: list[object] = []
            notes: list[str] = []
            if source_count:
                for name, value in zip(source_columns, _fit(row.source, source_count), strict=True):
                    text, length = _xlsx_text(value)
                    if length:
                        notes.append(f"{name} cut from {length:,} characters")
                    out.append(text_cell(text))
            for i, value in enumerate(raw):
                if i == created_at:
                    out.append(format_created(row.created, tz) or None)
                elif value is None:
                    out.append(None)
                elif isinstance(value, str):
                    text, length = _xlsx_text(value)
                    if length:
                        notes.append(f"{header_row[i]} cut from {length:,} characters")
                    out.append(text_cell(text) if text else None)
                else:
                    out.append(value)
            if notes:
                cut_cells += len(notes)
                cut_rows += 1
                out.append(
                    "; ".join(notes)
                    + f" to Excel's limit of {XLSX_MAX_CELL_CHARS:,}; the full text is in the CSV or JSONL export."
                )
            sheet.append(out)
            written += 1
        if summary:
            info = book.create_sheet(title="Summary")
            info.column_dimensions["A"].width = 28
            info.column_dimensions["B"].width = 24
            for label, item in summary.items():
                key_cell = WriteOnlyCell(info, value=_xlsx_text(str(label))[0])
                key_cell.font = bold
                if isinstance(item, int | float) and not isinstance(item, bool):
                    info.append([key_cell, item])
                else:
                    info.append([key_cell, text_cell(_xlsx_text(str(item))[0], info)])
        with atomic_write(Path(dest), shared=True) as handle:
            book.save(handle)
    except BaseException:
        _discard(book)
        raise
    return XlsxReport(written, cut_cells, cut_rows)


def _discard(book: Any) -> None:
    """Close an unsaved write-only workbook and remove its temp files."""
    for sheet in getattr(book, "worksheets", []):
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


def _xlsx_text(value: str) -> tuple[str, int]:
    """Text a cell can hold (XML-illegal control characters removed, cut to Excel's limit) and the
    original length when it was cut (0 otherwise)."""
    if _ILLEGAL_XML.search(value):
        value = _ILLEGAL_XML.sub("", value)
    if len(value) > XLSX_MAX_CELL_CHARS:
        return value[:XLSX_MAX_CELL_CHARS], len(value)
    return value, 0


def _sheet_title(title: str) -> str:
    cleaned = re.sub(r"[\\/*?:\[\]]", " ", title).strip() or "Results"
    return cleaned[:31]


# --- raw JSONL -----------------------------------------------------------------------------------


def export_jsonl(view: ResultsView, dest: str | os.PathLike[str], *, include_missing: bool = False) -> int:
    """Write the answer lines (output and error, newest re-run answer per request) in input order.

    Each line is copied byte for byte from the downloaded files; a request repeated in the input is
    written once. With ``include_missing`` a request without any answer gets a line
    ``{"custom_id": ..., "response": null, "error": {"code": "missing", "message": ...}}``.
    Returns the number of lines written. Atomic.
    """
    written = 0
    seen: set[str] = set()
    with atomic_write(Path(dest), shared=True) as handle:
        for index, cid in enumerate(view.custom_ids):
            if cid in seen:
                continue
            seen.add(cid)
            raw = view.answer_bytes(index)
            if raw is None:
                if not include_missing:
                    continue
                raw = orjson.dumps(
                    {
                        "custom_id": cid,
                        "response": None,
                        "error": {"code": "missing", "message": "The service returned no answer for this request."},
                    }
                )
            handle.write(raw)
            handle.write(b"\n")
            written += 1
    return written
