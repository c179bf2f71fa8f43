"""The Excel workbook reader (.xlsx, .xlsm): :class:`XlsxTable`, one sheet, each cell rendered through its
number format (:mod:`.numformat`).

Two ways to read the same sheet, giving the same text:

* **fast** (:class:`_FastBook`): the values from python-calamine (Rust: shared strings, rich text, inline
  strings); openpyxl parses only the workbook part and styles.xml (sheet names, number formats, which
  styles are dates, the 1904 calendar); each numeric or error cell's style and exact stored text come
  from the sheet XML, streamed in 1 MB pieces and matched with one regular expression. Every such cell
  must line up with calamine's value at the same row and column; the first that does not (an XML
  shape the expression does not know, a ``t="d"`` date, a cell without ``r=``) hands the rest of the
  sheet, from that row, to the openpyxl reader.
* **openpyxl** (read-only mode): every cell parsed in Python; used for the rest of a sheet the fast
  path gave up on, and for a whole workbook it cannot take (no styles, chart sheets, calamine refuses).

One known difference, kept on purpose: OOXML's ``_xHHHH_`` escapes in text (Excel writes a carriage
return as ``_x000D_``) are decoded by calamine, as Excel shows them; openpyxl leaves them as typed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple
from xml.etree import ElementTree

from desktop_app.core import wording as w
from desktop_app.core.limits import MB
from desktop_app.core.tables.calamine import _calamine_origin
from desktop_app.core.tables.dialect import _PREVIEW_RECORDS
from desktop_app.core.tables.errors import (
    BinaryFileError,
    EmptyFileError,
    FileUnreadableError,
    SheetNotFoundError,
)
from desktop_app.core.tables.numformat import _CJK_DATE_IDS, format_cell, number_renderer
from desktop_app.core.tables.sheetxml import SharedStrings, Unsure, stream_rows
from desktop_app.core.tables.workbook import (
    MAX_WORKBOOK_CELL_CHARS,
    _columns_from_sample,
    _long_cell,
    _refuse_large_workbook,
    _WorkbookTable,
)


class XlsxTable(_WorkbookTable):
    """One sheet of an Excel workbook (fast path or openpyxl, see the module notes)."""

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
        if isinstance(self._workbook, _FastBook):
            return self._workbook.rows(self.sheet or "")
        return _quiet_rows(self._workbook, self.sheet or "", self.path)


def _quiet_rows(workbook: Any, sheet: str, path: Path) -> Iterator[tuple[int, list[str]]]:
    """:func:`_sheet_rows` as the user should meet them: openpyxl parses a read-only sheet while its rows
    are read; its warnings ("date out of range", unsupported extensions) are not the user's problem,
    and damaged XML is a damaged workbook."""
    rows = _sheet_rows(workbook, sheet)
    while True:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                item = next(rows)
            except StopIteration:
                return
            except ElementTree.ParseError as exc:
                raise BinaryFileError(_damaged_workbook(path), detail=str(exc)) from exc
        yield item


def _damaged_workbook(path: Path) -> w.Text:
    """The plain message for a workbook that cannot be read."""
    return w.T_DAMAGED_XLSX(name=path.name)


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
    _refuse_large_workbook(size, w.T_XLSX_TOO_LARGE)
    fast = _FastBook.open(path)
    if fast is not None:
        try:
            return _sheet_table(path, fast, sheet, has_header)
        except BaseException:
            fast.close()
            raise
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
        raise FileUnreadableError(w.T_WORKBOOK_LOCKED(name=path.name), detail=str(exc)) from exc
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, ElementTree.ParseError) as exc:
        if handle is not None:
            handle.close()
        raise BinaryFileError(_damaged_workbook(path), detail=f"{type(exc).__name__}: {exc}") from exc
    try:
        table = _sheet_table(path, workbook, sheet, has_header)
    except BaseException:
        workbook.close()
        handle.close()
        raise
    table._handle = handle
    return table


def _sheet_table(path: Path, workbook: Any, sheet: str | None, has_header: bool | None) -> XlsxTable:
    """The table of the chosen (else the first non-empty) sheet of an open workbook (openpyxl's or fast)."""
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
                raise SheetNotFoundError(w.T_NO_SHEET_NAMED(sheet=sheet, sheets=", ".join(names)))
            if chosen is None:
                raise EmptyFileError(w.T_NO_SHEETS(name=path.name))
            max_row = dimensions[chosen]
            sample: list[tuple[int, list[str]]] = []
            for number, cells in _book_rows(workbook, chosen):
                if any(c.strip() for c in cells):
                    sample.append((number, cells))
                    if len(sample) >= _PREVIEW_RECORDS:
                        break
            if not sample:
                raise EmptyFileError(w.T_EMPTY_SHEET(sheet=chosen, name=path.name))
            columns, header, header_row = _columns_from_sample(sample, has_header)
            return XlsxTable(path, workbook, chosen, columns, header, header_row, max(max_row, sample[-1][0]))
    except ElementTree.ParseError as exc:
        raise BinaryFileError(_damaged_workbook(path), detail=f"ParseError: {exc}") from exc


def _declared_rows(ws: Any) -> int:
    try:
        return int(ws.max_row or 0)
    except (TypeError, ValueError, AttributeError):
        return 0


def _sheet_has_cells(workbook: Any, name: str) -> bool:
    for index, (_, cells) in enumerate(_book_rows(workbook, name)):
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


# -- the fast path ---------------------------------------------------------------------------------

# A numeric or error cell as Excel, LibreOffice and openpyxl write it: <c r="B2" s="3" t="n"><f>…</f><v>42</v></c>.
# Groups: column letters, row, style (or empty), type (n, e or empty), the stored text.
_VALUE_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]+)"(?: s="([0-9]+)")?(?: t="([ne])")?>'
    rb"(?:<f>[^<]*</f>|<f [^>]*/>|<f [^>]*>[^<]*</f>)?<v>([^<]+)</v></c>"
)
# calamine holds a whole sheet while it is read (~120 MB for 200,000 rows x 6 columns, from 54 MB of
# sheet XML); a larger sheet is streamed by openpyxl (slower, but its memory does not grow with the rows).
MAX_FAST_SHEET_BYTES = 100 * MB
_SCAN_BLOCK = 1 << 20
_RENDERED_CACHE = 65_536  # distinct (style, stored text) pairs remembered per pass; dates and codes repeat
_NO_ROW = 1 << 62  # past every real row


