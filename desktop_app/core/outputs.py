"""Output columns: ask the model for a JSON object and split each answer into typed columns.

The user names the columns they want back (``sentiment``: one of positive / negative / neutral;
``reason``: text …). :func:`output_instruction` turns them into one instruction the builder adds to
the system prompt, and :func:`json_mode_supported` says whether the request may also carry
``response_format: {"type": "json_object"}`` (Model Studio's JSON mode; not with thinking on).
:func:`parse_answer` reads an answer back: valid JSON, every column present, numbers numbers,
labels from the list. Anything else is a *problem* with a plain reason; the results view then marks
the row "needs another try" (a failed row, so "Re-run failed + missing" sends it again).

:data:`PRESETS` fill the template and the columns for the common jobs (classify, extract,
translate, summarise); everything stays editable.

Rule of the instruction's key line: one JSON object on its own line, each key's value says its kind
— ``"text"``, ``"number"``, ``"true or false"``, ``"one of: a | b"``, ``"list of: a | b"``. The
sandbox's simulated model reads that line to answer in the requested shape.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import orjson

from desktop_app.core import wording as w

MAX_OUTPUT_COLUMNS = 20
MAX_LABELS = 50
NEEDS_ANOTHER_TRY = "needs_another_try"
"""The ``error_code`` of a row whose answer does not fit its output columns."""


class OutputKind(StrEnum):
    """What one output column holds."""

    TEXT = "text"
    NUMBER = "number"
    YES_NO = "yes_no"
    LABEL = "label"  # exactly one label from the list
    LABELS = "labels"  # any number of labels from the list


_KIND_WORDS = {
    OutputKind.TEXT: "text",
    OutputKind.NUMBER: "number",
    OutputKind.YES_NO: "true or false",
}


@dataclass(frozen=True)
class OutputColumn:
    """One column the answers are split into."""

    name: str
    kind: OutputKind = OutputKind.TEXT
    description: str = ""
    labels: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """JSON-ready (kept in the ledger with the job's source)."""
        return {
            "name": self.name,
            "kind": self.kind.value,
            "description": self.description,
            "labels": list(self.labels),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> OutputColumn | None:
        """Read :meth:`to_json`; None for anything unusable."""
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            return None
        try:
            kind = OutputKind(str(data.get("kind") or "text"))
        except ValueError:
            kind = OutputKind.TEXT
        labels = data.get("labels")
        return cls(
            name=name.strip(),
            kind=kind,
            description=str(data.get("description") or ""),
            labels=tuple(str(v) for v in labels) if isinstance(labels, list) else (),
        )

    @property
    def value_hint(self) -> str:
        """The value written for this key in the instruction's key line."""
        if self.kind is OutputKind.LABEL:
            return "one of: " + " | ".join(self.labels)
        if self.kind is OutputKind.LABELS:
            return "list of: " + " | ".join(self.labels)
        return _KIND_WORDS[self.kind]


def outputs_from_json(data: object) -> tuple[OutputColumn, ...]:
    """A list of :meth:`OutputColumn.to_json` objects (anything else: none)."""
    if not isinstance(data, list):
        return ()
    found = [OutputColumn.from_json(item) for item in data if isinstance(item, Mapping)]
    return tuple(c for c in found if c is not None)


_KIND_NAMES = {
    "text": OutputKind.TEXT,
    "number": OutputKind.NUMBER,
    "yes_no": OutputKind.YES_NO,
    "yes/no": OutputKind.YES_NO,
    "yesno": OutputKind.YES_NO,
    "bool": OutputKind.YES_NO,
    "label": OutputKind.LABEL,
    "labels": OutputKind.LABELS,
}


def parse_output_column(spec: str) -> OutputColumn:
    """``name:kind[:labels[:description]]`` → a column (the CLI's ``--output-column``).

    Kinds: text, number, yes_no (or yes/no, bool), label (one of the labels), labels (any of them);
    labels separated by ``|`` (or commas). Example: ``sentiment:label:positive|negative|neutral:the
    review's sentiment``. Raises ValueError with the reason.
    """
    parts = spec.split(":", 3)
    name = parts[0].strip()
    if not name:
        raise ValueError(f"{spec!r}: an output column needs a name first, e.g. sentiment:label:positive|negative")
    kind_text = parts[1].strip().lower() if len(parts) > 1 and parts[1].strip() else "text"
    kind = _KIND_NAMES.get(kind_text)
    if kind is None:
        raise ValueError(f"{spec!r}: the kind {kind_text!r} is not one of text, number, yes_no, label, labels")
    labels = parse_labels(parts[2]) if len(parts) > 2 else ()
    if kind in (OutputKind.LABEL, OutputKind.LABELS) and len(labels) < 2:
        raise ValueError(f"{spec!r}: a {kind.value} column needs at least two labels, e.g. yes|no|unsure")
    if kind not in (OutputKind.LABEL, OutputKind.LABELS) and labels:
        raise ValueError(f"{spec!r}: only label and labels columns take a list of labels")
    description = parts[3].strip() if len(parts) > 3 else ""
    return OutputColumn(name, kind, description, labels)


def outputs_from_file(path: str | os.PathLike[str]) -> tuple[OutputColumn, ...]:
    """Output columns from a JSON file: a list of ``{"name", "kind", "labels", "description"}``
    objects, or ``{"outputs": [...]}``. Raises ValueError (unreadable, not that shape) or OSError."""
    data = orjson.loads(Path(path).read_bytes())
    if isinstance(data, Mapping):
        data = data.get("outputs")
    if not isinstance(data, list) or not data:
        raise ValueError(f'{path}: expected a JSON list of output columns (or {{"outputs": [...]}})')
    columns = []
    for item in data:
        column = OutputColumn.from_json(item) if isinstance(item, Mapping) else None
        if column is None:
            raise ValueError(f"{path}: every output column needs a name: {orjson.dumps(item).decode()[:80]}")
        if isinstance(item, Mapping) and str(item.get("kind") or "text") not in {k.value for k in OutputKind}:
            raise ValueError(f"{path}: {column.name}: the kind is not one of text, number, yes_no, label, labels")
        columns.append(column)
    return tuple(columns)


_INSTRUCTION_HEAD = "Reply with one JSON object and nothing else (no Markdown, no comments). Use exactly these keys:"


def outputs_in_request(body: Mapping[str, Any]) -> tuple[OutputColumn, ...]:
    """The output columns a request asks for, read back from :func:`output_instruction` in its system
    prompt (empty when it asks for none) — so answers can be split from the files alone."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        return ()
    for message in messages:
        content = message.get("content") if isinstance(message, Mapping) else None
        if not isinstance(content, str) or _INSTRUCTION_HEAD not in content:
            continue
        lines = content[content.index(_INSTRUCTION_HEAD) + len(_INSTRUCTION_HEAD) :].lstrip("\n").split("\n")
        try:
            keys = orjson.loads(lines[0])
        except orjson.JSONDecodeError:
            return ()
        if not isinstance(keys, dict):
            return ()
        columns = []
        for name, hint in keys.items():
            hint = str(hint)
            if hint.startswith("one of: "):
                column = OutputColumn(name, OutputKind.LABEL, "", tuple(hint[8:].split(" | ")))
            elif hint.startswith("list of: "):
                column = OutputColumn(name, OutputKind.LABELS, "", tuple(hint[9:].split(" | ")))
            else:
                kind = next((k for k, word in _KIND_WORDS.items() if word == hint), OutputKind.TEXT)
                column = OutputColumn(name, kind)
            written = output_instruction([column]).split("\n")[-1]  # "- name: what." without a description
            described = next((line for line in lines[1:] if line.startswith(written)), "")
            columns.append(OutputColumn(name, column.kind, described[len(written) :].strip(), column.labels))
        return tuple(columns)
    return ()


def outputs_in_file(path: str | os.PathLike[str]) -> tuple[OutputColumn, ...]:
    """:func:`outputs_in_request` of a request file's first request (empty: none asked for, or unreadable)."""
    try:
        with open(path, "rb") as handle:
            for raw in handle:
                if raw.strip():
                    obj = orjson.loads(raw.removeprefix(b"\xef\xbb\xbf"))
                    body = obj.get("body") if isinstance(obj, dict) else None
                    return outputs_in_request(body) if isinstance(body, dict) else ()
    except (OSError, orjson.JSONDecodeError):
        return ()
    return ()


def parse_labels(text: str) -> tuple[str, ...]:
    """Labels typed in one box: separated by commas (ASCII or CJK), semicolons, ``|`` or new lines."""
    parts = re.split(r"[,，、;；|\n]", text)
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def check_outputs(columns: Sequence[OutputColumn], source_columns: Sequence[str] = ()) -> list[tuple[str, w.Text]]:
    """Problems with the output columns as ``(code, message)``; empty when they can be used."""
    problems: list[tuple[str, w.Text]] = []
    if len(columns) > MAX_OUTPUT_COLUMNS:
        problems.append(("outputs_too_many", w.B_OUTPUTS_TOO_MANY(count=MAX_OUTPUT_COLUMNS)))
    seen: set[str] = set()
    for column in columns:
        name = column.name.strip()
        if not name:
            problems.append(("output_name_empty", w.B_OUTPUT_NAME_EMPTY()))
            continue
        if name.casefold() in seen:
            problems.append(("output_name_repeated", w.B_OUTPUT_NAME_REPEATED(name=name)))
        seen.add(name.casefold())
        if column.kind in (OutputKind.LABEL, OutputKind.LABELS) and len(column.labels) < 2:
            problems.append(("output_labels", w.B_OUTPUT_LABELS(name=name)))
        if len(column.labels) > MAX_LABELS:
            problems.append(("output_labels_many", w.B_OUTPUT_LABELS_MANY(name=name, count=MAX_LABELS)))
    return problems


def output_instruction(columns: Sequence[OutputColumn]) -> str:
    """The instruction that asks for exactly these columns as one JSON object."""
    key_line = orjson.dumps({c.name: c.value_hint for c in columns}).decode()
    lines = [
        "Reply with one JSON object and nothing else (no Markdown, no comments). Use exactly these keys:",
        key_line,
    ]
    for column in columns:
        if column.kind is OutputKind.LABEL:
            what = "exactly one of " + ", ".join(f'"{label}"' for label in column.labels)
        elif column.kind is OutputKind.LABELS:
            what = "a JSON list of zero or more of " + ", ".join(f'"{label}"' for label in column.labels)
        elif column.kind is OutputKind.NUMBER:
            what = "a JSON number (no units, no quotes)"
        elif column.kind is OutputKind.YES_NO:
            what = "true or false"
        else:
            what = "a string"
        description = f" {column.description.strip()}" if column.description.strip() else ""
        lines.append(f"- {column.name}: {what}.{description}")
    return "\n".join(lines)


# Models of Model Studio that document JSON mode (structured output); with thinking on it is refused.
_JSON_MODE_PREFIXES = ("qwen-max", "qwen-plus", "qwen-flash", "qwen-turbo", "qwen3", "qwen2.5", "qwen-long")


def json_mode_supported(model: str, enable_thinking: bool | None = None) -> bool:
    """True when ``response_format: {"type": "json_object"}`` may be sent with ``model``."""
    name = model.strip().lower()
    if enable_thinking or "-vl" in name or "ocr" in name or name.startswith(("qwq", "deepseek-r1")):
        return False
    return name.startswith(_JSON_MODE_PREFIXES)


RESPONSE_FORMAT: dict[str, str] = {"type": "json_object"}


# --- reading answers -------------------------------------------------------------------------------


Value = str | float | int | bool | tuple[str, ...] | None


@dataclass(frozen=True)
class ParsedOutputs:
    """One answer split into the output columns (``values`` aligned with them)."""

    values: tuple[Value, ...]
    problem: str = ""  # empty when the answer fits every column

    @property
    def ok(self) -> bool:
        """The answer fits."""
        return not self.problem


_FENCE = re.compile(r"^\s*```[a-zA-Z]*\s*\n?(.*?)\n?\s*```\s*$", re.DOTALL)
_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_TRUE = {"true", "yes", "y", "是", "はい", "ya", "1"}
_FALSE = {"false", "no", "n", "否", "いいえ", "tidak", "0"}


def parse_answer(content: str, columns: Sequence[OutputColumn]) -> ParsedOutputs:
    """Split ``content`` into ``columns``; a problem (English) when it does not fit.

    Accepted leniently: a Markdown code fence around the object, keys differing only in case,
    numbers written as strings, ``"yes"``/``"no"`` for yes/no, labels differing only in case (the
    label is then written as listed). Everything else is a problem, one reason per answer.
    """
    empty: tuple[Value, ...] = (None,) * len(columns)
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    if not text:
        return ParsedOutputs(empty, "The answer is empty.")
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError:
        start, end = text.find("{"), text.rfind("}")
        obj = None
        if 0 <= start < end:
            try:
                obj = orjson.loads(text[start : end + 1])
            except orjson.JSONDecodeError:
                obj = None
        if obj is None:
            return ParsedOutputs(empty, "The answer is not valid JSON.")
    if not isinstance(obj, dict):
        return ParsedOutputs(empty, "The answer is JSON but not an object with the columns as keys.")
    folded = {str(k).casefold(): v for k, v in obj.items()}
    values: list[Value] = []
    problems: list[str] = []
    for column in columns:
        if column.name in obj:
            raw = obj[column.name]
        elif column.name.casefold() in folded:
            raw = folded[column.name.casefold()]
        else:
            values.append(None)
            problems.append(f'The answer has no "{column.name}".')
            continue
        value, problem = _typed(raw, column)
        values.append(value)
        if problem:
            problems.append(problem)
    return ParsedOutputs(tuple(values), problems[0] if problems else "")


def _typed(raw: Any, column: OutputColumn) -> tuple[Value, str]:
    name = column.name
    if column.kind is OutputKind.TEXT:
        if raw is None:
            return "", ""
        if isinstance(raw, str):
            return raw, ""
        if isinstance(raw, list):
            return ", ".join(str(v) for v in raw), ""
        return (orjson.dumps(raw).decode() if isinstance(raw, dict) else str(raw)), ""
    if column.kind is OutputKind.NUMBER:
        if isinstance(raw, bool) or raw is None:
            return None, f'"{name}" is not a number.'
        if isinstance(raw, int | float):
            if isinstance(raw, float) and not math.isfinite(raw):
                return None, f'"{name}" is not a number.'
            return raw, ""
        if isinstance(raw, str) and _NUMBER_TEXT.fullmatch(raw.strip().replace(",", "")):
            number = float(raw.strip().replace(",", ""))
            return (int(number) if number.is_integer() and "." not in raw and "e" not in raw.lower() else number), ""
        return None, f'"{name}" is not a number: {_short(raw)}.'
    if column.kind is OutputKind.YES_NO:
        if isinstance(raw, bool):
            return raw, ""
        word = str(raw).strip().casefold() if isinstance(raw, str | int) else ""
        if word in _TRUE:
            return True, ""
        if word in _FALSE:
            return False, ""
        return None, f'"{name}" is not true or false: {_short(raw)}.'
    by_fold = {label.casefold(): label for label in column.labels}
    if column.kind is OutputKind.LABEL:
        if isinstance(raw, list) and len(raw) == 1:
            raw = raw[0]
        if isinstance(raw, str) and raw.strip().casefold() in by_fold:
            return by_fold[raw.strip().casefold()], ""
        return None, f'"{name}" is {_short(raw)}, which is not one of the labels ({", ".join(column.labels)}).'
    # LABELS
    items = raw if isinstance(raw, list) else parse_labels(raw) if isinstance(raw, str) else None
    if items is None:
        return None, f'"{name}" is not a list of labels: {_short(raw)}.'
    chosen: list[str] = []
    for item in items:
        key = str(item).strip().casefold()
        if key not in by_fold:
            return None, f'"{name}" has {_short(item)}, which is not one of the labels ({", ".join(column.labels)}).'
        if by_fold[key] not in chosen:
            chosen.append(by_fold[key])
    return tuple(chosen), ""


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else orjson.dumps(value).decode() if value is not None else "null"
    text = f'"{text}"' if isinstance(value, str) else text
    return text if len(text) <= 60 else text[:57] + "…"


def display_value(value: Value, *, yes: str = "yes", no: str = "no") -> str:
    """A typed value as text (lists joined with ", ")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


# --- agreement between variants --------------------------------------------------------------------


def agreement(pairs: Iterable[Sequence[Value]]) -> tuple[int, int]:
    """``(agreeing, compared)`` over rows where every variant has a value (lists compared as sets)."""
    agreeing = compared = 0
    for values in pairs:
        if any(v is None for v in values) or len(values) < 2:
            continue
        keys = [
            frozenset(v) if isinstance(v, tuple) else (v.casefold().strip() if isinstance(v, str) else v)
            for v in values
        ]
        compared += 1
        if all(k == keys[0] for k in keys[1:]):
            agreeing += 1
    return agreeing, compared


# --- presets --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preset:
    """A common job: a template (``{text}`` is replaced by the chosen column) and its output columns."""

    key: str
    title: str
    template: str
    outputs: tuple[OutputColumn, ...]


DEFAULT_LABELS = ("positive", "negative", "neutral")
DEFAULT_LANGUAGE = "English"
DEFAULT_WORDS = 30


def make_preset(
    key: str,
    *,
    labels: Sequence[str] = DEFAULT_LABELS,
    language: str = DEFAULT_LANGUAGE,
    words: int = DEFAULT_WORDS,
) -> Preset:
    """A common job with its parameters: ``classify`` into ``labels``, ``extract`` fields, ``translate``
    into ``language``, ``summarise`` in at most ``words`` words (the window's presets are the defaults).

    Raises:
        ValueError: an unknown key, fewer than two labels, an empty language, or words below 1.
    """
    if key == "classify":
        labels = tuple(dict.fromkeys(label.strip() for label in labels if label.strip()))
        if len(labels) < 2:
            raise ValueError("classify needs at least two labels, e.g. positive|negative|neutral")
        return Preset(
            "classify",
            "Classify into labels",
            "Classify this text.\n\n{text}",
            (
                OutputColumn("label", OutputKind.LABEL, "The label that fits the text best.", labels),
                OutputColumn("reason", OutputKind.TEXT, "One short sentence saying why."),
            ),
        )
    if key == "extract":
        return Preset(
            "extract",
            "Extract fields",
            "Extract these fields from the text. Leave a field empty when the text does not say.\n\n{text}",
            (
                OutputColumn("name", OutputKind.TEXT, "The person or company named."),
                OutputColumn("date", OutputKind.TEXT, "The date mentioned, as YYYY-MM-DD."),
                OutputColumn("amount", OutputKind.NUMBER, "The amount of money mentioned."),
            ),
        )
    if key == "translate":
        language = language.strip()
        if not language:
            raise ValueError("translate needs a language, e.g. Japanese")
        return Preset(
            "translate",
            "Translate into a language",
            f"Translate the text into {language}. Keep names and numbers as they are.\n\n{{text}}",
            (OutputColumn("translation", OutputKind.TEXT, "The translation only."),),
        )
    if key in ("summarise", "summarize"):
        if words < 1:
            raise ValueError("summarise needs a number of words of 1 or more")
        return Preset(
            "summarise",
            "Summarise in N words",
            f"Summarise the text in at most {words} words.\n\n{{text}}",
            (OutputColumn("summary", OutputKind.TEXT, f"The summary, at most {words} words."),),
        )
    raise ValueError(f"unknown preset {key!r}: use classify, extract, translate or summarise")


PRESETS: tuple[Preset, ...] = tuple(make_preset(key) for key in ("classify", "extract", "translate", "summarise"))


def preset_template(preset: Preset, text_column: str | None) -> str:
    """The preset's template with ``{text}`` pointing at ``text_column`` (braces kept as they are)."""
    if not text_column:
        return preset.template
    return preset.template.replace("{text}", "{" + text_column.replace("{", "").replace("}", "") + "}")
