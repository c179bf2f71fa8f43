"""Which writing systems a text uses, and the signs of text read in the wrong encoding (issue 10).

* :func:`line_codec` — the legacy encoding that best reads one line that is not UTF-8 (a row pasted
  into a UTF-8 file from a GBK or Shift-JIS one): every CJK candidate that decodes it strictly is scored
  by how many of its letters fall in that encoding's own scripts and in its common characters (level 1
  of GB 2312 / Big5, JIS kana and level 1 kanji, KS X 1001 Hangul); the user's language wins a near tie.
* :class:`ScriptProfile` — the scripts a table's first rows use; :meth:`ScriptProfile.unusual` names a
  row written mostly in a script the rest of the file does not use (Hangul in a Chinese file), or
  holding UTF-8 read as Latin-1/Windows-1252 ("cafÃ©", "å•é¢˜").
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable

# (name, character class) of the scripts told apart; Latin is left out (names and loanwords are everywhere).
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("Han", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"),
    ("Kana", "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"),
    ("Hangul", "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"),
    ("Cyrillic", "\u0400-\u04ff"),
    ("Greek", "\u0370-\u03ff"),
    ("Arabic", "\u0600-\u06ff"),
    ("Hebrew", "\u0590-\u05ff"),
    ("Thai", "\u0e00-\u0e7f"),
    ("Devanagari", "\u0900-\u097f"),
)
_SCRIPT_RES = {name: re.compile(f"[{chars}]") for name, chars in _SCRIPTS}
_ALL = frozenset(_SCRIPT_RES)
# The UTF-8 lead bytes of each script's letters, for the fast test: Han's main block, Hangul syllables
# (E3, shared by CJK punctuation, kana and compatibility jamo, is told apart by its next byte instead)
_LEAD_BYTES: dict[str, tuple[int, ...]] = {
    "Han": (0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "Kana": (),
    "Hangul": (0xEA, 0xEB, 0xEC, 0xED),
    "Cyrillic": (0xD0, 0xD1, 0xD2, 0xD3),
    "Greek": (0xCD, 0xCE, 0xCF),
    "Arabic": (0xD8, 0xD9, 0xDA, 0xDB),
    "Hebrew": (0xD6, 0xD7),
    "Thai": (0xE0,),
    "Devanagari": (0xE0,),
}
# Non-ASCII letters (what a share is taken of): word characters above ASCII, digits and "_" excluded.
_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
# A lead byte of UTF-8 read as Windows-1252/Latin-1 followed by what its continuation bytes become.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}"
)

# The scripts each CJK codec's language writes, and its "common characters" test on the encoded bytes.
_CODEC_SCRIPTS = {"gb18030": ("Han",), "cp950": ("Han",), "cp932": ("Han", "Kana"), "cp949": ("Hangul",)}
_LANGUAGE_CODECS = {
    "zh_CN": "gb18030",
    "zh": "gb18030",
    "zh_TW": "cp950",
    "zh_HK": "cp950",
    "ja": "cp932",
    "ko": "cp949",
}
_CANDIDATES = ("gb18030", "cp932", "cp950", "cp949")


def _common(encoded: bytes, codec: str) -> bool:
    """The character is one of its encoding's everyday ones (not an extension or a level-2 rarity)."""
    if len(encoded) != 2:
        return False
    lead, trail = encoded
    if codec == "gb18030":  # GB 2312 symbols and level 1 hanzi
        return 0xA1 <= lead <= 0xD7 and trail >= 0xA1
    if codec == "cp950":  # Big5 symbols and level 1
        return 0xA1 <= lead <= 0xC6
    if codec == "cp932":  # JIS symbols, kana and level 1 kanji
        return 0x81 <= lead <= 0x98
    if codec == "cp949":  # KS X 1001 (symbols, Hangul syllables)
        return 0xA1 <= lead <= 0xC8 and trail >= 0xA1
    return False


def _score(text: str, codec: str) -> float:
    letters = _LETTER.findall(text)
    if not letters:
        return 0.0
    scripts = [_SCRIPT_RES[name] for name in _CODEC_SCRIPTS[codec]]
    inside = common = 0
    for ch in letters:
        if any(pattern.match(ch) for pattern in scripts):
            inside += 1
            with contextlib.suppress(UnicodeEncodeError):
                common += _common(ch.encode(codec), codec)
    return (inside + common) / (2 * len(letters))


