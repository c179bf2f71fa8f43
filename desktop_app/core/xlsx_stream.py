"""A streaming XLSX writer: rows go straight into the zipped sheet XML, text as inline strings.

openpyxl's write-only workbook still keeps every distinct text in a shared-strings table until it
saves: a million answered rows held ~650 MB and took ~100 s in the window (issue 13,
``benchmarks/million_window.py``). This writes each row as it comes (memory does not grow with the
rows), with what the answer sheets need and nothing more: text (always text, never a formula), numbers,
booleans, a bold style, column widths, a frozen header row and several sheets. Excel, LibreOffice,
openpyxl and calamine read it.

No ZIP64 unless a sheet needs it: Excel refuses a workbook whose local headers use the ZIP64
extension for small parts (the central directory then disagrees with them; minizip-ng #894,
duckdb-excel #64), so sheets are written as plain ZIP entries, as openpyxl and XlsxWriter write them.
A sheet that grows past :data:`SHEET_BYTES_WITHOUT_ZIP64` raises :class:`NeedsZip64` and the caller
writes the workbook again with ``zip64=True`` (then the entry's local and central headers agree).
"""

from __future__ import annotations

import contextlib
import math
import zipfile
from collections.abc import Iterable, Sequence
from typing import IO, Any

_CHUNK_CHARS = 1 << 20
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})  # a CR kept as typed
BOLD = 1  # the style index of bold text (``styles.xml`` below)
_TITLE_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", "_"))
_SHEET_END = b"</sheetData></worksheet>"
SHEET_BYTES_WITHOUT_ZIP64 = zipfile.ZIP64_LIMIT - len(_SHEET_END)
"""The most sheet XML a plain ZIP entry takes before its closing tags (zipfile's own limit). A sheet that
passes it is larger than the limit once closed, so written again with ZIP64 its central directory
entry carries the ZIP64 sizes too, and agrees with its local header."""


class NeedsZip64(Exception):
    """A sheet outgrew a plain ZIP entry: write the workbook again with ``XlsxStream(..., zip64=True)``."""


def column_letter(number: int) -> str:
    """``1`` → ``A``, ``27`` → ``AA``."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_title(title: str, taken: Sequence[str] = ()) -> str:
    """``title`` as a tab name Excel opens: none of ``[]:*?/\\``, no apostrophe at either end, at most
    31 characters, not empty and not one of ``taken`` (Excel compares them without case): else
    ``Sheet<n>``."""
    name = title.translate(_TITLE_FORBIDDEN).strip("'").strip()[:31]
    used = {t.casefold() for t in taken}
    if not name or name.casefold() in used or name.casefold() == "history":  # "History": Excel's own
        number = len(taken) + 1
        while f"sheet{number}" in used:
            number += 1
        name = f"Sheet{number}"
    return name


def _xml_text(text: str) -> str:
    """``text`` escaped for an XML text node, as ``text.translate(_ESCAPES)`` gives it: a scan per
    character to escape (C, fast) instead of a dict lookup per character (a quarter of an XLSX export's
    time at a million rows of CJK answers, issue 13)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _xml_attr(text: str) -> str:
    return text.translate(_ESCAPES).replace('"', "&quot;")


class Styled:
    """A cell value with a style (:data:`BOLD`)."""

    __slots__ = ("style", "value")

    def __init__(self, value: object, style: int = BOLD) -> None:
        self.value = value
        self.style = style