class _Declared(NamedTuple):
    """What :func:`_declared_rows` asks of a sheet."""

    max_row: int


class _Mismatch(Exception):
    """The fast path cannot vouch for this row (or anything after it): openpyxl reads from here."""

    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


class _FastBook:
    """A workbook opened for the fast path; quacks like openpyxl's read-only workbook where
    :func:`_sheet_table` looks (``sheetnames``, ``[name]`` for the declared size, ``close``)."""

    def __init__(self, path: Path, meta: Any, archive: zipfile.ZipFile, sheets: dict[str, str]) -> None:
        self.path = path
        self._meta = meta  # openpyxl's workbook part and styles only: number formats, date styles, calendar
        self._archive = archive
        self._targets = sheets  # sheet name → its XML in the archive
        # opened for the first sheet it reads: it loads every shared string at once (403 MB for the
        # shared strings of a million rows), which a sheet streamed from its XML does not need
        self._calamine: Any = None
        self._sheet: tuple[str, Any] | None = None  # calamine's last loaded sheet, reused across passes
        self._fallback: Any = None  # openpyxl's full read-only workbook, opened on the first mismatch
        self._fallback_handle: IO[bytes] | None = None
        self.sheetnames = list(sheets)
        styles = list(meta._cell_styles)
        custom = list(meta._number_formats)
        self._styles: list[tuple[str, bool]] = []
        for array in styles:  # as openpyxl's ReadOnlyCell.number_format and _cell_format decide
            fmt_id = array.numFmtId
            if fmt_id < 164:
                self._styles.append((_builtin_format(fmt_id), fmt_id in _CJK_DATE_IDS))
            elif fmt_id - 164 < len(custom):
                self._styles.append((str(custom[fmt_id - 164] or "General"), False))
            else:
                self._styles.append(("General", False))
        self._renderers: dict[tuple[bytes, bytes], Callable[[bytes], str]] = {}
        self._strings_part: str | None = None  # the shared strings' part, read by the streamed path
        self._strings: SharedStrings | None = None
        self._date_styles = frozenset(meta._date_formats)
        self._timedelta_styles = frozenset(meta._timedelta_formats)
        self.epoch = meta.epoch

    @classmethod
    def open(cls, path: Path) -> _FastBook | None:
        """The fast book, or None when this workbook is one for openpyxl alone (it then says what is wrong)."""
        try:
            from openpyxl.reader.excel import ExcelReader  # type: ignore[import-untyped]
            from openpyxl.styles.stylesheet import apply_stylesheet  # type: ignore[import-untyped]
            from openpyxl.xml.constants import SHARED_STRINGS  # type: ignore[import-untyped]

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                # openpyxl's own steps, but neither the shared strings (calamine reads the text) nor the
                # sheets (openpyxl would parse a sheet without a <dimension> whole just to size it)
                reader = ExcelReader(str(path), read_only=True, data_only=True)
                usable = False
                strings: str | None = None
                sheets: dict[str, str] = {}
                try:
                    usable = "xl/styles.xml" in reader.valid_files and _calamine_origin() is not None
                    if usable:
                        reader.read_manifest()
                        strings_part = reader.package.find(SHARED_STRINGS)
                        if strings_part is not None:
                            strings = strings_part.PartName[1:]
                        reader.read_workbook()
                        apply_stylesheet(reader.archive, reader.wb)
                        for sheet, rel in reader.parser.find_sheets():
                            if rel.target not in reader.valid_files:
                                continue
                            usable = usable and "chartsheet" not in rel.Type
                            sheets[sheet.name] = rel.target
                        usable = usable and bool(reader.wb._cell_styles)
                finally:
                    if not usable:
                        reader.archive.close()
        except Exception:  # damaged, encrypted, unusual: openpyxl's reader gives its own plain message
            return None
        if not usable:
            return None
        book = cls(path, reader.wb, reader.archive, sheets)
        book._strings_part = strings if strings in reader.valid_files else None
        return book

    def __getitem__(self, name: str) -> _Declared:
        """The sheet's declared size (its ``<dimension>``), as openpyxl's ``max_row``; without one (openpyxl's
        write-only mode writes none), a guess from the size of its XML and of its first rows."""
        member = self._targets[name]
        return _Declared(_declared_last_row(self._archive, member) or _guessed_last_row(self._archive, member))

    def close(self) -> None:
        """Release both readers (and openpyxl's, if a sheet needed it)."""
        self._sheet = None
        for book in (self._calamine, self._archive, self._fallback):
            if book is not None:
                with contextlib.suppress(Exception):
                    book.close()
        self._calamine = self._fallback = None
        if self._strings is not None:
            self._strings.close()
            self._strings = None
        if self._fallback_handle is not None:
            self._fallback_handle.close()
            self._fallback_handle = None

    def rows(self, name: str) -> Iterator[tuple[int, list[str]]]:
        """``(row number, rendered cells)`` like :func:`_sheet_rows`; the fast path while it lines up."""
        start = 1
        try:
            yield from self._fast_rows(name)
            return
        except _Mismatch as stop:
            start = stop.row
        for number, cells in _quiet_rows(self._openpyxl(), name, self.path):
            if number >= start:
                yield number, cells

    def _openpyxl(self) -> Any:
        if self._fallback is None:
            import openpyxl

            try:
                self._fallback_handle = open(self.path, "rb")  # noqa: SIM115 - closed with the book
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    self._fallback = openpyxl.load_workbook(self._fallback_handle, read_only=True, data_only=True)
            except PermissionError as exc:
                raise FileUnreadableError(w.T_WORKBOOK_LOCKED(name=self.path.name), detail=str(exc)) from exc
            except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, ElementTree.ParseError) as exc:
                raise BinaryFileError(_damaged_workbook(self.path), detail=f"{type(exc).__name__}: {exc}") from exc
        return self._fallback

    def _calamine_sheet(self, name: str) -> Any:
        if self._calamine is None:
            from python_calamine import CalamineWorkbook

            self._calamine = CalamineWorkbook.from_path(str(self.path))
        if self._sheet is None or self._sheet[0] != name:
            self._sheet = None  # free the last one first
            self._sheet = (name, self._calamine.get_sheet_by_name(name))
        return self._sheet[1]

    def _shared_string(self, index: int) -> str | None:
        if self._strings is None:
            if self._strings_part is None:
                return None
            size = self._archive.getinfo(self._strings_part).file_size
            self._strings = SharedStrings(self._archive.open(self._strings_part), size)
        return self._strings.get(index)

    def _streamed_rows(self, name: str) -> Iterator[tuple[int, list[str]]]:
        """A sheet too big for calamine, its XML streamed (:mod:`.sheetxml`); openpyxl from a row it is unsure of."""
        rendered: dict[tuple[bytes, bytes, bytes], str] = {}

        def render(style: bytes, kind: bytes, stored: bytes, number: int) -> str:
            key = (style, kind, stored)
            text = rendered.get(key)
            return text if text is not None else self._render_new(rendered, key, number)

        last = 0
        try:
            with self._archive.open(self._targets[name]) as source:
                for number, cells in stream_rows(source, name, render, self._shared_string):
                    yield number, cells
                    last = number
        except Unsure as stop:
            raise _Mismatch(stop.row) from None
        except (zipfile.BadZipFile, EOFError, zlib.error) as exc:  # a damaged part: openpyxl names it so
            raise _Mismatch(last + 1) from exc

    def _fast_rows(self, name: str) -> Iterator[tuple[int, list[str]]]:
        if self._archive.getinfo(self._targets[name]).file_size > MAX_FAST_SHEET_BYTES:
            yield from self._streamed_rows(name)  # calamine would hold all of it: streamed instead
            return
        try:
            ws = self._calamine_sheet(name)
            top, left = ws.start or (0, 0)
            origin = _calamine_origin()
            assert origin is not None  # checked when the book was opened
            rows_from_a1, columns_from_a1 = origin
            top, left = (0 if rows_from_a1 else int(top)), (0 if columns_from_a1 else int(left))
            values = ws.iter_rows()
        except BaseException as exc:  # calamine cannot read this sheet: openpyxl will say why, or read it
            if isinstance(exc, Exception) or _is_panic(exc):
                raise _Mismatch(1) from exc
            raise
        scan = _value_cells(self._archive, self._targets[name])
        head = next(scan, None)
        at_row, at_col = (_NO_ROW, 0) if head is None else (int(head[1]), _column(head[0]))
        rendered: dict[tuple[bytes, bytes, bytes], str] = {}
        limit = MAX_WORKBOOK_CELL_CHARS
        pad = [""] * int(left)
        number = int(top)
        while True:
            try:
                row = next(values)
            except StopIteration:
                break
            except BaseException as exc:  # calamine panics on a date beyond its calendar: openpyxl reads it
                if _is_panic(exc):
                    raise _Mismatch(number + 1) from exc
                raise
            number += 1
            cells = pad.copy()
            column = int(left)
            for value in row:
                column += 1
                if column == at_col and number == at_row:  # the XML stores a number or an error here
                    kind = type(value)
                    if (kind is str and value) or kind is bool:
                        raise _Mismatch(number)  # calamine saw text or a boolean: not ours to guess
                    assert head is not None
                    key = (head[2], head[3], head[4])
                    text = rendered.get(key)
                    cells.append(text if text is not None else self._render_new(rendered, key, number))
                    head = next(scan, None)
                    at_row, at_col = (_NO_ROW, 0) if head is None else (int(head[1]), _column(head[0]))
                    continue
                kind = type(value)
                if kind is str:
                    if len(value) > limit:
                        raise _long_cell(name, number, column)
                    cells.append(value)
                elif kind is bool:
                    cells.append("TRUE" if value else "FALSE")
                else:  # a number or date the scan did not see (another XML shape, a t="d" cell)
                    raise _Mismatch(number)
            if at_row <= number:  # the XML holds a value in this row that calamine did not report
                raise _Mismatch(number)
            while cells and not cells[-1]:
                cells.pop()
            yield number, cells
        if head is not None:
            raise _Mismatch(at_row)

    def _render_new(
        self, rendered: dict[tuple[bytes, bytes, bytes], str], key: tuple[bytes, bytes, bytes], number: int
    ) -> str:
        """:meth:`_render` of a key the pass's cache ``rendered`` does not hold yet, kept there (the cache
        is emptied when it reaches :data:`_RENDERED_CACHE` keys)."""
        text = self._render(key, number)
        if len(rendered) >= _RENDERED_CACHE:
            rendered.clear()
        rendered[key] = text
        return text

    def _render(self, key: tuple[bytes, bytes, bytes], number: int) -> str:
        """The text openpyxl's cell would give (see :func:`_sheet_rows`) for a stored value and style."""
        style, kind, stored = key
        render = self._renderers.get((style, kind))
        if render is None:
            render = self._renderers[(style, kind)] = self._renderer(style, kind)
        try:
            return render(stored)
        except ValueError as exc:  # not a number openpyxl could read either: let it say so
            raise _Mismatch(number) from exc

    def _renderer(self, style: bytes, kind: bytes) -> Callable[[bytes], str]:
        """How a stored value of this style and kind becomes text, worked out once per style."""
        if kind == b"e":
            return _as_text  # an error value, "#DIV/0!", shown as stored
        style_id = int(style) if style else 0
        try:
            fmt, cjk_date = self._styles[style_id]
        except IndexError:
            fmt, cjk_date = "General", False
        epoch = self.epoch
        if style_id in self._date_styles:
            from openpyxl.utils.datetime import from_excel

            elapsed = style_id in self._timedelta_styles

            def as_date(stored: bytes) -> str:
                value = _cast_number(stored.decode("ascii"))  # a ValueError here: not a number at all
                try:
                    moment = from_excel(value, epoch, timedelta=elapsed)
                except (OverflowError, ValueError):
                    return "#VALUE!"  # as openpyxl marks a serial outside the calendar
                return format_cell(moment, fmt)

            return as_date
        if cjk_date:
            return lambda stored: format_cell(_serial_to_date(_cast_number(stored.decode("ascii")), epoch), fmt)
        number = number_renderer(fmt)
        return lambda stored: number(_cast_number(stored.decode("ascii")))


