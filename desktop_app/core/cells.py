"""What a CSV cell must look like so Excel shows the text as written and runs nothing.

The rule (also in ``docs/decisions.md``, "Issue 12"), cell by cell, for text cells — the user's own
columns, the answers, the ids alike:

1. **Starts like a formula → apostrophe.** A value starting with ``=``, ``@``, a tab or a carriage
   return gets a leading ``'``; so does a value starting with ``+`` or ``-`` whose rest *parses as a
   spreadsheet formula* (``-1+1``, ``+A1``, ``-SUM(A1:A3)``, ``-2+3+cmd|' /C calc'!A0``, ``- item``
   which Excel would show as ``#NAME?``). Excel would evaluate these; the apostrophe is visible in
   the cell, which is the price of not running them.
2. **Plain text stays as it is.** ``-5分 太差``, ``+1 great``, ``-`` or ``--`` do not parse as a
   formula, so Excel keeps them as text: no apostrophe.
3. **Values Excel would convert stay text.** ``000123``, long digit strings, ``1e5``, ``3-4``,
   ``2024-01-05``, ``1/2``, ``12:30``, ``TRUE``, ``50%``, ``+1``, ``1.50``, ``(5)``, ``1,000``, ``$5``
   would become numbers, dates or booleans (and show differently) — and so would ``1,50``,
   ``1.000.000``, ``+1,5``, ``50,5%`` or ``Rp 1.500`` where the decimal mark is a comma (Indonesia,
   Vietnam, most of Europe: the same rule holds for both, wrapping them is harmless where they are
   plain text); they are written as the formula
   ``="value"``, a string literal Excel shows and stores as the text itself. The wrapper is built
   only for these short patterns (never more than 255 characters, Excel's limit for a literal),
   and a ``"`` inside is doubled, so nothing from the data can escape the literal.
   ``keep_as_text=False`` leaves them alone (for programs that read the CSV as plain text).

Numbers and booleans the app writes itself (token counts, typed output columns) are written as
they are. The XLSX export needs none of this: every text cell is a text cell, never a formula.

Which character separates the cells, and which marks a number's fraction, is :func:`excel_csv_style`:
Excel splits a CSV it opens on the computer's *list separator*, which is ``;`` wherever the decimal mark
is a comma — a comma-separated file opens there as one column of text.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass

_ALWAYS = frozenset("=@\t\r")
_SIGNS = frozenset("+-")
CHECK_FIRST = frozenset("=@\t\r+-$€£¥￥(.,0123456789TtFf") | frozenset("ADFJMNOSRadfjmnos")
"""First characters of every value :func:`csv_text` may change (a fast pre-check for hot loops)."""

# --- rule 1: does the text after a sign parse as a formula? ---------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<num>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<str>"(?:[^"]|"")*")
  | (?P<quoted>'(?:[^']|'')+')
  | (?P<err>\#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A))
  | (?P<name>\$?[^\W\d]\$?[\w.$]*|\$?\d+\$?[^\W\d][\w.$]*)
  | (?P<op><>|<=|>=|[-+*/^&=<>:,;!|])
  | (?P<open>\()
  | (?P<close>\))
  | (?P<brace>\{[^{}]*\})
  | (?P<pct>%)
    """,
    re.VERBOSE,
)


def _tokens(text: str) -> list[tuple[str, str]] | None:
    found: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            return None
        kind = match.lastgroup or ""
        found.append((kind, match.group()))
        pos = match.end()
    return found


