"""A sheet too big for calamine to hold (issue 13, round 6): its XML streamed a piece at a time and read with
regular expressions, row by row, giving the text openpyxl's reader gives for the same cells.

Only the shapes Excel, LibreOffice and openpyxl write are read here: ``<row r=…>`` holding ``<c r="B2"
s="3" t="…">`` cells (attributes in that order) with a ``<v>`` value (numbers, shared strings, formula
text, booleans, errors; a formula before it) or an inline ``<is>`` string (plain, rich-text runs, phonetic
guides left out). Anything else — another attribute order, a namespace prefix, a date cell (``t="d"``),
a raw carriage return, an ``_xHHHH_`` escape (calamine and openpyxl disagree on those), text that is not
UTF-8 — raises :class:`Unsure` with the row it met it in; the caller hands the sheet from that row to
openpyxl, as the calamine fast path does. Memory does not grow with the rows: one piece of XML, one row
(and the workbook's shared strings, which every reader holds).
"""

from __future__ import annotations

import re
import tempfile
import threading
from array import array
from collections.abc import Callable, Iterator
from typing import IO

from desktop_app.core.tables.workbook import MAX_WORKBOOK_CELL_CHARS, _long_cell

PIECE_BYTES = 256 * 1024  # XML read at a time: each regular-expression call over it is short

# rows and cells as the writers we know write them
_ROW = re.compile(rb'[ \t\r\n]*<row r="([0-9]+)"(?:[ \t\r\n][^>]*?)?(/?)>')
_CELL = re.compile(
    rb'[ \t\r\n]*<c r="([A-Z]{1,3})([0-9]+)"(?: s="([0-9]+)")?(?: t="([a-zA-Z]+)")?[ \t\r\n]*'
    rb"(?:/>|>([^<]*(?:<(?!/c>)[^<]*)*)</c>)"  # the content up to </c>, in runs without "<" (fast)
)
_ROW_END = re.compile(rb"[ \t\r\n]*</row>")
_FORMULA = rb"(?:<f>[^<]*</f>|<f/>|<f [^>]*/>|<f [^>]*>[^<]*</f>)?"
_VALUE = re.compile(_FORMULA + rb"(?:<v>([^<]*)</v>|<v/>)?\Z")
_INLINE = re.compile(_FORMULA + rb"<is>(.*)</is>\Z", re.S)
_DATA = re.compile(rb"<sheetData[ \t\r\n]*(/?)>")
_DATA_END = re.compile(rb"[ \t\r\n]*</sheetData>")
_DECLARATION_ENCODING = re.compile(rb'<\?xml[^>]*encoding=["\']([^"\']+)["\']')

# text: plain, or rich-text runs; phonetic guides (Japanese furigana) are not part of the text
_PLAIN = re.compile(rb'(?:<t(?: xml:space="preserve")?>([^<]*)</t>|<t/>)\Z')
_RUN = re.compile(rb'<r>(?:<rPr>.*?</rPr>|<rPr/>)?(?:<t(?: xml:space="preserve")?>([^<]*)</t>|<t/>)</r>', re.S)
_PHONETIC = re.compile(rb"<rPh [^>]*>.*?</rPh>|<phoneticPr [^>]*/>", re.S)
_SHARED = re.compile(rb"<si>([^<]*(?:<(?!/si>)[^<]*)*)</si>|<si/>")  # runs without "<" (fast)
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
# where readers differ (calamine decodes _xHHHH_, openpyxl's shared strings drop "x005F_"), and a raw CR
# (XML turns CR LF into LF): not ours to decide (see xml_text)
_ESCAPE = re.compile(rb"_x[0-9A-Fa-f]{4}_")

Render = Callable[[bytes, bytes, bytes, int], str]
"""``(style, kind, stored value, row) → text`` for a number or an error cell (the caller's number formats)."""


class Unsure(Exception):
    """This reader cannot vouch for this row or anything after it."""

    def __init__(self, row: int) -> None:
        super().__init__(row)
        self.row = row


def xml_text(raw: bytes) -> str | None:
    """The text of an XML text node as an XML parser gives it; None when this reader is not sure."""
    if b"\r" in raw or b"x005F_" in raw or (b"_x" in raw and _ESCAPE.search(raw) is not None):
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if "&" not in text:
        return text
    decoded = _ENTITY.sub(_entity, text)
    return None if "&" in _ENTITY.sub("", text) or "\x00" in decoded else decoded


