"""Text encoding detection: which codec reads a CSV/TSV/TXT file, from a bounded sample.

Order: byte-order mark (UTF-8, UTF-32, UTF-16) → UTF-16 without BOM from the pattern of NUL bytes →
binary check (NUL bytes, known file signatures) → strict UTF-8 over the whole sample → a mostly-UTF-8
file with a few foreign lines → charset-normalizer restricted to GB18030/GBK, Big5, Shift-JIS/CP932,
EUC-KR/CP949 and Windows-1252 (with the user's language breaking ties) → the first of those that
decodes the sample strictly. Legacy encodings are reported as their Windows supersets (``gb18030``,
``cp950``, ``cp932``, ``cp949``), which decode every file the narrower ones do plus the vendor
extensions Excel writes. Also the encoding picker's choices and labels.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core import wording as w
from desktop_app.core.tables.errors import BinaryFileError, EmptyFileError
from desktop_app.core.tables.files import SAMPLE_HEAD_BYTES, _read_sample, _stat_size

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
        why: why this encoding, as a catalogue text ("Every byte is valid UTF-8.").
    """

    encoding: str
    confidence: float
    had_bom: bool
    why: w.Text

    @property
    def reason(self) -> str:
        """:attr:`why` in English (the CLI's ``convert --json``)."""
        return w.english(self.why)

    @property
    def label(self) -> str:
        """The encoding's name for a person."""
        return encoding_label(self.encoding)


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
        return EncodingGuess("utf-8-sig", 1.0, True, w.ENC_BOM_UTF8())
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return EncodingGuess("utf-32", 1.0, True, w.ENC_BOM_UTF32())
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingGuess("utf-16", 1.0, True, w.ENC_BOM_UTF16())
    utf16 = _looks_utf16(data)
    if utf16 is not None:
        return EncodingGuess(utf16, 0.9, False, w.ENC_UTF16_NO_BOM())
    kind = _binary_kind(data[:64])
    if kind is None and b"\x00" in data:
        kind = "a binary file"
    if kind is not None:
        raise BinaryFileError(w.T_NOT_A_TABLE(kind=w.word(kind)))
    if _strict_utf8(data, whole):
        if data.isascii():
            return EncodingGuess("utf-8", 1.0, False, w.ENC_ASCII())
        return EncodingGuess("utf-8", 1.0, False, w.ENC_UTF8())
    if _mostly_utf8(data):
        # A UTF-8 file with a few lines pasted in from another encoding: reading all of it as that
        # encoding garbles every other row. Read it as UTF-8; the reader names the foreign lines.
        return EncodingGuess("utf-8", 0.5, False, w.ENC_MOSTLY_UTF8())

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
                w.ENC_PREFERRED(encoding=w.word(encoding_label(preferred)), alternative=w.word(encoding_label(codec))),
            )
        if _strict_decodes(data, codec, whole):
            confidence = round(max(0.05, 1.0 - float(best.chaos)), 2)
            return EncodingGuess(
                codec,
                confidence,
                False,
                w.ENC_DETECTED(encoding=w.word(encoding_label(codec)), confidence=f"{confidence:.0%}"),
            )
    for codec in _FALLBACK_ORDER:
        if _strict_decodes(data, codec, whole):
            return EncodingGuess(
                codec,
                0.1,
                False,
                w.ENC_FALLBACK(encoding=w.word(encoding_label(codec))),
            )
    raise BinaryFileError(w.T_NOT_TEXT)


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
        raise EmptyFileError(w.T_ZERO_BYTES(name=p.name))
    sample, whole = _read_sample(p, size)
    return guess_encoding(sample, whole=whole)
