"""Read the tables people already have — CSV/TSV/TXT in any common encoding, Excel workbooks — as rows.

Everything streams: a 2 GB CSV is never loaded whole. Detection looks at a bounded sample (the first
256 KB plus three 64 KB windows from the middle and the end), and rows are read on demand. The source
file is opened read-only and never modified.

Public API (plain synchronous functions; run them off the UI thread):

* :func:`detect_encoding` → :class:`EncodingGuess` and :func:`detect_dialect` → :class:`DialectGuess`
* :func:`open_table` → :class:`Table` (CSV/TSV/TXT; XLSX via openpyxl; XLS and ODS via
  python-calamine) with ``columns``, ``sheets``, ``iter_rows()``, ``preview()``,
  ``count_rows()`` and ``estimated_rows``
* :func:`format_cell`: an Excel cell value rendered the way Excel shows it
* typed errors, all :class:`TableError` (a :class:`~desktop_app.core.errors.BatchDeskError` with a
  plain ``user_message``)

Decisions worth knowing:

* **Encoding order**: byte-order mark (UTF-8, UTF-32, UTF-16) → UTF-16 without BOM from the pattern of
  NUL bytes → binary check (NUL bytes, known file signatures) → strict UTF-8 over the whole sample →
  charset-normalizer restricted to GB18030/GBK, Big5, Shift-JIS/CP932, EUC-KR/CP949 and Windows-1252
  → the first of those that decodes the sample strictly. Legacy encodings are reported as their
  Windows supersets (``gb18030``, ``cp950``, ``cp932``, ``cp949``), which decode every file the
  narrower ones do plus the vendor extensions Excel writes.
* **Row numbers** are the ones a person sees in Excel (CSV: the record number, so a cell holding a
  line break does not shift later rows; the header is row 1). :attr:`Row.line` keeps the text line.
* **Blank rows** are skipped (not requests) but keep their number, so later rows still match Excel.
* **Ragged rows** are padded with empty cells and flagged (:attr:`Row.short`, :attr:`Row.extra`);
  nothing is dropped silently. ``iter_rows(strict=True)`` raises :class:`RaggedRowError` instead.
  Trailing empty cells ("a,b,,,") are not ragged.
* **Excel numbers** follow the cell's number format: ``000000`` keeps leading zeros, ``0`` shows an
  integer, integral values never become ``1.0``, General shows at most 15 significant digits like
  Excel, text cells stay text exactly (a long id typed as text keeps all its digits).
* **Excel dates**: explicit formats are rendered as written (``yyyy"年"m"月"d"日"`` → 2024年1月5日);
  the locale-dependent built-in formats (id 14 ``mm-dd-yy``, 22, and the East-Asian ids 27–36, 50–58,
  whose look depends on the PC's regional settings) become ISO 8601 (``2024-01-05``,
  ``2024-01-05 13:45:10``).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import itertools
import math
import os
import stat
import threading
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import IO, Any, NamedTuple
from xml.etree import ElementTree

from desktop_app.core import scripts
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.limits import MAX_LINE_BYTES, MB

SAMPLE_HEAD_BYTES = 256 * 1024
SAMPLE_WINDOW_BYTES = 64 * 1024
MAX_WORKBOOK_BYTES = 200 * MB  # openpyxl keeps a workbook's shared strings in memory
MAX_CELL_CHARS = 8 * MB  # a runaway quote would otherwise swallow the rest of the file
# Zip bombs (issue 10): checked from the archive's directory before anything is inflated.
MAX_UNCOMPRESSED_BYTES = 2 * 1024 * MB  # all members of a workbook together, inflated
MAX_COMPRESSION_RATIO = 100  # inflated / stored, for a member over BOMB_RATIO_MIN_BYTES (real XML: ~5-30)
BOMB_RATIO_MIN_BYTES = 10 * MB
MAX_WORKBOOK_CELL_CHARS = MAX_LINE_BYTES  # a cell longer than a whole request line can never be sent
# what the Open dialog offers (the kind is decided by content, not by these)
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
DELIMITERS = (",", "\t", ";", "|")
_READ_BUFFER = 1 << 20
_PREVIEW_RECORDS = 200

ProgressFn = Callable[[int, int], None]


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
        super().__init__(
            f"Row {row} has {cells} cells but the table has {columns} columns. Check that row for a "
            "missing or extra separator, or a quote that is not closed."
        )


class SheetNotFoundError(TableError):
    """The workbook has no sheet of that name."""


class ReadCancelled(Exception):
    """Raised while reading rows when the ``cancel`` event is set."""


# -- encodings -----------------------------------------------------------------------------------

# (codec, label) for the UI's encoding picker, most common first.
ENCODING_CHOICES: tuple[tuple[str, str], ...] = (
    ("utf-8", "UTF-8"),
    ("utf-8-sig", "UTF-8 with BOM"),
    ("gb18030", "Chinese Simplified (GBK / GB18030)"),
    ("cp950", "Chinese Traditional (Big5)"),
    ("cp932", "Japanese (Shift-JIS / CP932)"),
    ("cp949", "Korean (EUC-KR / CP949)"),
    ("cp1252", "Western European (Windows-1252)"),
    ("utf-16", "UTF-16 with BOM"),
    ("utf-16-le", "UTF-16 LE"),
    ("utf-16-be", "UTF-16 BE"),
)
_LABELS = dict(ENCODING_CHOICES)
# charset-normalizer's names → the Windows superset we decode with.
_SUPERSET = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "cp950",
    "cp950": "cp950",
    "big5hkscs": "cp950",
    "shift_jis": "cp932",
    "cp932": "cp932",
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
    "euc_kr": "cp949",
    "cp949": "cp949",
    "cp1252": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "ascii": "utf-8",
    "utf_8": "utf-8",
}
_DETECTOR_CANDIDATES = ["gb18030", "big5", "cp932", "euc_kr", "cp1252"]
_FALLBACK_ORDER = ("gb18030", "cp932", "cp950", "cp949", "cp1252")

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"BM", "a BMP image"),
    (b"RIFF", "a media file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"SQLite format 3\x00", "a database"),
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


def encoding_label(codec: str) -> str:
    """A person's name for a codec (``"gb18030"`` → ``"Chinese Simplified (GBK / GB18030)"``)."""
    key = codecs.lookup(codec).name if _known_codec(codec) else codec
    for name, label in ENCODING_CHOICES:
        if _known_codec(name) and codecs.lookup(name).name == key:
            return label
    return _LABELS.get(codec, codec)


