"""How each row becomes a request: :class:`RequestSpec`, the endpoint kinds and the default models."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop_app.core.limits import TEST_MODEL
from desktop_app.core.outputs import OutputColumn, json_mode_supported, output_instruction
from desktop_app.core.regions import Endpoint
from desktop_app.core.tables.model import Row

THINKING_NOTE = (
    "With thinking on, the model writes its reasoning before the answer. Thinking tokens are billed "
    "as output tokens, so answers cost more and take longer."
)


DEFAULT_MODELS = {"chat": "qwen-plus", "embeddings": "text-embedding-v4", "test": TEST_MODEL}


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


class BuildCancelled(Exception):
    """Raised by :func:`build_jsonl` / :func:`split_jsonl` when ``cancel`` is set; nothing is written."""


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


def can_turn_off_thinking(model: str) -> bool:
    """False when the model catalogue says thinking cannot be turned off for ``model`` (any region)."""
    from desktop_app.core.catalogue import current_catalogue

    info = current_catalogue().any_region(model)
    return info is None or info.can_turn_off_thinking
