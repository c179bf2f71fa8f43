"""Turn table rows into batch request lines: map columns, render, build the JSONL, split, rehearse.

Public API (plain synchronous functions, safe to run in a worker thread; none touches Qt):

* :class:`RequestSpec` — how a row becomes a request (id, template, system prompt, endpoint kind,
  model, parameters, image column).
* :func:`parse_template` / :class:`Template`, :class:`TemplateError`.
* :func:`render_request` — one request object for the live JSON preview.
* :func:`check_spec` and :func:`check_rows` — every problem *before* building, with the row numbers
  the spreadsheet shows (reusing :class:`~desktop_app.core.validate.Problem`).
* :func:`build_jsonl` → :class:`BuildReport` — streams rows into an atomic UTF-8 (no BOM), compact,
  one-object-per-line file and validates it with :func:`~desktop_app.core.validate.validate_jsonl`
  before it replaces the destination.
* :func:`plan_split` / :func:`split_jsonl` — parts that each fit the request and byte limits.
* :func:`rehearsal_file` — the first ≤ 100 requests rewritten for the free ``batch-test-model``.

Decisions worth knowing:

* Template placeholders are ``{column name}``; ``{{`` and ``}}`` are literal braces. Spaces just
  inside the braces are ignored, and a name that differs only in upper/lower case from exactly one
  column matches it. An unknown name is an error before anything is built.
* Generated ids are ``row-<n>`` with ``n`` the spreadsheet row number, so an answer can be traced
  back to its row. Ids from a column are trimmed of surrounding spaces.
* Rows with problems are still written (so the editor can show and fix them in place), but the
  report is not ``ok`` and the CLI exits 1.
* Images: ``http(s)://``, ``oss://`` and ``data:`` values are kept as they are; anything else is a
  local file (relative to the source file's folder) embedded as a base64 data URL. An embedded image
  may be at most :data:`MAX_IMAGE_BYTES` (4 MB), so the request line stays under the 6 MB line limit.
"""

from __future__ import annotations

import base64
import contextlib
import difflib
import hashlib
import itertools
import os
import re
import shutil
import threading
import uuid
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import orjson

from desktop_app.core import validate as _validate_module
from desktop_app.core.errors import BatchDeskError
from desktop_app.core.fileutil import CHUNK_BYTES, atomic_write, sha256_file
from desktop_app.core.limits import (
    ALLOWED_METHOD,
    EMBEDDING_DIMENSIONS,
    EMBEDDING_MAX_TOKENS_PER_INPUT,
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    MAX_REQUESTS_PER_FILE,
    MB,
    TEMPERATURE_MAX_EXCLUSIVE,
    TEMPERATURE_MIN,
    TEST_MODEL,
    TEST_MODEL_MAX_BYTES,
    TEST_MODEL_MAX_LINES,
    TOP_P_MAX,
    TOP_P_MIN,
)
from desktop_app.core.outputs import (
    RESPONSE_FORMAT,
    OutputColumn,
    check_outputs,
    json_mode_supported,
    output_instruction,
)
from desktop_app.core.regions import Endpoint, Region, endpoint_for_model
from desktop_app.core.scripts import ScriptProfile
from desktop_app.core.tabular import ReadCancelled, Row, Table, encoding_label
from desktop_app.core.validate import (
    Problem,
    Severity,
    ThinkingMode,
    ValidationCancelled,
    ValidationReport,
    validate_jsonl,
)

MAX_IMAGE_BYTES = 4 * MB
THINKING_NOTE = (
    "With thinking on, the model writes its reasoning before the answer. Thinking tokens are billed "
    "as output tokens, so answers cost more and take longer."
)
DEFAULT_MODELS = {"chat": "qwen-plus", "embeddings": "text-embedding-v4", "test": TEST_MODEL}
_IMAGE_SCHEMES = ("http://", "https://", "oss://")
_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)

# progress(stage, done, total): stage "build" (done/total in the table's units) then "validate" (bytes)
BuildProgress = Callable[[str, int, int], None]


class EndpointKind(StrEnum):
    """What kind of request each row becomes."""

    CHAT = "chat"
    EMBEDDINGS = "embeddings"
    TEST = "test"  # the free batch-test-model on /v1/chat/ds-test

    @property
    def url(self) -> str:
        """The request line's ``url``."""
        return {
            EndpointKind.CHAT: Endpoint.CHAT.value,
            EndpointKind.EMBEDDINGS: Endpoint.EMBEDDINGS.value,
            EndpointKind.TEST: Endpoint.TEST.value,
        }[self]


class TemplateError(BatchDeskError):
    """The prompt template cannot be used (unknown column, unbalanced brace)."""


class ImageError(BatchDeskError):
    """An image cell cannot be turned into a request part; ``code`` is the problem code."""


class BuildCancelled(Exception):
    """Raised by :func:`build_jsonl` / :func:`split_jsonl` when ``cancel`` is set; nothing is written."""


class SplitError(BatchDeskError):
    """A single request is larger than a part may be."""