def _known_codec(codec: str) -> bool:
    try:
        codecs.lookup(codec)
    except LookupError:
        return False
    return True


@dataclass(frozen=True)
class EncodingGuess:
    """What :func:`detect_encoding` decided.

    Attributes:
        encoding: a Python codec name to open the file with (``utf-8-sig`` when there is a BOM).
        confidence: 0..1; 1.0 for a BOM or valid UTF-8 with non-ASCII text.
        had_bom: the file starts with a byte-order mark.
        reason: a plain sentence for the UI ("Every byte is valid UTF-8.").
    """

    encoding: str
    confidence: float
    had_bom: bool
    reason: str

    @property
    def label(self) -> str:
        """The encoding's name for a person."""
        return encoding_label(self.encoding)


def _read_sample(path: Path, size: int) -> tuple[bytes, bool]:
    """The head and, for a larger file, three windows (aligned after a line break); ``(sample, whole)``."""
    with _open_binary(path) as handle:
        head = handle.read(SAMPLE_HEAD_BYTES)
        if size <= SAMPLE_HEAD_BYTES:
            return head, True
        # Every piece but the last ends at a line break: a piece cut inside a multi-byte character
        # would make the joined sample invalid in any encoding (a 400 MB UTF-8 CSV was called binary).
        end = head.rfind(b"\n")
        if end < 0:
            return head, False  # one very long first line: the head alone
        parts = [head[: end + 1]]
        for fraction in (0.33, 0.66, 1.0):
            start = max(SAMPLE_HEAD_BYTES, int(size * fraction) - SAMPLE_WINDOW_BYTES)
            handle.seek(start)
            window = handle.read(SAMPLE_WINDOW_BYTES)
            cut = window.find(b"\n")
            if cut < 0:
                continue
            window = window[cut + 1 :]
            if start + SAMPLE_WINDOW_BYTES < size:
                last = window.rfind(b"\n")
                if last < 0:
                    continue
                window = window[: last + 1]
            parts.append(window)
        return b"".join(parts), False


