"""A :class:`~desktop_app.core.builder.spec.RequestSpec` bound to a table's columns: one request per row,
fast; :func:`render_request` for the live JSON preview."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from desktop_app.core import wording as w
from desktop_app.core.builder.ids import row_id
from desktop_app.core.builder.images import image_url
from desktop_app.core.builder.spec import EndpointKind, RequestSpec, can_turn_off_thinking
from desktop_app.core.builder.template import TemplateError, parse_template
from desktop_app.core.limits import ALLOWED_METHOD
from desktop_app.core.outputs import RESPONSE_FORMAT


class Compiled:
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
                spec.enable_thinking is False and not can_turn_off_thinking(self.model)
            ):  # a reasoning model (qwq-plus, deepseek-r1) refuses enable_thinking: false
                params["enable_thinking"] = spec.enable_thinking
            if spec.json_mode:
                params["response_format"] = dict(RESPONSE_FORMAT)
        self.params = params
        self.embeddings = spec.endpoint is EndpointKind.EMBEDDINGS

    def custom_id(self, values: Sequence[str], number: int) -> str:
        """The row's request id (:func:`~desktop_app.core.builder.ids.row_id`)."""
        return row_id(values, number, self.id_index)

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
        missing = w.B_ID_COLUMN if what == "id" else w.B_IMAGE_COLUMN
        raise TemplateError(
            missing(column=name, columns=", ".join(columns[:30])), code=f"{what}_column_missing"
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
    compiled = Compiled(spec, columns, spec.image_folder or base_dir)
    return compiled.build([row[c] for c in columns], row_number)


def scrub(value: Any) -> Any:
    """``value`` with every string made encodable as UTF-8 (unpaired surrogates → "?")."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {k: scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return value
