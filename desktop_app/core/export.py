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
* CSV/formula injection (OWASP): a text value starting with ``=``, ``+``, ``-``, ``@``, tab or CR
  (or their full-width forms ``＝＋－＠``) gets a leading apostrophe, so Excel shows it as text
  instead of running it. Exception: a value that is a plain number (``-1.5``, ``+3``, ``1e-3``)
  stays as it is, because it cannot run anything and should stay a number. Numeric columns (tokens,
  status codes) are written from integers and never touched. Note that model answers starting with
  a Markdown bullet (``- item``) therefore show a leading apostrophe.
* The file is written through :func:`desktop_app.core.fileutil.atomic_write` (a crash leaves the old
  file or none) and row by row, so memory stays constant.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import datetime, tzinfo
from operator import attrgetter
from pathlib import Path

from desktop_app.core.fileutil import atomic_write
from desktop_app.core.results import ResultRow

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
ALL_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(ResultRow))

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def neutralize_cell(value: str) -> str:
    """``value`` with a leading apostrophe when a spreadsheet could read it as a formula."""
    if value and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


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
    rows: Iterable[ResultRow],
    dest: str | os.PathLike[str],
    columns: Sequence[str] = DEFAULT_COLUMNS,
    *,
    headers: Sequence[str] | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Write ``rows`` to ``dest`` as an Excel-ready CSV; return the number of rows written.

    Args:
        rows: joined result rows, usually ``join_results(...).rows``; consumed once, streamed.
        dest: the CSV file; replaced atomically.
        columns: :class:`ResultRow` field names, in order.
        headers: header texts (e.g. translated), one per column; default: the column names.
        tz: time zone for ``created``; default: the computer's local zone.

    Raises:
        ValueError: an unknown column, or a header count that doesn't match.
        OSError: the file cannot be written.
    """
    columns = tuple(columns)
    unknown = [c for c in columns if c not in ALL_COLUMNS]
    if unknown or not columns:
        raise ValueError(f"Unknown export column(s): {', '.join(unknown) or '(none given)'}")
    header_row = tuple(headers) if headers is not None else columns
    if len(header_row) != len(columns):
        raise ValueError("Give exactly one header per column.")
    getter = attrgetter(*columns)
    created_at = columns.index("created") if "created" in columns else -1
    single = len(columns) == 1
    written = 0
    with atomic_write(Path(dest), "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header_row)
        for row in rows:
            values = getter(row)
            cells = [_cell(v) for v in ((values,) if single else values)]
            if created_at >= 0:
                cells[created_at] = format_created(row.created, tz)
            writer.writerow(cells)
            written += 1
    return written


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralize_cell(str(value))
    return str(value)