def _looks_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the NUL bytes sit at one parity and the text decodes."""
    sample = data[: 64 * 1024]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    total = even + odd
    if total < max(2, len(sample) // 50):
        return None
    if odd >= 0.9 * total:
        codec = "utf-16-le"
    elif even >= 0.9 * total:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = sample[: len(sample) - len(sample) % 2].decode(codec)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n")
    return codec if controls <= len(text) // 100 else None


def _binary_kind(head: bytes) -> str | None:
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            if magic == b"BM" and not _bmp_header(head):
                continue
            if magic == b"MZ" and b"\x00" not in head[:64]:
                continue
            return kind
    return None


def _bmp_header(head: bytes) -> bool:
    return len(head) >= 14 and head[6:10] == b"\x00\x00\x00\x00"


def _strict_utf8(data: bytes, whole: bool) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        decoder.decode(data, final=whole)
    except UnicodeDecodeError:
        return False
    return True


def _strict_decodes(data: bytes, codec: str, whole: bool) -> bool:
    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        decoder.decode(data, final=whole)
    except UnicodeDecodeError:
        return False
    return True


def guess_encoding(data: bytes, *, whole: bool = False) -> EncodingGuess:
    """Guess the encoding of a sample of text bytes (see the module notes for the order).

    Args:
        data: the sample (the start of the file, possibly followed by windows starting at a line).
        whole: the sample is the whole file (a truncated last character is then an error).

    Raises:
        BinaryFileError: the bytes are not text.
    """
    if data.startswith(codecs.BOM_UTF8):
        return EncodingGuess("utf-8-sig", 1.0, True, "The file starts with a UTF-8 byte-order mark.")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return EncodingGuess("utf-32", 1.0, True, "The file starts with a UTF-32 byte-order mark.")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingGuess("utf-16", 1.0, True, "The file starts with a UTF-16 byte-order mark.")
    utf16 = _looks_utf16(data)
    if utf16 is not None:
        return EncodingGuess(utf16, 0.9, False, "The file looks like UTF-16 text without a byte-order mark.")
    kind = _binary_kind(data[:64])
    if kind is None and b"\x00" in data:
        kind = "a binary file"
    if kind is not None:
        raise BinaryFileError(
            f"This file is {kind}, not a table. Open a CSV, TSV or TXT text file or an Excel workbook (.xlsx)."
        )
    if _strict_utf8(data, whole):
        if data.isascii():
            return EncodingGuess("utf-8", 1.0, False, "The text is plain ASCII, which reads the same in UTF-8.")
        return EncodingGuess("utf-8", 1.0, False, "Every byte is valid UTF-8.")
    if _mostly_utf8(data):
        # A UTF-8 file with a few lines pasted in from another encoding: reading all of it as that
        # encoding garbles every other row. Read it as UTF-8; the reader names the foreign lines.
        return EncodingGuess(
            "utf-8",
            0.5,
            False,
            "Most lines are UTF-8; each other line is read in the encoding that fits it, and its row says so.",
        )

    from charset_normalizer import from_bytes

    # Only lines with non-ASCII bytes tell encodings apart: hand the detector just those.
    focused = b"\n".join(line for line in data.split(b"\n") if not line.isascii())[:SAMPLE_HEAD_BYTES]
    best = from_bytes(focused or data, cp_isolation=_DETECTOR_CANDIDATES, preemptive_behaviour=False).best()
    if best is not None:
        codec = _SUPERSET.get(best.encoding, best.encoding)
        preferred = _preferred_codec(data, codec, whole)
        if preferred is not None:
            return EncodingGuess(
                preferred,
                0.6,
                False,
                f"The text is not UTF-8; it reads as {encoding_label(preferred)} (it could also be read as "
                f"{encoding_label(codec)}, but its characters fit the first better). Check the preview and "
                "choose another encoding if the text looks wrong.",
            )
        if _strict_decodes(data, codec, whole):
            confidence = round(max(0.05, 1.0 - float(best.chaos)), 2)
            return EncodingGuess(
                codec,
                confidence,
                False,
                f"The text is not UTF-8; it reads best as {encoding_label(codec)} ({confidence:.0%} sure).",
            )
    for codec in _FALLBACK_ORDER:
        if _strict_decodes(data, codec, whole):
            return EncodingGuess(
                codec,
                0.1,
                False,
                f"The text is not UTF-8; {encoding_label(codec)} is the first encoding that reads it. "
                "Check the preview and choose another encoding if the text looks wrong.",
            )
    raise BinaryFileError(
        "This file does not look like text in any encoding the app knows. Open a CSV, TSV or TXT text "
        "file or an Excel workbook (.xlsx)."
    )


def _mostly_utf8(data: bytes) -> bool:
    """True when most lines with non-ASCII bytes are valid UTF-8 and at least one is not (a few lines
    pasted in from a GBK or Shift-JIS file). The last line of a partial sample may be cut: ignored."""
    lines = [line for line in data.split(b"\n")[:-1] if not line.isascii()] or [
        line for line in data.split(b"\n") if not line.isascii()
    ]
    good = sum(1 for line in lines if _strict_utf8(line, True))
    bad = len(lines) - good
    return bad > 0 and good > bad


# The encoding each window language's own legacy files use (desktop_app/ui/i18n.py language codes).
_LANGUAGE_CODECS = {
    "zh_CN": "gb18030",
    "zh": "gb18030",
    "zh_TW": "cp950",
    "zh_HK": "cp950",
    "ja": "cp932",
    "ko": "cp949",
}
_SCRIPT_RANGES = {
    "gb18030": ((0x4E00, 0x9FFF),),  # Han
    "cp950": ((0x4E00, 0x9FFF),),
    "cp932": ((0x3040, 0x30FF), (0x4E00, 0x9FFF)),  # kana and kanji
    "cp949": ((0xAC00, 0xD7A3),),  # Hangul syllables
}


def user_language() -> str:
    """The person's language: the app's setting, else the system locale (``zh_CN``, ``ja``…); may be empty."""
    try:
        from desktop_app.core.paths import app_paths
        from desktop_app.core.settings import Settings

        chosen = str(Settings(app_paths().settings_file).get("language") or "")
    except Exception:  # no settings file yet, or unreadable: the system decides
        chosen = ""
    if chosen:
        return chosen
    import locale

    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(".")[0]
    return (locale.getlocale()[0] or "").split(".")[0]


_CJK_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》【】「」『』・ー〜")


def _script_share(text: str, codec: str) -> float:
    """The share of ``text``'s non-ASCII letters that belong to the scripts ``codec``'s language writes."""
    ranges = _SCRIPT_RANGES.get(codec)
    letters = [ch for ch in text if ord(ch) > 0x7F and not ch.isspace() and ch not in _CJK_PUNCTUATION]
    if ranges is None or not letters:
        return 1.0
    inside = sum(1 for ch in letters if any(low <= ord(ch) <= high for low, high in ranges))
    return inside / len(letters)


def _preferred_codec(data: bytes, detected: str, whole: bool) -> str | None:
    """Another encoding than the detector's, when it fits better; None to keep the detector's choice.

    Detectors guess on a few words (a short GBK file "reads best" as Korean). Two checks, in order:
    the user's language's encoding reads the whole sample and every letter falls in that language's
    scripts; else the detector's reading has letters outside its language's scripts (Hanja inside
    Hangul words) while another CJK encoding reads every letter inside its own.
    """
    language = user_language()
    preferred = _LANGUAGE_CODECS.get(language) or _LANGUAGE_CODECS.get(language.split("_")[0])
    if (
        preferred is not None
        and preferred != detected
        and _strict_decodes(data, preferred, whole)
        and _script_share(data.decode(preferred, errors="replace"), preferred) == 1.0
    ):
        return preferred
    if detected not in _SCRIPT_RANGES or not _strict_decodes(data, detected, whole):
        return None
    if _script_share(data.decode(detected, errors="replace"), detected) >= 0.9:
        return None
    for codec in _FALLBACK_ORDER:
        if (
            codec != detected
            and codec in _SCRIPT_RANGES
            and _strict_decodes(data, codec, whole)
            and _script_share(data.decode(codec, errors="replace"), codec) == 1.0
        ):
            return codec
    return None


def detect_encoding(path: str | os.PathLike[str]) -> EncodingGuess:
    """Guess the encoding of a text file from a bounded sample (never the whole file).

    Raises:
        FileMissingError, FileUnreadableError, EmptyFileError, BinaryFileError
    """
    p = Path(path)
    size = _stat_size(p)
    if size == 0:
        raise EmptyFileError(f"{p.name} is empty (0 bytes). Choose the file that holds your data.")
    sample, whole = _read_sample(p, size)
    return guess_encoding(sample, whole=whole)


# -- dialect -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DialectGuess:
    """What :func:`detect_dialect` decided: the separator and whether row 1 names the columns."""

    delimiter: str
    has_header: bool
    reason: str


_DELIMITER_NAMES = {",": "comma", "\t": "tab", ";": "semicolon", "|": "pipe (|)"}


def delimiter_name(delimiter: str) -> str:
    """``","`` → ``"comma"`` (for messages and the UI)."""
    return _DELIMITER_NAMES.get(delimiter, repr(delimiter))


def _records(text: str, delimiter: str, limit: int) -> list[list[str]]:
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                rows.append(record)
                if len(rows) >= limit:
                    break
    except csv.Error:
        pass
    return rows


def _is_number(text: str) -> bool:
    t = text.strip().replace(",", "")
    if not t:
        return False
    try:
        value = float(t)
    except ValueError:
        return False
    return math.isfinite(value)


def detect_dialect(sample: str, *, complete: bool = True, prefer: str | None = None) -> DialectGuess:
    """Guess the delimiter (comma, tab, semicolon, pipe) and whether the first row is a header.

    Args:
        sample: the start of the decoded text.
        complete: the sample is the whole file; otherwise its last (maybe cut) record is ignored.
        prefer: the delimiter to pick on a tie (e.g. tab for a .tsv file).
    """
    text = sample if complete else sample[: max(sample.rfind("\n"), 0)]
    order = [prefer] if prefer in DELIMITERS else []
    order += [d for d in DELIMITERS if d not in order]
    best: tuple[float, int, int] | None = None
    chosen = order[0]
    for rank, delimiter in enumerate(order):
        rows = _records(text, delimiter, _PREVIEW_RECORDS)
        if not rows:
            continue
        widths = [len(r) for r in rows]
        mode = max(set(widths), key=lambda w: (widths.count(w), w))
        if mode < 2:
            continue
        consistency = widths.count(mode) / len(widths)
        score = (round(consistency, 2), mode if consistency >= 0.9 else 0, -rank)
        if best is None or score > best:
            best, chosen = score, delimiter
    if best is None:
        reason = "Only one column was found; the file may hold one value per line."
        has_header = _guess_header(_records(text, chosen, _PREVIEW_RECORDS))
    else:
        reason = f"The cells are separated by a {delimiter_name(chosen)}."
        has_header = _guess_header(_records(text, chosen, _PREVIEW_RECORDS))
    return DialectGuess(chosen, has_header, reason)


def _shape(text: str) -> str:
    """``"A-001"`` → ``"A-9"``: character classes with runs collapsed (digits 9, letters A/a, others c)."""
    out: list[str] = []
    for ch in text.strip():
        if ch.isdigit():
            kind = "9"
        elif ch.isascii() and ch.isalpha():
            kind = "A" if ch.isupper() else "a"
        elif ch.isalpha():
            kind = "c"
        else:
            kind = ch
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def _guess_header(rows: Sequence[Sequence[str]]) -> bool:
    """Row 1 is a header when its cells differ in kind from the data below (like csv.Sniffer, simpler)."""
    if not rows:
        return False
    first, data = rows[0], rows[1:]
    cells = [c.strip() for c in first]
    if not data:
        return all(cells) and not any(_is_number(c) for c in cells)
    votes = 0
    for index, name in enumerate(cells):
        column = [r[index].strip() for r in data if index < len(r) and r[index].strip()]
        if not column:
            continue
        if all(_is_number(v) for v in column):
            votes += -1 if _is_number(name) else 1
            continue
        shapes = {_shape(v) for v in column}
        if len(shapes) == 1 and "9" in next(iter(shapes)):  # codes such as A001, 2024-01: same shape below
            votes += -1 if _shape(name) in shapes else 1
    if votes:
        return votes > 0
    nonblank = [c for c in cells if c]
    return len(nonblank) == len(cells) and len(set(cells)) == len(cells) and not any(_is_number(c) for c in cells)


# -- Excel cell rendering -----------------------------------------------------------------------

_ISO_DATE_FORMATS = {"mm-dd-yy", "m/d/yy h:mm", "m/d/yyyy", "m/d/yy", "general", ""}
_CJK_DATE_IDS = frozenset(range(27, 37)) | frozenset(range(50, 59))
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _split_sections(fmt: str) -> list[str]:
    sections, buf, quoted, i = [], [], False, 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and not quoted and i + 1 < len(fmt):
            buf.append(fmt[i : i + 2])
            i += 2
            continue
        elif ch == ";" and not quoted:
            sections.append("".join(buf))
            buf = []
            i += 1
            continue
        buf.append(ch)
        i += 1
    sections.append("".join(buf))
    return sections


def _tokenize(section: str) -> list[tuple[str, str]]:
    """``(kind, text)``: ``lit`` literal text, ``br`` a [...] tag, ``ampm`` an AM/PM marker, ``ch`` a format char."""
    tokens: list[tuple[str, str]] = []
    i, n = 0, len(section)
    while i < n:
        ch = section[i]
        if ch == '"':
            end = section.find('"', i + 1)
            end = n if end < 0 else end
            tokens.append(("lit", section[i + 1 : end]))
            i = end + 1
        elif ch == "\\" and i + 1 < n:
            tokens.append(("lit", section[i + 1]))
            i += 2
        elif ch in "_*" and i + 1 < n:
            i += 2  # padding / fill: no visible text
        elif section[i : i + 5].upper() == "AM/PM":
            tokens.append(("ampm", "AM/PM"))
            i += 5
        elif section[i : i + 3].upper() == "A/P":
            tokens.append(("ampm", "A/P"))
            i += 3
        elif section[i : i + 5] == "上午/下午":
            tokens.append(("ampm", "上午/下午"))
            i += 5
        elif ch == "[":
            end = section.find("]", i)
            end = n - 1 if end < 0 else end
            tag = section[i + 1 : end]
            if tag.startswith("$") and "-" in tag:
                tokens.append(("lit", tag[1 : tag.index("-")]))  # currency symbol of [$¥-804]
            elif tag.startswith("$"):
                tokens.append(("lit", tag[1:]))
            else:
                tokens.append(("br", tag))
            i = end + 1
        else:
            tokens.append(("ch", ch))
            i += 1
    return tokens


def _is_date_section(section: str) -> bool:
    for kind, text in _tokenize(section):
        if kind == "ch" and text.lower() in "ymdhse":
            return True
        if kind == "br" and text.lower().strip("hms") == "" and text:
            return True
    return False


def _decimal(value: int | float | Decimal) -> Decimal:
    """Excel keeps 15 significant digits; integers from the file stay exact."""
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        return value
    return Decimal(format(value, ".15g"))


def _plain(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_general(value: int | float | Decimal) -> str:
    """A number as Excel's General format shows it in a wide column: no ``.0``, 15 significant digits."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    number = _decimal(value)
    if number != 0 and abs(number) < Decimal("1e-9"):
        return format(float(number), ".14g").replace("e", "E")
    return _plain(number)


