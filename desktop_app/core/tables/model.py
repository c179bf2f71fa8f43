"""The row and table model every reader shares: :class:`Row`, :class:`Table` (columns, streaming
``iter_rows``, preview, counts, progress) and the column-name rules.

Row numbers are the ones a person sees in Excel (the header is row 1); blank rows are skipped but keep
their number; ragged rows are padded and flagged (:attr:`Row.short`, :attr:`Row.extra`), never dropped
silently; trailing empty cells ("a,b,,,") are not ragged.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from desktop_app.core.tables.encoding import EncodingGuess
from desktop_app.core.tables.errors import RaggedRowError

# -- rows and tables -----------------------------------------------------------------------------


class Row(NamedTuple):
    """One data row (a named tuple: cheap to make, immutable).

    Attributes:
        number: the row number as the spreadsheet shows it (1-based; the header is row 1 when present).
        values: one text per column; a short row is padded with ``""``.
        extra: non-empty cells beyond the last column (a ragged long row); they are not in ``values``.
        width: how many cells the source row had (before padding).
        line: CSV only — the text line the record starts on (differs from ``number`` after a cell
            that holds a line break).
    """

    number: int
    values: tuple[str, ...]
    extra: tuple[str, ...] = ()
    width: int = 0
    line: int | None = None

    @property
    def short(self) -> bool:
        """The source row had fewer cells than the table has columns (padded)."""
        return self.width < len(self.values)

    @property
    def ragged(self) -> bool:
        """Short, or with cells beyond the last column."""
        return self.short or bool(self.extra)

    def as_dict(self, columns: Sequence[str]) -> dict[str, str]:
        """``{column: value}``."""
        return dict(zip(columns, self.values, strict=False))


def unique_columns(names: Sequence[str]) -> tuple[str, ...]:
    """Header names made usable: trimmed, blank → ``Column N``, repeats → ``name (2)``."""
    out: list[str] = []
    seen: set[str] = set()
    for index, raw in enumerate(names, 1):
        name = raw.replace("\ufeff", "").strip() or f"Column {index}"
        candidate, n = name, 2
        while candidate in seen:
            candidate = f"{name} ({n})"
            n += 1
        seen.add(candidate)
        out.append(candidate)
    return tuple(out)


class Table:
    """A table opened by :func:`open_table`. Rows are read on demand; iterate from one thread at a time.

    Attributes:
        path: the source file.
        format: ``"csv"`` (any delimited text), ``"xlsx"``, ``"xls"`` or ``"ods"``.
        columns: the column names (deduplicated; blank → ``Column N``; ``Column 1..N`` without header).
        has_header: row 1 (the first non-blank row) names the columns.
        header_row: the spreadsheet row of the header, or None.
        encoding: the text encoding used (CSV), else None.
        delimiter: the separator (CSV), else None.
        sheets: the workbook's sheet names (workbooks), else ``()``.
        sheet: the sheet being read (workbooks), else None.
        size_bytes: the file's size.
    """

    format: str = ""

    def __init__(self, path: Path, columns: tuple[str, ...], has_header: bool, header_row: int | None) -> None:
        self.path = path
        self.columns = columns
        self.has_header = has_header
        self.header_row = header_row
        self.encoding: EncodingGuess | None = None
        self.delimiter: str | None = None
        self.sheets: tuple[str, ...] = ()
        self.sheet: str | None = None
        self.size_bytes = path.stat().st_size
        self._row_count: int | None = None
        self._done = 0
        self._total = 1
        self._index = {name: i for i, name in enumerate(columns)}
        # issue 10: row number → the encoding a row not in the file's encoding was read with
        self.row_encodings: dict[int, str] = {}
        self._pending_codecs: list[str] = []

    # the public surface -------------------------------------------------------------------------

    def column_index(self, name: str) -> int:
        """The position of a column by name.

        Raises:
            KeyError: no such column.
        """
        return self._index[name]

    def iter_rows(self, *, strict: bool = False, cancel: threading.Event | None = None) -> Iterator[Row]:
        """Stream the data rows (blank rows skipped). Safe to call again: each call starts over.

        Args:
            strict: raise :class:`RaggedRowError` on a ragged row instead of padding and flagging it.
            cancel: when set, iteration stops with :class:`ReadCancelled` (checked every 1,024 records).

        Raises:
            DecodeError, CsvFormatError, RaggedRowError, FileUnreadableError, ReadCancelled
        """
        rows = self._rows(cancel)
        return self._strict(rows) if strict else rows

    def _strict(self, rows: Iterator[Row]) -> Iterator[Row]:
        width = len(self.columns)
        for row in rows:
            if row.ragged:
                raise RaggedRowError(row.number, row.width, width)
            yield row

    def preview(self, n: int = 50) -> list[Row]:
        """The first ``n`` data rows."""
        out: list[Row] = []
        if n <= 0:
            return out
        rows = self._rows(None)
        try:
            for row in rows:
                out.append(row)
                if len(out) >= n:
                    break
        finally:
            close = getattr(rows, "close", None)
            if callable(close):
                close()
        return out

    @property
    def row_count(self) -> int | None:
        """The number of data rows once known (after a full ``iter_rows`` or ``count_rows``), else None."""
        return self._row_count

    def count_rows(self, *, cancel: threading.Event | None = None) -> int:
        """Count the data rows (streams the whole file once; cached)."""
        if self._row_count is None:
            for _ in self.iter_rows(cancel=cancel):
                pass
        assert self._row_count is not None
        return self._row_count

    @property
    def estimated_rows(self) -> int:
        """A cheap estimate of the data rows (exact when known)."""
        return self._row_count if self._row_count is not None else self._estimate()

    @property
    def progress(self) -> tuple[int, int]:
        """``(done, total)`` of the running or last iteration (bytes for CSV, rows for XLSX)."""
        return self._done, max(self._total, 1)

    def close(self) -> None:
        """Release the file (workbooks keep theirs open between iterations)."""

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # for subclasses ------------------------------------------------------------------------------

    def _rows(self, cancel: threading.Event | None) -> Iterator[Row]:
        """Yield the data rows; set ``_done``/``_total`` as it goes and ``_row_count`` at the end."""
        raise NotImplementedError

    def _estimate(self) -> int:
        return 0


def _make_row(number: int, cells: Sequence[str], width: int, line: int | None, pad_short: bool) -> Row:
    n = len(cells)
    if n == width:
        return Row(number, tuple(cells), (), n, line)
    if n < width:
        return Row(number, (*cells, *([""] * (width - n))), (), n if pad_short else width, line)
    extra = tuple(cells[width:])
    if not any(c.strip() for c in extra):  # trailing empty cells: "a,b,,," is not ragged
        return Row(number, tuple(cells[:width]), (), width, line)
    last = max(i for i, c in enumerate(extra) if c.strip())
    return Row(number, tuple(cells[:width]), extra[: last + 1], n, line)
