"""Exact, offline Qwen token counts of batch requests.

The vocabulary is the one Alibaba ships in its Python SDK (``dashscope`` 2.0.2,
``dashscope/resources/qwen.tiktoken``, Apache-2.0; copied to ``resources/tokenizer``), read through
``tiktoken`` with the SDK's split pattern and special tokens — without the SDK and its server
dependencies. Like the SDK, text is NFC-normalised and encoded in pieces of at most 100,000
characters (tiktoken's recursive merge can overflow the stack on longer runs).

A chat request is counted as the model sees it, in the ChatML template Qwen uses::

    <|im_start|>{role}\\n{content}<|im_end|>\\n ... <|im_start|>assistant\\n

Image and video parts are *not counted* (the vendor bills them by pixels/frames on rules we do not
model); the count says how many there were. Embedding inputs are counted as plain text.
"""

from __future__ import annotations

import base64
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.resources import resource_path

# From dashscope/tokenizers/qwen_tokenizer.py (Apache-2.0).
PAT_STR = r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""  # noqa: E501
SPECIAL_START_ID = 151643
SPECIAL_TOKENS = ("<|endoftext|>", "<|im_start|>", "<|im_end|>", *(f"<|extra_{i}|>" for i in range(205)))
VOCAB_FILE = ("tokenizer", "qwen.tiktoken")
CHUNK_CHARS = 100_000
ASSISTANT_PREFIX_TOKENS = 3  # <|im_start|> assistant \n

_lock = threading.Lock()
_encoding: Any = None


def encoding() -> Any:
    """The tiktoken ``Encoding`` of the Qwen vocabulary (loaded once, ~0.3 s; thread-safe)."""
    global _encoding
    if _encoding is not None:
        return _encoding
    with _lock:
        if _encoding is None:
            import tiktoken

            ranks: dict[bytes, int] = {}
            for line in resource_path(*VOCAB_FILE).read_bytes().splitlines():
                if line:
                    token, rank = line.split()
                    ranks[base64.b64decode(token)] = int(rank)
            special = {tok: SPECIAL_START_ID + i for i, tok in enumerate(SPECIAL_TOKENS)}
            _encoding = tiktoken.Encoding("Qwen", pat_str=PAT_STR, mergeable_ranks=ranks, special_tokens=special)
    return _encoding


def _pieces(text: str) -> list[str]:
    """``text`` NFC-normalised and cut at line ends into pieces of at most CHUNK_CHARS (the SDK's way)."""
    text = unicodedata.normalize("NFC", text)
    if len(text) <= CHUNK_CHARS:
        return [text]
    parts: list[str] = []
    for i, line in enumerate(text.split("\n")):
        piece = line if i == 0 else "\n" + line
        if len(piece) <= CHUNK_CHARS:
            parts.append(piece)
        else:
            parts.extend(piece[j : j + CHUNK_CHARS] for j in range(0, len(piece), CHUNK_CHARS))
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for part in parts:
        if size + len(part) <= CHUNK_CHARS:
            current.append(part)
            size += len(part)
        else:
            if current:
                chunks.append("".join(current))
            current, size = [part], len(part)
    if current:
        chunks.append("".join(current))
    return chunks


def count_text(text: str) -> int:
    """Tokens of plain text (special-token look-alikes in it are ordinary text)."""
    enc = encoding()
    return sum(len(enc.encode_ordinary(piece)) for piece in _pieces(text))


def count_texts(texts: Sequence[str], threads: int = 2) -> list[int]:
    """Tokens of each text; with ``threads`` 2 a second thread encodes half (tiktoken releases the GIL).

    One extra thread per call, not a pool task per text: a task per short text cost more than the
    encoding itself.
    """
    enc = encoding()
    encode = enc.encode_ordinary
    counts = [0] * len(texts)

    def work(lo: int, hi: int) -> None:
        for index in range(lo, hi):
            text = texts[index]
            if len(text) <= CHUNK_CHARS and text.isascii():
                counts[index] = len(encode(text))  # ASCII is already NFC: skip the normaliser
            else:
                counts[index] = sum(len(encode(piece)) for piece in _pieces(text))

    n = len(texts)
    if threads > 1 and n > 1:
        mid = n // 2
        helper = threading.Thread(target=work, args=(mid, n), name="token-count", daemon=True)
        helper.start()
        work(0, mid)
        helper.join()
    else:
        work(0, n)
    return counts


_ROLE_TOKENS: dict[str, int] = {}


def _role_tokens(role: str) -> int:
    found = _ROLE_TOKENS.get(role)
    if found is None:
        found = count_text(role)
        if len(_ROLE_TOKENS) < 64:
            _ROLE_TOKENS[role] = found
    return found


@dataclass
class RequestText:
    """The countable parts of one request: texts to encode plus fixed template tokens."""

    texts: list[str]
    template_tokens: int
    media_parts: int  # image/video parts: not counted


def request_text(body: dict[str, Any]) -> RequestText:
    """Split a request body into its texts and the ChatML template's fixed tokens."""
    messages = body.get("messages")
    if isinstance(messages, list):
        texts: list[str] = []
        fixed = ASSISTANT_PREFIX_TOKENS
        media = 0
        for message in messages:
            if not isinstance(message, dict):
                continue
            role = message.get("role")
            fixed += 4 + _role_tokens(role if isinstance(role, str) else "user")  # im_start, \n, im_end, \n
            content = message.get("content")
            if isinstance(content, str):
                texts.append(content)
            elif isinstance(content, list):
                for part in content:
                    if isinstance(part, dict):
                        text = part.get("text")
                        if isinstance(text, str):
                            texts.append(text)
                        elif part.get("type") in ("image_url", "image", "video", "video_url", "input_audio"):
                            media += 1
                    elif isinstance(part, str):
                        texts.append(part)
        return RequestText(texts, fixed, media)
    given = body.get("input")
    if isinstance(given, str):
        return RequestText([given], 0, 0)
    if isinstance(given, list):
        return RequestText([t for t in given if isinstance(t, str)], 0, 0)
    return RequestText([], 0, 0)


def count_request(body: dict[str, Any]) -> int:
    """Input tokens of one request body (chat: with the template; media parts not counted)."""
    parts = request_text(body)
    return parts.template_tokens + sum(count_text(t) for t in parts.texts)


def chatml(messages: Iterable[dict[str, str]]) -> str:
    """The ChatML rendering of plain-text messages (for tests and the hand check)."""
    rendered = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
    return rendered + "<|im_start|>assistant\n"