def _format_number(value: int | float | Decimal, fmt: str) -> str:
    sections = _split_sections(fmt)
    number = _decimal(value)
    negative = number < 0
    if len(sections) >= 3 and number == 0:
        section = sections[2]
    elif len(sections) >= 2 and negative:
        section, number = sections[1], -number  # the section shows its own sign, if any
        negative = False
    else:
        section = sections[0]
    tokens = [t for t in _tokenize(section) if t[0] != "br"]
    chars = "".join(text for kind, text in tokens if kind == "ch")
    if section.strip().lower() in ("general", "") or chars.strip() == "@":
        body = format_general(abs(number) if negative else number)
        return ("-" if negative else "") + body
    if not any(c in "0#?" for c in chars):
        literal = "".join(text for _, text in tokens)
        return literal.replace("@", format_general(number))
    return ("-" if negative else "") + _render_numeric(abs(number), tokens)


def _render_numeric(number: Decimal, tokens: list[tuple[str, str]]) -> str:
    percent = sum(1 for kind, text in tokens if kind == "ch" and text == "%")
    number *= Decimal(100) ** percent
    exp_at = next(
        (i for i, (kind, text) in enumerate(tokens) if kind == "ch" and text in "Ee" and i + 1 < len(tokens)),
        None,
    )
    exponent_part = ""
    if exp_at is not None:
        mant_tokens = tokens[:exp_at]
        exp_tokens = tokens[exp_at + 1 :]
        exp_sign = exp_tokens[0][1] if exp_tokens and exp_tokens[0][1] in "+-" else "-"
        exp_digits = sum(1 for k, t in exp_tokens if k == "ch" and t in "0#?")
        int_places = max(1, sum(1 for k, t in _before_point(mant_tokens) if k == "ch" and t in "0#?"))
        exponent = 0 if number == 0 else number.adjusted() - (int_places - 1)
        number = number.scaleb(-exponent)
        sign = "-" if exponent < 0 else ("+" if exp_sign == "+" else "")
        exponent_part = "E" + sign + str(abs(exponent)).zfill(max(1, exp_digits))
        tokens = mant_tokens
    int_tokens = _before_point(tokens)
    has_point = len(int_tokens) < len(tokens)
    frac_tokens = tokens[len(int_tokens) + 1 :] if has_point else []
    # commas between placeholders group thousands; commas after the last one divide by 1,000 each
    placeholders_seen = False
    trailing_commas = 0
    for kind, text in int_tokens:
        if kind == "ch" and text in "0#?":
            placeholders_seen = True
            trailing_commas = 0
        elif kind == "ch" and text == "," and placeholders_seen:
            trailing_commas += 1
    if trailing_commas:
        number /= Decimal(1000) ** trailing_commas
    int_commas = sum(1 for k, t in int_tokens if k == "ch" and t == ",")
    grouping = int_commas > trailing_commas
    frac_places = [t for k, t in frac_tokens if k == "ch" and t in "0#?"]
    max_dec = len(frac_places)
    min_dec = max_dec - _trailing_optional(frac_places)
    rounded = number.quantize(Decimal(1).scaleb(-max_dec), rounding=ROUND_HALF_UP)
    whole, _, frac = format(rounded, "f").partition(".")
    frac = frac.ljust(max_dec, "0")
    while len(frac) > min_dec and frac.endswith("0"):
        frac = frac[:-1]
    min_int = sum(1 for k, t in int_tokens if k == "ch" and t == "0")
    digits = whole.lstrip("0").rjust(min_int, "0")
    if grouping:
        digits = _group(digits)
    out = _fill_integer(int_tokens, digits, grouping)
    if has_point:
        frac_text = _fill_fraction(frac_tokens, frac)
        out += "." + frac_text if frac else frac_text
    return out + exponent_part