# -- spec ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestSpec:
    """How each row becomes one request line.

    Attributes:
        template: the prompt, with ``{column}`` placeholders (``{{``/``}}`` for literal braces).
        model: the model name; ignored for ``EndpointKind.TEST`` (always ``batch-test-model``).
        endpoint: chat, embeddings, or the free test model.
        id_column: the column holding each request's id; None → ``row-<spreadsheet row>``.
        system: an optional system prompt (chat and test only; may use placeholders too).
        temperature, top_p, max_tokens: sent only when set.
        enable_thinking: True/False is sent explicitly; None leaves it out (the model's default).
        image_column: a column of image URLs or local paths (qwen-vl-* models).
        dimensions: embeddings only: the vector size, when set.
        image_folder: where relative image paths start; None → the source file's folder.
        outputs: output columns (chat only): the answer is asked for as one JSON object with these
            keys (an instruction added to the system prompt, plus ``response_format`` json_object
            when the model supports it) and split into them in the results.
    """

    template: str
    model: str = "qwen-plus"
    endpoint: EndpointKind = EndpointKind.CHAT
    id_column: str | None = None
    system: str | None = None
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    enable_thinking: bool | None = None
    image_column: str | None = None
    dimensions: int | None = None
    image_folder: Path | None = None
    outputs: tuple[OutputColumn, ...] = ()

    @property
    def url(self) -> str:
        """The endpoint every line uses."""
        return self.endpoint.url

    @property
    def effective_model(self) -> str:
        """The model written into each body."""
        return TEST_MODEL if self.endpoint is EndpointKind.TEST else self.model.strip()

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict (for saving a mapping or the CLI summary)."""
        return {
            "template": self.template,
            "model": self.effective_model,
            "endpoint": self.endpoint.value,
            "url": self.url,
            "id_column": self.id_column,
            "system": self.system,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "max_tokens": self.max_tokens,
            "enable_thinking": self.enable_thinking,
            "image_column": self.image_column,
            "dimensions": self.dimensions,
            "outputs": [c.to_json() for c in self.outputs],
        }

    @property
    def system_text(self) -> str | None:
        """The system prompt as a template, with the output columns' instruction added (its braces
        escaped, so it is literal text)."""
        system = self.system if self.system and self.system.strip() else None
        if not self.outputs or self.endpoint is EndpointKind.EMBEDDINGS:
            return system
        instruction = output_instruction(self.outputs).replace("{", "{{").replace("}", "}}")
        return f"{system.rstrip()}\n\n{instruction}" if system else instruction

    @property
    def json_mode(self) -> bool:
        """True when each request carries ``response_format: {"type": "json_object"}``."""
        return (
            bool(self.outputs)
            and self.endpoint is EndpointKind.CHAT
            and json_mode_supported(self.effective_model, self.enable_thinking)
        )


ROW_ID_TEMPLATE = "row-{row}"  # generated ids, as reconcile.SourceSpec.id_template spells them


def row_id(values: Sequence[str], number: int, id_index: int | None) -> str:
    """A row's request id (``custom_id``): the id column's cell without surrounding spaces, or
    ``row-<n>`` with ``n`` the spreadsheet row number when no id column is chosen. The one place
    this rule lives (build, checks, the source snapshot)."""
    return values[id_index].strip() if id_index is not None else f"row-{number}"


def row_ids(rows_values: Sequence[Sequence[str]], numbers: Sequence[int], id_index: int | None) -> list[str]:
    """:func:`row_id` for a batch of rows at once (the build's fast path)."""
    if id_index is None:
        return [f"row-{n}" for n in numbers]
    return [v[id_index].strip() for v in rows_values]


def guess_text_column(columns: Sequence[str], rows: Sequence[Row], id_column: str | None) -> str | None:
    """The column with the longest text on average over the first 100 rows (the likely prompt) — what
    a preset's ``{text}`` points at unless the user says otherwise (window and CLI)."""
    best: tuple[float, str] | None = None
    for index, name in enumerate(columns):
        if name == id_column:
            continue
        values = [r.values[index] for r in rows[:100]]
        if not values:
            continue
        average = sum(len(v) for v in values) / len(values)
        if best is None or average > best[0]:
            best = (average, name)
    return best[1] if best else (columns[0] if columns else None)


# -- templates -----------------------------------------------------------------------------------


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


def _unknown_message(unknown: Sequence[str], columns: Sequence[str]) -> str:
    names = ", ".join("{" + u + "}" for u in unknown)
    hints = []
    for name in unknown:
        close = difflib.get_close_matches(name, list(columns), n=1, cutoff=0.6)
        if close:
            hints.append(f'did you mean "{{{close[0]}}}"?')
    hint = (" " + " ".join(hints)) if hints else ""
    shown = ", ".join(columns[:30]) + (", …" if len(columns) > 30 else "")
    return (
        f"The template uses {names}, but the table has no such column.{hint} Columns: {shown}. "
        "Write a column name between braces exactly as in the header; use {{ and }} for literal braces."
    )


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
                raise TemplateError(
                    f'The template has a "{{" at character {i + 1} that is never closed. Close it with '
                    '"}" or write "{{" for a literal brace.',
                    code="template_syntax",
                )
            name = text[i + 1 : end].strip()
            if not name:
                raise TemplateError(
                    f'The template has empty braces "{{}}" at character {i + 1}. Put a column name inside, '
                    'like {text}, or write "{{}}" for literal braces.',
                    code="template_syntax",
                )
            pieces.append(("".join(literal), name))
            literal = []
            i = end + 1
        elif ch == "}":
            if text.startswith("}}", i):
                literal.append("}")
                i += 2
                continue
            raise TemplateError(
                f'The template has a "}}" at character {i + 1} without a matching "{{". Write "}}}}" for '
                "a literal brace.",
                code="template_syntax",
            )
        else:
            literal.append(ch)
            i += 1
    if literal or not pieces:
        pieces.append(("".join(literal), None))
    return Template(text, tuple(pieces))


# -- images --------------------------------------------------------------------------------------


def image_url(value: str, base_dir: Path | None = None) -> str:
    """The ``image_url.url`` for a cell: URLs and data URLs unchanged, a local file as a data URL.

    Raises:
        ImageError: the file is missing, not an image, or larger than :data:`MAX_IMAGE_BYTES`.
    """
    text = value.strip()
    lower = text.lower()
    if lower.startswith(_IMAGE_SCHEMES) or lower.startswith("data:"):
        return text
    path = _image_path(text, base_dir)
    size = _image_size(path, text)
    if size > MAX_IMAGE_BYTES:
        raise ImageError(_too_large(text, size), code="image_too_large")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImageError(
            f'The image "{text}" cannot be read: {exc.strerror or exc}.', code="image_missing", detail=str(exc)
        ) from exc
    mime = _image_mime(data)
    if mime is None:
        raise ImageError(
            f'"{text}" is not a picture the model can read (JPEG, PNG, GIF, BMP, TIFF or WEBP).', code="image_type"
        )
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _image_path(text: str, base_dir: Path | None) -> Path:
    if text.lower().startswith("file://"):
        from urllib.parse import unquote, urlparse

        text = unquote(urlparse(text).path)
    path = Path(os.path.expanduser(text))
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return path


def _image_size(path: Path, shown: str) -> int:
    try:
        st = path.stat()
    except OSError as exc:
        raise ImageError(
            f'The image "{shown}" was not found (looked in {path.parent}). Check the file name, or use '
            "a full path or a web address (https://...).",
            code="image_missing",
            detail=str(exc),
        ) from exc
    if not path.is_file():
        raise ImageError(f'"{shown}" is a folder, not an image file.', code="image_missing")
    return st.st_size


def _too_large(shown: str, size: int) -> str:
    return (
        f'The image "{shown}" is {size / MB:.1f} MB; an image embedded in a batch request may be at most '
        f"{MAX_IMAGE_BYTES // MB} MB (a request line may be at most {MAX_LINE_BYTES // MB} MB and images "
        "grow by a third when embedded). Make it smaller, or put it online and use its web address."
    )


def _image_mime(data: bytes) -> str | None:
    for magic, mime in _IMAGE_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image/heic"
    return None  # judged by content, not by name: a renamed text file is not a picture


# -- rendering -----------------------------------------------------------------------------------


class _Compiled:
    """A spec bound to a table's columns: renders one row fast."""

    def __init__(self, spec: RequestSpec, columns: Sequence[str], base_dir: Path | None) -> None:
        self.spec = spec
        template = parse_template(spec.template)
        self.prompt = template.formatter(columns)
        self.prompt_columns = tuple(template.resolve(columns).values())
        self.system: Callable[[Sequence[str]], str] | None = None
        system_text = spec.system_text
        if system_text and system_text.strip() and spec.endpoint is not EndpointKind.EMBEDDINGS:
            self.system = parse_template(system_text).formatter(columns)
        self.id_index = _column(columns, spec.id_column, "id")
        self.image_index = _column(columns, spec.image_column, "image")
        self.base_dir = base_dir
        self.url = spec.url
        self.model = spec.effective_model
        params: dict[str, Any] = {}
        if spec.endpoint is EndpointKind.EMBEDDINGS:
            if spec.dimensions is not None:
                params["dimensions"] = spec.dimensions
        else:
            if spec.temperature is not None:
                params["temperature"] = spec.temperature
            if spec.top_p is not None:
                params["top_p"] = spec.top_p
            if spec.max_tokens is not None:
                params["max_tokens"] = spec.max_tokens
            if spec.enable_thinking is not None and not (
                spec.enable_thinking is False and not _can_turn_off_thinking(self.model)
            ):  # a reasoning model (qwq-plus, deepseek-r1) refuses enable_thinking: false
                params["enable_thinking"] = spec.enable_thinking
            if spec.json_mode:
                params["response_format"] = dict(RESPONSE_FORMAT)
        self.params = params
        self.embeddings = spec.endpoint is EndpointKind.EMBEDDINGS

    def custom_id(self, values: Sequence[str], number: int) -> str:
        if self.id_index is None:
            return f"row-{number}"
        return values[self.id_index].strip()

    def build(self, values: Sequence[str], number: int, prompt: str | None = None) -> dict[str, Any]:
        """The request object; raises ImageError for a bad image cell."""
        text = self.prompt(values) if prompt is None else prompt
        body: dict[str, Any]
        if self.embeddings:
            body = {"model": self.model, "input": text, **self.params}
        else:
            content: Any = text
            if self.image_index is not None and values[self.image_index].strip():
                url = image_url(values[self.image_index], self.base_dir)
                content = [{"type": "image_url", "image_url": {"url": url}}, {"type": "text", "text": text}]
            messages: list[dict[str, Any]] = []
            if self.system is not None:
                messages.append({"role": "system", "content": self.system(values)})
            messages.append({"role": "user", "content": content})
            body = {"model": self.model, "messages": messages, **self.params}
        return {"custom_id": self.custom_id(values, number), "method": ALLOWED_METHOD, "url": self.url, "body": body}


def _column(columns: Sequence[str], name: str | None, what: str) -> int | None:
    if name is None:
        return None
    try:
        return list(columns).index(name)
    except ValueError:
        raise TemplateError(
            f'The {what} column "{name}" is not in the table. Columns: {", ".join(columns[:30])}.',
            code=f"{what}_column_missing",
        ) from None


def render_request(
    spec: RequestSpec, row: Mapping[str, str], row_number: int, *, base_dir: Path | None = None
) -> dict[str, Any]:
    """The request line object for one row, as :func:`build_jsonl` writes it (the live JSON preview).

    Args:
        spec: the mapping.
        row: ``{column: value}`` (``Row.as_dict(table.columns)``).
        row_number: the spreadsheet row (used for generated ids).
        base_dir: where relative image paths start (``spec.image_folder`` wins when set).

    Raises:
        TemplateError: the template or a chosen column does not fit the row's columns.
        ImageError: the image cell cannot be used.
    """
    columns = list(row)
    compiled = _Compiled(spec, columns, spec.image_folder or base_dir)
    return compiled.build([row[c] for c in columns], row_number)


# -- checks --------------------------------------------------------------------------------------


def _problem(
    line: int | None, code: str, message: str, severity: Severity = Severity.ERROR, **params: object
) -> Problem:
    if line is not None:
        params = {"row": line, **params}
    return Problem(line, code, severity, message, params)


def check_spec(spec: RequestSpec, columns: Sequence[str], *, region: Region | None = None) -> list[Problem]:
    """Problems with the mapping itself (no rows read); errors here stop a build before it starts."""
    problems: list[Problem] = []
    if not spec.template.strip():
        problems.append(
            _problem(None, "template_empty", "The prompt template is empty. Write the prompt, e.g. Translate {text}.")
        )
    for text, label in ((spec.template, "template"), (spec.system or "", "system prompt")):
        if not text:
            continue
        try:
            parse_template(text).resolve(columns)
        except TemplateError as exc:
            code = exc.code or "template_syntax"
            message = exc.user_message if label == "template" else f"In the system prompt: {exc.user_message}"
            problems.append(_problem(None, code, message))
    for name, what in ((spec.id_column, "id"), (spec.image_column, "image")):
        if name is not None and name not in columns:
            problems.append(
                _problem(
                    None,
                    f"{what}_column_missing",
                    f'The {what} column "{name}" is not in the table. Choose one of: {", ".join(columns[:30])}.',
                    column=name,
                )
            )
    model = spec.effective_model
    if not model:
        problems.append(_problem(None, "model_missing", 'No model is chosen. Pick one, for example "qwen-plus".'))
    else:
        expected = endpoint_for_model(model)
        if expected != spec.url and not (spec.endpoint is EndpointKind.CHAT and expected == Endpoint.CHAT):
            kind = {Endpoint.EMBEDDINGS.value: "embeddings", Endpoint.TEST.value: "test"}.get(expected, "chat")
            problems.append(
                _problem(
                    None,
                    "url_model",
                    f'The model "{model}" needs the {kind} kind of request, but {spec.endpoint.value} is '
                    "chosen. Change the request kind or the model.",
                    model=model,
                    expected=expected,
                )
            )
        if region is not None and not region.documents_model(model):
            problems.append(
                _problem(
                    None,
                    "model_region",
                    f'The model "{model}" is not in the documented batch models of {region.name}. It may '
                    "not work there — check the model name and the region.",
                    Severity.WARNING,
                    model=model,
                    region=region.id,
                )
            )
    chat_like = spec.endpoint is not EndpointKind.EMBEDDINGS
    if spec.temperature is not None and not (TEMPERATURE_MIN <= spec.temperature < TEMPERATURE_MAX_EXCLUSIVE):
        problems.append(
            _problem(
                None,
                "temperature",
                f"Temperature is {spec.temperature}; it must be a number from 0 up to (but not including) 2.",
                value=spec.temperature,
            )
        )
    if spec.top_p is not None and not (TOP_P_MIN <= spec.top_p <= TOP_P_MAX):
        problems.append(_problem(None, "top_p", f"top_p is {spec.top_p}; it must be from 0 to 1.", value=spec.top_p))
    if spec.max_tokens is not None and spec.max_tokens < 1:
        problems.append(
            _problem(
                None, "max_tokens", f"max_tokens is {spec.max_tokens}; it must be at least 1.", value=spec.max_tokens
            )
        )
    if spec.dimensions is not None and spec.dimensions < 1:
        problems.append(
            _problem(
                None, "dimensions", f"dimensions is {spec.dimensions}; it must be at least 1.", value=spec.dimensions
            )
        )
    allowed = EMBEDDING_DIMENSIONS.get(model)
    if not chat_like and spec.dimensions is not None and allowed and spec.dimensions not in allowed:
        problems.append(
            _problem(
                None,
                "dimensions",
                f"{model} makes vectors of {', '.join(map(str, allowed))} numbers; {spec.dimensions} is not one "
                "of them.",
                value=spec.dimensions,
            )
        )
    if not chat_like:
        unused = [
            name
            for name, value in (
                ("system prompt", spec.system),
                ("temperature", spec.temperature),
                ("top_p", spec.top_p),
                ("max_tokens", spec.max_tokens),
                ("enable_thinking", spec.enable_thinking),
                ("image column", spec.image_column),
            )
            if value not in (None, "")
        ]
        if unused:
            problems.append(
                _problem(
                    None,
                    "unused_setting",
                    f"Embedding requests do not use: {', '.join(unused)}. They are left out.",
                    Severity.WARNING,
                    settings=unused,
                )
            )
    elif spec.dimensions is not None:
        problems.append(
            _problem(
                None,
                "unused_setting",
                "dimensions only applies to embedding requests; it is left out.",
                Severity.WARNING,
                settings=["dimensions"],
            )
        )
    for code, message in check_outputs(spec.outputs, columns):
        problems.append(_problem(None, code, message))
    if spec.outputs and not chat_like:
        problems.append(
            _problem(
                None,
                "unused_setting",
                "Embedding requests do not use: output columns. They are left out.",
                Severity.WARNING,
                settings=["output columns"],
            )
        )
    elif spec.outputs and spec.endpoint is EndpointKind.CHAT and not spec.json_mode:
        problems.append(
            _problem(
                None,
                "json_mode_off",
                (
                    "JSON mode cannot be used with thinking on: the answers are asked for as JSON by the "
                    "instruction alone, so a few may need another try."
                    if spec.enable_thinking
                    else f'"{model}" is not known to support JSON mode: the answers are asked for as JSON by the '
                    "instruction alone, so a few may need another try."
                ),
                Severity.WARNING,
                model=model,
            )
        )
    if spec.image_column is not None and chat_like and "-vl" not in model and "ocr" not in model:
        problems.append(
            _problem(
                None,
                "image_model",
                f'Images need a vision model such as "qwen-vl-plus"; "{model}" may not read them.',
                Severity.WARNING,
                model=model,
            )
        )
    return problems


_PROFILE_ROWS = 200  # the first rows tell which scripts a file is written in


class _RowChecker:
    """Per-row checks shared by :func:`check_rows` and :func:`build_jsonl`."""

    def __init__(self, compiled: _Compiled, columns: Sequence[str], max_problems: int) -> None:
        self.compiled = compiled
        self.columns = columns
        self.max_problems = max(0, max_problems)
        self.problems: list[Problem] = []
        self.truncated = 0
        self.counts: dict[str, int] = {}
        self.errors = 0
        self.warnings = 0
        self.seen: dict[str, int] = {}
        self.id_column = compiled.spec.id_column
        # issue 10: rows read in another encoding than the file's, and the scripts the file uses
        self.row_encodings: Mapping[int, str] = {}
        self.profile: ScriptProfile | None = None

    def attach(self, table: Table) -> None:
        """Judge rows against ``table``: the rows it read in another encoding, the scripts its first rows use."""
        self.row_encodings = table.row_encodings
        self.profile = ScriptProfile(" ".join(row.values) for row in table.preview(_PROFILE_ROWS))

    def plain_utf8(self, data: bytes) -> bool:
        """The UTF-8 request lines hold no replacement mark, mojibake or unlikely script (a fast test;
        False means "check each row")."""
        return self.profile is None or self.profile.plain_utf8(data)

    def unusual(self, prompt: str) -> tuple[str, str] | None:
        """The prompt looks misread (mojibake, a script the file does not use); None when it looks fine."""
        return None if self.profile is None or prompt.isascii() else self.profile.unusual(prompt)

    def add(self, problem: Problem) -> None:
        self.counts[problem.code] = self.counts.get(problem.code, 0) + 1
        if problem.severity is Severity.ERROR:
            self.errors += 1
        else:
            self.warnings += 1
        if len(self.problems) < self.max_problems:
            self.problems.append(problem)
        else:
            self.truncated += 1

    def check(self, row: Row, cid: str, prompt: str) -> None:
        number = row.number
        if not cid:
            self.add(
                _problem(
                    number,
                    "blank_id",
                    f'Row {number}: the id (column "{self.id_column}") is blank. Fill it in, or let the app '
                    "number the rows.",
                )
            )
        else:
            first = self.seen.setdefault(cid, number)
            if first != number:
                self.add(
                    _problem(
                        number,
                        "duplicate_id",
                        f'Row {number}: the id "{cid}" is already used on row {first}. Every request needs '
                        "its own id — change one of them, or let the app number the rows.",
                        id=cid,
                        first_row=first,
                    )
                )
        if not prompt or prompt.isspace():
            self.add(
                _problem(
                    number,
                    "empty_prompt",
                    f"Row {number}: the prompt is empty. Fill in the cells the template uses, or delete the row.",
                )
            )
        else:
            values = row.values
            for index in self.compiled.prompt_columns:
                cell = values[index]
                if not cell or cell.isspace():
                    name = self.columns[index]
                    self.add(
                        _problem(
                            number,
                            "blank_cell",
                            f'Row {number}: the column "{name}" is blank, so the prompt has a gap there.',
                            Severity.WARNING,
                            column=name,
                        )
                    )
        if "\ufffd" in prompt:  # issue 10: never "ready" with unreadable characters, unsaid
            self.add(
                _problem(
                    number,
                    "garbled_text",
                    f"Row {number}: the text holds \ufffd marks where characters could not be read, so this "
                    "request would send garbled text. Check the row, or choose another encoding for the file.",
                    Severity.WARNING,
                )
            )
        codec = self.row_encodings.get(number)
        if codec is not None and codec != "?":
            label = encoding_label(codec)
            self.add(
                _problem(
                    number,
                    "foreign_encoding",
                    f"Row {number} is not UTF-8 like the rest of the file; it was read as {label}. Check that "
                    "its text reads right, or save the file again as UTF-8.",
                    Severity.WARNING,
                    encoding=label,
                )
            )
        elif "\ufffd" not in prompt:
            unusual = self.unusual(prompt)
            if unusual is not None and unusual[0] == "mojibake":
                self.add(
                    _problem(
                        number,
                        "mojibake_text",
                        f'Row {number}: the text holds "{unusual[1]}", which is how UTF-8 text looks when read in '
                        "a Western encoding. Check the row, or choose another encoding for the file.",
                        Severity.WARNING,
                        sample=unusual[1],
                    )
                )
            elif unusual is not None:
                self.add(
                    _problem(
                        number,
                        "unlikely_script",
                        f"Row {number} is written mostly in {unusual[1]}, which the rest of the file does not use; "
                        "it may have been read in the wrong encoding. Check the row.",
                        Severity.WARNING,
                        script=unusual[1],
                    )
                )
        if row.extra or row.short:
            width = len(self.columns)
            if row.extra:
                detail = (
                    f"has {row.width} cells but the table has {width} columns; the extra cells "
                    f"({', '.join(repr(c[:20]) for c in row.extra[:3])}) are ignored"
                )
            else:
                detail = f"has only {row.width} of {width} cells; the missing cells are treated as empty"
            self.add(
                _problem(
                    number,
                    "ragged_row",
                    f"Row {number} {detail}. Check that row for a missing or extra separator.",
                    Severity.WARNING,
                    cells=row.width,
                    columns=width,
                )
            )
        image_index = self.compiled.image_index
        if image_index is not None:
            cell = row.values[image_index].strip()
            if not cell:
                self.add(
                    _problem(
                        number,
                        "image_blank",
                        f"Row {number}: the image cell is blank; this request is sent as text only.",
                        Severity.WARNING,
                    )
                )
            elif not cell.lower().startswith((*_IMAGE_SCHEMES, "data:")):
                try:
                    path = _image_path(cell, self.compiled.base_dir)
                    size = _image_size(path, cell)
                    if size > MAX_IMAGE_BYTES:
                        raise ImageError(_too_large(cell, size), code="image_too_large")
                except ImageError as exc:
                    self.add(_problem(number, exc.code or "image_missing", f"Row {number}: {exc.user_message}"))


def check_rows(
    table: Table,
    spec: RequestSpec,
    *,
    region: Region | None = None,
    max_problems: int = 1000,
    cancel: threading.Event | None = None,
) -> list[Problem]:
    """Every problem of the mapping and of each row, before anything is built.

    Returns the spec problems (``line`` None) followed by row problems (``line`` = the spreadsheet
    row): ``blank_id``, ``duplicate_id``, ``empty_prompt``, ``blank_cell`` (warning), ``ragged_row``
    (warning), ``garbled_text`` (warning), ``image_missing``, ``image_too_large``, ``image_blank``
    (warning). Row problems are capped at ``max_problems``. When the spec has errors the rows are not read.

    Raises:
        TableError: reading the rows failed (e.g. a decoding error).
        BuildCancelled: ``cancel`` was set.
    """
    spec_problems = check_spec(spec, table.columns, region=region)
    if any(p.severity is Severity.ERROR for p in spec_problems):
        return spec_problems
    compiled = _Compiled(spec, table.columns, _base_dir(spec, table))
    checker = _RowChecker(compiled, table.columns, max_problems)
    checker.attach(table)
    prompt = compiled.prompt
    custom_id = compiled.custom_id
    try:
        for row in table.iter_rows(cancel=cancel):
            values = row.values
            checker.check(row, custom_id(values, row.number), prompt(values))
    except ReadCancelled as exc:
        raise BuildCancelled from exc
    return spec_problems + checker.problems


def _base_dir(spec: RequestSpec, table: Table) -> Path:
    return spec.image_folder or table.path.parent


# -- build ---------------------------------------------------------------------------------------


@dataclass
class BuildReport:
    """What :func:`build_jsonl` did.

    ``problems`` holds the mapping problems, then the file-level problems, then the row problems
    (``line`` = the spreadsheet row). ``validation`` is the second pass's
    :class:`~desktop_app.core.validate.ValidationReport` when built with ``verify=True``; anything it
    found that the build had not reported is appended to ``problems`` (with ``params["row"]``).
    """

    dest: Path
    written: bool = False
    requests: int = 0
    bytes: int = 0
    model: str = ""
    endpoint: str = ""
    encoding: str | None = None
    thinking: ThinkingMode = ThinkingMode.DEFAULT
    problems: list[Problem] = field(default_factory=list)
    problems_truncated: int = 0
    error_count: int = 0
    warning_count: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    validation: ValidationReport | None = None
    line_bytes: array[int] = field(default_factory=lambda: array("q"))  # per line, newline included
    row_numbers: array[int] = field(default_factory=lambda: array("q"))  # spreadsheet row of each line
    source: dict[str, Any] = field(default_factory=dict)  # the ledger's ``source`` (see describe_source)

    @property
    def ok(self) -> bool:
        """Written and nothing blocks the upload (warnings allowed)."""
        return self.written and self.error_count == 0

    @property
    def needs_split(self) -> bool:
        """Over the per-file request or byte limit (or the test model's limits)."""
        if self.model == TEST_MODEL:
            return self.requests > TEST_MODEL_MAX_LINES or self.bytes > TEST_MODEL_MAX_BYTES
        return self.requests > MAX_REQUESTS_PER_FILE or self.bytes > MAX_FILE_BYTES

    def row_for_line(self, line: int) -> int | None:
        """The spreadsheet row a 1-based JSONL line came from."""
        return self.row_numbers[line - 1] if 1 <= line <= len(self.row_numbers) else None

    def to_json(self) -> dict[str, object]:
        """``ok, output, requests, bytes, model, endpoint, encoding, problems`` plus counts."""
        return {
            "ok": self.ok,
            "output": str(self.dest) if self.written else None,
            "requests": self.requests,
            "bytes": self.bytes,
            "model": self.model,
            "endpoint": self.endpoint,
            "encoding": self.encoding,
            "thinking": self.thinking.value,
            "needs_split": self.needs_split,
            "errors": self.error_count,
            "warnings": self.warning_count,
            "problems_truncated": self.problems_truncated,
            "counts": dict(self.counts),
            "problems": [p.to_json() for p in self.problems],
        }


# validator codes and the codes the builder reports the same finding under
EQUIVALENT_CODES = {"custom_id_type": "blank_id", "duplicate_custom_id": "duplicate_id"}


def build_jsonl(
    table: Table,
    spec: RequestSpec,
    dest: str | os.PathLike[str],
    *,
    region: Region | None = None,
    progress: BuildProgress | None = None,
    cancel: threading.Event | None = None,
    max_problems: int = 1000,
    verify: bool = False,
    source: bool = True,
) -> BuildReport:
    """Write one request line per data row to ``dest``; streaming and all-or-nothing.

    With ``source`` (the default) the same pass keeps the user's sheet with the requests: every row's
    cells in ``<dest>.rows.jsonl`` (:func:`snapshot_path`) and the table's description in
    ``<dest>.source.json`` (:func:`description_path`), also returned as ``BuildReport.source`` — so a
    job submitted from this file, by the window or the CLI, shows the user's own columns next to the
    answers (:func:`source_for_file`).

    The file is UTF-8 without BOM, one compact JSON object per line (orjson), ``\n`` line ends,
    written through :func:`~desktop_app.core.fileutil.atomic_write`. When the mapping itself has
    errors (unknown placeholder, missing column...) nothing is written and the report says why.

    Validation: every rule of :func:`~desktop_app.core.validate.validate_jsonl` is guaranteed by
    construction or checked while writing — one model, url and thinking mode for all lines (from the
    spec), valid JSON and UTF-8 (orjson), ids (``blank_id`` / ``duplicate_id`` here are the
    validator's ``custom_id_type`` / ``duplicate_custom_id``), ``line_too_large``, and the file-level
    limits with the validator's own messages. The tests hold the two to the same verdict.
    ``verify=True`` also runs ``validate_jsonl`` over the written file (a second pass) and keeps its
    report in ``BuildReport.validation``.

    Args:
        progress: ``progress(stage, done, total)``; stage ``"build"`` (the table's units: bytes of a
            CSV, rows of a sheet), then ``"validate"`` (bytes of the JSONL) when ``verify``.
        cancel: when set, stops with :class:`BuildCancelled`; ``dest`` is left untouched (with
            ``verify``, a cancel during the second pass leaves the new, complete file).

    Raises:
        TableError: the source could not be read (decoding error, locked file...).
        OSError: ``dest`` cannot be written.
        BuildCancelled: ``cancel`` was set.
    """
    out = Path(dest)
    report = BuildReport(dest=out, model=spec.effective_model, endpoint=spec.url)
    report.encoding = table.encoding.encoding if table.encoding is not None else None
    spec_problems = check_spec(spec, table.columns, region=region)
    _tally(report, spec_problems)
    report.problems = list(spec_problems)
    if report.error_count:
        return report

    columns = table.columns
    width = len(columns)
    compiled = _Compiled(spec, columns, _base_dir(spec, table))
    checker = _RowChecker(compiled, columns, max_problems)
    checker.attach(table)
    row_encodings, unusual, plain_utf8 = checker.row_encodings, checker.unusual, checker.plain_utf8
    seen_setdefault = checker.seen.setdefault
    check = checker.check
    prompt_of = compiled.prompt
    prompt_columns = compiled.prompt_columns
    custom_id = compiled.custom_id
    dumps = orjson.dumps
    append_newline = orjson.OPT_APPEND_NEWLINE
    line_bytes = report.line_bytes
    row_numbers = report.row_numbers
    total_bytes = requests = 0
    # The common shapes are built inline; images, embeddings and templated system prompts use build().
    prefix: list[dict[str, Any]] = []
    system_text = spec.system_text
    if system_text and system_text.strip() and compiled.system is not None:
        system_template = parse_template(system_text)
        if not system_template.placeholders:
            prefix = [{"role": "system", "content": system_template.pieces[0][0]}]
    fast = compiled.image_index is None and not compiled.embeddings and (compiled.system is None or bool(prefix))
    has_id = compiled.id_index is not None
    id_index = compiled.id_index if compiled.id_index is not None else 0
    model, url, params = compiled.model, compiled.url, compiled.params
    line_head, line_mid, line_tail = _line_pieces(url, model, prefix, params)
    # a template that is exactly one placeholder: the prompt is that cell
    template = parse_template(spec.template)
    only = template.pieces[0] if len(template.pieces) == 1 else None
    single = prompt_columns[0] if only is not None and only[0] == "" and only[1] is not None else None
    no_image = compiled.image_index is None
    embeddings = compiled.embeddings
    join = b"".join

    def one(row: Row) -> bytes:
        """One row the careful way: build, check, serialise (scrubbing unencodable text)."""
        number, values = row[0], row[1]
        prompt = values[single] if single is not None else prompt_of(values)
        obj: dict[str, Any] | None = None
        if fast:
            cid = values[id_index].strip() if has_id else f"row-{number}"
        else:
            cid = custom_id(values, number)
            try:
                obj = compiled.build(values, number, prompt)
            except ImageError:  # reported by the checker; send the text so the line stays valid
                obj = compiled.build(_without_image(values, compiled.image_index), number, prompt)
        clean = (
            cid
            and seen_setdefault(cid, number) == number
            and prompt
            and not prompt.isspace()
            and row[3] == width  # not short
            and not row[2]  # no extra cells
            and no_image
            and all(values[i] and not values[i].isspace() for i in prompt_columns)
            and (prompt.isascii() or ("\ufffd" not in prompt and unusual(prompt) is None))
            and number not in row_encodings
        )
        if not clean:
            check(row, cid, prompt)
        if (
            embeddings
            and len(prompt) > EMBEDDING_MAX_TOKENS_PER_INPUT
            and estimate_tokens(prompt) > EMBEDDING_MAX_TOKENS_PER_INPUT
        ):
            checker.add(
                _problem(
                    number,
                    "embedding_too_long",
                    f"Row {number}'s text is about {estimate_tokens(prompt):,} tokens; an embedding input may be "
                    f"at most {EMBEDDING_MAX_TOKENS_PER_INPUT:,} tokens, so the service may refuse or cut it. "
                    "Split the text.",
                    Severity.WARNING,
                    limit=EMBEDDING_MAX_TOKENS_PER_INPUT,
                )
            )
        try:
            if obj is None:  # the same bytes orjson writes for the dict, from fixed pieces
                return join((line_head, dumps(cid), line_mid, dumps(prompt), line_tail))
            return dumps(obj, option=append_newline)
        except orjson.JSONEncodeError:
            checker.add(
                _problem(
                    number,
                    "text_replaced",
                    f"Row {number} holds broken characters (unpaired surrogates) that cannot be written "
                    'as UTF-8; they were replaced with "?". Check that row\'s text.',
                    Severity.WARNING,
                )
            )
            if obj is None:
                return join((line_head, dumps(_scrub(cid)), line_mid, dumps(_scrub(prompt)), line_tail))
            return dumps(_scrub(obj), option=append_newline)

    def fast_batch(batch: list[Row]) -> list[bytes] | None:
        """A whole batch of plain rows at once, or None when any row needs the careful way."""
        numbers = [r[0] for r in batch]
        rows_values = [r[1] for r in batch]
        ids = [v[id_index].strip() for v in rows_values] if has_id else [f"row-{n}" for n in numbers]
        prompts = [v[single] for v in rows_values] if single is not None else [prompt_of(v) for v in rows_values]
        fresh = dict(zip(ids, numbers, strict=True))
        if (
            len(fresh) != len(ids)  # a repeated id inside the batch
            or not all(ids)
            or not all(prompts)
            or any(map(str.isspace, prompts))
            or any(r[3] != width or r[2] for r in batch)  # ragged
            or (single is None and not _cells_filled(rows_values, prompt_columns))
            or not seen.keys().isdisjoint(fresh)  # an id used in an earlier batch
            or (row_encodings and not row_encodings.keys().isdisjoint(numbers))  # read in another encoding
        ):
            return None
        try:
            lines = [
                join((line_head, dumps(c), line_mid, dumps(p), line_tail)) for c, p in zip(ids, prompts, strict=True)
            ]
        except orjson.JSONEncodeError:
            return None
        if not plain_utf8(join(lines)):  # a replacement mark, mojibake or an unlikely script: row by row
            return None
        seen.update(fresh)
        return lines

    seen = checker.seen
    batch_size = 16  # grows for small lines, shrinks for large ones (see _BATCH_ROWS, _BATCH_BYTES)
    snapshot = snapshot_path(out) if source else None
    if snapshot is not None and _same_file(snapshot, table.path):
        snapshot = None  # never over the user's own file
    digest = hashlib.sha256()
    rows = table.iter_rows(cancel=cancel)
    try:
        with contextlib.ExitStack() as files:
            write = files.enter_context(atomic_write(out, "wb")).write
            keep = files.enter_context(atomic_write(snapshot, "wb")).write if snapshot is not None else None
            while batch := list(itertools.islice(rows, batch_size)):
                lines = fast_batch(batch) if fast else None
                if lines is None:
                    lines = [one(row) for row in batch]
                sizes = list(map(len, lines))
                chunk_bytes = sum(sizes)
                if max(sizes) > _LINE_LIMIT:
                    for offset, size in enumerate(sizes):
                        if size > _LINE_LIMIT:
                            checker.add(_line_too_large(batch[offset][0], requests + offset + 1, size - 1))
                data = join(lines)
                digest.update(data)
                write(data)
                if keep is not None:
                    keep(_snapshot_lines(batch, compiled.id_index))
                total_bytes += chunk_bytes
                requests += len(lines)
                line_bytes.extend(sizes)
                row_numbers.extend(r[0] for r in batch)
                batch_size = max(1, min(_BATCH_ROWS, _BATCH_BYTES * len(lines) // max(chunk_bytes, 1)))
                del lines, batch
                if cancel is not None and cancel.is_set():
                    raise BuildCancelled
                if progress is not None:
                    done, total = table.progress
                    progress("build", done, total)
            if progress is not None:
                done, total = table.progress
                progress("build", total, total)
        report.written = True
        if snapshot is not None:
            report.source = describe_source(table, spec, snapshot)
            _write_description(out, report.source, digest.hexdigest())
        report.requests = requests
        report.bytes = total_bytes
        thinking = spec.enable_thinking
        if thinking is False and not _can_turn_off_thinking(spec.effective_model):
            thinking = None  # not written: the model always thinks
        report.thinking = _thinking_mode(thinking, requests)
        _tally(report, [], checker)
        file_problems = _file_problems(requests, total_bytes, model)
        _tally(report, file_problems)
        report.problems = spec_problems + file_problems + checker.problems
        report.problems_truncated = checker.truncated
        if verify:
            validation = validate_jsonl(
                out,
                endpoint=spec.url,
                region=region,
                max_problems=max_problems,
                progress=(lambda d, t: progress("validate", d, t)) if progress is not None else None,
                cancel=cancel,
            )
            report.validation = validation
            extra = _unexplained(validation, report)
            _tally(report, extra)
            report.problems += extra
    except (ReadCancelled, ValidationCancelled) as exc:
        raise BuildCancelled from exc
    finally:
        close = getattr(rows, "close", None)
        if callable(close):
            close()  # an early exit must not leave the source file open
    return report


def describe_source(
    table: Table, spec: RequestSpec, rows_path: str | os.PathLike[str] | None, *, variant: str = ""
) -> dict[str, Any]:
    """The ledger's ``source`` for a job built from ``table`` with ``spec``: the table's columns, how
    ids were made, the output columns, and where the build pass kept every row's cells (``rows_path``,
    so the results show the user's own columns even after the sheet is edited or moved). Reads no rows.
    """
    from desktop_app.core.reconcile import SourceSpec

    return SourceSpec(
        path=str(table.path),
        columns=tuple(table.columns),
        id_column=spec.id_column,
        id_template="{row}" if spec.id_column else ROW_ID_TEMPLATE,
        sheet=table.sheet,
        header_row=table.header_row or 1,
        rows_path=str(rows_path) if rows_path is not None else None,
        encoding=table.encoding.encoding if table.encoding is not None else None,
        delimiter=table.delimiter,
        outputs=spec.outputs if spec.endpoint is not EndpointKind.EMBEDDINGS else (),
        variant=variant,
    ).to_json()


SNAPSHOT_SUFFIX = ".rows.jsonl"
DESCRIPTION_SUFFIX = ".source.json"
_DESCRIPTION_KIND = "batch-desk-source"
_PART_NAME = re.compile(r"^(?P<stem>.+)\.part-\d+-of-\d+\.jsonl$")


def snapshot_path(dest: str | os.PathLike[str]) -> Path:
    """Where the build pass keeps the rows of the sheet ``dest`` was built from: ``<dest>.rows.jsonl``."""
    return Path(dest).with_suffix(SNAPSHOT_SUFFIX)


def description_path(dest: str | os.PathLike[str]) -> Path:
    """Where the build pass describes the sheet ``dest`` was built from: ``<dest>.source.json``."""
    return Path(dest).with_suffix(DESCRIPTION_SUFFIX)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _snapshot_lines(batch: Sequence[Row], id_index: int | None) -> bytes:
    """The snapshot lines of a batch of rows (``reconcile.write_source_snapshot``'s format:
    ``{"custom_id": …, "values": [cell, …]}``), broken characters replaced with "?"."""
    rows_values = [row[1] for row in batch]
    ids = row_ids(rows_values, [row[0] for row in batch], id_index)
    dumps, newline = orjson.dumps, orjson.OPT_APPEND_NEWLINE
    pairs = list(zip(ids, rows_values, strict=True))
    try:
        return b"".join(dumps({"custom_id": c, "values": v}, option=newline) for c, v in pairs)
    except orjson.JSONEncodeError:
        return b"".join(dumps(_scrub({"custom_id": c, "values": list(v)}), option=newline) for c, v in pairs)


def _write_description(dest: Path, source: Mapping[str, Any], sha256: str) -> None:
    """``<dest>.source.json``: the description and the sha256 of the request file it belongs to."""
    data = {"kind": _DESCRIPTION_KIND, "version": 1, "requests_sha256": [sha256], "source": dict(source)}
    with atomic_write(description_path(dest), "wb") as handle:
        handle.write(orjson.dumps(data, option=orjson.OPT_INDENT_2))


def _read_description(path: Path) -> dict[str, Any] | None:
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(data, dict) or data.get("kind") != _DESCRIPTION_KIND or not isinstance(data.get("source"), dict):
        return None
    hashes = data.get("requests_sha256")
    if not isinstance(hashes, list) or not all(isinstance(h, str) for h in hashes):
        return None
    return data


def _description_for(path: Path) -> Path:
    """The description beside ``path``, or beside the whole file for a part of a split."""
    own = description_path(path)
    match = _PART_NAME.match(path.name)
    if own.is_file() or match is None:
        return own
    return path.with_name(match["stem"] + DESCRIPTION_SUFFIX)


def record_parts(dest: str | os.PathLike[str], parts: Iterable[str | os.PathLike[str]]) -> None:
    """Let the parts of a split of ``dest`` carry its sheet too (their sha256 join the description).
    Nothing happens when ``dest`` has no description. Blocking (hashes every part)."""
    where = description_path(dest)
    data = _read_description(where)
    if data is None:
        return
    hashes = list(data["requests_sha256"])
    hashes += [h for h in (sha256_file(Path(p)) for p in parts) if h not in hashes]
    with atomic_write(where, "wb") as handle:
        handle.write(orjson.dumps({**data, "requests_sha256": hashes}, option=orjson.OPT_INDENT_2))


@dataclass(frozen=True)
class FoundSource:
    """What :func:`source_for_file` found beside a request file."""

    source: dict[str, Any] | None  # the ledger's ``source``; None when there is none or it does not fit
    stale: bool = False  # a description is there, but the file changed since it was built


def source_for_file(path: str | os.PathLike[str], *, keep_in: str | os.PathLike[str] | None = None) -> FoundSource:
    """The sheet a request file was built from, as :func:`build_jsonl` left it beside the file (or
    beside the whole file, for a part of a split) — only when the file is byte for byte one the build
    pass wrote (an edited or replaced file could pair the answers with the wrong rows).

    ``keep_in``: copy the rows snapshot into this folder (the app's own) and point at the copy, so a
    later ``convert`` to the same name cannot change the columns of a job already submitted.
    Blocking (hashes the file): run it in a worker thread.
    """
    file = Path(path)
    data = _read_description(_description_for(file))
    if data is None:
        return FoundSource(None)
    if sha256_file(file) not in data["requests_sha256"]:
        return FoundSource(None, stale=True)
    source = dict(data["source"])
    rows = source.get("rows_path")
    if keep_in is not None and isinstance(rows, str) and Path(rows).is_file():
        kept = (
            Path(keep_in) / f"{Path(rows).name.removesuffix(SNAPSHOT_SUFFIX)}-{uuid.uuid4().hex[:8]}{SNAPSHOT_SUFFIX}"
        )
        with open(rows, "rb") as src, atomic_write(kept, "wb") as out:
            shutil.copyfileobj(src, out, CHUNK_BYTES)
        source["rows_path"] = str(kept)
    return FoundSource(source)


_LINE_LIMIT = MAX_LINE_BYTES + 1  # with its newline
_BATCH_BYTES = 4 * MB  # and about this many bytes of lines
_BATCH_ROWS = 512  # rows per batch (a small working set keeps the first run fast)


def estimate_tokens(text: str) -> int:
    """A rough token count: one per CJK character, one per four other characters (an upper-side guess
    for warnings; the service counts exactly)."""
    wide = sum(1 for ch in text if ord(ch) >= 0x2E80)
    return wide + (len(text) - wide + 3) // 4


def _cells_filled(rows_values: list[tuple[str, ...]], columns: Sequence[int]) -> bool:
    for index in columns:
        cells = [v[index] for v in rows_values]
        if not all(cells) or any(map(str.isspace, cells)):
            return False
    return True


def _line_pieces(
    url: str, model: str, prefix: Sequence[Mapping[str, Any]], params: Mapping[str, Any]
) -> tuple[bytes, bytes, bytes]:
    """Fixed bytes around ``custom_id`` and the prompt of a plain chat line (orjson's exact output)."""
    dumps = orjson.dumps
    head = b'{"custom_id":'
    system = b"".join(dumps(message) + b"," for message in prefix)
    mid = (
        b',"method":'
        + dumps(ALLOWED_METHOD)
        + b',"url":'
        + dumps(url)
        + b',"body":{"model":'
        + dumps(model)
        + b',"messages":['
        + system
        + b'{"role":"user","content":'
    )
    extra = b"".join(b"," + dumps(key) + b":" + dumps(value) for key, value in params.items())
    tail = b"}]" + extra + b"}}\n"
    return head, mid, tail


def _line_too_large(row: int, line: int, size: int) -> Problem:
    return _problem(
        row,
        "line_too_large",
        f"Row {row} makes a request of {size / MB:.1f} MB; one request may be at most "
        f"{MAX_LINE_BYTES // MB} MB. Shorten its text (or use smaller images or web addresses).",
        size=size,
        limit=MAX_LINE_BYTES,
        request=line,
    )


def _thinking_mode(value: bool | None, requests: int) -> ThinkingMode:
    if value is None or not requests:
        return ThinkingMode.DEFAULT
    return ThinkingMode.ON if value else ThinkingMode.OFF


def _file_problems(requests: int, size: int, model: str) -> list[Problem]:
    """The validator's file-level checks (same codes and messages), for the file just written."""
    facts = ValidationReport(path=None, requests=requests, bytes=size, models=(model,) if requests else ())
    found: list[Problem] = []

    def add(line: int | None, code: str, message: str, severity: Severity = Severity.ERROR, **params: object) -> None:
        if code == "empty_file":
            message = "The table has no data rows (only a header, or only empty rows): there is nothing to send."
        found.append(Problem(line, code, severity, message, dict(params)))

    _validate_module._file_checks(facts, add)
    return found


def _scrub(value: Any) -> Any:
    """``value`` with every string made encodable as UTF-8 (unpaired surrogates → "?")."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def _without_image(values: Sequence[str], index: int | None) -> list[str]:
    out = list(values)
    if index is not None:
        out[index] = ""
    return out


def _tally(report: BuildReport, problems: Iterable[Problem], checker: _RowChecker | None = None) -> None:
    for p in problems:
        report.counts[p.code] = report.counts.get(p.code, 0) + 1
        if p.severity is Severity.ERROR:
            report.error_count += 1
        else:
            report.warning_count += 1
    if checker is not None:
        for code, count in checker.counts.items():
            report.counts[code] = report.counts.get(code, 0) + count
        report.error_count += checker.errors
        report.warning_count += checker.warnings


def _unexplained(validation: ValidationReport, report: BuildReport) -> list[Problem]:
    """The second pass's problems of a kind the build found fewer of (normally none), in row terms."""
    extra: list[Problem] = []
    for p in validation.problems:
        ours = EQUIVALENT_CODES.get(p.code, p.code)
        if report.counts.get(ours, 0) >= validation.counts.get(p.code, 0):
            continue  # the build reported this kind at least as often
        row = report.row_for_line(p.line) if p.line is not None else None
        message = p.message.replace(f"Line {p.line}", f"Row {row} (request {p.line})", 1) if row else p.message
        extra.append(Problem(row or p.line, p.code, p.severity, message, {**p.params, "row": row, "request": p.line}))
    return extra


# -- split ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """One part of a split: lines ``first_line..last_line`` (1-based) = bytes ``[start, end)``."""

    index: int
    count: int
    first_line: int
    last_line: int
    requests: int
    bytes: int
    start: int
    end: int

    def filename(self, stem: str) -> str:
        """``name.part-01-of-03.jsonl``."""
        width = max(2, len(str(self.count)))
        return f"{stem}.part-{self.index:0{width}d}-of-{self.count:0{width}d}.jsonl"


def _line_sizes(path: Path) -> Iterator[tuple[int, bool]]:
    """``(bytes incl. newline, is a request)`` per line, streamed (long lines read in chunks)."""
    with open(path, "rb", buffering=CHUNK_BYTES) as handle:
        while True:
            chunk = handle.readline(CHUNK_BYTES)
            if not chunk:
                return
            size = len(chunk)
            blank = chunk.isspace()
            while not chunk.endswith(b"\n"):
                chunk = handle.readline(CHUNK_BYTES)
                if not chunk:
                    break
                size += len(chunk)
                blank = blank and chunk.isspace()
            yield size, not blank


def plan_split(
    source: str | os.PathLike[str] | BuildReport,
    *,
    max_requests: int = MAX_REQUESTS_PER_FILE,
    max_bytes: int = MAX_FILE_BYTES,
    test_model: bool = False,
) -> list[Part]:
    """Cut a JSONL file into consecutive parts that each hold ≤ ``max_requests`` requests and ≤ ``max_bytes``.

    ``test_model=True`` uses the test model's limits instead (100 lines, 1 MB). Parts are greedy and
    contiguous: concatenating them gives the original bytes. Blank lines ride along with their part
    (they count towards its bytes, not its requests). A :class:`BuildReport` is planned from its
    recorded line sizes without reading the file.

    Raises:
        SplitError: a single line is larger than ``max_bytes``.
    """
    if test_model:
        max_requests = min(max_requests, TEST_MODEL_MAX_LINES)
        max_bytes = min(max_bytes, TEST_MODEL_MAX_BYTES)
    if max_requests < 1 or max_bytes < 1:
        raise ValueError("max_requests and max_bytes must be at least 1")
    sizes: Iterable[tuple[int, bool]]
    sizes = ((s, True) for s in source.line_bytes) if isinstance(source, BuildReport) else _line_sizes(Path(source))
    bounds: list[tuple[int, int, int, int, int, int]] = []  # first, last, requests, bytes, start, end
    first = line = requests = size = start = offset = 0
    for line_size, is_request in sizes:
        line += 1
        if line_size > max_bytes:
            raise SplitError(
                f"Line {line} alone is {line_size / MB:.2f} MB, more than a part may hold "
                f"({max_bytes / MB:.2f} MB). Shorten that request.",
                code="line_too_large",
            )
        if size and (size + line_size > max_bytes or (is_request and requests + 1 > max_requests)):
            bounds.append((first, line - 1, requests, size, start, offset))
            first, requests, size, start = 0, 0, 0, offset
        if not first:
            first = line
        size += line_size
        requests += is_request
        offset += line_size
    if size:
        bounds.append((first, line, requests, size, start, offset))
    count = len(bounds)
    return [Part(i, count, *b) for i, b in enumerate(bounds, 1)]


def split_jsonl(
    path: str | os.PathLike[str],
    dest_dir: str | os.PathLike[str] | None = None,
    *,
    max_requests: int = MAX_REQUESTS_PER_FILE,
    max_bytes: int = MAX_FILE_BYTES,
    test_model: bool = False,
    parts: Sequence[Part] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[Path]:
    """Write the parts of :func:`plan_split` as ``name.part-01-of-03.jsonl`` files (streamed byte copies).

    Each part is written atomically. ``dest_dir`` defaults to the file's folder. Pass ``parts`` to
    reuse a plan. ``progress(bytes_done, total)``; ``cancel`` stops with :class:`BuildCancelled`
    (parts already finished stay; the caller may delete them).

    Raises:
        SplitError, OSError, BuildCancelled
    """
    src = Path(path)
    folder = Path(dest_dir) if dest_dir is not None else src.parent
    plan = (
        list(parts)
        if parts is not None
        else plan_split(src, max_requests=max_requests, max_bytes=max_bytes, test_model=test_model)
    )
    total = plan[-1].end if plan else 0
    written: list[Path] = []
    with open(src, "rb") as handle:
        for part in plan:
            target = folder / part.filename(src.stem)
            handle.seek(part.start)
            remaining = part.end - part.start
            with atomic_write(target, "wb") as out:
                while remaining > 0:
                    if cancel is not None and cancel.is_set():
                        raise BuildCancelled
                    chunk = handle.read(min(CHUNK_BYTES, remaining))
                    if not chunk:
                        raise OSError(f"{src} changed while it was being split")
                    out.write(chunk)
                    remaining -= len(chunk)
                    if progress is not None:
                        progress(part.end - remaining, total)
            written.append(target)
    return written


# -- rehearsal -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RehearsalReport:
    """The rehearsal file: how many requests it holds and why it stopped where it did."""

    dest: Path
    requests: int
    bytes: int
    skipped: int  # unreadable lines left out
    stopped_by: str  # "end", "lines" (100 reached) or "bytes" (1 MB reached)


def rehearsal_request(request: Mapping[str, Any]) -> dict[str, Any]:
    """One request rewritten for ``batch-test-model`` on ``/v1/chat/ds-test`` (embeddings become chat)."""
    body = request.get("body")
    new_body: dict[str, Any] = dict(body) if isinstance(body, Mapping) else {}
    if "messages" not in new_body:
        text = new_body.pop("input", "")
        if isinstance(text, list):
            text = "\n".join(str(t) for t in text)
        new_body = {"messages": [{"role": "user", "content": str(text)}]}
    new_body.pop("dimensions", None)
    new_body.pop("encoding_format", None)
    return {
        "custom_id": request.get("custom_id"),
        "method": ALLOWED_METHOD,
        "url": Endpoint.TEST.value,
        "body": {"model": TEST_MODEL, **{k: v for k, v in new_body.items() if k != "model"}},
    }


def _requests_from(source: str | os.PathLike[str] | Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any] | None]:
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as handle:
            for raw in handle:
                if raw.isspace():
                    continue
                if raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    obj = orjson.loads(raw)
                except orjson.JSONDecodeError:
                    yield None
                    continue
                yield obj if isinstance(obj, dict) else None
    else:
        yield from source


def _can_turn_off_thinking(model: str) -> bool:
    """False when the model catalogue says thinking cannot be turned off for ``model`` (any region)."""
    from desktop_app.core.catalogue import current_catalogue

    info = current_catalogue().any_region(model)
    return info is None or info.can_turn_off_thinking


def rehearsal_file(
    source: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    dest: str | os.PathLike[str],
    n: int = TEST_MODEL_MAX_LINES,
) -> RehearsalReport:
    """Write the first ≤ ``n`` (at most 100) requests rewritten for the free test model, ≤ 1 MB in all.

    ``source`` is a JSONL path or request objects (e.g. from :func:`render_request`). Unreadable
    lines are skipped and counted.

    Raises:
        SplitError: even the first request is over 1 MB (the test model's file limit).
        OSError: a file cannot be read or written.
    """
    limit = max(0, min(n, TEST_MODEL_MAX_LINES))
    out = Path(dest)
    lines: list[bytes] = []
    size = skipped = 0
    stopped_by = "end"
    for request in _requests_from(source):
        if len(lines) >= limit:
            stopped_by = "lines"
            break
        if request is None:
            skipped += 1
            continue
        line = orjson.dumps(rehearsal_request(request), option=orjson.OPT_APPEND_NEWLINE)
        if size + len(line) > TEST_MODEL_MAX_BYTES:
            stopped_by = "bytes"
            break
        lines.append(line)
        size += len(line)
    if not lines and stopped_by == "bytes":
        raise SplitError(
            f"The first request alone is larger than {TEST_MODEL_MAX_BYTES // MB} MB, the test model's file "
            "limit (embedded images are usually the reason). Try the rehearsal with smaller images or web "
            "addresses.",
            code="test_model_limit",
        )
    with atomic_write(out, "wb") as handle:
        handle.write(b"".join(lines))
    return RehearsalReport(out, len(lines), size, skipped, stopped_by)


def variant_file(
    source: str | os.PathLike[str], dest: str | os.PathLike[str], model: str, *, enable_thinking: bool | None = None
) -> int:
    """Copy a request file with every body's ``model`` set to ``model`` (a comparison's other variant).

    Everything else stays as it is — the user's edits included — except JSON mode: ``response_format``
    ``json_object`` is kept only when ``model`` supports it (the instruction in the system prompt stays,
    so the answers are still asked for as JSON). Returns the number of lines written. Atomic.
    """
    from desktop_app.core.outputs import json_mode_supported

    written = 0
    with open(source, "rb") as src, atomic_write(Path(dest)) as out:
        for raw in src:
            line = raw.strip()
            if not line:
                continue
            obj = orjson.loads(line.removeprefix(b"\xef\xbb\xbf"))
            body = obj.get("body") if isinstance(obj, dict) else None
            if isinstance(body, dict):
                body["model"] = model
                thinking = body.get("enable_thinking", enable_thinking)
                if not json_mode_supported(model, thinking if isinstance(thinking, bool) else None):
                    body.pop("response_format", None)
            out.write(orjson.dumps(obj, option=orjson.OPT_APPEND_NEWLINE))
            written += 1
    return written