def _entity(match: re.Match[str]) -> str:
    name, decimal, hexadecimal = match.groups()
    if name:
        return _NAMED[name]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    if code in (9, 10) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF:
        return chr(code)
    return "\x00"  # not an XML character (a CR among them: see xml_text): the caller gives up


def rich_text(body: bytes) -> str | None:
    """The text of an ``<si>`` or ``<is>`` element's content (runs joined, phonetic guides left out)."""
    if b"Ph" in body:  # <rPh>, <phoneticPr> (or text that says "Ph": the substitution then finds nothing)
        body = _PHONETIC.sub(b"", body)
    plain = _PLAIN.match(body)
    if plain is not None:
        return xml_text(plain.group(1) or b"")
    pieces: list[bytes] = []
    at = 0
    while at < len(body):
        run = _RUN.match(body, at)
        if run is None:
            return None
        pieces.append(run.group(1) or b"")
        at = run.end()
    return xml_text(b"".join(pieces))


class SpilledStrings:
    """Shared strings kept in a temporary file (UTF-8, deleted when closed) with their offsets in memory:
    a million rows of text would otherwise be hundreds of MB in the window's process (issue 13)."""

    def __init__(self) -> None:
        self._file: IO[bytes] | None = tempfile.TemporaryFile(prefix="batch-desk-strings-")  # noqa: SIM115
        self._starts = array("I", [0])  # 4 bytes a string (a million rows of two columns: 8 MB)
        self._unsure: set[int] = set()
        self._pending: list[bytes] = []
        self._pending_bytes = 0
        self._written = 0
        self._lock = threading.Lock()

    def append(self, text: str | None) -> None:
        """Add the next string (None: one the reader is not sure of)."""
        data = b"" if text is None else text.encode("utf-8")
        try:
            self._starts.append(self._starts[-1] + len(data))
        except OverflowError:  # 4 GB of text (the inflated workbook may hold 2 GB): this reader is not sure
            self._starts.append(self._starts[-1])
            text, data = None, b""
        if text is None:
            self._unsure.add(len(self._starts) - 2)
        self._pending.append(data)
        self._pending_bytes += len(data)
        if self._pending_bytes >= 256 * 1024:
            with self._lock:
                self._flush()

    def _flush(self) -> None:
        if self._pending and self._file is not None:
            self._file.seek(self._written)
            self._file.write(b"".join(self._pending))
            self._written += self._pending_bytes
        self._pending.clear()
        self._pending_bytes = 0

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, index: int) -> str | None:
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index in self._unsure:
            return None
        start, end = self._starts[index], self._starts[index + 1]
        with self._lock:
            if self._file is None:
                raise ValueError("the shared strings are closed")
            if end > self._written:
                self._flush()
            self._file.seek(start)
            data = self._file.read(end - start)
        return data.decode("utf-8")

    def close(self) -> None:
        """Delete the temporary file."""
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None


SPILL_STRINGS_BYTES = 32 * 1024 * 1024
"""Shared strings' XML beyond this size is kept in a temporary file (:class:`SpilledStrings`), not in memory."""


class SharedStrings:
    """A workbook's shared strings, read from their XML only as far as a cell asks (a sheet's first rows
    need the first strings: the open does not wait for a million of them); in memory, or in a temporary
    file when their XML is over :data:`SPILL_STRINGS_BYTES`."""

    def __init__(self, source: IO[bytes], size: int) -> None:
        self._source = source
        self._rest = b""
        self._done = False
        self.store: list[str | None] | SpilledStrings = SpilledStrings() if size > SPILL_STRINGS_BYTES else []
        self._lock = threading.Lock()

    def get(self, index: int) -> str | None:
        """String ``index`` (None: not one this reader is sure of, or no such string)."""
        store = self.store
        if index >= len(store) and not self._done:
            with self._lock:
                while index >= len(store) and not self._done:
                    self._read_piece()
        return store[index] if 0 <= index < len(store) else None

    def _read_piece(self) -> None:
        block = self._source.read(PIECE_BYTES)
        data = self._rest + block
        cut = data.rfind(b"</si>") if block else len(data)
        if cut < 0:
            self._rest = data
            return
        if block:
            cut += len(b"</si>")
        add = self.store.append
        for match in _SHARED.finditer(data, 0, cut):
            body = match.group(1)
            add("" if body is None else rich_text(body))
        self._rest = data[cut:]
        if not block:
            self._done = True
            self._source.close()

    def close(self) -> None:
        """Release the XML and the temporary file."""
        self._done = True
        self._source.close()
        if isinstance(self.store, SpilledStrings):
            self.store.close()