def _as_text(stored: bytes) -> str:
    return stored.decode("utf-8", errors="replace")


def _book_rows(workbook: Any, sheet: str) -> Iterator[tuple[int, list[str]]]:
    """The rendered rows of a sheet from either kind of open workbook."""
    if isinstance(workbook, _FastBook):
        return workbook.rows(sheet)
    return _sheet_rows(workbook, sheet)


def _value_cells(archive: zipfile.ZipFile, member: str) -> Iterator[tuple[bytes, bytes, bytes, bytes, bytes]]:
    """The numeric and error cells of a sheet's XML, in document order, read 1 MB at a time."""
    with archive.open(member) as source:
        rest = b""
        while True:
            block = source.read(_SCAN_BLOCK)
            if not block:
                yield from _VALUE_CELL.findall(rest)
                return
            data = rest + block
            cut = data.rfind(b"</row>")
            if cut < 0:
                rest = data
                continue
            cut += len(b"</row>")
            rest = data[cut:]
            yield from _VALUE_CELL.findall(data, 0, cut)


@functools.lru_cache(maxsize=1024)
def _column(letters: bytes) -> int:
    index = 0
    for byte in letters:
        index = index * 26 + byte - 64
    return index


def _cast_number(text: str) -> int | float:
    """A stored number as openpyxl reads it: an int unless it has a point or an exponent."""
    if "." in text or "E" in text or "e" in text:
        return float(text)
    return int(text)


