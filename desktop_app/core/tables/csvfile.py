"""The delimited-text reader (CSV, TSV, TXT): :class:`CsvTable`, streamed record by record.

Row numbers are record numbers (a cell holding a line break does not shift later rows);
:attr:`Row.line` keeps the text line. A file read as UTF-8 that holds lines from another encoding is
read again line by line, each foreign line decoded in the encoding that fits it (``row_encodings``).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from desktop_app.core import scripts
from desktop_app.core import wording as w
from desktop_app.core.limits import MB
from desktop_app.core.tables.dialect import _PREVIEW_RECORDS, detect_dialect
from desktop_app.core.tables.encoding import EncodingGuess, _strict_utf8, encoding_label, guess_encoding, user_language
from desktop_app.core.tables.errors import CsvFormatError, DecodeError, EmptyFileError, ReadCancelled
from desktop_app.core.tables.files import SAMPLE_HEAD_BYTES, SAMPLE_WINDOW_BYTES, _open_binary, _read_sample
from desktop_app.core.tables.model import Row, Table, _make_row, unique_columns

MAX_CELL_CHARS = 8 * MB  # a runaway quote would otherwise swallow the rest of the file
_READ_BUFFER = 1 << 20


# -- CSV -----------------------------------------------------------------------------------------


class CsvTable(Table):
    """A delimited text file (CSV, TSV, TXT)."""

    format = "csv"

    def __init__(
        self,
        path: Path,
        columns: tuple[str, ...],
        has_header: bool,
        header_row: int | None,
        encoding: EncodingGuess,
        delimiter: str,
        estimate: int,
    ) -> None:
        super().__init__(path, columns, has_header, header_row)
        self.encoding = encoding
        self.delimiter = delimiter
        self._estimate_value = estimate

    def _estimate(self) -> int:
        return self._estimate_value

    def _rows(self, cancel: threading.Event | None) -> Iterator[Row]:
        assert self.encoding is not None and self.delimiter is not None
        self._total = self.size_bytes
        self._done = 0
        codec = self.encoding.encoding
        per_line = codec in _PER_LINE_CODECS
        _set_field_limit()
        with _open_binary(self.path) as raw:
            done = [0, 0]  # records handed out, rows yielded
            buffered = io.BufferedReader(raw, _READ_BUFFER)
            if not (per_line and self.encoding.confidence < 1.0):
                text = io.TextIOWrapper(buffered, encoding=codec, errors="strict", newline="")
                try:
                    reader = csv.reader(text, delimiter=self.delimiter, strict=False)
                    yield from self._records(reader, raw, cancel, done)
                    return
                except UnicodeDecodeError as exc:
                    if not per_line:
                        line_no = _first_bad_line(self.path, codec)
                        label = w.word(encoding_label(codec))
                        where = (
                            w.T_DECODE_LINE(line=line_no, encoding=label)
                            if line_no
                            else w.T_DECODE_ROW(row=done[0] + 1, encoding=label)
                        )
                        raise DecodeError(where, detail=str(exc)) from exc
                finally:
                    text.detach()
                buffered.seek(0)  # a UTF-8 file with rows from another encoding: again, decoding line by line
            lines = self._decoded_lines(buffered, codec == "utf-8-sig")
            per_line_reader = csv.reader(lines, delimiter=self.delimiter, strict=False)
            yield from self._records(per_line_reader, raw, cancel, done, skip=done[0], counted=done[1])

    def _records(
        self,
        reader: Any,
        raw: io.FileIO,
        cancel: threading.Event | None,
        done: list[int],
        skip: int = 0,
        counted: int = 0,
    ) -> Iterator[Row]:
        """Rows from a csv reader; ``done`` tracks [records, rows yielded]; the first ``skip`` records
        were already handed out by an earlier pass (after which ``counted`` rows had been yielded)."""
        width = len(self.columns)
        header_row = self.header_row or 0
        number = count = 0
        line_start = 1
        new_row = tuple.__new__  # Row(...) without the named tuple's Python-level __new__
        pending = self._pending_codecs
        try:
            for cells in reader:
                number += 1
                line = line_start
                line_start = reader.line_num + 1
                if pending:
                    self.row_encodings[number] = pending[0]
                    pending.clear()
                if number <= skip:
                    continue
                if number & 1023 == 0:
                    self._done = raw.tell()
                    if cancel is not None and cancel.is_set():
                        raise ReadCancelled
                if number <= header_row or not cells:
                    continue
                if len(cells) == width and cells[0] and not cells[0].isspace():
                    count += 1
                    yield new_row(Row, (number, tuple(cells), (), width, line))  # the common case, cheap
                    continue
                if not any(c.strip() for c in cells):
                    continue
                count += 1
                yield _make_row(number, cells, width, line, True)
        except UnicodeDecodeError:
            done[0], done[1] = number, counted + count  # where a second pass takes over
            raise
        except csv.Error as exc:
            raise CsvFormatError(w.T_CSV_FORMAT(row=number + 1, detail=str(exc)), detail=str(exc)) from exc
        self._done = self._total
        self._row_count = counted + count

    def _decoded_lines(self, raw: IO[bytes], bom: bool) -> Iterator[str]:
        """The file's lines, each UTF-8 when it is, else in the encoding that reads it best
        (:func:`scripts.line_codec`), noted in ``_pending_codecs`` for the record it belongs to."""
        language: str | None = None
        expected: frozenset[str] = frozenset()
        first = True
        for line in iter(raw.readline, b""):
            if first and bom and line.startswith(codecs.BOM_UTF8):
                line = line[3:]
            first = False
            try:
                yield line.decode("utf-8")
                continue
            except UnicodeDecodeError:
                pass
            if language is None:
                language = user_language()
                expected = _head_scripts(self.path)
            codec = scripts.line_codec(line, language, expected)
            self._pending_codecs.append(codec or "?")
            yield line.decode(codec, errors="replace") if codec else line.decode("utf-8", errors="replace")


# A file read as UTF-8 may hold rows from another encoding; each such row is decoded by itself.
_PER_LINE_CODECS = frozenset({"utf-8", "utf-8-sig"})


def _decode_per_line(data: bytes, bom: bool) -> str:
    """A mostly-UTF-8 sample as text, each other line in the encoding that reads it best."""
    if bom and data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    language = user_language()
    expected = scripts.ScriptProfile(data.decode("utf-8", errors="ignore").splitlines()).expected
    out = []
    for line in data.splitlines(keepends=True):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            codec = scripts.line_codec(line, language, expected) or "utf-8"
            out.append(line.decode(codec, errors="replace"))
    return "".join(out)


def _head_scripts(path: Path) -> frozenset[str]:
    """The scripts the start of a (mostly UTF-8) file uses: a hint for reading its other lines."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SAMPLE_WINDOW_BYTES)
    except OSError:
        return frozenset()
    return scripts.ScriptProfile(head.decode("utf-8", errors="ignore").splitlines()).expected


