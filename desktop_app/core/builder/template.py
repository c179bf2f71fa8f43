"""Prompt templates: ``{column name}`` placeholders.

``{{`` and ``}}`` are literal braces. Spaces just inside the braces are ignored, and a name that
differs only in upper/lower case from exactly one column matches it. An unknown name is an error
before anything is built.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.core import wording as w
from desktop_app.core.errors import BatchDeskError


class TemplateError(BatchDeskError):
    """The prompt template cannot be used (unknown column, unbalanced brace); ``code`` is the problem code."""

    text: w.Text

    def __init__(self, text: w.Text, *, code: str) -> None:
        super().__init__(text, code=code)


@dataclass(frozen=True)
class Template:
    """A parsed prompt template: literal text and placeholder names, in order."""

    text: str
    pieces: tuple[tuple[str, str | None], ...]  # (literal, placeholder or None)

    @property
    def placeholders(self) -> tuple[str, ...]:
        """The placeholder names, in order of first use."""
        return tuple(dict.fromkeys(name for _, name in self.pieces if name is not None))

    def resolve(self, columns: Sequence[str]) -> dict[str, int]:
        """Map each placeholder to a column index.

        Raises:
            TemplateError: a placeholder names no column (the message suggests the closest one).
        """
        index = {name: i for i, name in enumerate(columns)}
        folded: dict[str, list[int]] = {}
        for i, name in enumerate(columns):
            folded.setdefault(name.casefold(), []).append(i)
        found: dict[str, int] = {}
        unknown: list[str] = []
        for name in self.placeholders:
            if name in index:
                found[name] = index[name]
            elif len(folded.get(name.casefold(), [])) == 1:
                found[name] = folded[name.casefold()][0]
            else:
                unknown.append(name)
        if unknown:
            raise TemplateError(_unknown_message(unknown, columns), code="unknown_placeholder")
        return found

    def formatter(self, columns: Sequence[str]) -> Callable[[Sequence[str]], str]:
        """A fast renderer taking a row's values (by column position)."""
        positions = self.resolve(columns)
        parts: list[str] = []
        for literal, name in self.pieces:
            parts.append(literal.replace("{", "{{").replace("}", "}}"))
            if name is not None:
                parts.append("{" + str(positions[name]) + "}")
        fmt = "".join(parts)
        if not any(name for _, name in self.pieces):
            constant = self.pieces[0][0] if self.pieces else ""
            return lambda values: constant
        return lambda values: fmt.format(*values)

    def render(self, row: Mapping[str, str]) -> str:
        """The text for one row given as ``{column: value}``.

        Raises:
            TemplateError: a placeholder names no column of ``row``.
        """
        columns = list(row)
        return self.formatter(columns)([row[c] for c in columns])


def _unknown_message(unknown: Sequence[str], columns: Sequence[str]) -> w.Text:
    names = ", ".join("{" + u + "}" for u in unknown)
    hints: list[w.Param] = []
    for name in unknown:
        close = difflib.get_close_matches(name, list(columns), n=1, cutoff=0.6)
        if close:
            hints.append(w.DID_YOU_MEAN(name="{" + close[0] + "}"))
    shown = ", ".join(columns[:30]) + (", …" if len(columns) > 30 else "")
    if hints:
        return w.B_UNKNOWN_PLACEHOLDER_HINT(names=names, hints=w.Clauses(tuple(hints), " "), columns=shown)
    return w.B_UNKNOWN_PLACEHOLDER(names=names, columns=shown)


def parse_template(text: str) -> Template:
    """Parse ``"Translate {text} into {lang}"``.

    Raises:
        TemplateError: an unclosed ``{``, a lone ``}``, or an empty ``{}``.
    """
    pieces: list[tuple[str, str | None]] = []
    literal: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "{":
            if text.startswith("{{", i):
                literal.append("{")
                i += 2
                continue
            end = text.find("}", i + 1)
            nested = text.find("{", i + 1)
            if end < 0 or (0 <= nested < end):
                raise TemplateError(w.B_UNCLOSED_BRACE(position=i + 1), code="template_syntax")
            name = text[i + 1 : end].strip()
            if not name:
                raise TemplateError(w.B_EMPTY_BRACES(position=i + 1), code="template_syntax")
            pieces.append(("".join(literal), name))
            literal = []
            i = end + 1
        elif ch == "}":
            if text.startswith("}}", i):
                literal.append("}")
                i += 2
                continue
            raise TemplateError(w.B_LONE_BRACE(position=i + 1), code="template_syntax")
        else:
            literal.append(ch)
            i += 1
    if literal or not pieces:
        pieces.append(("".join(literal), None))
    return Template(text, tuple(pieces))
