"""The old Excel (.xls) and OpenDocument (.ods) reader: :class:`CalamineTable`, read with
python-calamine (values only: numbers as General, dates as ISO 8601)."""

from __future__ import annotations

import functools
import io
import itertools
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop_app.core import wording as w
from desktop_app.core.tables.dialect import _PREVIEW_RECORDS
from desktop_app.core.tables.errors import (
    BinaryFileError,
    EmptyFileError,
    FileUnreadableError,
    SheetNotFoundError,
)
from desktop_app.core.tables.numformat import format_cell
from desktop_app.core.tables.workbook import (
    MAX_WORKBOOK_CELL_CHARS,
    _columns_from_sample,
    _long_cell,
    _refuse_large_workbook,
    _WorkbookTable,
)

# -- XLS / ODS (python-calamine) -----------------------------------------------------------------

_CALAMINE_KINDS = {"xls": "old Excel 97-2003 workbook (.xls)", "ods": "OpenDocument spreadsheet (.ods)"}


class CalamineTable(_WorkbookTable):
    """One sheet of an old Excel (.xls) or OpenDocument (.ods) workbook, read with python-calamine.

    calamine gives values but not number formats: numbers show as Excel's General format would
    (integers without ``.0``, 15 significant digits), dates as ISO 8601. calamine reads a whole sheet
    at once, so these workbooks share the :data:`~.workbook.MAX_WORKBOOK_BYTES` limit.
    """

    def __init__(
        self,
        path: Path,
        workbook: Any,
        kind: str,
        sheet: str,
        columns: tuple[str, ...],
        has_header: bool,
        header_row: int | None,
        max_row: int,
    ) -> None:
        super().__init__(path, columns, has_header, header_row)
        self.format = kind
        self._workbook = workbook
        self.sheets = tuple(workbook.sheet_names)
        self.sheet = sheet
        self._max_row = max_row

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None

    def _sheet_cells(self) -> Iterator[tuple[int, list[str]]]:
        return _calamine_rows(self._workbook, self.sheet or "")


def _calamine_rows(workbook: Any, sheet: str) -> Iterator[tuple[int, list[str]]]:
    """``(row number, rendered cells)``; calamine's rows start at the first used column, so pad them."""
    ws = workbook.get_sheet_by_name(sheet)
    top, left = ws.start or (0, 0)
    origin = _calamine_origin()
    if origin is not None:  # where iter_rows starts, as the library answers (python-calamine 0.9: row 1)
        top, left = (0 if origin[0] else top), (0 if origin[1] else left)
    pad = [""] * int(left)
    for index, values in enumerate(ws.iter_rows()):
        cells = pad + [format_cell(v if v != "" else None) for v in values]
        for column, cell in enumerate(cells, 1):
            if len(cell) > MAX_WORKBOOK_CELL_CHARS:
                raise _long_cell(str(sheet), int(top) + index + 1, column)
        while cells and not cells[-1]:
            cells.pop()
        yield int(top) + index + 1, cells


def _open_calamine(path: Path, size: int, sheet: str | None, has_header: bool | None, kind: str) -> CalamineTable:
    what = _CALAMINE_KINDS[kind]
    _refuse_large_workbook(size, w.T_WORKBOOK_TOO_LARGE)
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except PermissionError as exc:
        raise FileUnreadableError(w.T_WORKBOOK_LOCKED(name=path.name), detail=str(exc)) from exc
    except Exception as exc:  # calamine's own errors: damaged, encrypted, not a workbook at all
        raise BinaryFileError(
            w.T_DAMAGED_WORKBOOK(name=path.name, kind=w.word(what)), detail=f"{type(exc).__name__}: {exc}"
        ) from exc
    try:
        names = list(workbook.sheet_names)
        samples = {}
        for name in names if sheet is None else [sheet]:
            if name not in names:
                raise SheetNotFoundError(w.T_NO_SHEET_NAMED(sheet=name, sheets=", ".join(names)))
            rows = [
                (n, c) for n, c in itertools.islice(_calamine_rows(workbook, name), 5000) if any(x.strip() for x in c)
            ]
            samples[name] = rows[:_PREVIEW_RECORDS]
            if rows or sheet is not None:
                break
        chosen = next((n for n, rows in samples.items() if rows), sheet or (names[0] if names else None))
        if chosen is None:
            raise EmptyFileError(w.T_NO_SHEETS(name=path.name))
        sample = samples.get(chosen, [])
        if not sample:
            raise EmptyFileError(w.T_EMPTY_SHEET(sheet=chosen, name=path.name))
        columns, header, header_row = _columns_from_sample(sample, has_header)
        height = int(workbook.get_sheet_by_name(chosen).total_height or 0)
        return CalamineTable(path, workbook, kind, chosen, columns, header, header_row, max(height, sample[-1][0]))
    except BaseException:
        workbook.close()
        raise


def _is_ods(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "content.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


_PROBE_FILES = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
    'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
    'org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3"><c r="C3"><v>1</v></c></row>'
    '<row r="5"><c r="D5"><v>2</v></c></row></sheetData></worksheet>',
}


@functools.lru_cache(maxsize=1)
def _calamine_origin() -> tuple[bool, bool] | None:
    """Whether python-calamine's ``iter_rows`` starts at row 1 and at column A, or at the sheet's first
    used row / column (``start``). Asked of the library itself, on a sheet whose cells start at C3: the
    answer has changed between versions (0.9 starts rows at 1 and columns at ``start``). None when the
    answer is neither: the fast path is then not used."""
    from python_calamine import CalamineWorkbook

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in _PROBE_FILES.items():
            archive.writestr(name, text)
    buffer.seek(0)
    book = CalamineWorkbook.from_filelike(buffer)
    try:
        rows = list(book.get_sheet_by_name("S").iter_rows())
    finally:
        book.close()
    if len(rows) not in (3, 5) or len(rows[0]) not in (2, 4):
        return None
    return len(rows) == 5, len(rows[0]) == 4
