"""Delimiter sniffing (comma, tab, semicolon, pipe) and the header guess for delimited text; the header
guess also decides for workbook sheets."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

DELIMITERS = (",", "\t", ";", "|")
_PREVIEW_RECORDS = 200  # records looked at to sniff a table (and kept as its sample)


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


def _one_shape(column: Sequence[str]) -> set[str]:
    """The shapes of ``column``'s cells, stopping at the second one (all that :func:`_guess_header` asks:
    one shape or several — a column of prose differs at once; issue 13: ``convert``'s start)."""
    shapes: set[str] = set()
    for value in column:
        shapes.add(_shape(value))
        if len(shapes) > 1:
            break
    return shapes


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
        shapes = _one_shape(column)
        if len(shapes) == 1 and "9" in next(iter(shapes)):  # codes such as A001, 2024-01: same shape below
            votes += -1 if _shape(name) in shapes else 1
    if votes:
        return votes > 0
    nonblank = [c for c in cells if c]
    return len(nonblank) == len(cells) and len(set(cells)) == len(cells) and not any(_is_number(c) for c in cells)