class SheetWriter:
    """One worksheet being written; rows are appended with :meth:`append`."""

    def __init__(self, stream: IO[bytes], widths: Sequence[float], freeze_header: bool, zip64: bool = False) -> None:
        self._stream = stream
        self._limit = None if zip64 else SHEET_BYTES_WITHOUT_ZIP64
        self._written = 0
        self._rows = 0
        self._pending: list[str] = []
        self._pending_chars = 0
        self._letters: list[str] = []
        head = [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        ]
        if freeze_header:
            head.append(
                '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
            )
        if widths:
            head.append("<cols>")
            head.extend(f'<col min="{n}" max="{n}" width="{w:g}" customWidth="1"/>' for n, w in enumerate(widths, 1))
            head.append("</cols>")
        head.append("<sheetData>")
        self._stream.write("".join(head).encode("utf-8"))

    def append(self, cells: Iterable[Any]) -> None:
        """Write one row: None is an empty cell, bool/int/float a value, anything else text."""
        self._rows += 1
        row = self._rows
        letters = self._letters
        parts = [f'<row r="{row}">']
        for number, value in enumerate(cells):
            if number >= len(letters):
                letters.append(column_letter(number + 1))
            style = ""
            if type(value) is Styled:
                style = f' s="{value.style}"'
                value = value.value
            if value is None:
                if style:
                    parts.append(f'<c r="{letters[number]}{row}"{style}/>')
                continue
            ref = letters[number] + str(row)
            if value is True or value is False:
                parts.append(f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>')
            elif type(value) is int or (type(value) is float and math.isfinite(value)):
                parts.append(f'<c r="{ref}"{style}><v>{value!r}</v></c>')
            else:
                text = _xml_text(str(value))
                parts.append(f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
        parts.append("</row>")
        line = "".join(parts)
        self._pending.append(line)
        self._pending_chars += len(line)
        if self._pending_chars >= _CHUNK_CHARS:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            data = "".join(self._pending).encode("utf-8", "replace")
            self._written += len(data)
            if self._limit is not None and self._written > self._limit:
                raise NeedsZip64(f"sheet XML past {self._limit:,} bytes")
            self._stream.write(data)
            self._pending.clear()
            self._pending_chars = 0

    def close(self) -> None:
        self._flush()
        self._stream.write(_SHEET_END)
        self._stream.close()

    def abandon(self) -> None:
        """Close the zip entry without finishing the sheet (the workbook is being thrown away)."""
        self._pending.clear()
        self._stream.close()


class XlsxStream:
    """A workbook written sheet after sheet into ``handle`` (a binary file opened for writing).

    ``with XlsxStream(handle) as book: sheet = book.sheet("Answers", widths, freeze_header=True)``; one
    sheet is open at a time (opening the next closes the previous); leaving the ``with`` writes the
    workbook's parts. ``compresslevel`` 1: a tenth of the time of level 6 for a file ~15 % larger.
    ``zip64``: write every sheet with the ZIP64 extension (only after :class:`NeedsZip64`).
    """

    def __init__(self, handle: IO[bytes], compresslevel: int = 1, *, zip64: bool = False) -> None:
        self._zip = zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self._zip64 = zip64
        self._names: list[str] = []
        self._open: SheetWriter | None = None

    def sheet(self, title: str, widths: Sequence[float] = (), *, freeze_header: bool = False) -> SheetWriter:
        """Start the next worksheet (its tab named as Excel allows: :func:`sheet_title`)."""
        self._close_sheet()
        self._names.append(sheet_title(title, self._names))
        stream = self._zip.open(f"xl/worksheets/sheet{len(self._names)}.xml", "w", force_zip64=self._zip64)
        self._open = SheetWriter(stream, widths, freeze_header, self._zip64)
        return self._open

    def _close_sheet(self) -> None:
        if self._open is not None:
            self._open.close()
            self._open = None

    def close(self) -> None:
        """Finish the last sheet and write the workbook's parts."""
        self._close_sheet()
        count = len(self._names)
        sheets = "".join(
            f'<sheet name="{_xml_attr(name)}" sheetId="{n}" r:id="rId{n}"/>' for n, name in enumerate(self._names, 1)
        )
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for n in range(1, count + 1)
        )
        rels = "".join(
            f'<Relationship Id="rId{n}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            f'Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, count + 1)
        )
        header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        parts = {
            "[Content_Types].xml": header
            + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f"{overrides}</Types>",
            "_rels/.rels": header
            + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": header + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f"<sheets>{sheets}</sheets></workbook>",
            "xl/_rels/workbook.xml.rels": header
            + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}"
            f'<Relationship Id="rId{count + 1}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
            'Target="styles.xml"/></Relationships>',
            "xl/styles.xml": header + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>",
        }
        for name, text in parts.items():
            self._zip.writestr(name, text.encode("utf-8"))
        self._zip.close()

    def __enter__(self) -> XlsxStream:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is None:
            self.close()
        else:  # the caller discards the file; only release the zip (its open entry first)
            with contextlib.suppress(Exception):
                if self._open is not None:
                    self._open.abandon()
            self._open = None
            with contextlib.suppress(Exception):
                self._zip.close()