class _Pieces:
    """The sheet's XML as a growing window: ``data`` from ``at`` on, topped up a piece at a time."""

    def __init__(self, source: IO[bytes]) -> None:
        self.source = source
        self.data = b""
        self.at = 0
        self.ended = False

    def more(self) -> bool:
        """Read the next piece (dropping what was used); False at the end of the XML."""
        if self.ended:
            return False
        block = self.source.read(PIECE_BYTES)
        self.data = self.data[self.at :] + block
        self.at = 0
        self.ended = not block
        return bool(block)


def stream_rows(
    source: IO[bytes], sheet: str, render: Render, strings: Callable[[int], str | None]
) -> Iterator[tuple[int, list[str]]]:
    """``(row number, rendered cells)`` of every row the sheet's XML holds, trailing empty cells dropped.

    ``render`` gives a number's or error's text; ``strings`` shared string number N (None: unsure).
    Raises :class:`Unsure` (row) where the XML takes a shape this reader does not know.
    """
    xml = _Pieces(source)
    while True:  # to <sheetData>
        head = _DATA.search(xml.data)
        if head is not None:
            break
        if len(xml.data) > 64 * 1024 * 1024 or not xml.more():
            raise Unsure(1)  # no sheetData we know (a namespace prefix, say)
    declared = _DECLARATION_ENCODING.match(xml.data)
    if declared is not None and declared.group(1).lower().replace(b"-", b"") != b"utf8":
        raise Unsure(1)
    if head.group(1):
        return  # <sheetData/>: an empty sheet
    xml.at = head.end()
    last_row = 0
    limit = MAX_WORKBOOK_CELL_CHARS
    while True:
        data, at = xml.data, xml.at
        row = _ROW.match(data, at)
        if row is None:
            if _DATA_END.match(data, at) is not None:
                return
            if len(data) - at < PIECE_BYTES and xml.more():
                continue
            raise Unsure(last_row + 1)
        if row.group(2):  # <row r="7"/>: an empty row
            end = row.end()
            closing = end
        else:
            closing = data.find(b"</row>", row.end())
            if closing < 0:
                if xml.more():
                    continue
                raise Unsure(last_row + 1)
            end = closing + len(b"</row>")
        number = int(row.group(1))
        if number <= last_row:
            raise Unsure(last_row + 1)
        cells: list[str] = []
        at = row.end()
        while at < closing:
            cell = _CELL.match(data, at, closing)
            if cell is None:
                if _ROW_END.match(data, at) is not None and data.find(b"<", at) == closing:
                    break
                raise Unsure(number)
            at = cell.end()
            letters, cell_row, style, kind, inner = cell.groups()
            column = 0
            for byte in letters:
                column = column * 26 + byte - 64
            if int(cell_row) != number or column <= len(cells):
                raise Unsure(number)
            if column > len(cells) + 1:
                cells.extend([""] * (column - len(cells) - 1))
            if not inner:
                cells.append("")
                continue
            if kind == b"inlineStr":
                found = _INLINE.match(inner)
                text = rich_text(found.group(1)) if found is not None else None
                if text is None:
                    if found is None and _VALUE.match(inner) is not None and b"<v" not in inner:
                        cells.append("")  # no <is> (only a formula): no value, as openpyxl reads it
                        continue
                    raise Unsure(number)
            else:
                value = _VALUE.match(inner)
                if value is None:
                    raise Unsure(number)
                stored = value.group(1)
                if not stored:
                    cells.append("")  # <v></v>, <v/> or no value: openpyxl reads None
                    continue
                if kind is None or kind == b"n" or kind == b"e":
                    if b"&" in stored:
                        raise Unsure(number)
                    cells.append(render(style or b"", kind or b"", stored, number))
                    continue
                if kind == b"s":
                    text = strings(int(stored)) if stored.isdigit() else None
                elif kind == b"str":
                    text = xml_text(stored)
                elif kind == b"b" and stored in (b"0", b"1"):
                    text = "TRUE" if stored == b"1" else "FALSE"
                else:
                    text = None  # t="d" and what no writer we know writes
                if text is None:
                    raise Unsure(number)
            if len(text) > limit:
                raise _long_cell(sheet, number, column)
            cells.append(text)
        if _ROW_END.match(data, at) is None and not row.group(2):
            raise Unsure(number)
        xml.at = end
        last_row = number
        while cells and not cells[-1]:
            cells.pop()
        yield number, cells