def _group(digits: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ",".join(p for p in parts if p)


def _trailing_optional(places: list[str]) -> int:
    count = 0
    for p in reversed(places):
        if p == "0":
            break
        count += 1
    return count


def _before_point(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    for i, (kind, text) in enumerate(tokens):
        if kind == "ch" and text == ".":
            return tokens[:i]
    return tokens


def _fill_integer(tokens: list[tuple[str, str]], digits: str, grouped: bool) -> str:
    """Put ``digits`` into the integer placeholders right to left; literals stay where they are."""
    places = [i for i, (k, t) in enumerate(tokens) if k == "ch" and t in "0#?"]
    if grouped or not places:
        lead = "".join(t for k, t in tokens[: places[0]] if k == "lit" or t not in "0#?,") if places else ""
        tail = "".join(t for k, t in tokens[places[-1] + 1 :] if k == "lit" or t not in "0#?,") if places else ""
        return lead + digits + tail
    out = [t if k == "lit" or t not in "0#?," else "" for k, t in tokens]
    remaining = digits
    for pos, index in enumerate(reversed(places)):
        is_first = pos == len(places) - 1
        if is_first:
            out[index] = remaining
        else:
            out[index] = remaining[-1:] if remaining else ""
            remaining = remaining[:-1]
    return "".join(out)


def _fill_fraction(tokens: list[tuple[str, str]], frac: str) -> str:
    out: list[str] = []
    it = iter(frac)
    for kind, text in tokens:
        if kind == "ch" and text in "0#?":
            out.append(next(it, ""))
        elif kind == "lit" or text not in ",":
            out.append(text)
    return "".join(out)


def _iso(value: dt.date | dt.datetime | dt.time | dt.timedelta, with_time: bool) -> str:
    if isinstance(value, dt.datetime):
        if not with_time and value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds")
    total = int(value.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    return f"{sign}{total // 3600}:{total // 60 % 60:02d}:{total % 60:02d}"


def _format_date(value: dt.date | dt.datetime | dt.time | dt.timedelta, fmt: str) -> str:
    section = _split_sections(fmt)[0]
    plain = section.strip().lower()
    if plain in _ISO_DATE_FORMATS or not _is_date_section(section):
        return _iso(value, with_time="h" in plain)
    elapsed = value if isinstance(value, dt.timedelta) else None
    if isinstance(value, dt.timedelta):
        base = dt.datetime(1899, 12, 31) + value
    elif isinstance(value, dt.datetime):
        base = value
    elif isinstance(value, dt.date):
        base = dt.datetime(value.year, value.month, value.day)
    else:
        base = dt.datetime.combine(dt.date(1899, 12, 31), value)
    # runs of the same letter become one token: "yyyy", "mm", "d", "00" ...
    runs: list[tuple[str, str]] = []
    for kind, text in _tokenize(section):
        if (
            kind == "ch"
            and runs
            and runs[-1][0] == "ch"
            and runs[-1][1][-1].lower() == text.lower()
            and (text.isalpha() or text == "0")
        ):
            runs[-1] = ("ch", runs[-1][1] + text)
        else:
            runs.append((kind, text))
    twelve = any(kind == "ampm" for kind, _ in runs)
    out: list[str] = []
    i = 0
    while i < len(runs):
        kind, text = runs[i]
        low = text.lower()
        if kind == "lit":
            out.append(text)
        elif kind == "ampm":
            am = base.hour < 12
            if text == "AM/PM":
                out.append("AM" if am else "PM")
            elif text == "A/P":
                out.append("A" if am else "P")
            else:
                out.append("上午" if am else "下午")
        elif kind == "br":
            if elapsed is not None and low and set(low) <= set("hms"):
                secs = int(elapsed.total_seconds())
                out.append(str(secs // 3600 if low[0] == "h" else secs // 60 if low[0] == "m" else secs))
        elif low[0] in "ye":
            out.append(str(base.year) if len(low) > 2 or low[0] == "e" else f"{base.year % 100:02d}")
        elif low[0] == "m":
            if _is_minute(runs, i):
                out.append(f"{base.minute:02d}" if len(low) >= 2 else str(base.minute))
            elif len(low) >= 5:
                out.append(_MONTHS[base.month - 1][0])
            elif len(low) == 4:
                out.append(_MONTHS[base.month - 1])
            elif len(low) == 3:
                out.append(_MONTHS[base.month - 1][:3])
            else:
                out.append(f"{base.month:02d}" if len(low) == 2 else str(base.month))
        elif low[0] == "d":
            if len(low) >= 4:
                out.append(_DAYS[base.weekday()])
            elif len(low) == 3:
                out.append(_DAYS[base.weekday()][:3])
            else:
                out.append(f"{base.day:02d}" if len(low) == 2 else str(base.day))
        elif low[0] == "h":
            hour = (base.hour % 12 or 12) if twelve else base.hour
            out.append(f"{hour:02d}" if len(low) >= 2 else str(hour))
        elif low[0] == "s":
            out.append(f"{base.second:02d}" if len(low) >= 2 else str(base.second))
        elif text == "." and i + 1 < len(runs) and runs[i + 1][1].startswith("0"):
            places = len(runs[i + 1][1])
            out.append("." + f"{base.microsecond:06d}"[:places])
            i += 1
        else:
            out.append(text)
        i += 1
    return "".join(out)


def _is_minute(runs: list[tuple[str, str]], index: int) -> bool:
    """``m``/``mm`` mean minutes right after an hour or right before seconds."""
    for j in range(index - 1, -1, -1):
        kind, text = runs[j]
        if kind == "ch" and text[:1].isalpha():
            return text[0].lower() == "h"
        if kind == "br" and text[:1].lower() == "h":
            return True
    for j in range(index + 1, len(runs)):
        kind, text = runs[j]
        if kind == "ch" and text[:1].isalpha():
            return text[0].lower() == "s"
        if kind == "br" and text[:1].lower() == "s":
            return True
    return False


def format_cell(value: object, number_format: str | None = "General") -> str:
    """A cell value as Excel shows it (see the module notes); ``None`` → ``""``.

    Text is returned unchanged, booleans as ``TRUE``/``FALSE``, numbers per ``number_format``,
    dates and times per their format (locale-dependent built-ins as ISO 8601).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    fmt = number_format or "General"
    if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
        return _format_date(value, fmt)
    if isinstance(value, int | float | Decimal):
        try:
            return _format_number(value, fmt) if fmt.lower() != "general" else format_general(value)
        except (ArithmeticError, ValueError, IndexError):
            return format_general(value)
    return str(value)


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
                        where = f"Line {line_no} of the file" if line_no else f"Near row {done[0] + 1}, the file"
                        raise DecodeError(
                            f"{where} has bytes that are not valid {encoding_label(codec)}. "
                            "Choose another encoding (the preview shows which one makes the text readable), or "
                            "save the file again as UTF-8.",
                            detail=str(exc),
                        ) from exc
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
            raise CsvFormatError(
                f'Row {number + 1} cannot be split into cells: {exc}. Usually a quote (") in a cell '
                "is not closed; fix that row in Excel or a text editor and try again.",
                detail=str(exc),
            ) from exc
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


def _stat_size(path: Path) -> int:
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise FileMissingError(
            f"The file {path} was not found. It may have been moved, renamed or deleted.", detail=str(exc)
        ) from exc
    except OSError as exc:
        raise FileUnreadableError(f"The file {path} cannot be opened: {exc.strerror or exc}.", detail=str(exc)) from exc
    if path.is_dir():
        raise FileUnreadableError(f"{path} is a folder, not a file. Choose a file inside it.")
    if not stat.S_ISREG(st.st_mode):  # /dev/zero never ends; opening a named pipe waits forever
        raise FileUnreadableError(
            f"{path} is not a regular file (a device, a pipe or a socket), so it cannot be read as a table. "
            "Choose a saved CSV, TSV, TXT or Excel file."
        )
    return st.st_size


@contextlib.contextmanager
def _open_binary(path: Path) -> Iterator[io.FileIO]:
    try:
        handle = io.FileIO(path, "r")
    except FileNotFoundError as exc:
        raise FileMissingError(
            f"The file {path} was not found. It may have been moved, renamed or deleted.", detail=str(exc)
        ) from exc
    except PermissionError as exc:
        raise FileUnreadableError(
            f"The file {path.name} cannot be opened: permission denied, or another program (often "
            "Excel) has it locked. Close it there, or copy the file, and try again.",
            detail=str(exc),
        ) from exc
    except OSError as exc:
        raise FileUnreadableError(
            f"The file {path.name} cannot be opened: {exc.strerror or exc}.", detail=str(exc)
        ) from exc
    try:
        yield handle
    finally:
        handle.close()


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
            raise DecodeError(f'"{encoding}" is not an encoding this app knows. Choose one from the list.') from exc
        bom = sample.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if name == "utf-8" and sample.startswith(codecs.BOM_UTF8):
            encoding = "utf-8-sig"  # never hand the BOM to the first header cell
        guess = EncodingGuess(encoding, 1.0, bom, "Chosen by you.")
    head_only = sample[:SAMPLE_HEAD_BYTES]
    if guess.encoding in _PER_LINE_CODECS and not _strict_utf8(head_only, whole):
        text = _decode_per_line(head_only, guess.encoding == "utf-8-sig")
    else:
        decoder = codecs.getincrementaldecoder(guess.encoding)("replace")
        text = decoder.decode(head_only, final=whole)
    if not text.strip():
        raise EmptyFileError(f"{path.name} holds no text (only empty lines or spaces). Choose the file with your data.")
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
        raise EmptyFileError(f"{path.name} holds no cells. Choose the file with your data.")
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
            raise FileUnreadableError("This workbook was closed. Open the file again.")
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
    if size > MAX_WORKBOOK_BYTES:
        raise FileTooLargeError(
            f"This workbook is {size / MB:.0f} MB; the app reads workbooks up to {MAX_WORKBOOK_BYTES // MB} MB. "
            'In Excel use "Save As" → "CSV UTF-8" and open that file instead: CSV files of any size are '
            "read piece by piece."
        )
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


# -- XLS / ODS (python-calamine) -----------------------------------------------------------------

_CALAMINE_KINDS = {"xls": "old Excel 97-2003 workbook (.xls)", "ods": "OpenDocument spreadsheet (.ods)"}


class CalamineTable(_WorkbookTable):
    """One sheet of an old Excel (.xls) or OpenDocument (.ods) workbook, read with python-calamine.

    calamine gives values but not number formats: numbers show as Excel's General format would
    (integers without ``.0``, 15 significant digits), dates as ISO 8601. calamine reads a whole sheet
    at once, so these workbooks share the :data:`MAX_WORKBOOK_BYTES` limit.
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
    """``(row number, rendered cells)``; calamine's range starts at the first used cell, so pad it."""
    ws = workbook.get_sheet_by_name(sheet)
    top, left = ws.start or (0, 0)
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
    if size > MAX_WORKBOOK_BYTES:
        raise FileTooLargeError(
            f"This workbook is {size / MB:.0f} MB; the app reads workbooks up to {MAX_WORKBOOK_BYTES // MB} MB. "
            'Save the sheet as "CSV UTF-8" and open that file instead: CSV files of any size are read piece '
            "by piece."
        )
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except PermissionError as exc:
        raise FileUnreadableError(
            f"The workbook {path.name} cannot be opened: permission denied, or another program has it "
            "locked. Close it there, or copy the file, and try again.",
            detail=str(exc),
        ) from exc
    except Exception as exc:  # calamine's own errors: damaged, encrypted, not a workbook at all
        raise BinaryFileError(
            f"{path.name} cannot be read as an {what} (it may be damaged or password-protected). Open it "
            'in Excel or LibreOffice and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc
    try:
        names = list(workbook.sheet_names)
        samples = {}
        for name in names if sheet is None else [sheet]:
            if name not in names:
                raise SheetNotFoundError(
                    f'The workbook has no sheet named "{name}". Its sheets are: {", ".join(names)}.'
                )
            rows = [
                (n, c) for n, c in itertools.islice(_calamine_rows(workbook, name), 5000) if any(x.strip() for x in c)
            ]
            samples[name] = rows[:_PREVIEW_RECORDS]
            if rows or sheet is not None:
                break
        chosen = next((n for n, rows in samples.items() if rows), sheet or (names[0] if names else None))
        if chosen is None:
            raise EmptyFileError(f"The workbook {path.name} has no sheets.")
        sample = samples.get(chosen, [])
        if not sample:
            raise EmptyFileError(f'The sheet "{chosen}" of {path.name} is empty. Choose the sheet with your data.')
        columns, header, header_row = _columns_from_sample(sample, has_header)
        height = int(workbook.get_sheet_by_name(chosen).total_height or 0)
        return CalamineTable(path, workbook, kind, chosen, columns, header, header_row, max(height, sample[-1][0]))
    except BaseException:
        workbook.close()
        raise


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
        raise EmptyFileError(f"{p.name} is empty (0 bytes). Choose the file that holds your data.")
    with _open_binary(p) as handle:
        head = handle.read(min(size, SAMPLE_HEAD_BYTES))
    if head.startswith(_ZIP_MAGIC):
        _check_zip_bomb(p)
        if _is_xlsx(p):
            return _open_xlsx(p, size, sheet, has_header)
        if _is_ods(p):
            return _open_calamine(p, size, sheet, has_header, "ods")
        raise BinaryFileError(
            f"{p.name} is a zip archive, not a table this app reads. Open a CSV, TSV or TXT text file or "
            "an Excel or LibreOffice workbook."
        )
    if head.startswith(_OLE_MAGIC):
        return _open_calamine(p, size, sheet, has_header, "xls")
    return _open_csv(p, size, head, encoding, delimiter, has_header)


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
                f"{path.name} is not read: one part of it would grow from {stored / MB:.1f} MB to "
                f"{member.file_size / MB:,.0f} MB when opened, far more than any real spreadsheet. It may be "
                "damaged or built to overload the computer. Open it in Excel and save it again, or save it as "
                "CSV UTF-8 and open that file.",
                detail=f"{member.filename}: {member.compress_size} -> {member.file_size} bytes",
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise FileTooLargeError(
            f"{path.name} would take {total / MB:,.0f} MB once opened; the app reads workbooks up to "
            f'{MAX_UNCOMPRESSED_BYTES // MB:,} MB opened. In Excel use "Save As" → "CSV UTF-8" and open '
            "that file instead: CSV files of any size are read piece by piece.",
            detail=f"{total} bytes inflated",
        )


def _long_cell(sheet: str, row: int, column: int) -> FileTooLargeError:
    return FileTooLargeError(
        f'Row {row}, column {column} of the sheet "{sheet}" holds more than '
        f"{MAX_WORKBOOK_CELL_CHARS // MB} MB of text; one request can be at most that long, so the file was "
        "not read further. Shorten that cell.",
    )


def _is_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _is_ods(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "content.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _set_field_limit() -> None:
    """Allow cells up to :data:`MAX_CELL_CHARS` (the csv module's default is 128 K characters)."""
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)