class _Parser:
    """A small recursive-descent reader of spreadsheet expressions (enough to tell formula from text)."""

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self, skip_ws: bool = True) -> tuple[str, str]:
        pos = self.pos
        while skip_ws and pos < len(self.tokens) and self.tokens[pos][0] == "ws":
            pos += 1
        return self.tokens[pos] if pos < len(self.tokens) else ("end", "")

    def take(self) -> tuple[str, str]:
        while self.pos < len(self.tokens) and self.tokens[self.pos][0] == "ws":
            self.pos += 1
        token = self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", "")
        self.pos += 1
        return token

    def expression(self) -> bool:
        kind = self.operand()
        if kind is None:
            return False
        while True:
            nxt = self.peek()
            if nxt[0] == "op":
                self.take()
                kind = self.operand()
                if kind is None:
                    return False
                continue
            # a space between two references is Excel's intersection operator
            spaced = self.pos < len(self.tokens) and self.tokens[self.pos][0] == "ws"
            if spaced and kind == "ref" and nxt[0] in ("name", "open", "quoted"):
                kind = self.operand()
                if kind != "ref":
                    return False
                continue
            return True

    def operand(self) -> str | None:
        while self.peek()[0] == "op" and self.peek()[1] in "+-":
            self.take()
        kind, _ = self.take()
        result: str | None
        if kind in ("num", "str", "err", "brace"):
            result = "literal"
        elif kind == "quoted":
            result = "ref" if self.peek(skip_ws=False) in (("op", "!"), ("op", "|")) else None
        elif kind == "name":
            if self.peek(skip_ws=False)[0] == "open":
                self.take()
                if self.peek()[0] != "close" and not self.arguments():
                    return None
                if self.take()[0] != "close":
                    return None
                result = "literal"
            else:
                result = "ref"
        elif kind == "open":
            if not self.expression() or self.take()[0] != "close":
                return None
            result = "ref"
        else:
            return None
        while self.peek(skip_ws=False)[0] == "pct":
            self.take()
        return result

    def arguments(self) -> bool:
        while True:
            if self.peek()[0] == "op" and self.peek()[1] in ",;":
                self.take()
                continue
            if self.peek()[0] == "close":
                return True
            if not self.expression():
                return False
            if self.peek()[0] == "close":
                return True


_PLAIN_NUMBER = re.compile(r"(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def parses_as_formula(text: str) -> bool:
    """True when ``"=" + text`` is a spreadsheet expression that is more than one plain number."""
    body = text.strip()
    if not body or _PLAIN_NUMBER.fullmatch(body):
        return False
    if "|" in body:  # DDE (cmd|' /C calc'!A0): never let it through, whatever surrounds it
        return True
    tokens = _tokens(body)
    if tokens is None:
        return False
    parser = _Parser(tokens)
    return parser.expression() and parser.peek()[0] == "end"


def starts_like_formula(value: str) -> bool:
    """True when a spreadsheet would evaluate ``value`` (rule 1 of the module notes)."""
    if not value:
        return False
    first = value[0]
    if first in _ALWAYS:
        return True
    if first in _SIGNS:
        rest = value[1:]
        return parses_as_formula(rest) or (rest[:1] in _SIGNS and parses_as_formula(rest.lstrip("+-")))
    return False


# --- rule 3: values Excel converts on opening ------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_CONVERTED = re.compile(
    r"""(?ix)
    [+-]?0\d+(?:\.\d+)?                                  # a leading zero: 000123, 007.5
  | [+-]?\d{12,}                                         # 12 digits and more: scientific, rounded
  | [+-]?(?:\d+(?:\.\d*)?|\.\d+)e[+-]?\d+                # 1e5, 2.5E-3
  | \+(?:\d+(?:\.\d*)?|\.\d+)                            # +1 loses its sign
  | [+-]?\d+\.\d*0                                       # 1.50 loses its zero; 2. too
  | [+-]?\d+\.                                           # 2. (shown as 2)
  | \d{1,4}[-/]\d{1,2}(?:[-/]\d{1,4})?                   # 3-4, 1/2, 2024-01-05, 05/01/2024
  | \d{1,2}\.\d{1,2}\.\d{2,4}                            # 05.01.2024
  | \d{1,2}[-\ /]"""
    + _MONTH
    + r"""(?:[-\ /,]+\d{2,4})?   # 5-Jan, 5 January 2024
  | """
    + _MONTH
    + r"""[-\ /.]+\d{1,4}(?:,?\s*\d{2,4})?     # Jan-5, March 2024
  | \d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]m?)?      # 12:30, 9:05 pm
  | \d{1,2}\s*[ap]m                                      # 9 am
  | true|false                                           # booleans (any case)
  | [+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*%                     # 50%
  | \(\s*(?:\d+(?:\.\d*)?|\.\d+)\s*\)                    # (5) is -5
  | [+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?                    # 1,000
  | [+-]?[$€£¥￥]\s*\d+(?:[.,]\d+)*                      # $5
  | [+-]?0\d+,\d+                                       # where the decimal mark is a comma: 007,5
  | [+-]?\d+,\d*0                                       #   1,50 loses its zero
  | [+-]?,\d+                                           #   ,5 is 0,5
  | [+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?                    #   1.000.000 is a million
  | \+\d+,\d+                                          #   +1,5 loses its sign
  | [+-]?(?:\d+(?:,\d*)?|,\d+)e[+-]?\d+                 #   1,5e3
  | [+-]?(?:\d+,\d*|,\d+)\s*%                          #   50,5%
  | (?-i:Rp)\.?\s*\d+(?:[.,]\d+)*                        #   Rp 1.500 (rupiah, as it is written)
  | \d+\s+\d+/\d+                                        # 1 1/2
    """
)
_MAX_LITERAL = 255


