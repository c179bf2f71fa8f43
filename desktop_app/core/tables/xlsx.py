"""The Excel workbook reader (.xlsx, .xlsm): :class:`XlsxTable`, one sheet read with openpyxl in
read-only mode, each cell rendered through its number format (:mod:`numformat`)."""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

from desktop_app.core.tables.dialect import _PREVIEW_RECORDS
from desktop_app.core.tables.errors import (
    BinaryFileError,
    EmptyFileError,
    FileUnreadableError,
    SheetNotFoundError,
)
from desktop_app.core.tables.numformat import _CJK_DATE_IDS, format_cell
from desktop_app.core.tables.workbook import (
    MAX_WORKBOOK_CELL_CHARS,
    _columns_from_sample,
    _long_cell,
    _refuse_large_workbook,
    _WorkbookTable,
)


class XlsxTable(_WorkbookTable):
    """One sheet of an Excel workbook, read with openpyxl in read-only mode."""

    format = "xlsx"

    def __init__(
        self,
        path: Path,
        workbook: Any,
        sheet: str,
        columns: tuple[str, ...],
        has_header: bool,
        header_row: int | None,
        max_row: int,
    ) -> None:
        super().__init__(path, columns, has_header, header_row)
        self._workbook = workbook
        self._handle: IO[bytes] | None = None
        self.sheets = tuple(workbook.sheetnames)
        self.sheet = sheet
        self._max_row = max_row

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def _sheet_cells(self) -> Iterator[tuple[int, list[str]]]:
        # openpyxl parses a read-only sheet while its rows are read: its warnings ("date out of range",
        # unsupported extensions) are not the user's problem, and damaged XML is a damaged workbook.
        rows = _sheet_rows(self._workbook, self.sheet or "")
        while True:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    item = next(rows)
                except StopIteration:
                    return
                except ElementTree.ParseError as exc:
                    raise BinaryFileError(_damaged_workbook(self.path), detail=str(exc)) from exc
            yield item


def _damaged_workbook(path: Path) -> str:
    """The plain message for a workbook that cannot be read."""
    return (
        f"{path.name} cannot be read as an Excel workbook (it may be damaged or password-protected). "
        'Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".'
    )


def _sheet_rows(workbook: Any, sheet: str) -> Iterator[tuple[int, list[str]]]:
    """``(row number, rendered cells)`` for every row of a read-only sheet, gaps included."""
    ws = workbook[sheet]
    ws.reset_dimensions()  # some writers store a wrong size; read what is really there
    formats: dict[int, tuple[str, bool]] = {}
    styles = getattr(workbook, "_cell_styles", None)
    epoch = getattr(workbook, "epoch", None)
    for number, row in enumerate(ws.iter_rows(), 1):
        cells: list[str] = []
        for cell in row:
            value = cell.value
            if value is None:
                cells.append("")
            elif isinstance(value, str):
                if len(value) > MAX_WORKBOOK_CELL_CHARS:
                    raise _long_cell(str(sheet), number, len(cells) + 1)
                cells.append(value)
            else:
                fmt, cjk_date = _cell_format(cell, formats, styles)
                if cjk_date and isinstance(value, int | float) and not isinstance(value, bool):
                    value = _serial_to_date(value, epoch)
                cells.append(format_cell(value, fmt))
        while cells and not cells[-1]:
            cells.pop()
        yield number, cells


def _cell_format(cell: Any, cache: dict[int, tuple[str, bool]], styles: Any) -> tuple[str, bool]:
    style_id = getattr(cell, "_style_id", None)
    if isinstance(style_id, int) and style_id in cache:
        return cache[style_id]
    try:
        fmt = cell.number_format or "General"
        fmt_id = cell.style_array.numFmtId if styles is not None else 0
    except (AttributeError, IndexError, KeyError):
        fmt, fmt_id = "General", 0
    result = (str(fmt), fmt_id in _CJK_DATE_IDS)
    if isinstance(style_id, int):
        cache[style_id] = result
    return result


def _serial_to_date(value: float, epoch: Any) -> object:
    from openpyxl.utils.datetime import from_excel  # type: ignore[import-untyped]

    try:
        moment = from_excel(value, epoch) if epoch is not None else from_excel(value)
    except (ValueError, OverflowError, TypeError):
        return value
    if 0 <= value < 1 and isinstance(moment, dt.datetime):
        return moment.time()  # a time of day without a date
    return moment


def _open_xlsx(path: Path, size: int, sheet: str | None, has_header: bool | None) -> XlsxTable:
    _refuse_large_workbook(size, 'In Excel use "Save As" → "CSV UTF-8" and open that file instead')
    import openpyxl  # type: ignore[import-untyped]

    handle: IO[bytes] | None = None
    try:
        handle = open(path, "rb")  # noqa: SIM115 - kept open with the table; openpyxl refuses names not .xlsx
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style", unsupported extensions: not the user's problem
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except PermissionError as exc:
        if handle is not None:
            handle.close()
        raise FileUnreadableError(
            f"The workbook {path.name} cannot be opened: permission denied, or another program has it "
            "locked. Close it there, or copy the file, and try again.",
            detail=str(exc),
        ) from exc
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, ElementTree.ParseError) as exc:
        if handle is not None:
            handle.close()
        raise BinaryFileError(_damaged_workbook(path), detail=f"{type(exc).__name__}: {exc}") from exc
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl parses the sheet here: its warnings are not the user's
            names = list(workbook.sheetnames)
            dimensions = {name: _declared_rows(workbook[name]) for name in names}
            if sheet is None:
                chosen = next((n for n in names if _sheet_has_cells(workbook, n)), names[0] if names else None)
            elif sheet in names:
                chosen = sheet
            else:
                raise SheetNotFoundError(
                    f'The workbook has no sheet named "{sheet}". Its sheets are: {", ".join(names)}.'
                )
            if chosen is None:
                raise EmptyFileError(f"The workbook {path.name} has no sheets.")
            max_row = dimensions[chosen]
            sample: list[tuple[int, list[str]]] = []
            for number, cells in _sheet_rows(workbook, chosen):
                if any(c.strip() for c in cells):
                    sample.append((number, cells))
                    if len(sample) >= _PREVIEW_RECORDS:
                        break
            if not sample:
                raise EmptyFileError(f'The sheet "{chosen}" of {path.name} is empty. Choose the sheet with your data.')
            columns, header, header_row = _columns_from_sample(sample, has_header)
            table = XlsxTable(path, workbook, chosen, columns, header, header_row, max(max_row, sample[-1][0]))
            table._handle = handle
            return table
    except ElementTree.ParseError as exc:
        workbook.close()
        handle.close()
        raise BinaryFileError(_damaged_workbook(path), detail=f"ParseError: {exc}") from exc
    except BaseException:
        workbook.close()
        handle.close()
        raise


def _declared_rows(ws: Any) -> int:
    try:
        return int(ws.max_row or 0)
    except (TypeError, ValueError, AttributeError):
        return 0


def _sheet_has_cells(workbook: Any, name: str) -> bool:
    for index, (_, cells) in enumerate(_sheet_rows(workbook, name)):
        if any(c.strip() for c in cells):
            return True
        if index > 1000:
            return False
    return False


def _is_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