def _builtin_format(fmt_id: int) -> str:
    from openpyxl.styles.numbers import BUILTIN_FORMATS  # type: ignore[import-untyped]

    return str(BUILTIN_FORMATS.get(fmt_id, "General"))


_DIMENSION = re.compile(rb'<dimension ref="[A-Z]{0,3}[0-9]*(?::[A-Z]{0,3}([0-9]+))?"')


def _declared_last_row(archive: zipfile.ZipFile, member: str) -> int:
    """The last row a sheet's ``<dimension ref="A1:F50001">`` declares (0 when it has none)."""
    with archive.open(member) as source:
        head = source.read(64 * 1024)
    data_at = head.find(b"<sheetData")
    match = _DIMENSION.search(head, 0, data_at if data_at >= 0 else len(head))
    if match is None:
        return 0
    last = match.group(1) or re.search(rb"[0-9]+", match.group(0))
    if isinstance(last, re.Match):
        last = last.group(0)
    return int(last) if last else 0


_ROW_NUMBER = re.compile(rb'<row r="([0-9]+)"')


def _guessed_last_row(archive: zipfile.ZipFile, member: str) -> int:
    """About how many rows a sheet without a ``<dimension>`` holds: its XML's size over the bytes its
    first rows take (0 when they do not say). Shown as "about N rows" and as the read's progress."""
    with archive.open(member) as source:
        head = source.read(_SCAN_BLOCK)
    first = _ROW_NUMBER.search(head)
    end = head.rfind(b"</row>")
    if first is None or end <= first.start():
        return 0
    numbers = _ROW_NUMBER.findall(head, first.start(), end)
    rows = int(numbers[-1]) - int(first.group(1)) + 1
    if rows < 2:
        return 0
    per_row = (end - first.start()) / rows
    size = archive.getinfo(member).file_size
    return int(first.group(1)) - 1 + round((size - first.start()) / per_row)


def _is_panic(exc: BaseException) -> bool:
    """A Rust panic inside python-calamine (``pyo3_runtime.PanicException``, a BaseException)."""
    return type(exc).__name__ == "PanicException"