def line_codec(line: bytes, language: str = "", expected: Iterable[str] = ()) -> str | None:
    """The encoding that reads ``line`` (not UTF-8) most plausibly; None when none reads it.

    ``language`` is the person's language (``zh_CN``, ``ja``…) and ``expected`` the scripts the rest of
    the file uses (:attr:`ScriptProfile.expected`): each wins a near tie (Hangul and level-1 hanzi share
    their bytes in EUC-KR and GB 2312).
    Windows-1252 is the last resort, only when no CJK encoding reads the line as mostly its own script.
    """
    preferred = _LANGUAGE_CODECS.get(language) or _LANGUAGE_CODECS.get(language.split("_")[0])
    hints = frozenset(expected)
    best: tuple[float, str] | None = None
    for codec in _CANDIDATES:
        try:
            text = line.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _score(text, codec) + (0.05 if codec == preferred else 0.0)
        if hints and hints != _ALL and hints.intersection(_CODEC_SCRIPTS[codec]):
            score += 0.05
        if best is None or score > best[0]:
            best = (score, codec)
    if best is not None and best[0] >= 0.5:
        return best[1]
    try:
        line.decode("cp1252")
    except UnicodeDecodeError:
        return best[1] if best is not None else None
    return "cp1252"


def mojibake(text: str) -> str | None:
    """The first run of UTF-8 read as Windows-1252/Latin-1 in ``text`` (``"Ã©"``), or None."""
    for match in _MOJIBAKE.finditer(text):
        run = match.group()
        for codec in ("cp1252", "latin-1"):
            try:
                run.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            return run
    return None


class ScriptProfile:
    """The scripts a table's sample uses; judges single rows against it.

    A script is expected when it holds at least 5 % of the sample's non-ASCII letters; with fewer than
    20 such letters every script is expected (too little text to judge).
    """

    MIN_LETTERS = 20

    def __init__(self, texts: Iterable[str]) -> None:
        counts = dict.fromkeys(_SCRIPT_RES, 0)
        letters = 0
        for text in texts:
            if text.isascii():
                continue
            letters += len(_LETTER.findall(text))
            for name, pattern in _SCRIPT_RES.items():
                counts[name] += len(pattern.findall(text))
        self.letters = letters
        self.counts = counts
        if letters < self.MIN_LETTERS:
            self.expected = _ALL
        else:
            self.expected = frozenset(name for name, n in counts.items() if n >= 0.05 * letters)
        absent = [chars for name, chars in _SCRIPTS if name not in self.expected]
        self._absent = re.compile(f"[{''.join(absent)}]") if absent else None
        # UTF-8 lead bytes of everything worth a closer look (a possible mojibake run: U+00C0..U+00FF;
        # a script the sample does not use): ``bytes.translate`` finds them at memory speed
        keep = {0xC3}
        for name in _SCRIPT_RES:
            if name not in self.expected:
                keep.update(_LEAD_BYTES[name])
        self._delete = bytes(b for b in range(256) if b not in keep)
        # hiragana and katakana: E3 81..83 (E3 80 is CJK punctuation, common in every CJK text)
        self._pairs = (b"\xe3\x81", b"\xe3\x82", b"\xe3\x83") if "Kana" not in self.expected else ()

    def plain_utf8(self, data: bytes) -> bool:
        """True when the UTF-8 ``data`` cannot hold anything :meth:`unusual` flags, nor a replacement
        mark (fast, for whole batches of request lines; False means "check each text")."""
        return (
            b"\xef\xbf\xbd" not in data
            and not data.translate(None, self._delete)
            and not any(pair in data for pair in self._pairs)
        )

    def unusual(self, text: str) -> tuple[str, str] | None:
        """``("mojibake", run)`` or ``("script", name)`` when ``text`` looks misread; None when it looks fine."""
        if text.isascii():
            return None
        run = mojibake(text)
        if run is not None:
            return ("mojibake", run)
        if self._absent is None:
            return None
        foreign = self._absent.findall(text)
        if len(foreign) < 2:
            return None
        if len(foreign) * 2 < len(_LETTER.findall(text)):
            return None
        for name, pattern in _SCRIPT_RES.items():
            if name not in self.expected and pattern.match(foreign[0]):
                return ("script", name)
        return None  # pragma: no cover - every absent character belongs to one script