def excel_converts(value: str) -> bool:
    """True when Excel would read ``value`` as a number, date, time or boolean and show it differently."""
    text = value.strip()
    return 0 < len(text) <= _MAX_LITERAL and _CONVERTED.fullmatch(text) is not None


def as_text_formula(value: str) -> str:
    """``="value"`` (quotes doubled): a string literal Excel shows as the text itself."""
    return '="' + value.replace('"', '""') + '"'


def csv_text(value: str, *, keep_as_text: bool = True) -> str:
    """``value`` as it must be written into a CSV cell (the module's rule)."""
    if not value or value[0] not in CHECK_FIRST or (value[0] == "R" and value[1:2] != "p"):
        return value  # (R: only a rupiah amount, "Rp 1.500", is ever changed)
    if starts_like_formula(value):
        return "'" + value
    if keep_as_text and excel_converts(value):
        return as_text_formula(value)
    return value


# --- the separator and the decimal mark -----------------------------------------------------------


@dataclass(frozen=True)
class CsvStyle:
    """How a CSV separates its cells and writes a number's fraction: a comma and a point (the CSV
    standard), or what Excel on this computer expects (:func:`excel_csv_style`)."""

    delimiter: str = ","
    decimal: str = "."


STANDARD_CSV = CsvStyle()

_LOCALE_SLIST = 0x0000000C  # GetLocaleInfoEx: the list separator
_LOCALE_SDECIMAL = 0x0000000E  # … the decimal mark


def _one_mark(text: str | None) -> str | None:
    """``text`` when it is one character a CSV can carry (not a letter, digit, quote, space or line break)."""
    if text is not None and len(text) == 1 and not text.isalnum() and text not in "\"' \r\n":
        return text
    return None


def csv_style_from(list_separator: str | None, decimal_mark: str | None) -> CsvStyle:
    """The style for what the system reported: each mark when usable, else the standard's; when both are
    the same character, Excel separates with ``;`` (and so does this)."""
    delimiter = _one_mark(list_separator) or ","
    decimal = _one_mark(decimal_mark) or "."
    if delimiter == decimal:
        delimiter = ";" if decimal != ";" else ","
    return CsvStyle(delimiter, decimal)


@functools.cache
def excel_csv_style() -> CsvStyle:
    """What Excel on this computer expects of a CSV it opens: Windows' list separator and decimal mark
    for the user (``;`` and ``,`` where the decimal mark is a comma: Indonesia, Vietnam, most of Europe),
    the standard's elsewhere (LibreOffice asks on opening; Excel for Mac is not asked). Read once (two
    Windows calls of a few microseconds)."""
    if sys.platform != "win32":
        return STANDARD_CSV
    try:
        import ctypes

        get_info = ctypes.windll.kernel32.GetLocaleInfoEx
        marks: list[str | None] = []
        for kind in (_LOCALE_SLIST, _LOCALE_SDECIMAL):
            buffer = ctypes.create_unicode_buffer(8)
            # None: the user's default locale; 0 characters written: not known
            marks.append(buffer.value if get_info(None, kind, buffer, len(buffer)) else None)
        return csv_style_from(marks[0], marks[1])
    except (AttributeError, OSError, ValueError):
        return STANDARD_CSV
