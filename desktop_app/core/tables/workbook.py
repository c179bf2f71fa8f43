"""What every workbook reader shares: the size and zip-bomb limits checked before a workbook is opened,
the cancellable row loop over rendered cells (:class:`_WorkbookTable`), the columns from a sheet's first
rows, and the too-long-cell error."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop_app.core import wording as w
from desktop_app.core.limits import MAX_LINE_BYTES, MB
from desktop_app.core.tables.dialect import _guess_header
from desktop_app.core.tables.errors import FileTooLargeError, FileUnreadableError, ReadCancelled
from desktop_app.core.tables.model import Row, Table, _make_row, unique_columns

MAX_WORKBOOK_BYTES = 200 * MB  # openpyxl keeps a workbook's shared strings in memory
# Zip bombs (issue 10): checked from the archive's directory before anything is inflated.
MAX_UNCOMPRESSED_BYTES = 2 * 1024 * MB  # all members of a workbook together, inflated
MAX_COMPRESSION_RATIO = 100  # inflated / stored, for a member over BOMB_RATIO_MIN_BYTES (real XML: ~5-30)
BOMB_RATIO_MIN_BYTES = 10 * MB
MAX_WORKBOOK_CELL_CHARS = MAX_LINE_BYTES  # a cell longer than a whole request line can never be sent


# -- XLSX ----------------------------------------------------------------------------------------


class _WorkbookTable(Table):
    """What every workbook sheet shares: size estimate, cancellable row loop over rendered cells."""

    _workbook: Any
    _max_row: int

    def _estimate(self) -> int:
        return max(0, self._max_row - (self.header_row or 0))

    def _sheet_cells(self) -> Iterator[tuple[int, list[str]]]:
        """``(row number, rendered cells)`` of the chosen sheet; each reader supplies its own."""
        raise NotImplementedError

    def _rows(self, cancel: threading.Event | None) -> Iterator[Row]:
        if self._workbook is None:
            raise FileUnreadableError(w.T_CLOSED)
        width = len(self.columns)
        header_row = self.header_row or 0
        self._total = max(self._max_row, 1)
        self._done = 0
        count = 0
        for number, cells in self._sheet_cells():
            if number & 255 == 0:
                self._done = number
                if cancel is not None and cancel.is_set():
                    raise ReadCancelled
            if number <= header_row or not any(c.strip() for c in cells):
                continue
            count += 1
            yield _make_row(number, cells, width, None, False)
        self._done = self._total
        self._row_count = count


def _columns_from_sample(
    sample: list[tuple[int, list[str]]], has_header: bool | None
) -> tuple[tuple[str, ...], bool, int | None]:
    """Column names, whether row 1 is a header, and the header's row, from the first non-blank rows."""
    header = _guess_header([c for _, c in sample]) if has_header is None else has_header
    if header:
        header_row, names_row = sample[0]
        return unique_columns(names_row), True, header_row
    width = max(len(c) for _, c in sample)
    return tuple(f"Column {i}" for i in range(1, width + 1)), False, None


def _check_zip_bomb(path: Path) -> None:
    """Refuse a workbook whose members would inflate far beyond any real sheet, before reading it."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a readable zip: the readers say so in their own words
    total = 0
    for member in members:
        total += member.file_size
        stored = max(member.compress_size, 1)
        if member.file_size > BOMB_RATIO_MIN_BYTES and member.file_size / stored > MAX_COMPRESSION_RATIO:
            raise FileTooLargeError(
                w.T_ZIP_BOMB(name=path.name, stored_mb=f"{stored / MB:.1f}", size_mb=f"{member.file_size / MB:,.0f}"),
                detail=f"{member.filename}: {member.compress_size} -> {member.file_size} bytes",
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise FileTooLargeError(
            w.T_INFLATES_TOO_MUCH(name=path.name, size_mb=f"{total / MB:,.0f}", max_mb=MAX_UNCOMPRESSED_BYTES // MB),
            detail=f"{total} bytes inflated",
        )


def _long_cell(sheet: str, row: int, column: int) -> FileTooLargeError:
    return FileTooLargeError(w.T_LONG_CELL(row=row, column=column, sheet=sheet, max_mb=MAX_WORKBOOK_CELL_CHARS // MB))


def _refuse_large_workbook(size: int, message: w.Wording) -> None:
    """Refuse a workbook over :data:`MAX_WORKBOOK_BYTES` before loading it (``message`` says what to do instead)."""
    if size > MAX_WORKBOOK_BYTES:
        raise FileTooLargeError(message(size_mb=f"{size / MB:.0f}", max_mb=MAX_WORKBOOK_BYTES // MB))
