"""The entry point: :func:`open_table` decides the file's kind by its content (not its name) and hands it
to the reader for it — CSV/TSV/TXT (:mod:`csvfile`), XLSX (:mod:`xlsx`), XLS/ODS (:mod:`calamine`)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core import wording as w
from desktop_app.core.tables.calamine import _is_ods, _open_calamine
from desktop_app.core.tables.csvfile import _open_csv
from desktop_app.core.tables.errors import BinaryFileError, EmptyFileError
from desktop_app.core.tables.files import SAMPLE_HEAD_BYTES, _open_binary, _stat_size
from desktop_app.core.tables.model import Table
from desktop_app.core.tables.workbook import _check_zip_bomb
from desktop_app.core.tables.xlsx import _is_xlsx, _open_xlsx

# what the Open dialog offers (the kind is decided by content, not by these)
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


# -- entry point ---------------------------------------------------------------------------------


def open_table(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
    sheet: str | None = None,
) -> Table:
    """Open a CSV/TSV/TXT file or an Excel workbook as a :class:`Table` (reads only a sample now).

    The kind is decided by the file's content, not its name: a workbook renamed ``.csv`` still
    opens as a workbook. Pass ``encoding``, ``delimiter``, ``has_header`` or ``sheet`` to override a
    guess (the UI's pickers); None means "detect". Close the table (or use ``with``) when done.

    Raises:
        FileMissingError, FileUnreadableError, EmptyFileError, BinaryFileError, FileTooLargeError,
        DecodeError, SheetNotFoundError
    """
    p = Path(path)
    size = _stat_size(p)
    if size == 0:
        raise EmptyFileError(w.T_ZERO_BYTES(name=p.name))
    with _open_binary(p) as handle:
        head = handle.read(min(size, SAMPLE_HEAD_BYTES))
    if head.startswith(_ZIP_MAGIC):
        _check_zip_bomb(p)
        if _is_xlsx(p):
            return _open_xlsx(p, size, sheet, has_header)
        if _is_ods(p):
            return _open_calamine(p, size, sheet, has_header, "ods")
        raise BinaryFileError(w.T_ZIP(name=p.name))
    if head.startswith(_OLE_MAGIC):
        return _open_calamine(p, size, sheet, has_header, "xls")
    return _open_csv(p, size, head, encoding, delimiter, has_header)