def _first_bad_line(path: Path, encoding: str) -> int | None:
    """The 1-based text line holding the first byte that does not decode (streams; None if not found)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset_lines = 0
    try:
        with open(path, "rb") as handle:
            while block := handle.read(_READ_BUFFER):
                try:
                    decoder.decode(block, final=False)
                except UnicodeDecodeError as exc:
                    return offset_lines + block[: max(exc.start, 0)].count(b"\n") + 1
                offset_lines += block.count(b"\n")
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return offset_lines + 1
    except OSError:
        return None
    return None


def _open_csv(
    path: Path,
    size: int,
    head: bytes,
    encoding: str | None,
    delimiter: str | None,
    has_header: bool | None,
) -> CsvTable:
    _set_field_limit()
    sample, whole = _read_sample(path, size) if size > len(head) else (head, True)
    if encoding is None:
        guess = guess_encoding(sample, whole=whole)
    else:
        try:
            name = codecs.lookup(encoding).name
        except LookupError as exc:
            raise DecodeError(w.T_UNKNOWN_ENCODING(encoding=encoding)) from exc
        bom = sample.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if name == "utf-8" and sample.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"  # never hand the BOM to the first header cell
        guess = EncodingGuess(encoding, 1.0, bom, w.ENC_CHOSEN())
    head_only = sample[:SAMPLE_HEAD_BYTES]
    if guess.encoding in _PER_LINE_CODECS and not _strict_utf8(head_only, whole):
        text = _decode_per_line(head_only, guess.encoding == "utf-8-sig")
    else:
        decoder = codecs.getincrementaldecoder(guess.encoding)("replace")
        text = decoder.decode(head_only, final=whole)
    if not text.strip():
        raise EmptyFileError(w.T_NO_TEXT(name=path.name))
    prefer = "\t" if path.suffix.lower() in (".tsv", ".tab") else None
    dialect = detect_dialect(text, complete=whole, prefer=prefer)
    sep = delimiter if delimiter else dialect.delimiter
    header = dialect.has_header if has_header is None else has_header
    usable = text if whole else text[: max(text.rfind("\n"), 0)]
    records: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(usable, newline=""), delimiter=sep, quotechar='"', strict=False)
    with contextlib.suppress(csv.Error):
        for number, record in enumerate(reader, 1):
            if any(c.strip() for c in record):
                records.append((number, record))
                if len(records) >= _PREVIEW_RECORDS:
                    break
    if not records:
        raise EmptyFileError(w.T_NO_CELLS(name=path.name))
    if header:
        header_row, names = records[0]
        columns = unique_columns(names)
    else:
        header_row = None
        width = max(len(r) for _, r in records)
        columns = tuple(f"Column {i}" for i in range(1, width + 1))
    if whole and len(records) < _PREVIEW_RECORDS:
        estimate = len(records) - (1 if header else 0)
    else:
        per_line = max(1, len(head_only) // max(head_only.count(b"\n"), 1))
        estimate = size // per_line - (1 if header else 0)
    return CsvTable(path, columns, header, header_row, guess, sep, max(estimate, 0))


def _set_field_limit() -> None:
    """Allow cells up to :data:`MAX_CELL_CHARS` (the csv module's default is 128 K characters)."""
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)
