"""The typed errors of the table readers: every one a :class:`TableError` (a
:class:`~desktop_app.core.errors.BatchDeskError` with a plain ``user_message``), plus :class:`ReadCancelled`."""

from __future__ import annotations

from desktop_app.core import wording as w
from desktop_app.core.errors import BatchDeskError

# -- errors --------------------------------------------------------------------------------------


class TableError(BatchDeskError):
    """The file cannot be read as a table; ``user_message`` says why and what to do."""


class FileMissingError(TableError):
    """The file does not exist (any more)."""


class FileUnreadableError(TableError):
    """The file exists but cannot be opened: permissions, a lock held by another program, a folder."""


class EmptyFileError(TableError):
    """The file (or the chosen sheet) holds no cells at all."""


class BinaryFileError(TableError):
    """The file is not text and not a workbook this app reads (an image, a PDF, an archive...)."""


class FileTooLargeError(TableError):
    """The file is too large for the reader that would have to load part of it into memory."""


class DecodeError(TableError):
    """Part of the file is not valid in the chosen encoding."""


class CsvFormatError(TableError):
    """The text breaks CSV rules so badly it cannot be split into cells (usually an unclosed quote)."""


class RaggedRowError(TableError):
    """A row has more or fewer cells than the header (only with ``iter_rows(strict=True)``)."""

    def __init__(self, row: int, cells: int, columns: int) -> None:
        self.row = row
        self.cells = cells
        self.columns = columns
        super().__init__(w.T_RAGGED(row=row, cells=cells, columns=columns))


class SheetNotFoundError(TableError):
    """The workbook has no sheet of that name."""


class ReadCancelled(Exception):
    """Raised while reading rows when the ``cancel`` event is set."""
